/**
 * Conformance: Camunda user tasks and their forms.
 *
 * Endpoints: POST /user-tasks/search, GET /user-tasks/{key}, GET /user-tasks/{key}/form,
 * POST /user-tasks/{key}/assignment, DELETE /user-tasks/{key}/assignee,
 * POST /user-tasks/{key}/completion, POST /user-tasks/{key}/variables/search
 */
import { ProcessDefinitionId, type ProcessInstanceKey, UserTaskKey } from '@camunda8/orchestration-cluster-api';
import {
  type Conformance,
  createConformanceClient,
  deploy,
  expectHttpError,
  expectProblem,
  formSchema,
  now,
  rawJson,
  rawRequest,
  startConformance,
  userTaskProcess,
  within,
} from './harness.ts';

let c: Conformance;
let formKey: string;

beforeAll(async () => {
  c = await startConformance();
  const result = await deploy(c.client, {
    'review.form': formSchema('ut-review-form'),
    'review.bpmn': userTaskProcess('ut-review', { name: 'Review application', formId: 'ut-review-form', candidateGroups: 'clerks, supervisors' }),
    'urgent.bpmn': userTaskProcess('ut-urgent', { name: 'Urgent check', assignee: 'alice', priority: 80 }),
  });
  formKey = result.forms[0].formKey!;
});

afterAll(async () => {
  await c?.close();
});

async function start(processId: string, variables: Record<string, unknown> = {}) {
  return (await c.client.createProcessInstance({ processDefinitionId: ProcessDefinitionId.assumeExists(processId), variables })).processInstanceKey;
}

async function taskOf(processInstanceKey: ProcessInstanceKey) {
  const result = await c.client.searchUserTasks({ filter: { processInstanceKey } }, within((r: { items: unknown[] }) => r.items.length > 0));
  expect(result.items).toHaveLength(1);
  return result.items[0];
}

describe('GET /user-tasks/{key} and its form', () => {
  test('a task carries its element, process, candidates, priority and linked form', async () => {
    const piKey = await start('ut-review', { applicant: 'Ada' });
    const found = await taskOf(piKey);
    const task = await c.client.getUserTask({ userTaskKey: found.userTaskKey }, now);
    expect(task).toEqual({
      name: 'Review application',
      state: 'CREATED',
      elementId: 'review',
      candidateGroups: ['clerks', 'supervisors'],
      candidateUsers: [],
      processDefinitionId: 'ut-review',
      creationDate: expect.any(String),
      tenantId: '<default>',
      processDefinitionVersion: 1,
      customHeaders: {},
      priority: 50,
      userTaskKey: found.userTaskKey,
      elementInstanceKey: expect.stringMatching(/^\d+$/),
      processName: 'Review application',
      processDefinitionKey: expect.stringMatching(/^\d+$/),
      processInstanceKey: piKey,
      formKey,
    });
    expect(task).toEqual(found);

    const form = await c.client.getUserTaskForm({ userTaskKey: found.userTaskKey }, now);
    expect(form).toEqual({ tenantId: '<default>', formId: 'ut-review-form', schema: JSON.parse(formSchema('ut-review-form')), version: 1n, formKey });
  });

  test('a task without a form: GET form answers 204', async () => {
    const piKey = await start('ut-urgent');
    const task = await taskOf(piKey);
    expect(task.formKey).toBeUndefined();
    expect(task.assignee).toBe('alice');
    expect(task.priority).toBe(80);
    const raw = await rawRequest(c.api, 'GET', `/user-tasks/${task.userTaskKey}/form`);
    expect(raw.status).toBe(204);
    expect(raw.text).toBe('');
    // the strict response schema (FormResult | void) rejects Camunda's body-less 204: judged without response validation
    const loose = createConformanceClient(c.engine.url, 'req:strict,res:none');
    expect(await loose.getUserTaskForm({ userTaskKey: task.userTaskKey }, now)).toBeFalsy();
  });

  test('unknown task: 404 problem on every user task endpoint; malformed key: 400', async () => {
    const missing = UserTaskKey.assumeExists('2251799813999999');
    await expectHttpError(c.client.getUserTask({ userTaskKey: missing }, now), 404);
    await expectHttpError(c.client.getUserTaskForm({ userTaskKey: missing }, now), 404);
    await expectHttpError(c.client.assignUserTask({ userTaskKey: missing, assignee: 'bob' }), 404);
    await expectHttpError(c.client.unassignUserTask({ userTaskKey: missing }), 404);
    await expectHttpError(c.client.completeUserTask({ userTaskKey: missing }), 404);
    await expectHttpError(c.client.searchUserTaskVariables({ userTaskKey: missing }, now), 404);
    expectProblem(await rawRequest(c.api, 'GET', '/user-tasks/2251799813999999'), 404);
    expectProblem(await rawRequest(c.api, 'GET', '/user-tasks/2251799813999999/form'), 404);
    expectProblem(await rawRequest(c.api, 'GET', '/user-tasks/twelve'), 400);
  });
});

describe('assignment', () => {
  test('assign, override, refuse with allowOverride false, unassign', async () => {
    const task = await taskOf(await start('ut-review'));
    const key = task.userTaskKey;
    expect(task.assignee).toBeUndefined();

    await expect(c.client.assignUserTask({ userTaskKey: key, assignee: 'bob' })).resolves.toBeUndefined();
    expect((await c.client.getUserTask({ userTaskKey: key }, now)).assignee).toBe('bob');

    const conflict = await expectHttpError(c.client.assignUserTask({ userTaskKey: key, assignee: 'carol', allowOverride: false }), 409);
    expect(conflict.title).toBe('INVALID_STATE');
    expect((await c.client.getUserTask({ userTaskKey: key }, now)).assignee).toBe('bob');

    await c.client.assignUserTask({ userTaskKey: key, assignee: 'carol', allowOverride: true });
    expect((await c.client.getUserTask({ userTaskKey: key }, now)).assignee).toBe('carol');
    await c.client.assignUserTask({ userTaskKey: key, assignee: 'dave' }); // override is the default
    expect((await c.client.getUserTask({ userTaskKey: key }, now)).assignee).toBe('dave');

    await expect(c.client.unassignUserTask({ userTaskKey: key })).resolves.toBeUndefined();
    expect((await c.client.getUserTask({ userTaskKey: key }, now)).assignee).toBeUndefined();
    // unassigned, allowOverride false is no obstacle
    await c.client.assignUserTask({ userTaskKey: key, assignee: 'erin', allowOverride: false });
    expect((await c.client.getUserTask({ userTaskKey: key }, now)).assignee).toBe('erin');
  });

  test('raw: invalid assignment bodies: 400 problem', async () => {
    const task = await taskOf(await start('ut-review'));
    expectProblem(await rawJson(c.api, 'POST', `/user-tasks/${task.userTaskKey}/assignment`, {}), 400);
    expectProblem(await rawJson(c.api, 'POST', `/user-tasks/${task.userTaskKey}/assignment`, { assignee: 42 }), 400);
    expectProblem(await rawJson(c.api, 'POST', `/user-tasks/${task.userTaskKey}/assignment`, '{"assignee":'), 400);
  });
});

describe('completion', () => {
  test('completion with variables: the task is COMPLETED, the instance continues to its end', async () => {
    const piKey = await start('ut-review', { applicant: 'Grace' });
    const task = await taskOf(piKey);
    await c.client.assignUserTask({ userTaskKey: task.userTaskKey, assignee: 'bob' });
    await expect(c.client.completeUserTask({ userTaskKey: task.userTaskKey, variables: { approved: true, note: 'fine' } })).resolves.toBeUndefined();

    const done = await c.client.getUserTask({ userTaskKey: task.userTaskKey }, now);
    expect(done.state).toBe('COMPLETED');
    expect(done.completionDate).toBeDefined();
    expect((await c.client.getProcessInstance({ processInstanceKey: piKey }, now)).state).toBe('COMPLETED');
    const variables = await c.client.searchVariables({ filter: { processInstanceKey: piKey }, sort: [{ field: 'name' }] }, now);
    expect(variables.items.map((v) => [v.name, JSON.parse(v.value)])).toEqual([
      ['applicant', 'Grace'],
      ['approved', true],
      ['note', 'fine'],
    ]);

    // a completed task takes no more commands
    await expectHttpError(c.client.completeUserTask({ userTaskKey: task.userTaskKey }), 404);
    await expectHttpError(c.client.assignUserTask({ userTaskKey: task.userTaskKey, assignee: 'bob' }), 404);
    await expectHttpError(c.client.unassignUserTask({ userTaskKey: task.userTaskKey }), 404);
  });

  test('canceling the instance cancels its task', async () => {
    const piKey = await start('ut-review');
    const task = await taskOf(piKey);
    await c.client.cancelProcessInstance({ processInstanceKey: piKey });
    expect((await c.client.getUserTask({ userTaskKey: task.userTaskKey }, now)).state).toBe('CANCELED');
  });

  test('raw: invalid completion bodies: 400 problem', async () => {
    const task = await taskOf(await start('ut-review'));
    expectProblem(await rawJson(c.api, 'POST', `/user-tasks/${task.userTaskKey}/completion`, { variables: 'yes' }), 400);
    expectProblem(await rawJson(c.api, 'POST', `/user-tasks/${task.userTaskKey}/completion`, '{"variables":{'), 400);
    expect((await c.client.getUserTask({ userTaskKey: task.userTaskKey }, now)).state).toBe('CREATED');
  });
});

describe('POST /user-tasks/{key}/variables/search', () => {
  test('the variables visible to the task, filterable by name', async () => {
    const task = await taskOf(await start('ut-review', { applicant: 'Hedy', income: 1200 }));
    const all = await c.client.searchUserTaskVariables({ userTaskKey: task.userTaskKey }, now);
    expect(all.items.map((v) => [v.name, v.value]).sort()).toEqual([
      ['applicant', '"Hedy"'],
      ['income', '1200'],
    ]);
    expect(all.items.every((v) => v.processInstanceKey === task.processInstanceKey && v.isTruncated === false)).toBe(true);
    const one = await c.client.searchUserTaskVariables({ userTaskKey: task.userTaskKey, filter: { name: 'income' } }, now);
    expect(one.items.map((v) => v.name)).toEqual(['income']);
  });

  test('long values are cut at 8191 characters unless ?truncateValues=false', async () => {
    const long = 'y'.repeat(9_000);
    const task = await taskOf(await start('ut-review', { applicant: 'Lise', long }));
    const search = (query: string) => rawJson(c.api, 'POST', `/user-tasks/${task.userTaskKey}/variables/search${query}`, { filter: { name: 'long' } });
    const cut = (await search('')).json as { items: { value: string; isTruncated: boolean }[] };
    expect(cut.items[0]).toMatchObject({ isTruncated: true, value: JSON.stringify(long).slice(0, 8191) });
    const full = (await search('?truncateValues=false')).json as { items: { value: string; isTruncated: boolean }[] };
    expect(full.items[0]).toMatchObject({ isTruncated: false, value: JSON.stringify(long) });
    expectProblem(await search('?truncateValues=1'), 400);
  });

  // Regression test for a fixed engine bug (reported): Engine.searchUserTaskVariables compares filter.name with === only and
  // ignores sort and page: an advanced string filter (which the client's UserTaskVariableFilter
  // allows) matches nothing, and page.limit is not applied.
  test('advanced name filter, sort and page limit are applied', async () => {
    const task = await taskOf(await start('ut-review', { applicant: 'Ida', income: 900, insurance: true }));
    const filtered = await c.client.searchUserTaskVariables({ userTaskKey: task.userTaskKey, filter: { name: { $in: ['income', 'insurance'] } } }, now);
    expect(filtered.items.map((v) => v.name).sort()).toEqual(['income', 'insurance']);
    const page = await c.client.searchUserTaskVariables({ userTaskKey: task.userTaskKey, sort: [{ field: 'name', order: 'DESC' }], page: { from: 0, limit: 1 } }, now);
    expect(page.items.map((v) => v.name)).toEqual(['insurance']);
    expect(page.page.totalItems).toBe(3n);
  });
});

describe('POST /user-tasks/search', () => {
  // the tasks of these processes share the candidate group 'searchers', which scopes every query
  // here (the user task filter takes a single process instance or definition, not a list)
  const mine = { candidateGroup: 'searchers' };
  let keys: { a: ProcessInstanceKey[]; b: ProcessInstanceKey[] };

  beforeAll(async () => {
    await deploy(c.client, {
      'search-a.bpmn': userTaskProcess('ut-search-a', { name: 'Alpha task', candidateGroups: 'searchers, clerks' }),
      'search-b.bpmn': userTaskProcess('ut-search-b', { name: 'Beta task', candidateGroups: 'searchers', assignee: 'alice', priority: 80 }),
    });
    keys = { a: [], b: [] };
    for (let i = 0; i < 3; i++) keys.a.push(await start('ut-search-a'));
    for (let i = 0; i < 2; i++) keys.b.push(await start('ut-search-b'));
  });

  test('filter by state, process, assignee, candidate group, name and key', async () => {
    const all = await c.client.searchUserTasks({ filter: { ...mine, state: 'CREATED' } }, now);
    expect(all.items).toHaveLength(5);
    expect(all.page.totalItems).toBe(5n);
    const b = await c.client.searchUserTasks({ filter: { processDefinitionId: ProcessDefinitionId.assumeExists('ut-search-b') } }, now);
    expect(b.items.map((t) => t.processInstanceKey).sort()).toEqual([...keys.b].sort());
    const alice = await c.client.searchUserTasks({ filter: { ...mine, assignee: 'alice' } }, now);
    expect(alice.items.map((t) => t.processInstanceKey).sort()).toEqual([...keys.b].sort());
    const unassigned = await c.client.searchUserTasks({ filter: { ...mine, assignee: { $exists: false } } }, now);
    expect(unassigned.items.map((t) => t.processInstanceKey).sort()).toEqual([...keys.a].sort());
    const clerks = await c.client.searchUserTasks({ filter: { candidateGroup: 'searchers', processDefinitionId: ProcessDefinitionId.assumeExists('ut-search-a') } }, now);
    expect(clerks.items).toHaveLength(3);
    const byName = await c.client.searchUserTasks({ filter: { ...mine, name: 'Beta task' } }, now);
    expect(byName.items).toHaveLength(2);
    const byInstance = await c.client.searchUserTasks({ filter: { processInstanceKey: keys.a[1] } }, now);
    expect(byInstance.items).toHaveLength(1);
    const byKey = await c.client.searchUserTasks({ filter: { userTaskKey: all.items[0].userTaskKey } }, now);
    expect(byKey.items.map((t) => t.userTaskKey)).toEqual([all.items[0].userTaskKey]);
    const nobody = await c.client.searchUserTasks({ filter: { ...mine, candidateUser: 'nobody' } }, now);
    expect(nobody.items).toEqual([]);
  });

  test('candidateGroup takes the advanced string filter the client allows ($eq, $in, $like)', async () => {
    const eq = await c.client.searchUserTasks({ filter: { candidateGroup: { $eq: 'searchers' } } }, now);
    expect(eq.items).toHaveLength(5);
    const inList = await c.client.searchUserTasks({ filter: { candidateGroup: { $in: ['clerks', 'nobody'] }, processDefinitionId: ProcessDefinitionId.assumeExists('ut-search-a') } }, now);
    expect(inList.items.map((t) => t.processInstanceKey).sort()).toEqual([...keys.a].sort());
    const like = await c.client.searchUserTasks({ filter: { candidateGroup: { $like: 'search*' }, processDefinitionId: ProcessDefinitionId.assumeExists('ut-search-b') } }, now);
    expect(like.items).toHaveLength(2);
  });

  test('sort by priority descending, then by creation date; by name', async () => {
    const sorted = await c.client.searchUserTasks({ filter: mine, sort: [{ field: 'priority', order: 'DESC' }, { field: 'creationDate', order: 'ASC' }] }, now);
    expect(sorted.items.map((t) => t.priority)).toEqual([80, 80, 50, 50, 50]);
    expect(sorted.items.slice(2).map((t) => t.processInstanceKey)).toEqual(keys.a);
    const byName = await c.client.searchUserTasks({ filter: mine, sort: [{ field: 'name', order: 'DESC' }] }, now);
    expect(byName.items.map((t) => t.name)).toEqual(['Beta task', 'Beta task', 'Alpha task', 'Alpha task', 'Alpha task']);
  });

  test('page: limit and from', async () => {
    const pages = [];
    for (const from of [0, 2, 4]) pages.push(await c.client.searchUserTasks({ filter: mine, page: { from, limit: 2 } }, now));
    expect(pages.map((p) => p.items.length)).toEqual([2, 2, 1]);
    expect(pages.every((p) => String(p.page.totalItems) === '5')).toBe(true);
    const seen = pages.flatMap((p) => p.items.map((t) => t.userTaskKey));
    expect(new Set(seen).size).toBe(5);
  });

  test('state filter after a completion', async () => {
    const task = await taskOf(keys.a[0]);
    await c.client.completeUserTask({ userTaskKey: task.userTaskKey });
    const open = await c.client.searchUserTasks({ filter: { ...mine, state: 'CREATED' } }, now);
    expect(open.items).toHaveLength(4);
    const completed = await c.client.searchUserTasks({ filter: { ...mine, state: 'COMPLETED' } }, now);
    expect(completed.items.map((t) => t.userTaskKey)).toEqual([task.userTaskKey]);
  });

  test('raw: invalid searches: 400 problem', async () => {
    expectProblem(await rawJson(c.api, 'POST', '/user-tasks/search', { filter: { priority: 'high' } }), 400);
    expectProblem(await rawJson(c.api, 'POST', '/user-tasks/search', { filter: { candidateGroup: ['clerks'] } }), 400);
    expectProblem(await rawJson(c.api, 'POST', '/user-tasks/search', { filter: { creationDate: 'yesterday' } }), 400);
    expectProblem(await rawJson(c.api, 'POST', '/user-tasks/search', { page: { from: -1 } }), 400);
  });
});
