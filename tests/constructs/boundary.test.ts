/**
 * Boundary events: error (a specific code before the catch-all), timer (interrupting duration,
 * non-interrupting cycle firing twice), message (interrupting and non-interrupting).
 */
import { DAY, HOUR, type JobQueue, SECOND, statusOf, T0, useHarness } from './harness.ts';

const harness = useHarness();
let validate: JobQueue;
let remind: JobQueue;
let escalate: JobQueue;
let archive: JobQueue;
let answer: JobQueue;

beforeAll(async () => {
  const h = harness();
  await h.deploy('boundary-error.bpmn', 'boundary-timer.bpmn', 'boundary-message.bpmn');
  validate = h.queue('construct.boundary-error.validate');
  remind = h.queue('construct.boundary-timer.remind');
  escalate = h.queue('construct.boundary-timer.escalate');
  archive = h.queue('construct.boundary-message.archive');
  answer = h.queue('construct.boundary-message.answer');
});

describe('error boundary event', () => {
  test('a job error with the modelled code is caught by that boundary event; its output mappings carry the error variables', async () => {
    const h = harness();
    const key = await h.start('construct-boundary-error');
    const job = await validate.takeFor(key);
    await job.error('REJECTED', 'income too high', { reason: 'Einkommen über der Grenze' });
    await h.waitForState(key, 'COMPLETED');
    expect(await h.rootVariables(key)).toEqual({ path: 'rejected', rejectionReason: 'Einkommen über der Grenze' });
    expect((await h.jobs(key, 'Validate'))[0]).toMatchObject({ errorCode: 'REJECTED', errorMessage: 'income too high' });
  });

  // Regression test for a fixed engine bug (job state after a caught error): terminating the task cancels its job, so the job
  // search shows CANCELED. In Zeebe the job ends in ERROR_THROWN: JobErrorThrownApplier removes the
  // job reference from the task "to not cancel it while terminating the task" and deletes the job,
  // so no CANCELED record follows the ERROR_THROWN one.
  test('the job whose error was caught stays in state ERROR_THROWN', async () => {
    const h = harness();
    const key = await h.start('construct-boundary-error');
    await (await validate.takeFor(key)).error('REJECTED', 'income too high', { reason: 'x' });
    await h.waitForState(key, 'COMPLETED');
    expect((await h.jobs(key, 'Validate'))[0]).toMatchObject({ state: 'ERROR_THROWN', errorCode: 'REJECTED' });
  });

  test('any other code goes to the catch-all boundary event (no errorRef)', async () => {
    const h = harness();
    const key = await h.start('construct-boundary-error');
    await (await validate.takeFor(key)).error('SCANNER_BROKEN', 'scanner offline', { reason: 'not for this boundary' });
    await h.waitForState(key, 'COMPLETED');
    expect(await h.rootVariables(key)).toEqual({ path: 'catch-all' });
    expect(await h.incidents(key, 'ANY')).toEqual([]);
  });

  test('a completed job takes the normal flow; no boundary event is triggered', async () => {
    const h = harness();
    const key = await h.start('construct-boundary-error');
    await (await validate.takeFor(key)).complete({ valid: true });
    await h.waitForState(key, 'COMPLETED');
    expect(await h.rootVariables(key)).toEqual({ valid: true });
  });
});

describe('timer boundary events', () => {
  test('a non-interrupting cycle R2/PT1H fires twice while the task stays open; the interrupting P1D timer then cancels the task', async () => {
    const h = harness();
    await h.pinClock(T0 + 10 * DAY);
    const key = await h.start('construct-boundary-timer');
    const task = await h.waitForUserTask(key, 'Decide');

    await h.advanceClock(HOUR - SECOND);
    await h.settle();
    expect(remind.heldFor(String(key))).toEqual([]);

    await h.advanceClock(SECOND);
    const first = await remind.takeFor(key);
    await first.complete();
    await h.advanceClock(HOUR);
    const second = await remind.takeFor(key);
    await second.complete();
    expect(first.job.jobKey).not.toBe(second.job.jobKey);

    await h.advanceClock(HOUR);
    await h.settle();
    expect(remind.heldFor(String(key))).toEqual([]);
    expect(await h.jobs(key, 'Remind')).toHaveLength(2);
    expect((await h.userTasks(key, 'Decide'))[0].state).toBe('CREATED');

    // the interrupting deadline, one day after the task was created
    await h.pinClock(T0 + 11 * DAY);
    const escalation = await escalate.takeFor(key);
    expect((await h.userTasks(key, 'Decide'))[0]).toMatchObject({ userTaskKey: task.userTaskKey, state: 'CANCELED' });
    await escalation.complete();
    await h.waitForState(key, 'COMPLETED');
  });

  test('completing the task before the timers are due cancels them: moving the clock afterwards does nothing', async () => {
    const h = harness();
    await h.pinClock(T0 + 20 * DAY);
    const key = await h.start('construct-boundary-timer');
    await h.completeUserTask(await h.waitForUserTask(key, 'Decide'), { decision: 'approved' });
    await h.waitForState(key, 'COMPLETED');
    await h.advanceClock(2 * DAY);
    await h.settle();
    expect(await h.jobs(key)).toEqual([]);
  });
});

describe('message boundary events', () => {
  test('a non-interrupting message runs its path as often as it arrives while the task stays open', async () => {
    const h = harness();
    const key = await h.start('construct-boundary-message', { applicationId: 'app-1' });
    const task = await h.waitForUserTask(key, 'Assess');
    await h.publish('construct.status-inquiry', 'app-1', { variables: { inquiry: 'first' } });
    await h.publish('construct.status-inquiry', 'app-1', { variables: { inquiry: 'second' } });
    const answers = [await answer.takeFor(key), await answer.takeFor(key)];
    expect(answers.map((a) => a.job.variables.inquiry).sort()).toEqual(['first', 'second']);
    for (const a of answers) await a.complete();
    expect((await h.userTasks(key, 'Assess'))[0].state).toBe('CREATED');

    await h.completeUserTask(task);
    await h.waitForState(key, 'COMPLETED');
  });

  test('an interrupting message cancels the task and takes its own path', async () => {
    const h = harness();
    const key = await h.start('construct-boundary-message', { applicationId: 'app-2' });
    const task = await h.waitForUserTask(key, 'Assess');
    await h.publish('construct.application-withdrawn', 'app-2', { variables: { withdrawnBy: 'applicant' } });
    const job = await archive.takeFor(key);
    expect(job.job.variables.withdrawnBy).toBe('applicant');
    expect((await h.userTasks(key, 'Assess'))[0]).toMatchObject({ userTaskKey: task.userTaskKey, state: 'CANCELED' });
    await expect(h.completeUserTask(task)).rejects.toMatchObject({ status: 404 });

    // the subscriptions closed with the task: a late inquiry finds nothing to correlate to
    expect(await statusOf(h.client.correlateMessage({ name: 'construct.status-inquiry', correlationKey: 'app-2' }))).toBe(404);
    await job.complete();
    await h.waitForState(key, 'COMPLETED');
  });
});
