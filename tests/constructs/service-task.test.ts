/**
 * Service tasks: a static job type, a job type and retries from expressions, task headers arriving
 * as customHeaders, retries counting down on failure and a retry back-off driven by the clock.
 */
import { type JobQueue, MINUTE, useHarness } from './harness.ts';

const harness = useHarness();
let calculate: JobQueue;

beforeAll(async () => {
  await harness().deploy('service-task.bpmn');
  calculate = harness().queue('construct.service.calculate');
  harness().worker('construct.service.notify-email', (job) => job.complete({ notified: job.variables.channel }));
});

describe('service task', () => {
  test('static type: the worker gets the job with the modelled retries, the headers as customHeaders and the instance variables', async () => {
    const h = harness();
    const key = await h.start('construct-service-task', { channel: 'email', retryBudget: 7, amount: 120 });

    const held = await calculate.takeFor(key, 'Calculate');
    expect(held.job.type).toBe('construct.service.calculate');
    expect(held.job.retries).toBe(5);
    expect(held.job.customHeaders).toEqual({ region: 'eu-central', sla: 'PT4H' });
    expect(held.job.variables).toEqual({ channel: 'email', retryBudget: 7, amount: 120 });
    expect(held.job.processDefinitionId).toBe('construct-service-task');

    const [searched] = await h.jobs(key, 'Calculate');
    expect(searched).toMatchObject({ type: 'construct.service.calculate', retries: 5, state: 'CREATED', customHeaders: { region: 'eu-central', sla: 'PT4H' } });

    await held.complete({ result: 240 });
    await h.waitForState(key, 'COMPLETED');
    expect(await h.rootVariables(key)).toEqual({ channel: 'email', retryBudget: 7, amount: 120, result: 240, notified: 'email' });
    expect((await h.jobs(key, 'Calculate'))[0].state).toBe('COMPLETED');
  });

  test('type and retries as expressions: the job type is computed from the instance variables', async () => {
    const h = harness();
    const sms = h.queue('construct.service.notify-sms');
    const key = await h.start('construct-service-task', { channel: 'sms', retryBudget: 2 });
    await (await calculate.takeFor(key)).complete();
    const held = await sms.takeFor(key, 'Notify');
    expect(held.job.type).toBe('construct.service.notify-sms');
    expect(held.job.retries).toBe(2);
    expect(held.job.customHeaders).toEqual({});
    await held.complete();
    await h.waitForState(key, 'COMPLETED');
  });

  test('a failed job with retries left is activated again with the retries the worker reported', async () => {
    const h = harness();
    const pager = h.queue('construct.service.notify-pager');
    const key = await h.start('construct-service-task', { channel: 'pager', retryBudget: 3 });
    await (await calculate.takeFor(key)).complete();
    const first = await pager.takeFor(key, 'Notify');
    expect(first.job.retries).toBe(3);
    await first.fail('pager gateway down', 2);

    const second = await pager.takeFor(key, 'Notify');
    expect(second.job.jobKey).toBe(first.job.jobKey);
    expect(second.job.retries).toBe(2);
    await second.complete({ delivered: true });
    await h.waitForState(key, 'COMPLETED');
    expect(await h.incidents(key, 'ANY')).toEqual([]);
  });

  test('a retry back-off keeps the job back until the (pinned) clock has passed it', async () => {
    const h = harness();
    const fax = h.queue('construct.service.notify-fax');
    const key = await h.start('construct-service-task', { channel: 'fax', retryBudget: 3 });
    await (await calculate.takeFor(key)).complete();
    const first = await fax.takeFor(key, 'Notify');
    await first.fail('fax busy', 2, 10 * MINUTE);

    await h.advanceClock(9 * MINUTE);
    const early = await h.client.activateJobs({ type: 'construct.service.notify-fax', maxJobsToActivate: 5, timeout: 60_000, requestTimeout: -1 });
    expect(early.jobs).toEqual([]);
    expect(fax.heldFor(key)).toEqual([]);

    await h.advanceClock(1 * MINUTE);
    const second = await fax.takeFor(key, 'Notify');
    expect(second.job.retries).toBe(2);
    await second.complete();
    await h.waitForState(key, 'COMPLETED');
  });

  test('a job that is activated but not finished before its timeout can be activated again', async () => {
    const h = harness();
    const key = await h.start('construct-service-task', { channel: 'telex', retryBudget: 3 });
    await (await calculate.takeFor(key)).complete();
    await h.waitForJob(key, 'Notify');
    const activate = () => h.client.activateJobs({ type: 'construct.service.notify-telex', maxJobsToActivate: 5, timeout: 5 * MINUTE, requestTimeout: -1, worker: 'manual' });

    const first = await activate();
    expect(first.jobs).toHaveLength(1);
    expect(await activate()).toEqual({ jobs: [] });
    await h.advanceClock(5 * MINUTE - 1);
    expect(await activate()).toEqual({ jobs: [] });
    await h.advanceClock(1);
    const second = await activate();
    expect(second.jobs.map((j) => j.jobKey)).toEqual([first.jobs[0].jobKey]);
    expect(second.jobs[0].retries).toBe(3);
    await h.client.completeJob({ jobKey: second.jobs[0].jobKey, variables: {} });
    await h.waitForState(key, 'COMPLETED');
  });
});
