/**
 * Combinations that break naive engines: an exclusive split and merge before a parallel fork and
 * join; two parallel tokens through an exclusive merge; a timer boundary event on a multi-instance
 * sub-process; a message published before its (boundary) subscription opens; errors thrown inside a
 * sub-process (an error end event, a job error) caught on the sub-process boundary.
 */
import { DAY, eventually, type JobQueue, SECOND, T0, HOUR, useHarness } from './harness.ts';

const harness = useHarness();
let step: JobQueue;
let log: JobQueue;
let escalate: JobQueue;
let prepare: JobQueue;
let check: JobQueue;
let request: JobQueue;

beforeAll(async () => {
  const h = harness();
  await h.deploy(
    'combo-xor-merge-parallel.bpmn',
    'combo-parallel-into-xor-merge.bpmn',
    'combo-timer-on-mi-subprocess.bpmn',
    'combo-message-before-boundary.bpmn',
    'combo-subprocess-error.bpmn',
  );
  step = h.queue('construct.combo-xor.step');
  log = h.queue('construct.combo-and-xor.log');
  escalate = h.queue('construct.combo-mi-timer.escalate');
  prepare = h.queue('construct.combo-msg-boundary.prepare');
  check = h.queue('construct.combo-sub-error.check');
  request = h.queue('construct.combo-sub-error.request');
});

describe('exclusive split and merge before a parallel fork and join', () => {
  test.each([
    [true, 'ExpressPrep'],
    [false, 'StandardPrep'],
  ])('express=%p: one preparation, the merge passes the single token, the fork/join runs both tasks and ships once', async (express, prep) => {
    const h = harness();
    const key = await h.start('construct-combo-xor-merge-parallel', { express });
    const first = await step.takeFor(key);
    expect(first.job.elementId).toBe(prep);
    await first.complete();

    const branches = [await step.takeFor(key), await step.takeFor(key)];
    expect(branches.map((b) => b.job.elementId).sort()).toEqual(['Invoice', 'Pack']);
    await branches[0].complete();
    await h.settle();
    expect(step.heldFor(String(key))).toEqual([]); // the join still waits
    await branches[1].complete();

    const ship = await step.takeFor(key);
    expect(ship.job.elementId).toBe('Ship');
    await ship.complete();
    await h.waitForState(key, 'COMPLETED');
    expect((await h.jobs(key)).map((j) => j.elementId).sort()).toEqual(['Invoice', 'Pack', prep, 'Ship'].sort());
  });

  test('two parallel tokens through an exclusive merge are not joined: the task after it runs twice', async () => {
    const h = harness();
    const key = await h.start('construct-combo-parallel-into-xor-merge');
    const jobs = [await log.takeFor(key), await log.takeFor(key)];
    expect(jobs[0].job.jobKey).not.toBe(jobs[1].job.jobKey);
    await jobs[0].complete();
    expect(await h.stateOf(key)).toBe('ACTIVE');
    await jobs[1].complete();
    await h.waitForState(key, 'COMPLETED');
  });
});

describe('timer boundary event on a multi-instance sub-process', () => {
  test('fires once for the whole activity: every open inner task is cancelled, the escalation runs once', async () => {
    const h = harness();
    await h.pinClock(T0 + 100 * DAY);
    const key = await h.start('construct-combo-timer-on-mi-subprocess', { documents: ['Mietvertrag', 'Lohnnachweis', 'Ausweis'] });
    const tasks = await eventually(async () => {
      const found = await h.userTasks(key, 'Check');
      expect(found).toHaveLength(3);
      return found;
    });
    await h.completeUserTask(tasks[1]);

    await h.advanceClock(3 * DAY - SECOND);
    await h.settle();
    expect(escalate.heldFor(String(key))).toEqual([]);
    await h.advanceClock(SECOND);
    const job = await escalate.takeFor(key);
    await h.settle();
    expect(escalate.heldFor(String(key))).toEqual([]);
    expect(await h.jobs(key, 'Escalate')).toHaveLength(1);
    const states = (await h.userTasks(key, 'Check')).map((t) => t.state).sort();
    expect(states).toEqual(['CANCELED', 'CANCELED', 'COMPLETED']);
    await job.complete();
    await h.waitForState(key, 'COMPLETED');
  });

  test('when every inner instance completes in time, the timer is gone: moving the clock later does nothing', async () => {
    const h = harness();
    await h.pinClock(T0 + 200 * DAY);
    const key = await h.start('construct-combo-timer-on-mi-subprocess', { documents: ['Mietvertrag', 'Ausweis'] });
    const tasks = await eventually(async () => {
      const found = await h.userTasks(key, 'Check');
      expect(found).toHaveLength(2);
      return found;
    });
    await h.advanceClock(DAY);
    for (const task of tasks) await h.completeUserTask(task);
    await h.waitForState(key, 'COMPLETED');
    await h.advanceClock(5 * DAY);
    await h.settle();
    expect(await h.jobs(key)).toEqual([]);
  });
});

describe('a message published before its subscription opens', () => {
  test('a buffered message triggers the interrupting boundary event as soon as the task is entered', async () => {
    const h = harness();
    const key = await h.start('construct-combo-message-before-boundary', { caseId: 'case-mb-1' });
    const job = await prepare.takeFor(key);
    await h.publish('construct.case-cancelled', 'case-mb-1', { timeToLive: HOUR, variables: { reason: 'duplicate application' } });
    await job.complete();
    await h.waitForState(key, 'COMPLETED');
    expect((await h.rootVariables(key)).cancelReason).toBe('duplicate application');
  });

  // Regression test for a fixed engine bug (orphaned wait state): when the buffered message interrupts the task while it is
  // being activated (openBoundaryEvents runs before createUserTask/createJob in
  // Executor.activate), the element instance is terminated first and the user task (or job) is
  // created afterwards for the terminated element: an open user task is left behind in a
  // completed instance (a job would stay activatable). In Zeebe the boundary subscription's
  // correlation terminates the activity with everything it created: no task may stay CREATED.
  test('the task interrupted by the buffered message is not left open', async () => {
    const h = harness();
    const key = await h.start('construct-combo-message-before-boundary', { caseId: 'case-mb-3' });
    const job = await prepare.takeFor(key);
    await h.publish('construct.case-cancelled', 'case-mb-3', { timeToLive: HOUR, variables: { reason: 'withdrawn' } });
    await job.complete();
    await h.waitForState(key, 'COMPLETED');
    const open = (await h.userTasks(key, 'Work')).filter((t) => t.state === 'CREATED');
    expect(open).toEqual([]);
  });

  test('without TTL the early message is lost and the task stays open', async () => {
    const h = harness();
    const key = await h.start('construct-combo-message-before-boundary', { caseId: 'case-mb-2' });
    const job = await prepare.takeFor(key);
    await h.publish('construct.case-cancelled', 'case-mb-2', { variables: { reason: 'too early' } });
    await job.complete();
    const task = await h.waitForUserTask(key, 'Work');
    expect(await h.stateOf(key)).toBe('ACTIVE');
    await h.completeUserTask(task);
    await h.waitForState(key, 'COMPLETED');
    expect(await h.rootVariables(key)).not.toHaveProperty('cancelReason');
  });
});

describe('an error thrown inside a sub-process, caught on its boundary', () => {
  test('an error end event inside the sub-process is caught by the boundary event with its code', async () => {
    const h = harness();
    const key = await h.start('construct-combo-subprocess-error', { documentsComplete: false });
    const job = await request.takeFor(key);
    expect(job.job.variables.outcome).toBe('incomplete');
    await job.complete();
    await h.waitForState(key, 'COMPLETED');
    expect(await h.jobs(key, 'CheckIdentity')).toEqual([]);
    expect(await h.incidents(key, 'ANY')).toEqual([]);
  });

  test('a job error inside the sub-process bubbles up to the sub-process boundary (catch-all) and cancels the sub-process', async () => {
    const h = harness();
    const key = await h.start('construct-combo-subprocess-error', { documentsComplete: true });
    const job = await check.takeFor(key);
    await job.error('FRAUD_SUSPECTED', 'identity mismatch', { suspicion: 'identity mismatch' });
    await h.waitForState(key, 'COMPLETED');
    expect(await h.rootVariables(key)).toEqual({ documentsComplete: true, outcome: 'rejected', suspicion: 'identity mismatch' });
    expect(request.heldFor(String(key))).toEqual([]);
  });

  test('a job error with the specific code inside the sub-process reaches the specific boundary event, not the catch-all', async () => {
    const h = harness();
    const key = await h.start('construct-combo-subprocess-error', { documentsComplete: true });
    await (await check.takeFor(key)).error('INCOMPLETE', 'page 2 missing');
    const job = await request.takeFor(key);
    expect(job.job.variables.outcome).toBe('incomplete');
    await job.complete();
    await h.waitForState(key, 'COMPLETED');
  });

  test('without an error the sub-process completes normally', async () => {
    const h = harness();
    const key = await h.start('construct-combo-subprocess-error', { documentsComplete: true });
    await (await check.takeFor(key)).complete({ identityOk: true });
    await h.waitForState(key, 'COMPLETED');
    expect(await h.rootVariables(key)).toEqual({ documentsComplete: true, identityOk: true });
  });
});
