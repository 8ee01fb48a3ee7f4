/**
 * Incidents: a job failed down to 0 retries, an uncaught BPMN error, an expression that fails (an
 * input mapping calling an unknown function; an `assert` on a variable that is not there yet).
 * The condition that matches no flow is in gateways.test.ts. In every case the instance waits and,
 * where the cause can be removed, continues after the incident is resolved.
 *
 * Camunda 8.8 docs (components/concepts/incidents): "Identify and resolve the problem. Mark the
 * incident as resolved, triggering retry process execution. If the problem still exists, a new
 * incident is created." For a job incident: increase the job's retries, then resolve.
 */
import { type JobQueue, useHarness } from './harness.ts';

const harness = useHarness();
let transfer: JobQueue;
let convert: JobQueue;
let payout: JobQueue;

beforeAll(async () => {
  const h = harness();
  await h.deploy('incident-job.bpmn', 'incident-expression.bpmn', 'incident-expression-fixable.bpmn');
  transfer = h.queue('construct.incident.transfer');
  convert = h.queue('construct.incident.convert');
  payout = h.queue('construct.incident.payout');
});

describe('incidents', () => {
  test('a job failed to 0 retries: JOB_NO_RETRIES; after updateJob(retries) and resolve, the job runs again and the instance completes', async () => {
    const h = harness();
    const key = await h.start('construct-incident-job', { amount: 500 });
    const first = await transfer.takeFor(key);
    expect(first.job.retries).toBe(2);
    await first.fail('bank timeout', 1);
    const second = await transfer.takeFor(key);
    expect(second.job.retries).toBe(1);
    await second.fail('bank still down', 0);

    const incident = await h.waitForIncident(key, 'Transfer');
    expect(incident).toMatchObject({ errorType: 'JOB_NO_RETRIES', errorMessage: 'bank still down', state: 'ACTIVE' });
    expect(String(incident.jobKey)).toBe(String(first.job.jobKey));
    expect(await h.instance(key)).toMatchObject({ state: 'ACTIVE', hasIncident: true });
    expect((await h.jobs(key, 'Transfer'))[0]).toMatchObject({ state: 'FAILED', retries: 0 });

    await h.client.updateJob({ jobKey: first.job.jobKey, changeset: { retries: 1 } });
    await h.resolveIncident(incident);
    const third = await transfer.takeFor(key);
    expect(third.job.retries).toBe(1);
    await third.complete({ transferred: true });
    await h.waitForState(key, 'COMPLETED');
    expect(await h.incidents(key)).toEqual([]);
    expect((await h.incidents(key, 'RESOLVED')).map((i) => i.incidentKey)).toEqual([incident.incidentKey]);
    expect((await h.instance(key)).hasIncident).toBe(false);
  });

  test('an uncaught BPMN error: UNHANDLED_ERROR_EVENT; resolving makes the job activatable again', async () => {
    const h = harness();
    const key = await h.start('construct-incident-job', { amount: 600 });
    const job = await transfer.takeFor(key);
    await job.error('ACCOUNT_CLOSED', 'the account is closed');

    const incident = await h.waitForIncident(key, 'Transfer');
    expect(incident.errorType).toBe('UNHANDLED_ERROR_EVENT');
    expect(incident.errorMessage).toContain('ACCOUNT_CLOSED');
    expect(String(incident.jobKey)).toBe(String(job.job.jobKey));
    expect(await h.stateOf(key)).toBe('ACTIVE');

    await h.resolveIncident(incident);
    const again = await transfer.takeFor(key);
    expect(again.job.jobKey).toBe(job.job.jobKey);
    await again.complete();
    await h.waitForState(key, 'COMPLETED');
  });

  test('an input mapping calling an unknown function: IO_MAPPING_ERROR, no job; resolving without a fix raises a new incident', async () => {
    const h = harness();
    const key = await h.start('construct-incident-expression', { amount: 10 });
    const incident = await h.waitForIncident(key, 'Convert');
    expect(incident.errorType).toBe('IO_MAPPING_ERROR');
    expect(incident.errorMessage).toContain('toEuro');
    expect(await h.jobs(key)).toEqual([]);
    expect(await h.instance(key)).toMatchObject({ state: 'ACTIVE', hasIncident: true });

    await h.resolveIncident(incident);
    const again = await h.waitForIncident(key, 'Convert');
    expect(again.incidentKey).not.toBe(incident.incidentKey);
    expect(again.errorType).toBe('IO_MAPPING_ERROR');
    expect(await h.jobs(key)).toEqual([]);
    expect(convert.heldFor(String(key))).toEqual([]);

    await h.client.cancelProcessInstance({ processInstanceKey: key });
    await h.waitForState(key, 'TERMINATED');
    expect(await h.incidents(key)).toEqual([]);
  });

  test('a failing expression (assert on a missing variable) continues after the variable arrived and the incident is resolved', async () => {
    const h = harness();
    const key = await h.start('construct-incident-expression-fixable', { caseId: 'case-iban-1' });
    const incident = await h.waitForIncident(key, 'Payout');
    expect(incident.errorType).toBe('IO_MAPPING_ERROR');
    expect(await h.jobs(key)).toEqual([]);

    // the IBAN arrives on the parallel branch and propagates to the root scope
    await h.publish('construct.iban-provided', 'case-iban-1', { variables: { iban: 'DE02120300000000202051' } });
    await h.resolveIncident(incident);
    const job = await payout.takeFor(key);
    expect(job.job.variables.account).toBe('DE02120300000000202051');
    await job.complete();
    await h.waitForState(key, 'COMPLETED');
    expect(await h.incidents(key)).toEqual([]);
  });
});
