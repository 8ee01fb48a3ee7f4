/**
 * Embedded sub-processes (own variable scope, input and output mappings) and multi-instance
 * activities, parallel and sequential, on service tasks, user tasks and sub-processes:
 * `inputCollection`, `inputElement`, `outputCollection`, `outputElement`, `loopCounter` and a
 * `completionCondition`.
 */
import { eventually, type JobQueue, useHarness } from './harness.ts';

const harness = useHarness();
let assess: JobQueue;
let inspect: JobQueue;
let price: JobQueue;
let send: JobQueue;
let tally: JobQueue;
let assessParallel: JobQueue;
let assessSequential: JobQueue;

beforeAll(async () => {
  const h = harness();
  await h.deploy(
    'subprocess.bpmn',
    'mi-service-parallel.bpmn',
    'mi-service-sequential.bpmn',
    'mi-user-task-parallel.bpmn',
    'mi-user-task-sequential.bpmn',
    'mi-subprocess-parallel.bpmn',
    'mi-subprocess-sequential.bpmn',
  );
  assess = h.queue('construct.subprocess.assess');
  inspect = h.queue('construct.subprocess.inspect');
  price = h.queue('construct.mi.price');
  send = h.queue('construct.mi.send');
  tally = h.queue('construct.mi.tally');
  assessParallel = h.queue('construct.mi-sub-parallel.assess');
  assessSequential = h.queue('construct.mi-sub-sequential.assess');
});

describe('embedded sub-process', () => {
  test('inputs are local to the sub-process; job variables update the scope that has them; only outputs leave the scope', async () => {
    const h = harness();
    const key = await h.start('construct-subprocess', { applicant: { name: 'Erika', income: 1800 } });

    const first = await assess.takeFor(key);
    expect(first.job.variables).toEqual({ applicant: { name: 'Erika', income: 1800 }, name: 'Erika', attempts: 0 });
    // `attempts` exists in the sub-process scope: it is updated there; `summary` and `note` exist
    // nowhere: they are created in the root scope
    await first.complete({ attempts: 1, summary: 'eligible', note: 'checked by worker' });

    const second = await inspect.takeFor(key);
    expect(second.job.variables).toMatchObject({ name: 'Erika', attempts: 1, summary: 'eligible', note: 'checked by worker' });
    expect(await h.rootVariables(key)).toEqual({ applicant: { name: 'Erika', income: 1800 }, summary: 'eligible', note: 'checked by worker' });
    await second.complete();

    await h.waitForState(key, 'COMPLETED');
    // the local `name` and `attempts` are gone with the sub-process; the output mapping produced `report`
    expect(await h.rootVariables(key)).toEqual({ applicant: { name: 'Erika', income: 1800 }, summary: 'eligible', note: 'checked by worker', report: 'eligible' });
  });
});

describe('multi-instance service task', () => {
  test('parallel: one job per element at once; the output collection keeps the input order whatever the completion order', async () => {
    const h = harness();
    const key = await h.start('construct-mi-service-parallel', { items: [{ sku: 'A', net: 10 }, { sku: 'B', net: 20.5 }, { sku: 'C', net: 0.1 }] });
    const jobs = [await price.takeFor(key), await price.takeFor(key), await price.takeFor(key)];
    const bySku = Object.fromEntries(jobs.map((j) => [(j.job.variables.item as { sku: string }).sku, j]));
    expect(Object.keys(bySku).sort()).toEqual(['A', 'B', 'C']);
    expect(jobs.map((j) => j.job.variables.loopCounter).sort()).toEqual([1, 2, 3]);
    expect(bySku.B.job.variables.loopCounter).toBe(2);

    await bySku.C.complete({ price: 0.12 });
    await bySku.A.complete({ price: 11.9 });
    expect(await h.stateOf(key)).toBe('ACTIVE');
    await bySku.B.complete({ price: 24.4 });
    await h.waitForState(key, 'COMPLETED');
    expect((await h.rootVariables(key)).prices).toEqual([11.9, 24.4, 0.12]);
    // the input element and the loop counter were local to the inner instances
    expect(await h.rootVariables(key)).not.toHaveProperty('item');
    expect(await h.rootVariables(key)).not.toHaveProperty('loopCounter');
  });

  // Regression test for a fixed engine bug (output element not local): the variable named by `outputElement` (`=price`) is not
  // created as a local variable of each inner instance, so the job's `price` propagates to the root
  // scope, where parallel instances overwrite each other. Camunda 8.8 docs, multi-instance
  // "Collecting the output": "If the expression only accesses a variable or a nested property, it's
  // created as a local variable of the instance ... it is not propagated to its parent scope".
  test('the output element variable is local to each inner instance and never reaches the root scope', async () => {
    const h = harness();
    const key = await h.start('construct-mi-service-parallel', { items: [{ sku: 'X' }, { sku: 'Y' }] });
    const jobs = [await price.takeFor(key), await price.takeFor(key)];
    await jobs[0].complete({ price: 1 });
    await jobs[1].complete({ price: 2 });
    await h.waitForState(key, 'COMPLETED');
    expect(await h.rootVariables(key)).toEqual({ items: [{ sku: 'X' }, { sku: 'Y' }], prices: [1, 2] });
    // each instance saw its own, still empty, output element variable
    for (const job of jobs) expect(job.job.variables).toHaveProperty('price', null);
  });

  test('an empty input collection completes the activity at once, with an empty output collection', async () => {
    const h = harness();
    const key = await h.start('construct-mi-service-parallel', { items: [] });
    await h.waitForState(key, 'COMPLETED');
    expect((await h.rootVariables(key)).prices).toEqual([]);
    expect(await h.jobs(key)).toEqual([]);
  });

  test('an input collection that is not a list is an incident', async () => {
    const h = harness();
    const key = await h.start('construct-mi-service-parallel', { items: 'A,B' });
    const incident = await h.waitForIncident(key, 'Price');
    expect(incident.errorType).toBe('EXTRACT_VALUE_ERROR');
    await h.client.cancelProcessInstance({ processInstanceKey: key });
  });

  test('sequential: one job at a time, in collection order; the output element sees each input element', async () => {
    const h = harness();
    const key = await h.start('construct-mi-service-sequential', { recipients: ['mieter', 'vermieter', 'amt'] });
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      const job = await send.takeFor(key);
      await h.settle();
      expect(send.heldFor(String(key))).toEqual([]); // never two at once
      expect(job.job.variables.loopCounter).toBe(i + 1);
      seen.push(job.job.variables.recipient as string);
      await job.complete();
    }
    expect(seen).toEqual(['mieter', 'vermieter', 'amt']);
    await h.waitForState(key, 'COMPLETED');
    expect((await h.rootVariables(key)).receipts).toEqual(['sent to mieter as #1', 'sent to vermieter as #2', 'sent to amt as #3']);
  });
});

describe('multi-instance user task', () => {
  test('parallel with completionCondition: after two of three votes the remaining task is cancelled and the process goes on', async () => {
    const h = harness();
    const key = await h.start('construct-mi-user-task-parallel', { reviewers: ['anna', 'bernd', 'carla'] });
    const tasks = await eventually(async () => {
      const found = (await h.userTasks(key, 'Vote')).filter((t) => t.state === 'CREATED');
      expect(found).toHaveLength(3);
      return found;
    });
    const byAssignee = Object.fromEntries(tasks.map((t) => [t.assignee, t]));
    expect(Object.keys(byAssignee).sort()).toEqual(['anna', 'bernd', 'carla']);

    await h.completeUserTask(byAssignee.carla, { vote: 'yes' });
    expect(tally.heldFor(String(key))).toEqual([]);
    await h.completeUserTask(byAssignee.anna, { vote: 'no' });

    const job = await tally.takeFor(key);
    expect(job.job.variables.votes).toEqual(['no', null, 'yes']);
    const states = Object.fromEntries((await h.userTasks(key, 'Vote')).map((t) => [t.assignee, t.state]));
    expect(states).toEqual({ anna: 'COMPLETED', bernd: 'CANCELED', carla: 'COMPLETED' });
    await job.complete();
    await h.waitForState(key, 'COMPLETED');
  });

  test('sequential: the next task is created only when the previous one is completed', async () => {
    const h = harness();
    const key = await h.start('construct-mi-user-task-sequential', { signers: ['mieter', 'vermieter'] });
    const first = await h.waitForUserTask(key, 'Sign');
    expect(first.assignee).toBe('mieter');
    expect(await h.userTasks(key, 'Sign')).toHaveLength(1);
    await h.completeUserTask(first);
    const second = await h.waitForUserTask(key, 'Sign');
    expect(second.assignee).toBe('vermieter');
    expect(second.userTaskKey).not.toBe(first.userTaskKey);
    await h.completeUserTask(second);
    await h.waitForState(key, 'COMPLETED');
  });
});

describe('multi-instance sub-process', () => {
  test('parallel: each inner instance has its own scope; a job updates the local variable, which becomes the output element', async () => {
    const h = harness();
    const key = await h.start('construct-mi-subprocess-parallel', { households: ['H1', 'H2'] });
    const jobs = [await assessParallel.takeFor(key), await assessParallel.takeFor(key)];
    const byHousehold = Object.fromEntries(jobs.map((j) => [j.job.variables.household as string, j]));
    expect(byHousehold.H1.job.variables).toMatchObject({ household: 'H1', allowance: 0, loopCounter: 1 });
    await byHousehold.H2.complete({ allowance: 212.5 });
    await byHousehold.H1.complete({ allowance: 87 });
    await h.waitForState(key, 'COMPLETED');
    const root = await h.rootVariables(key);
    expect(root.allowances).toEqual([87, 212.5]);
    // `allowance` existed in each inner scope (input mapping): nothing reached the root
    expect(root).toEqual({ households: ['H1', 'H2'], allowances: [87, 212.5] });
  });

  test('sequential: the next inner instance starts when the previous one completed', async () => {
    const h = harness();
    const key = await h.start('construct-mi-subprocess-sequential', { households: ['H1', 'H2', 'H3'] });
    const order: string[] = [];
    for (let i = 0; i < 3; i++) {
      const job = await assessSequential.takeFor(key);
      await h.settle();
      expect(assessSequential.heldFor(String(key))).toEqual([]);
      order.push(job.job.variables.household as string);
      await job.complete({ allowance: (i + 1) * 100 });
    }
    expect(order).toEqual(['H1', 'H2', 'H3']);
    await h.waitForState(key, 'COMPLETED');
    expect(await h.rootVariables(key)).toEqual({ households: ['H1', 'H2', 'H3'], allowances: [100, 200, 300] });
  });
});
