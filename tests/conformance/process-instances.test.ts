/**
 * Conformance: process instances.
 *
 * Endpoints: POST /process-instances, POST /process-instances/search,
 * GET /process-instances/{key}, POST /process-instances/{key}/cancellation
 * (POST /process-instances/{key}/incidents/search is in incidents.test.ts)
 */
import { ProcessDefinitionId, ProcessDefinitionKey, ProcessInstanceKey } from '@camunda8/orchestration-cluster-api';
import {
  bpmnProcess,
  type Conformance,
  deploy,
  deployProcess,
  emptyProcess,
  expectHttpError,
  expectProblem,
  now,
  rawJson,
  rawRequest,
  serviceTaskProcess,
  startConformance,
} from './harness.ts';

let c: Conformance;

beforeAll(async () => {
  c = await startConformance();
});

afterAll(async () => {
  await c?.close();
});

/** start → end: the variables an instance is created with are its final variables */
const passThrough = (id: string) => emptyProcess(id, 'Pass through');

describe('POST /process-instances', () => {
  test('by process id, with variables: the instance carries them', async () => {
    const pd = await deployProcess(c.client, serviceTaskProcess('pi-vars', 'pi-vars-job'));
    const created = await c.client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.assumeExists('pi-vars'),
      variables: { orderId: 'A-1', amount: 12.5, nested: { list: [1, 2, 3] }, flag: true, nothing: null },
    });
    expect(created).toEqual({
      processDefinitionId: 'pi-vars',
      processDefinitionVersion: 1,
      tenantId: '<default>',
      variables: {},
      processDefinitionKey: pd.processDefinitionKey,
      processInstanceKey: expect.stringMatching(/^\d+$/),
    });
    const variables = await c.client.searchVariables({ filter: { processInstanceKey: created.processInstanceKey }, sort: [{ field: 'name' }] }, now);
    expect(Object.fromEntries(variables.items.map((v) => [v.name, JSON.parse(v.value)]))).toEqual({
      orderId: 'A-1',
      amount: 12.5,
      nested: { list: [1, 2, 3] },
      flag: true,
      nothing: null,
    });
  });

  test('by key and by id + version pick that version; by id alone the latest', async () => {
    const v1 = await deployProcess(c.client, emptyProcess('pi-versions', 'one'));
    const v2 = await deployProcess(c.client, emptyProcess('pi-versions', 'two'));
    expect(v2.processDefinitionVersion).toBe(2);
    const byKey = await c.client.createProcessInstance({ processDefinitionKey: v1.processDefinitionKey });
    expect([byKey.processDefinitionKey, byKey.processDefinitionVersion]).toEqual([v1.processDefinitionKey, 1]);
    const byVersion = await c.client.createProcessInstance({ processDefinitionId: ProcessDefinitionId.assumeExists('pi-versions'), processDefinitionVersion: 1 });
    expect([byVersion.processDefinitionKey, byVersion.processDefinitionVersion]).toEqual([v1.processDefinitionKey, 1]);
    const latest = await c.client.createProcessInstance({ processDefinitionId: ProcessDefinitionId.assumeExists('pi-versions') });
    expect([latest.processDefinitionKey, latest.processDefinitionVersion]).toEqual([v2.processDefinitionKey, 2]);
  });

  test('awaitCompletion returns the final variables; fetchVariables narrows them', async () => {
    await deployProcess(c.client, passThrough('pi-await'));
    const all = await c.client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.assumeExists('pi-await'),
      variables: { a: 1, b: 'two', c: [3] },
      awaitCompletion: true,
    });
    expect(all.variables).toEqual({ a: 1, b: 'two', c: [3] });
    const instance = await c.client.getProcessInstance({ processInstanceKey: all.processInstanceKey }, now);
    expect(instance.state).toBe('COMPLETED');
    expect(instance.endDate).toBeDefined();

    const some = await c.client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.assumeExists('pi-await'),
      variables: { a: 1, b: 'two', c: [3] },
      awaitCompletion: true,
      fetchVariables: ['b', 'missing'],
    });
    expect(some.variables).toEqual({ b: 'two' });
  });

  test('awaitCompletion waits for a job worker and returns the variables it set', async () => {
    await deployProcess(c.client, serviceTaskProcess('pi-await-job', 'pi-await-job'));
    const pending = c.client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.assumeExists('pi-await-job'),
      variables: { input: 2 },
      awaitCompletion: true,
      fetchVariables: ['output'],
      requestTimeout: 10_000,
    });
    const { jobs } = await c.client.activateJobs({ type: 'pi-await-job', maxJobsToActivate: 1, timeout: 10_000, requestTimeout: 5_000 });
    expect(jobs).toHaveLength(1);
    expect(jobs[0].variables).toEqual({ input: 2 });
    await c.client.completeJob({ jobKey: jobs[0].jobKey, variables: { output: 4 } });
    const done = await pending;
    expect(done.variables).toEqual({ output: 4 });
  });

  test('awaitCompletion with a short requestTimeout on an instance that waits: 504 problem, the instance lives on', async () => {
    await deployProcess(c.client, serviceTaskProcess('pi-await-timeout', 'pi-await-timeout-nobody'));
    const error = await expectHttpError(
      c.client.createProcessInstance({ processDefinitionId: ProcessDefinitionId.assumeExists('pi-await-timeout'), awaitCompletion: true, requestTimeout: 200 }),
      504,
    );
    expect(error.title).toBe('DEADLINE_EXCEEDED');
    const active = await c.client.searchProcessInstances({ filter: { processDefinitionId: 'pi-await-timeout', state: 'ACTIVE' } }, now);
    expect(active.items).toHaveLength(1);
  });

  test('unknown process id or key: 404 problem', async () => {
    const byId = await expectHttpError(c.client.createProcessInstance({ processDefinitionId: ProcessDefinitionId.assumeExists('pi-does-not-exist') }), 404);
    expect(byId.title).toBe('NOT_FOUND');
    await expectHttpError(c.client.createProcessInstance({ processDefinitionKey: ProcessDefinitionKey.assumeExists('2251799813999999') }), 404);
    await expectHttpError(c.client.createProcessInstance({ processDefinitionId: ProcessDefinitionId.assumeExists('pi-versions'), processDefinitionVersion: 99 }), 404);
  });

  test('raw: malformed bodies: 400 problem', async () => {
    expectProblem(await rawJson(c.api, 'POST', '/process-instances', '{"processDefinitionId": "pi-vars",'), 400);
    expectProblem(await rawJson(c.api, 'POST', '/process-instances', {}), 400);
    expectProblem(await rawJson(c.api, 'POST', '/process-instances', { processDefinitionId: 'pi-vars', variables: [1, 2] }), 400);
    expectProblem(await rawJson(c.api, 'POST', '/process-instances', { processDefinitionKey: 'abc' }), 400);
    expectProblem(await rawJson(c.api, 'POST', '/process-instances', [{ processDefinitionId: 'pi-vars' }]), 400);
    // wrongly typed optional fields, and a tenant other than the default (no multi-tenancy)
    expectProblem(await rawJson(c.api, 'POST', '/process-instances', { processDefinitionId: 'pi-vars', awaitCompletion: 'yes' }), 400);
    expectProblem(await rawJson(c.api, 'POST', '/process-instances', { processDefinitionId: 'pi-vars', tenantId: 'tenant-b' }), 400);
    const before = await c.client.searchProcessInstances({ filter: { processDefinitionId: 'pi-vars' } }, now);
    expect(before.page.totalItems).toBe(1n); // none of the refused requests created an instance
  });
});

describe('GET /process-instances/{key} and cancellation', () => {
  test('get returns the instance; cancel terminates it; a second cancel: 404', async () => {
    const pd = await deployProcess(c.client, serviceTaskProcess('pi-cancel', 'pi-cancel-job'));
    const created = await c.client.createProcessInstance({ processDefinitionKey: pd.processDefinitionKey });
    const instance = await c.client.getProcessInstance({ processInstanceKey: created.processInstanceKey }, now);
    expect(instance).toEqual({
      processDefinitionId: 'pi-cancel',
      processDefinitionName: 'pi-cancel',
      processDefinitionVersion: 1,
      startDate: expect.any(String),
      state: 'ACTIVE',
      hasIncident: false,
      tenantId: '<default>',
      processInstanceKey: created.processInstanceKey,
      processDefinitionKey: pd.processDefinitionKey,
    });
    expect(Number.isNaN(Date.parse(instance.startDate))).toBe(false);

    await expect(c.client.cancelProcessInstance({ processInstanceKey: created.processInstanceKey })).resolves.toBeUndefined();
    const canceled = await c.client.getProcessInstance({ processInstanceKey: created.processInstanceKey }, now);
    expect(canceled.state).toBe('TERMINATED');
    expect(canceled.endDate).toBeDefined();
    // its job is gone with it
    const { jobs } = await c.client.activateJobs({ type: 'pi-cancel-job', maxJobsToActivate: 5, timeout: 1_000, requestTimeout: -1 });
    expect(jobs).toEqual([]);

    await expectHttpError(c.client.cancelProcessInstance({ processInstanceKey: created.processInstanceKey }), 404);
  });

  test('unknown key: 404 problem; malformed key: 400 problem', async () => {
    const missing = ProcessInstanceKey.assumeExists('2251799813999999');
    await expectHttpError(c.client.getProcessInstance({ processInstanceKey: missing }, now), 404);
    await expectHttpError(c.client.cancelProcessInstance({ processInstanceKey: missing }), 404);
    expectProblem(await rawRequest(c.api, 'GET', '/process-instances/2251799813999999'), 404);
    expectProblem(await rawJson(c.api, 'POST', '/process-instances/2251799813999999/cancellation'), 404);
    expectProblem(await rawRequest(c.api, 'GET', '/process-instances/-1'), 400);
    expectProblem(await rawRequest(c.api, 'GET', '/process-instances/abc'), 400);
  });
});

describe('POST /process-instances/search', () => {
  let keys: string[];

  beforeAll(async () => {
    await deploy(c.client, { 'search.bpmn': serviceTaskProcess('pi-search', 'pi-search-job'), 'search-done.bpmn': emptyProcess('pi-search-done', 'Search done') });
    keys = [];
    for (let i = 0; i < 4; i++) {
      keys.push((await c.client.createProcessInstance({ processDefinitionId: ProcessDefinitionId.assumeExists('pi-search') })).processInstanceKey);
    }
    for (let i = 0; i < 2; i++) {
      keys.push((await c.client.createProcessInstance({ processDefinitionId: ProcessDefinitionId.assumeExists('pi-search-done'), awaitCompletion: true })).processInstanceKey);
    }
    await c.client.cancelProcessInstance({ processInstanceKey: ProcessInstanceKey.assumeExists(keys[0]) });
  });

  test('filter by process id and state', async () => {
    const active = await c.client.searchProcessInstances({ filter: { processDefinitionId: 'pi-search', state: 'ACTIVE' } }, now);
    expect(active.items.map((i) => i.processInstanceKey)).toEqual(keys.slice(1, 4));
    expect(active.page.totalItems).toBe(3n);
    const done = await c.client.searchProcessInstances({ filter: { processDefinitionId: { $in: ['pi-search', 'pi-search-done'] }, state: { $in: ['COMPLETED', 'TERMINATED'] } } }, now);
    expect(done.items.map((i) => [i.processInstanceKey, i.state])).toEqual([
      [keys[0], 'TERMINATED'],
      [keys[4], 'COMPLETED'],
      [keys[5], 'COMPLETED'],
    ]);
    const byName = await c.client.searchProcessInstances({ filter: { processDefinitionName: 'Search done' } }, now);
    expect(byName.items.map((i) => i.processInstanceKey)).toEqual(keys.slice(4));
    const byKey = await c.client.searchProcessInstances({ filter: { processInstanceKey: ProcessInstanceKey.assumeExists(keys[2]) } }, now);
    expect(byKey.items.map((i) => i.processInstanceKey)).toEqual([keys[2]]);
    const none = await c.client.searchProcessInstances({ filter: { processDefinitionId: 'pi-search', hasIncident: true } }, now);
    expect(none.items).toEqual([]);
    expect(none.page.totalItems).toBe(0n);
  });

  test('sort by key descending, by state then key', async () => {
    const desc = await c.client.searchProcessInstances(
      { filter: { processDefinitionId: { $in: ['pi-search', 'pi-search-done'] } }, sort: [{ field: 'processInstanceKey', order: 'DESC' }] },
      now,
    );
    expect(desc.items.map((i) => i.processInstanceKey)).toEqual([...keys].reverse());
    const byState = await c.client.searchProcessInstances(
      { filter: { processDefinitionId: { $in: ['pi-search', 'pi-search-done'] } }, sort: [{ field: 'state', order: 'ASC' }, { field: 'processInstanceKey', order: 'DESC' }] },
      now,
    );
    expect(byState.items.map((i) => i.state)).toEqual(['ACTIVE', 'ACTIVE', 'ACTIVE', 'COMPLETED', 'COMPLETED', 'TERMINATED']);
    expect(byState.items.slice(0, 3).map((i) => i.processInstanceKey)).toEqual([keys[3], keys[2], keys[1]]);
  });

  test('page: limit and from, and cursors', async () => {
    const filter = { processDefinitionId: { $in: ['pi-search', 'pi-search-done'] } };
    const first = await c.client.searchProcessInstances({ filter, page: { from: 0, limit: 4 } }, now);
    expect(first.items.map((i) => i.processInstanceKey)).toEqual(keys.slice(0, 4));
    expect(first.page.totalItems).toBe(6n);
    expect(first.page.endCursor).toBeDefined();
    const rest = await c.client.searchProcessInstances({ filter, page: { from: 4, limit: 4 } }, now);
    expect(rest.items.map((i) => i.processInstanceKey)).toEqual(keys.slice(4));
    // cursor pages: see Conformance.unvalidatedRequests for why the request is not validated
    const next = await c.unvalidatedRequests.searchProcessInstances({ filter, page: { after: first.page.endCursor!, limit: 4 } }, now);
    expect(next.items.map((i) => i.processInstanceKey)).toEqual(keys.slice(4));
    const previous = await c.unvalidatedRequests.searchProcessInstances({ filter, page: { before: next.page.startCursor!, limit: 2 } }, now);
    expect(previous.items.map((i) => i.processInstanceKey)).toEqual(keys.slice(2, 4));
  });

  test('dates: startDate range filters', async () => {
    const all = await c.client.searchProcessInstances({ filter: { processDefinitionId: 'pi-search' } }, now);
    const earliest = all.items.map((i) => i.startDate).sort()[0];
    const from = await c.client.searchProcessInstances({ filter: { processDefinitionId: 'pi-search', startDate: { $gte: earliest } } }, now);
    expect(from.items).toHaveLength(4);
    const before = await c.client.searchProcessInstances({ filter: { processDefinitionId: 'pi-search', startDate: { $lt: '2000-01-01T00:00:00Z' } } }, now);
    expect(before.items).toEqual([]);
  });

  test('raw: invalid search requests: 400 problem', async () => {
    expectProblem(await rawJson(c.api, 'POST', '/process-instances/search', { filter: { nonsense: 1 } }), 400);
    expectProblem(await rawJson(c.api, 'POST', '/process-instances/search', { sort: [{ field: 'nonsense' }] }), 400);
    expectProblem(await rawJson(c.api, 'POST', '/process-instances/search', { sort: [{ field: 'state', order: 'SIDEWAYS' }] }), 400);
    expectProblem(await rawJson(c.api, 'POST', '/process-instances/search', { page: { limit: 0 } }), 400);
    expectProblem(await rawJson(c.api, 'POST', '/process-instances/search', { page: { after: '!!!' } }), 400);
    expectProblem(await rawJson(c.api, 'POST', '/process-instances/search', { filter: { state: { $regex: 'A' } } }), 400);
    expectProblem(await rawJson(c.api, 'POST', '/process-instances/search', '{"filter":'), 400);
  });
});

test('a process with an exclusive gateway routes on the variables it was created with', async () => {
  const xml = bpmnProcess(
    'pi-gateway',
    `    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:exclusiveGateway id="gw" default="toLow"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>toHigh</bpmn:outgoing><bpmn:outgoing>toLow</bpmn:outgoing></bpmn:exclusiveGateway>
    <bpmn:endEvent id="high"><bpmn:incoming>toHigh</bpmn:incoming></bpmn:endEvent>
    <bpmn:serviceTask id="low"><bpmn:extensionElements><zeebe:taskDefinition type="pi-gateway-low" /></bpmn:extensionElements><bpmn:incoming>toLow</bpmn:incoming></bpmn:serviceTask>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="gw" />
    <bpmn:sequenceFlow id="toHigh" sourceRef="gw" targetRef="high"><bpmn:conditionExpression>=amount &gt; 100</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="toLow" sourceRef="gw" targetRef="low" />`,
  );
  await deployProcess(c.client, xml);
  const high = await c.client.createProcessInstance({ processDefinitionId: ProcessDefinitionId.assumeExists('pi-gateway'), variables: { amount: 500 }, awaitCompletion: true });
  expect(high.variables).toEqual({ amount: 500 });
  const low = await c.client.createProcessInstance({ processDefinitionId: ProcessDefinitionId.assumeExists('pi-gateway'), variables: { amount: 5 } });
  expect((await c.client.getProcessInstance({ processInstanceKey: low.processInstanceKey }, now)).state).toBe('ACTIVE');
});
