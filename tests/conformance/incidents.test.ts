/**
 * Conformance: incidents.
 *
 * Endpoints: POST /incidents/search, GET /incidents/{key}, POST /incidents/{key}/resolution,
 * POST /process-instances/{key}/incidents/search
 */
import { IncidentKey, ProcessDefinitionId, ProcessInstanceKey } from '@camunda8/orchestration-cluster-api';
import { type Conformance, deployProcess, expectHttpError, expectProblem, now, rawJson, rawRequest, serviceTaskProcess, startConformance, waitFor } from './harness.ts';

let c: Conformance;
let pdKey: string;

beforeAll(async () => {
  c = await startConformance();
  pdKey = (await deployProcess(c.client, serviceTaskProcess('inc-process', 'inc-job', { retries: 1 }))).processDefinitionKey;
});

afterAll(async () => {
  await c?.close();
});

/** Starts an instance and fails its job with no retries left: one JOB_NO_RETRIES incident. */
async function failingInstance(message: string) {
  const piKey = (await c.client.createProcessInstance({ processDefinitionId: ProcessDefinitionId.assumeExists('inc-process'), variables: { message } })).processInstanceKey;
  const { jobs } = await c.client.activateJobs({ type: 'inc-job', maxJobsToActivate: 1, timeout: 10_000, requestTimeout: 2_000, fetchVariable: ['message'] });
  expect(jobs.map((j) => j.processInstanceKey)).toEqual([piKey]);
  await c.client.failJob({ jobKey: jobs[0].jobKey, retries: 0, errorMessage: message });
  // Camunda's search is eventually consistent; the embedded engine answers at once, the wait is bounded
  await waitFor(() => incidentsOf(piKey), (items) => items.length > 0, 2_000);
  return { piKey, jobKey: jobs[0].jobKey };
}

async function incidentsOf(piKey: ProcessInstanceKey) {
  return (await c.client.searchIncidents({ filter: { processInstanceKey: piKey } }, now)).items ?? [];
}

describe('incidents of a failed job', () => {
  test('search and get: the incident names type, message, element, job and instance', async () => {
    const { piKey, jobKey } = await failingInstance('backend unreachable');
    const [incident] = await incidentsOf(piKey);
    expect(incident).toEqual({
      processDefinitionId: 'inc-process',
      errorType: 'JOB_NO_RETRIES',
      errorMessage: 'backend unreachable',
      elementId: 'task',
      creationTime: expect.any(String),
      state: 'ACTIVE',
      tenantId: '<default>',
      incidentKey: expect.stringMatching(/^\d+$/),
      processDefinitionKey: pdKey,
      processInstanceKey: piKey,
      elementInstanceKey: expect.stringMatching(/^\d+$/),
      jobKey,
    });
    expect(Number.isNaN(Date.parse(incident.creationTime!))).toBe(false);
    const got = await c.client.getIncident({ incidentKey: incident.incidentKey! }, now);
    expect(got).toEqual(incident);

    const instance = await c.client.getProcessInstance({ processInstanceKey: piKey }, now);
    expect(instance.hasIncident).toBe(true);
    const withIncidents = await c.client.searchProcessInstances({ filter: { processDefinitionId: 'inc-process', hasIncident: true } }, now);
    expect(withIncidents.items.map((i) => i.processInstanceKey)).toContain(piKey);
  });

  test('POST /process-instances/{key}/incidents/search lists the incidents of that instance only', async () => {
    const first = await failingInstance('first');
    const second = await failingInstance('second');
    const result = await c.client.searchProcessInstanceIncidents({ processInstanceKey: second.piKey }, now);
    expect(result.items?.map((i) => [i.processInstanceKey, i.errorMessage])).toEqual([[second.piKey, 'second']]);
    expect(result.page.totalItems).toBe(1n);
    const firstResult = await c.client.searchProcessInstanceIncidents({ processInstanceKey: first.piKey, sort: [{ field: 'creationTime', order: 'DESC' }], page: { limit: 5 } }, now);
    expect(firstResult.items?.map((i) => i.errorMessage)).toEqual(['first']);
    await expectHttpError(c.client.searchProcessInstanceIncidents({ processInstanceKey: ProcessInstanceKey.assumeExists('2251799813999999') }, now), 404);
  });

  test('resolve after updateJob gave new retries: the job runs again and the instance completes', async () => {
    const { piKey, jobKey } = await failingInstance('will be fixed');
    const [incident] = await incidentsOf(piKey);
    await c.client.updateJob({ jobKey, changeset: { retries: 2 } });
    await expect(c.client.resolveIncident({ incidentKey: incident.incidentKey! })).resolves.toBeUndefined();

    const resolved = await c.client.getIncident({ incidentKey: incident.incidentKey! }, now);
    expect(resolved.state).toBe('RESOLVED');
    expect((await c.client.getProcessInstance({ processInstanceKey: piKey }, now)).hasIncident).toBe(false);

    const { jobs } = await c.client.activateJobs({ type: 'inc-job', maxJobsToActivate: 1, timeout: 10_000, requestTimeout: 2_000 });
    expect(jobs.map((j) => [j.jobKey, j.retries])).toEqual([[jobKey, 2]]);
    await c.client.completeJob({ jobKey, variables: { fixed: true } });
    expect((await c.client.getProcessInstance({ processInstanceKey: piKey }, now)).state).toBe('COMPLETED');

    // resolving twice: the incident is no longer active
    await expectHttpError(c.client.resolveIncident({ incidentKey: incident.incidentKey! }), 404);
  });

  test('search: filter by state and type, sort, page', async () => {
    const a = await failingInstance('search-a');
    const b = await failingInstance('search-b');
    const active = await c.client.searchIncidents({ filter: { processDefinitionId: ProcessDefinitionId.assumeExists('inc-process'), state: 'ACTIVE', errorType: 'JOB_NO_RETRIES' }, sort: [{ field: 'incidentKey', order: 'DESC' }] }, now);
    const keys = active.items?.map((i) => i.processInstanceKey) ?? [];
    expect(keys.indexOf(b.piKey)).toBeLessThan(keys.indexOf(a.piKey));
    expect(keys.indexOf(a.piKey)).toBeGreaterThanOrEqual(0);
    expect(active.items?.every((i) => i.state === 'ACTIVE')).toBe(true);

    const byMessage = await c.client.searchIncidents({ filter: { errorMessage: 'search-b' } }, now);
    expect(byMessage.items?.map((i) => i.processInstanceKey)).toEqual([b.piKey]);
    const byJob = await c.client.searchIncidents({ filter: { jobKey: a.jobKey } }, now);
    expect(byJob.items?.map((i) => i.processInstanceKey)).toEqual([a.piKey]);

    const total = active.page.totalItems;
    const page = await c.client.searchIncidents({ filter: { processDefinitionId: ProcessDefinitionId.assumeExists('inc-process'), state: 'ACTIVE' }, page: { from: 1, limit: 1 } }, now);
    expect(page.items).toHaveLength(1);
    expect(page.page.totalItems).toBe(total);
  });

  test('unknown key: 404 problem; malformed key or body: 400 problem', async () => {
    const missing = IncidentKey.assumeExists('2251799813999999');
    await expectHttpError(c.client.getIncident({ incidentKey: missing }, now), 404);
    await expectHttpError(c.client.resolveIncident({ incidentKey: missing }), 404);
    expectProblem(await rawRequest(c.api, 'GET', '/incidents/2251799813999999'), 404);
    expectProblem(await rawJson(c.api, 'POST', '/incidents/2251799813999999/resolution'), 404);
    expectProblem(await rawJson(c.api, 'POST', '/process-instances/2251799813999999/incidents/search', {}), 404);
    expectProblem(await rawRequest(c.api, 'GET', '/incidents/%20'), 400);
    expectProblem(await rawJson(c.api, 'POST', '/incidents/search', { filter: { state: 5 } }), 400);
    expectProblem(await rawJson(c.api, 'POST', '/incidents/search', '{"filter":{"state":'), 400);
  });
});
