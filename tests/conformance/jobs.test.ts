/**
 * Conformance: jobs.
 *
 * Endpoints: POST /jobs/activation, POST /jobs/search, POST /jobs/{key}/completion,
 * POST /jobs/{key}/failure, POST /jobs/{key}/error, PATCH /jobs/{key}
 *
 * Time-dependent behaviour (back-off, activation deadline) runs on a pinned clock.
 */
import { JobKey, ProcessDefinitionId, ProcessInstanceKey, ScopeKey } from '@camunda8/orchestration-cluster-api';
import {
  type Conformance,
  deployProcess,
  expectHttpError,
  expectProblem,
  now,
  rawJson,
  serviceTaskProcess,
  startConformance,
  within,
} from './harness.ts';

let c: Conformance;

beforeAll(async () => {
  c = await startConformance();
});

afterAll(async () => {
  await c?.close();
});

afterEach(async () => {
  await c.client.resetClock();
});

async function startInstance(processId: string, variables: Record<string, unknown> = {}) {
  const created = await c.client.createProcessInstance({ processDefinitionId: ProcessDefinitionId.assumeExists(processId), variables });
  return created.processInstanceKey;
}

/** Activation that answers at once (negative requestTimeout: no long poll). */
const activateNow = (type: string, maxJobsToActivate = 10, timeout = 60_000) =>
  c.client.activateJobs({ type, maxJobsToActivate, timeout, requestTimeout: -1, worker: 'conformance' });

describe('POST /jobs/activation', () => {
  test('activated jobs carry type, headers, retries, variables, worker and deadline', async () => {
    const pd = await deployProcess(c.client, serviceTaskProcess('job-shape', 'job-shape', { retries: 5, headers: { region: 'north', level: '2' } }));
    const pinned = Date.parse('2030-03-01T10:00:00.000Z');
    await c.client.pinClock({ timestamp: pinned });
    const piKey = await startInstance('job-shape', { orderId: 'A-7', amount: 3 });
    const { jobs } = await c.client.activateJobs({ type: 'job-shape', maxJobsToActivate: 1, timeout: 45_000, worker: 'worker-1', requestTimeout: 1_000 });
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({
      type: 'job-shape',
      processDefinitionId: 'job-shape',
      processDefinitionVersion: 1,
      elementId: 'task',
      customHeaders: { region: 'north', level: '2' },
      worker: 'worker-1',
      retries: 5,
      deadline: BigInt(pinned + 45_000),
      variables: { orderId: 'A-7', amount: 3 },
      tenantId: '<default>',
      processInstanceKey: piKey,
      processDefinitionKey: pd.processDefinitionKey,
      kind: 'BPMN_ELEMENT',
      listenerEventType: 'UNSPECIFIED',
    });
    expect(jobs[0].jobKey).toMatch(/^\d+$/);
    expect(jobs[0].elementInstanceKey).toMatch(/^\d+$/);
  });

  test('long poll: a waiting request returns as soon as a job appears', async () => {
    await deployProcess(c.client, serviceTaskProcess('job-long-poll', 'job-long-poll'));
    const started = Date.now();
    const pending = c.client.activateJobs({ type: 'job-long-poll', maxJobsToActivate: 1, timeout: 10_000, requestTimeout: 10_000 });
    let settled = false;
    void pending.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(settled).toBe(false); // still waiting: nothing to activate yet
    const piKey = await startInstance('job-long-poll');
    const { jobs } = await pending;
    const elapsed = Date.now() - started;
    expect(jobs.map((j) => j.processInstanceKey)).toEqual([piKey]);
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(elapsed).toBeLessThan(5_000);
  });

  test('long poll: with no job the request ends empty after requestTimeout', async () => {
    const started = Date.now();
    const { jobs } = await c.client.activateJobs({ type: 'job-nobody-creates-this', maxJobsToActivate: 1, timeout: 1_000, requestTimeout: 400 });
    const elapsed = Date.now() - started;
    expect(jobs).toEqual([]);
    expect(elapsed).toBeGreaterThanOrEqual(350);
    expect(elapsed).toBeLessThan(3_000);
  });

  test('maxJobsToActivate caps a batch; an activated job is not handed out twice', async () => {
    await deployProcess(c.client, serviceTaskProcess('job-max', 'job-max'));
    const keys = [await startInstance('job-max'), await startInstance('job-max'), await startInstance('job-max')];
    const first = await activateNow('job-max', 2);
    expect(first.jobs.map((j) => j.processInstanceKey)).toEqual(keys.slice(0, 2));
    const second = await activateNow('job-max', 2);
    expect(second.jobs.map((j) => j.processInstanceKey)).toEqual(keys.slice(2));
    expect((await activateNow('job-max', 2)).jobs).toEqual([]);
  });

  test('fetchVariable limits the variables of the activated job', async () => {
    await deployProcess(c.client, serviceTaskProcess('job-fetch', 'job-fetch'));
    await startInstance('job-fetch', { a: 1, b: { deep: true }, c: 'three' });
    const { jobs } = await c.client.activateJobs({ type: 'job-fetch', maxJobsToActivate: 1, timeout: 10_000, requestTimeout: -1, fetchVariable: ['b', 'notThere'] });
    expect(jobs[0].variables).toEqual({ b: { deep: true } });
  });

  test('timeout: once the deadline passes, the job is activatable again', async () => {
    await deployProcess(c.client, serviceTaskProcess('job-deadline', 'job-deadline'));
    const t0 = Date.parse('2030-04-01T00:00:00.000Z');
    await c.client.pinClock({ timestamp: t0 });
    await startInstance('job-deadline');
    const first = await activateNow('job-deadline', 1, 30_000);
    expect(first.jobs).toHaveLength(1);
    expect(first.jobs[0].deadline).toBe(BigInt(t0 + 30_000));

    await c.client.pinClock({ timestamp: t0 + 29_999 });
    expect((await activateNow('job-deadline', 1, 30_000)).jobs).toEqual([]);

    await c.client.pinClock({ timestamp: t0 + 30_001 });
    const again = await activateNow('job-deadline', 1, 10_000);
    expect(again.jobs.map((j) => j.jobKey)).toEqual([first.jobs[0].jobKey]);
    expect(again.jobs[0].deadline).toBe(BigInt(t0 + 30_001 + 10_000));
    expect(again.jobs[0].retries).toBe(first.jobs[0].retries);
  });

  test('timeout: a waiting long poll picks up a job whose deadline passed when the clock moves', async () => {
    await deployProcess(c.client, serviceTaskProcess('job-deadline-poll', 'job-deadline-poll'));
    const t0 = Date.parse('2030-04-02T00:00:00.000Z');
    await c.client.pinClock({ timestamp: t0 });
    await startInstance('job-deadline-poll');
    const first = await activateNow('job-deadline-poll', 1, 5_000);
    const pending = c.client.activateJobs({ type: 'job-deadline-poll', maxJobsToActivate: 1, timeout: 5_000, requestTimeout: 5_000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await c.client.pinClock({ timestamp: t0 + 6_000 });
    const { jobs } = await pending;
    expect(jobs.map((j) => j.jobKey)).toEqual([first.jobs[0].jobKey]);
  });

  test('raw: invalid activation requests: 400 problem', async () => {
    expectProblem(await rawJson(c.api, 'POST', '/jobs/activation', { maxJobsToActivate: 1, timeout: 1000 }), 400);
    expectProblem(await rawJson(c.api, 'POST', '/jobs/activation', { type: 'x', maxJobsToActivate: 0, timeout: 1000 }), 400);
    expectProblem(await rawJson(c.api, 'POST', '/jobs/activation', { type: 'x', maxJobsToActivate: 1, timeout: 'soon' }), 400);
    expectProblem(await rawJson(c.api, 'POST', '/jobs/activation', { type: 'x', maxJobsToActivate: 1, timeout: 1000, fetchVariable: 'a' }), 400);
    expectProblem(await rawJson(c.api, 'POST', '/jobs/activation', '{"type":"x",'), 400);
    expectProblem(await rawJson(c.api, 'POST', '/jobs/activation', { type: 'x', maxJobsToActivate: 1, timeout: 1000, worker: { name: 'w' } }), 400);
    expectProblem(await rawJson(c.api, 'POST', '/jobs/activation', { type: 'x', maxJobsToActivate: 1, timeout: 1000, tenantIds: ['tenant-b'] }), 400);
  });
});

describe('POST /jobs/{key}/completion', () => {
  test('completion with variables: they reach the process, which continues to its end', async () => {
    await deployProcess(c.client, serviceTaskProcess('job-complete', 'job-complete'));
    const piKey = await startInstance('job-complete', { input: 1 });
    const [job] = (await activateNow('job-complete', 1)).jobs;
    await expect(c.client.completeJob({ jobKey: job.jobKey, variables: { result: 'ok', input: 2 } })).resolves.toBeUndefined();
    const instance = await c.client.getProcessInstance({ processInstanceKey: piKey }, now);
    expect(instance.state).toBe('COMPLETED');
    const variables = await c.client.searchVariables({ filter: { processInstanceKey: piKey }, sort: [{ field: 'name' }] }, now);
    expect(variables.items.map((v) => [v.name, v.value])).toEqual([
      ['input', '2'],
      ['result', '"ok"'],
    ]);
  });

  test('completing twice, or an unknown job: 404 problem', async () => {
    await deployProcess(c.client, serviceTaskProcess('job-complete-twice', 'job-complete-twice'));
    await startInstance('job-complete-twice');
    const [job] = (await activateNow('job-complete-twice', 1)).jobs;
    await c.client.completeJob({ jobKey: job.jobKey });
    await expectHttpError(c.client.completeJob({ jobKey: job.jobKey }), 404);
    await expectHttpError(c.client.completeJob({ jobKey: JobKey.assumeExists('2251799813999999') }), 404);
    expectProblem(await rawJson(c.api, 'POST', '/jobs/2251799813999999/completion', {}), 404);
  });

  test('raw: malformed completion bodies: 400 problem', async () => {
    expectProblem(await rawJson(c.api, 'POST', '/jobs/2251799813999999/completion', { variables: 'x' }), 400);
    expectProblem(await rawJson(c.api, 'POST', '/jobs/2251799813999999/completion', '{"variables":'), 400);
    expectProblem(await rawJson(c.api, 'POST', '/jobs/not-a-key/completion', {}), 400);
  });
});

describe('POST /jobs/{key}/failure', () => {
  test('failure with retries and retryBackOff: not activatable before the back-off passes', async () => {
    await deployProcess(c.client, serviceTaskProcess('job-fail', 'job-fail', { retries: 3 }));
    const t0 = Date.parse('2030-05-01T00:00:00.000Z');
    await c.client.pinClock({ timestamp: t0 });
    const piKey = await startInstance('job-fail');
    const [job] = (await activateNow('job-fail', 1)).jobs;
    expect(job.retries).toBe(3);
    await expect(c.client.failJob({ jobKey: job.jobKey, retries: 2, retryBackOff: 60_000, errorMessage: 'service down' })).resolves.toBeUndefined();

    expect((await activateNow('job-fail', 1)).jobs).toEqual([]);
    const searched = await c.client.searchJobs({ filter: { jobKey: job.jobKey } }, now);
    expect(searched.items).toHaveLength(1);
    expect(searched.items[0]).toMatchObject({ retries: 2, errorMessage: 'service down', processInstanceKey: piKey });

    await c.client.pinClock({ timestamp: t0 + 59_999 });
    expect((await activateNow('job-fail', 1)).jobs).toEqual([]);

    await c.client.pinClock({ timestamp: t0 + 60_000 });
    const again = await activateNow('job-fail', 1);
    expect(again.jobs.map((j) => [j.jobKey, j.retries])).toEqual([[job.jobKey, 2]]);
  });

  test('failure without back-off: activatable at once with the new retries', async () => {
    await deployProcess(c.client, serviceTaskProcess('job-fail-now', 'job-fail-now'));
    await startInstance('job-fail-now');
    const [job] = (await activateNow('job-fail-now', 1)).jobs;
    await c.client.failJob({ jobKey: job.jobKey, retries: 1, errorMessage: 'try again' });
    const again = await activateNow('job-fail-now', 1);
    expect(again.jobs.map((j) => [j.jobKey, j.retries])).toEqual([[job.jobKey, 1]]);
  });

  test('failure with retries 0: an incident, the job is no longer activatable', async () => {
    await deployProcess(c.client, serviceTaskProcess('job-fail-out', 'job-fail-out'));
    const piKey = await startInstance('job-fail-out');
    const [job] = (await activateNow('job-fail-out', 1)).jobs;
    await c.client.failJob({ jobKey: job.jobKey, retries: 0, errorMessage: 'gave up' });
    expect((await activateNow('job-fail-out', 1)).jobs).toEqual([]);
    const instance = await c.client.getProcessInstance({ processInstanceKey: piKey }, now);
    expect(instance.hasIncident).toBe(true);
    const incidents = await c.client.searchIncidents({ filter: { processInstanceKey: piKey } }, now);
    expect(incidents.items?.map((i) => [i.errorType, i.errorMessage, i.jobKey])).toEqual([['JOB_NO_RETRIES', 'gave up', job.jobKey]]);
  });

  test('failing an unknown job: 404 problem', async () => {
    await expectHttpError(c.client.failJob({ jobKey: JobKey.assumeExists('2251799813999999'), retries: 1 }), 404);
    expectProblem(await rawJson(c.api, 'POST', '/jobs/2251799813999999/failure', { retries: 1 }), 404);
    expectProblem(await rawJson(c.api, 'POST', '/jobs/2251799813999999/failure', { retries: -1 }), 400);
  });
});

describe('POST /jobs/{key}/error', () => {
  test('a BPMN error with errorCode is caught by the boundary event; the instance continues there', async () => {
    await deployProcess(c.client, serviceTaskProcess('job-bpmn-error', 'job-bpmn-error', { errorCode: 'REJECTED' }));
    const piKey = await startInstance('job-bpmn-error');
    const [job] = (await activateNow('job-bpmn-error', 1)).jobs;
    await expect(c.client.throwJobError({ jobKey: job.jobKey, errorCode: 'REJECTED', errorMessage: 'not eligible' })).resolves.toBeUndefined();
    const instance = await c.client.getProcessInstance({ processInstanceKey: piKey }, now);
    expect(instance.state).toBe('COMPLETED');
    expect(instance.hasIncident).toBe(false);
    const jobs = await c.client.searchJobs({ filter: { jobKey: job.jobKey } }, now);
    expect(jobs.items[0]).toMatchObject({ errorCode: 'REJECTED', errorMessage: 'not eligible' });
  });

  test('the error variables reach the process through the output mappings of the catch event', async () => {
    await deployProcess(c.client, serviceTaskProcess('job-bpmn-error-out', 'job-bpmn-error-out', { errorCode: 'REJECTED', errorOutputs: { rejectReason: '=reason' } }));
    const piKey = await startInstance('job-bpmn-error-out');
    const [job] = (await activateNow('job-bpmn-error-out', 1)).jobs;
    await c.client.throwJobError({ jobKey: job.jobKey, errorCode: 'REJECTED', variables: { reason: 'income' } });
    expect((await c.client.getProcessInstance({ processInstanceKey: piKey }, now)).state).toBe('COMPLETED');
    const variables = await c.client.searchVariables({ filter: { processInstanceKey: piKey, scopeKey: ScopeKey.assumeExists(piKey) } }, now);
    expect(variables.items.map((v) => [v.name, v.value])).toEqual([['rejectReason', '"income"']]);
  });

  // Regression test for a fixed engine bug (reported): Executor.throwError always stores the error variables as locals of the
  // catch event, which are dropped when it completes. Zeebe (BpmnVariableMappingBehavior.
  // applyOutputMappings, "merge/propagate the event variables by default") propagates the event's
  // variables to the process when the catch event has no output mappings, as the engine already
  // does for message events.
  test('the error variables propagate to the process when the catch event has no output mappings', async () => {
    await deployProcess(c.client, serviceTaskProcess('job-bpmn-error-vars', 'job-bpmn-error-vars', { errorCode: 'REJECTED' }));
    const piKey = await startInstance('job-bpmn-error-vars');
    const [job] = (await activateNow('job-bpmn-error-vars', 1)).jobs;
    await c.client.throwJobError({ jobKey: job.jobKey, errorCode: 'REJECTED', variables: { reason: 'income' } });
    expect((await c.client.getProcessInstance({ processInstanceKey: piKey }, now)).state).toBe('COMPLETED');
    const variables = await c.client.searchVariables({ filter: { processInstanceKey: piKey, name: 'reason' } }, now);
    expect(variables.items.map((v) => v.value)).toEqual(['"income"']);
  });

  // Regression test for a fixed engine bug (reported): terminating the task when the boundary event catches the error cancels
  // the job, so the job search shows CANCELED. Zeebe's JobErrorThrownApplier removes the job
  // reference from the task instance "to not cancel it while terminating the task": the job
  // stays ERROR_THROWN.
  test('a caught BPMN error leaves the job in state ERROR_THROWN (not CANCELED)', async () => {
    await deployProcess(c.client, serviceTaskProcess('job-bpmn-error-state', 'job-bpmn-error-state', { errorCode: 'REJECTED' }));
    await startInstance('job-bpmn-error-state');
    const [job] = (await activateNow('job-bpmn-error-state', 1)).jobs;
    await c.client.throwJobError({ jobKey: job.jobKey, errorCode: 'REJECTED' });
    const jobs = await c.client.searchJobs({ filter: { jobKey: job.jobKey } }, now);
    expect(jobs.items[0].state).toBe('ERROR_THROWN');
  });

  test('a BPMN error nobody catches: an UNHANDLED_ERROR_EVENT incident', async () => {
    await deployProcess(c.client, serviceTaskProcess('job-bpmn-error-uncaught', 'job-bpmn-error-uncaught', { errorCode: 'REJECTED' }));
    const piKey = await startInstance('job-bpmn-error-uncaught');
    const [job] = (await activateNow('job-bpmn-error-uncaught', 1)).jobs;
    await c.client.throwJobError({ jobKey: job.jobKey, errorCode: 'SOMETHING_ELSE' });
    const incidents = await c.client.searchIncidents({ filter: { processInstanceKey: piKey } }, within((r: { items?: unknown[] }) => (r.items ?? []).length > 0));
    expect(incidents.items?.map((i) => i.errorType)).toEqual(['UNHANDLED_ERROR_EVENT']);
    expect((await c.client.getProcessInstance({ processInstanceKey: piKey }, now)).state).toBe('ACTIVE');
  });

  test('an error for an unknown job: 404; without errorCode: 400', async () => {
    await expectHttpError(c.client.throwJobError({ jobKey: JobKey.assumeExists('2251799813999999'), errorCode: 'X' }), 404);
    expectProblem(await rawJson(c.api, 'POST', '/jobs/2251799813999999/error', {}), 400);
    expectProblem(await rawJson(c.api, 'POST', '/jobs/2251799813999999/error', { errorCode: 42 }), 400);
  });
});

describe('PATCH /jobs/{key}', () => {
  test('update retries and timeout', async () => {
    await deployProcess(c.client, serviceTaskProcess('job-update', 'job-update', { retries: 3 }));
    const t0 = Date.parse('2030-06-01T00:00:00.000Z');
    await c.client.pinClock({ timestamp: t0 });
    await startInstance('job-update');
    const [job] = (await activateNow('job-update', 1, 10_000)).jobs;
    await expect(c.client.updateJob({ jobKey: job.jobKey, changeset: { retries: 7 } })).resolves.toBeUndefined();
    await c.client.updateJob({ jobKey: job.jobKey, changeset: { timeout: 120_000 } });
    const searched = await c.client.searchJobs({ filter: { jobKey: job.jobKey } }, now);
    expect(searched.items[0].retries).toBe(7);
    expect(searched.items[0].deadline).toBe(new Date(t0 + 120_000).toISOString());
    // the old deadline passed, the new one not yet: still not activatable
    await c.client.pinClock({ timestamp: t0 + 60_000 });
    expect((await activateNow('job-update', 1)).jobs).toEqual([]);
    await c.client.pinClock({ timestamp: t0 + 120_001 });
    expect((await activateNow('job-update', 1)).jobs.map((j) => [j.jobKey, j.retries])).toEqual([[job.jobKey, 7]]);
  });

  test('an unknown job: 404; an invalid changeset: 400', async () => {
    await expectHttpError(c.client.updateJob({ jobKey: JobKey.assumeExists('2251799813999999'), changeset: { retries: 1 } }), 404);
    expectProblem(await rawJson(c.api, 'PATCH', '/jobs/2251799813999999', { changeset: { retries: 'many' } }), 400);
    expectProblem(await rawJson(c.api, 'PATCH', '/jobs/2251799813999999', {}), 400);
  });
});

describe('POST /jobs/search', () => {
  test('filter, sort and page', async () => {
    await deployProcess(c.client, serviceTaskProcess('job-search', 'job-search'));
    const keys = [await startInstance('job-search'), await startInstance('job-search'), await startInstance('job-search')];
    const [activated] = (await activateNow('job-search', 1)).jobs;
    expect(activated.processInstanceKey).toBe(keys[0]);

    const all = await c.client.searchJobs({ filter: { type: 'job-search' }, sort: [{ field: 'processInstanceKey', order: 'DESC' }] }, now);
    expect(all.items.map((j) => j.processInstanceKey)).toEqual([...keys].reverse());
    expect(all.page.totalItems).toBe(3n);
    expect(all.items.every((j) => j.state === 'CREATED' && j.kind === 'BPMN_ELEMENT' && j.elementId === 'task')).toBe(true);

    const byWorker = await c.client.searchJobs({ filter: { type: 'job-search', worker: 'conformance' } }, now);
    expect(byWorker.items.map((j) => j.jobKey)).toEqual([activated.jobKey]);

    const byInstance = await c.client.searchJobs({ filter: { processInstanceKey: ProcessInstanceKey.assumeExists(keys[2]) } }, now);
    expect(byInstance.items).toHaveLength(1);

    const paged = await c.client.searchJobs({ filter: { type: 'job-search' }, page: { from: 1, limit: 1 } }, now);
    expect(paged.items.map((j) => j.processInstanceKey)).toEqual([keys[1]]);
    expect(paged.page.totalItems).toBe(3n);

    await c.client.completeJob({ jobKey: activated.jobKey });
    const completed = await c.client.searchJobs({ filter: { type: 'job-search', state: 'COMPLETED' } }, now);
    expect(completed.items.map((j) => j.jobKey)).toEqual([activated.jobKey]);

    // the advanced state filter the client allows
    const notCompleted = await c.client.searchJobs({ filter: { type: 'job-search', state: { $neq: 'COMPLETED' } } }, now);
    expect(notCompleted.items).toHaveLength(2);
    const either = await c.client.searchJobs({ filter: { type: 'job-search', state: { $in: ['CREATED', 'COMPLETED'] } } }, now);
    expect(either.items).toHaveLength(3);
  });

  test('raw: invalid search: 400 problem', async () => {
    expectProblem(await rawJson(c.api, 'POST', '/jobs/search', { filter: { state: 'SLEEPING' } }), 400);
    expectProblem(await rawJson(c.api, 'POST', '/jobs/search', { filter: { retries: 'three' } }), 400);
    expectProblem(await rawJson(c.api, 'POST', '/jobs/search', { sort: 'jobKey' }), 400);
  });
});
