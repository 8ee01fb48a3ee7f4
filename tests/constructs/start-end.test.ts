/**
 * Start events (none, message) and end events (none, terminate — at process level and inside a
 * sub-process). Timer start events are in timers.test.ts, error end events in boundary and
 * combination tests.
 */
import { HOUR, type JobQueue, ProcessDefinitionId, statusOf, useHarness } from './harness.ts';

const harness = useHarness();
let check: JobQueue;
let subCheck: JobQueue;
let after: JobQueue;

beforeAll(async () => {
  await harness().deploy('start-none.bpmn', 'start-message.bpmn', 'end-terminate.bpmn', 'end-terminate-subprocess.bpmn');
  check = harness().queue('construct.end-terminate.check');
  subCheck = harness().queue('construct.end-terminate-sub.check');
  after = harness().queue('construct.end-terminate-sub.after');
});

describe('none start event and none end event', () => {
  test('an instance created through the API runs from the start to the end event and completes with its variables', async () => {
    const h = harness();
    const key = await h.start('construct-start-none', { applicant: 'Erika Mustermann', household: 3 });
    const instance = await h.waitForState(key, 'COMPLETED');
    expect(instance.processDefinitionId).toBe('construct-start-none');
    expect(instance.endDate).toBeDefined();
    expect(await h.rootVariables(key)).toEqual({ applicant: 'Erika Mustermann', household: 3 });
  });

  test('awaitCompletion returns the variables of the completed instance', async () => {
    const h = harness();
    const result = await h.client.createProcessInstance({
      processDefinitionId: ProcessDefinitionId.assumeExists('construct-start-none'),
      variables: { answer: 42 },
      awaitCompletion: true,
    });
    expect(result.variables).toEqual({ answer: 42 });
    expect(await h.stateOf(result.processInstanceKey)).toBe('COMPLETED');
  });
});

describe('message start event', () => {
  test('a published message starts an instance that carries the message variables', async () => {
    const h = harness();
    await h.publish('construct.order-received', 'order-1', { variables: { orderId: 'order-1', amount: 99.5 } });
    const [instance] = (await h.instancesOf('construct-start-message')).filter((i) => i.state === 'ACTIVE');
    expect(instance).toBeDefined();
    expect(await h.rootVariables(instance.processInstanceKey)).toEqual({ orderId: 'order-1', amount: 99.5 });

    // the receive task behind the start event waits for the order to close
    await h.publish('construct.order-closed', 'order-1');
    await h.waitForState(instance.processInstanceKey, 'COMPLETED');
  });

  test('while an instance started with a correlation key is active, the same key starts no second instance', async () => {
    const h = harness();
    const before = (await h.instancesOf('construct-start-message')).length;
    await h.publish('construct.order-received', 'order-2', { variables: { orderId: 'order-2' } });
    await h.publish('construct.order-received', 'order-2', { variables: { orderId: 'order-2', duplicate: true } });
    const started = (await h.instancesOf('construct-start-message')).slice(before);
    expect(started).toHaveLength(1);
    expect(await h.rootVariables(started[0].processInstanceKey)).toEqual({ orderId: 'order-2' });

    // another correlation key is another order: it starts its own instance
    await h.publish('construct.order-received', 'order-3', { variables: { orderId: 'order-3' } });
    expect((await h.instancesOf('construct-start-message')).slice(before)).toHaveLength(2);
    await h.publish('construct.order-closed', 'order-2');
    await h.publish('construct.order-closed', 'order-3');
    for (const instance of (await h.instancesOf('construct-start-message')).slice(before)) await h.waitForState(instance.processInstanceKey, 'COMPLETED');
  });

  // Regression test for a fixed engine bug (message start buffering): a start message that was held back because an instance
  // with the same correlation key was active is never correlated once that instance ends.
  // Camunda 8.8 docs, concepts/messages "Message cardinality" and message-events "Message
  // correlation": "When the active process instance is completed or terminated and a message with
  // the same correlationKey and a matching message name is buffered (TTL > 0), this message is
  // correlated and a new instance of the latest version of the process is created."
  test('a buffered start message starts the next instance once the active one with its correlation key ends', async () => {
    const h = harness();
    const before = (await h.instancesOf('construct-start-message')).length;
    await h.publish('construct.order-received', 'order-4', { variables: { orderId: 'order-4', round: 1 } });
    await h.publish('construct.order-received', 'order-4', { variables: { orderId: 'order-4', round: 2 }, timeToLive: HOUR });
    let started = (await h.instancesOf('construct-start-message')).slice(before);
    expect(started).toHaveLength(1);

    await h.publish('construct.order-closed', 'order-4');
    await h.waitForState(started[0].processInstanceKey, 'COMPLETED');
    started = (await h.instancesOf('construct-start-message')).slice(before);
    expect(started).toHaveLength(2);
    expect(await h.rootVariables(started[1].processInstanceKey)).toEqual({ orderId: 'order-4', round: 2 });
  });
});

describe('terminate end event', () => {
  test('at process level it ends the whole instance: the other branch is cancelled and the instance completes', async () => {
    const h = harness();
    const key = await h.start('construct-end-terminate');
    await h.waitForUserTask(key, 'Review');
    await (await check.takeFor(key)).complete({ checked: true });
    const review = await h.waitForUserTask(key, 'Review', 'CANCELED');
    expect(review.state).toBe('CANCELED');
    const instance = await h.waitForState(key, 'COMPLETED');
    expect(instance.state).toBe('COMPLETED');
    expect(await h.userTasks(key, 'Review')).toHaveLength(1);
    expect(await h.rootVariables(key)).toEqual({ checked: true });
  });

  test('inside a sub-process it ends only the sub-process: the process continues after it', async () => {
    const h = harness();
    const key = await h.start('construct-end-terminate-subprocess');
    await h.waitForUserTask(key, 'SubReview');
    await (await subCheck.takeFor(key)).complete();
    const job = await after.takeFor(key, 'After');
    expect((await h.waitForUserTask(key, 'SubReview', 'CANCELED')).state).toBe('CANCELED');
    expect(await h.stateOf(key)).toBe('ACTIVE');
    await job.complete();
    await h.waitForState(key, 'COMPLETED');
  });
});

describe('cancelling an instance', () => {
  test('terminates it with everything it waits for: the open job and user task are cancelled', async () => {
    const h = harness();
    const key = await h.start('construct-end-terminate-subprocess');
    await h.waitForUserTask(key, 'SubReview');
    const job = await subCheck.takeFor(key);
    await h.client.cancelProcessInstance({ processInstanceKey: key });
    const instance = await h.waitForState(key, 'TERMINATED');
    expect(instance.endDate).toBeDefined();
    expect((await h.jobs(key, 'SubCheck'))[0].state).toBe('CANCELED');
    expect((await h.userTasks(key, 'SubReview'))[0].state).toBe('CANCELED');
    expect(await statusOf(h.client.completeJob({ jobKey: job.job.jobKey, variables: {} }))).toBe(404);
  });
});
