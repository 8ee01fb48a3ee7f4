/**
 * Conformance: variables.
 *
 * Endpoints: POST /variables/search, GET /variables/{key}, PUT /element-instances/{key}/variables
 */
import { ProcessDefinitionId, type ProcessInstanceKey, VariableKey } from '@camunda8/orchestration-cluster-api';
import { type Conformance, deployProcess, expectHttpError, expectProblem, now, rawJson, rawRequest, serviceTaskProcess, startConformance } from './harness.ts';

let c: Conformance;
let piKey: ProcessInstanceKey;
let otherKey: ProcessInstanceKey;
const long = 'x'.repeat(10_000);

beforeAll(async () => {
  c = await startConformance();
  await deployProcess(c.client, serviceTaskProcess('var-process', 'var-job'));
  piKey = (
    await c.client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.assumeExists('var-process'),
      variables: { customer: 'Ada', count: 3, address: { city: 'Köln', zip: '50667' }, tags: ['a', 'b'], approved: false, missing: null, long },
    })
  ).processInstanceKey;
  otherKey = (await c.client.createProcessInstance({ processDefinitionId: ProcessDefinitionId.assumeExists('var-process'), variables: { customer: 'Grace' } }))
    .processInstanceKey;
});

afterAll(async () => {
  await c?.close();
});

describe('POST /variables/search', () => {
  test('all variables of an instance, values as JSON text', async () => {
    const result = await c.client.searchVariables({ filter: { processInstanceKey: piKey }, sort: [{ field: 'name', order: 'ASC' }] }, now);
    expect(result.items.map((v) => v.name)).toEqual(['address', 'approved', 'count', 'customer', 'long', 'missing', 'tags']);
    expect(result.page.totalItems).toBe(7n);
    const byName = Object.fromEntries(result.items.map((v) => [v.name, v]));
    expect(byName.customer).toEqual({
      name: 'customer',
      value: '"Ada"',
      isTruncated: false,
      tenantId: '<default>',
      variableKey: expect.stringMatching(/^\d+$/),
      scopeKey: piKey,
      processInstanceKey: piKey,
    });
    expect(JSON.parse(byName.address.value)).toEqual({ city: 'Köln', zip: '50667' });
    expect(JSON.parse(byName.tags.value)).toEqual(['a', 'b']);
    expect(byName.approved.value).toBe('false');
    expect(byName.missing.value).toBe('null');
    expect(byName.count.value).toBe('3');
  });

  test('long values are truncated in search results and complete at GET /variables/{key}', async () => {
    const result = await c.client.searchVariables({ filter: { processInstanceKey: piKey, name: 'long' } }, now);
    expect(result.items).toHaveLength(1);
    const [item] = result.items;
    expect(item.isTruncated).toBe(true);
    expect(item.value.length).toBeLessThan(JSON.stringify(long).length);
    expect(JSON.stringify(long).startsWith(item.value)).toBe(true);
    const full = await c.client.getVariable({ variableKey: item.variableKey }, now);
    expect(full.value).toBe(JSON.stringify(long));

    const truncated = await c.client.searchVariables({ filter: { processInstanceKey: piKey, isTruncated: true } }, now);
    expect(truncated.items.map((v) => v.name)).toEqual(['long']);
    const complete = await c.client.searchVariables({ filter: { processInstanceKey: piKey, isTruncated: false } }, now);
    expect(complete.items).toHaveLength(6);
  });

  test('?truncateValues=false returns full values in both variable searches; another value is a 400', async () => {
    const full = await rawJson(c.api, 'POST', '/variables/search?truncateValues=false', { filter: { processInstanceKey: piKey, name: 'long' } });
    expect(full.status).toBe(200);
    expect((full.json as { items: { value: string; isTruncated: boolean }[] }).items).toEqual([expect.objectContaining({ value: JSON.stringify(long), isTruncated: false })]);
    const cut = await rawJson(c.api, 'POST', '/variables/search?truncateValues=true', { filter: { processInstanceKey: piKey, name: 'long' } });
    expect((cut.json as { items: { isTruncated: boolean }[] }).items[0].isTruncated).toBe(true);
    expectProblem(await rawJson(c.api, 'POST', '/variables/search?truncateValues=nein', {}), 400);
  });

  test('filter by name across instances, with $like and $in; sort descending; page', async () => {
    const customers = await c.client.searchVariables({ filter: { name: 'customer', processInstanceKey: { $in: [piKey, otherKey] } }, sort: [{ field: 'value', order: 'DESC' }] }, now);
    expect(customers.items.map((v) => [v.processInstanceKey, v.value])).toEqual([
      [otherKey, '"Grace"'],
      [piKey, '"Ada"'],
    ]);
    const like = await c.client.searchVariables({ filter: { processInstanceKey: piKey, name: { $like: 'c*' } }, sort: [{ field: 'name' }] }, now);
    expect(like.items.map((v) => v.name)).toEqual(['count', 'customer']);
    const byValue = await c.client.searchVariables({ filter: { processInstanceKey: piKey, value: '3' } }, now);
    expect(byValue.items.map((v) => v.name)).toEqual(['count']);
    const page = await c.client.searchVariables({ filter: { processInstanceKey: piKey }, sort: [{ field: 'name', order: 'DESC' }], page: { from: 2, limit: 2 } }, now);
    expect(page.items.map((v) => v.name)).toEqual(['long', 'customer']);
    expect(page.page.totalItems).toBe(7n);
  });

  test('variables set by a job completion are visible with a new value', async () => {
    const { jobs } = await c.client.activateJobs({ type: 'var-job', maxJobsToActivate: 10, timeout: 10_000, requestTimeout: -1 });
    const job = jobs.find((j) => j.processInstanceKey === otherKey)!;
    await c.client.completeJob({ jobKey: job.jobKey, variables: { customer: 'Grace Hopper', result: { ok: true } } });
    const result = await c.client.searchVariables({ filter: { processInstanceKey: otherKey }, sort: [{ field: 'name' }] }, now);
    expect(result.items.map((v) => [v.name, v.value])).toEqual([
      ['customer', '"Grace Hopper"'],
      ['result', '{"ok":true}'],
    ]);
  });

  test('raw: invalid searches: 400 problem', async () => {
    expectProblem(await rawJson(c.api, 'POST', '/variables/search', { filter: { processInstanceKey: 'abc' } }), 400);
    expectProblem(await rawJson(c.api, 'POST', '/variables/search', { filter: { name: 5 } }), 400);
    expectProblem(await rawJson(c.api, 'POST', '/variables/search', { filter: [] }), 400);
    expectProblem(await rawJson(c.api, 'POST', '/variables/search', '{"filter"'), 400);
  });
});

describe('GET /variables/{key}', () => {
  test('one variable by key', async () => {
    const search = await c.client.searchVariables({ filter: { processInstanceKey: piKey, name: 'address' } }, now);
    const variable = await c.client.getVariable({ variableKey: search.items[0].variableKey }, now);
    expect(variable).toEqual({
      name: 'address',
      value: JSON.stringify({ city: 'Köln', zip: '50667' }),
      tenantId: '<default>',
      variableKey: search.items[0].variableKey,
      scopeKey: piKey,
      processInstanceKey: piKey,
    });
  });

  test('unknown key: 404 problem; malformed key: 400 problem', async () => {
    await expectHttpError(c.client.getVariable({ variableKey: VariableKey.assumeExists('2251799813999999') }, now), 404);
    expectProblem(await rawRequest(c.api, 'GET', '/variables/2251799813999999'), 404);
    expectProblem(await rawRequest(c.api, 'GET', '/variables/x1'), 400);
  });
});

describe('PUT /element-instances/{key}/variables', () => {
  test('sets variables locally on the scope, or propagated to the process', async () => {
    await deployProcess(c.client, serviceTaskProcess('set-vars-process', 'set-vars-job'));
    const { processInstanceKey } = await c.client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.assumeExists('set-vars-process'),
      variables: { status: 'neu' },
    });
    const { jobs } = await c.client.activateJobs({ type: 'set-vars-job', maxJobsToActivate: 1, timeout: 60_000, worker: 'conformance' });
    expect(jobs).toHaveLength(1);
    const taskScope = jobs[0].elementInstanceKey;

    await c.client.createElementInstanceVariables({ elementInstanceKey: taskScope, variables: { note: 'lokal' }, local: true });
    await c.client.createElementInstanceVariables({ elementInstanceKey: taskScope, variables: { status: 'geprüft', added: 1 } });

    const result = await c.client.searchVariables({ filter: { processInstanceKey }, sort: [{ field: 'name', order: 'ASC' }] }, now);
    const where = Object.fromEntries(result.items.map((v) => [v.name, { scope: v.scopeKey, value: JSON.parse(v.value) }]));
    expect(where).toEqual({
      added: { scope: processInstanceKey, value: 1 },
      note: { scope: taskScope, value: 'lokal' },
      status: { scope: processInstanceKey, value: 'geprüft' },
    });
  });

  test('unknown element instance: 404 problem; bad payload: 400 problem', async () => {
    expectProblem(await rawJson(c.api, 'PUT', '/element-instances/2251799813999999/variables', { variables: { a: 1 } }), 404);
    expectProblem(await rawJson(c.api, 'PUT', '/element-instances/2251799813999999/variables', { variables: [1] }), 400);
    expectProblem(await rawJson(c.api, 'PUT', '/element-instances/2251799813999999/variables', { variables: {}, local: 'yes' }), 400);
  });
});
