/**
 * Receive tasks and intermediate message catch events with `zeebe:subscription correlationKey`,
 * message buffering (time-to-live), message ids and message cardinality.
 *
 * Zeebe's rules, from the Camunda 8.8 docs (components/concepts/messages):
 * - a subscription polls the buffer when it opens: a message published earlier with a TTL that has
 *   not run out is correlated; after the TTL it is gone;
 * - "A message is correlated only once to a process (based on the BPMN process ID) ... If multiple
 *   subscriptions for the same process are opened (by multiple process instances or within one
 *   instance), the message is correlated only to one of the subscriptions";
 * - "A message is rejected and not correlated if a message with the same name, the same
 *   correlation key, and the same ID is already buffered".
 */
import { HOUR, type JobQueue, MINUTE, statusOf, useHarness } from './harness.ts';

const harness = useHarness();
let prepare: JobQueue;

beforeAll(async () => {
  await harness().deploy('receive-task.bpmn', 'message-catch.bpmn', 'message-catch-ledger.bpmn', 'message-buffer.bpmn', 'message-twice.bpmn');
  prepare = harness().queue('construct.message-buffer.prepare');
});

describe('receive task', () => {
  test('waits for the message with its correlation key (a number here) and merges all message variables', async () => {
    const h = harness();
    const key = await h.start('construct-receive-task', { applicationNo: 4711 });
    const other = await h.start('construct-receive-task', { applicationNo: 4712 });

    await h.publish('construct.documents-received', '9999', { variables: { documents: ['wrong'] } });
    await h.publish('construct.documents-other-name', '4711');
    expect(await h.stateOf(key)).toBe('ACTIVE');

    await h.publish('construct.documents-received', '4711', { variables: { documents: ['Mietvertrag', 'Lohnnachweis'], complete: true } });
    await h.waitForState(key, 'COMPLETED');
    expect(await h.rootVariables(key)).toEqual({ applicationNo: 4711, documents: ['Mietvertrag', 'Lohnnachweis'], complete: true });
    expect(await h.stateOf(other)).toBe('ACTIVE');
  });

  test('correlate (unlike publish) answers 404 when no subscription waits', async () => {
    const h = harness();
    const key = await h.start('construct-receive-task', { applicationNo: 5000 });
    expect(await statusOf(h.client.correlateMessage({ name: 'construct.documents-received', correlationKey: '5001' }))).toBe(404);
    const result = await h.client.correlateMessage({ name: 'construct.documents-received', correlationKey: '5000', variables: { viaCorrelate: true } });
    expect(String(result.processInstanceKey)).toBe(String(key));
    await h.waitForState(key, 'COMPLETED');
    expect((await h.rootVariables(key)).viaCorrelate).toBe(true);
  });
});

describe('intermediate message catch event', () => {
  test('completes on its message; with an output mapping only the mapped variables reach the process', async () => {
    const h = harness();
    const key = await h.start('construct-message-catch', { orderId: 'order-10' });
    await h.publish('construct.payment-received', 'order-10', { variables: { amount: 129.9, payer: 'Erika', iban: 'DE02120300000000202051' } });
    await h.waitForState(key, 'COMPLETED');
    expect(await h.rootVariables(key)).toEqual({ orderId: 'order-10', paidAmount: 129.9 });
  });
});

describe('message buffering (time-to-live)', () => {
  test('a message published before its catch event is open waits for its TTL and then correlates', async () => {
    const h = harness();
    const key = await h.start('construct-message-buffer', { caseId: 'case-1' });
    const job = await prepare.takeFor(key);
    await h.publish('construct.approval', 'case-1', { timeToLive: HOUR, variables: { approvedBy: 'Leitung' } });
    await h.advanceClock(30 * MINUTE);
    expect(await h.stateOf(key)).toBe('ACTIVE');

    await job.complete();
    await h.waitForState(key, 'COMPLETED');
    expect((await h.rootVariables(key)).approvedBy).toBe('Leitung');
  });

  test('after its TTL ran out the message is gone: the catch event keeps waiting for a new one', async () => {
    const h = harness();
    const key = await h.start('construct-message-buffer', { caseId: 'case-2' });
    const job = await prepare.takeFor(key);
    await h.publish('construct.approval', 'case-2', { timeToLive: 10 * MINUTE, variables: { approvedBy: 'too late' } });
    await h.advanceClock(10 * MINUTE + 1);
    await job.complete();
    await h.waitForJob(key, 'Prepare', 'COMPLETED');
    expect(await h.stateOf(key)).toBe('ACTIVE');

    await h.publish('construct.approval', 'case-2', { variables: { approvedBy: 'in time' } });
    await h.waitForState(key, 'COMPLETED');
    expect((await h.rootVariables(key)).approvedBy).toBe('in time');
  });

  test('a message without TTL is not buffered: published before the catch event opens, it is lost', async () => {
    const h = harness();
    const key = await h.start('construct-message-buffer', { caseId: 'case-3' });
    const job = await prepare.takeFor(key);
    await h.publish('construct.approval', 'case-3', { variables: { approvedBy: 'nobody listened' } });
    await job.complete();
    await h.waitForJob(key, 'Prepare', 'COMPLETED');
    expect(await h.stateOf(key)).toBe('ACTIVE');
    await h.publish('construct.approval', 'case-3', { variables: { approvedBy: 'second try' } });
    await h.waitForState(key, 'COMPLETED');
    expect((await h.rootVariables(key)).approvedBy).toBe('second try');
  });

  test('buffered messages are correlated first in, first out', async () => {
    const h = harness();
    const key = await h.start('construct-message-buffer', { caseId: 'case-4' });
    const job = await prepare.takeFor(key);
    await h.publish('construct.approval', 'case-4', { timeToLive: HOUR, variables: { approvedBy: 'first' } });
    await h.publish('construct.approval', 'case-4', { timeToLive: HOUR, variables: { approvedBy: 'second' } });
    await job.complete();
    await h.waitForState(key, 'COMPLETED');
    expect((await h.rootVariables(key)).approvedBy).toBe('first');
  });
});

describe('message id', () => {
  test('a message id is accepted once while the message is buffered (409 for the duplicate), and again after its TTL', async () => {
    const h = harness();
    await h.publish('construct.approval', 'case-id-1', { timeToLive: HOUR, messageId: 'msg-1', variables: { n: 1 } });
    expect(await statusOf(h.publish('construct.approval', 'case-id-1', { timeToLive: HOUR, messageId: 'msg-1', variables: { n: 2 } }))).toBe(409);

    // only the first one went into the buffer
    const key = await h.start('construct-message-buffer', { caseId: 'case-id-1' });
    await (await prepare.takeFor(key)).complete();
    await h.waitForState(key, 'COMPLETED');
    expect((await h.rootVariables(key)).n).toBe(1);

    // correlating does not take a message out of the buffer: the id stays taken until the TTL ends
    expect(await statusOf(h.publish('construct.approval', 'case-id-1', { timeToLive: HOUR, messageId: 'msg-1', variables: { n: 3 } }))).toBe(409);
    await h.advanceClock(HOUR + 1);
    expect(await statusOf(h.publish('construct.approval', 'case-id-1', { timeToLive: HOUR, messageId: 'msg-1', variables: { n: 4 } }))).toBe('ok');
  });

  // Regression test for a fixed engine bug (message id scope): the engine rejects a message id that was used by a buffered
  // message of another name or correlation key. Zeebe only rejects "a message with the same name,
  // the same correlation key, and the same ID" (8.8 docs, concepts/messages "Message uniqueness";
  // MessagePublishProcessor checks messageState.exist(name, correlationKey, messageId, tenant)).
  test('the same message id with another correlation key or name is another message and is accepted', async () => {
    const h = harness();
    await h.publish('construct.approval', 'case-id-2', { timeToLive: HOUR, messageId: 'shared-id' });
    expect(await statusOf(h.publish('construct.approval', 'case-id-3', { timeToLive: HOUR, messageId: 'shared-id' }))).toBe('ok');
    expect(await statusOf(h.publish('construct.payment-received', 'case-id-2', { timeToLive: HOUR, messageId: 'shared-id' }))).toBe('ok');
  });
});

describe('message cardinality', () => {
  test('an instance correlates a buffered message once: a second catch event for the same message waits for a new one', async () => {
    const h = harness();
    await h.publish('construct.meter-reading', 'meter-1', { timeToLive: HOUR, variables: { value: 100 } });
    const key = await h.start('construct-message-twice', { meterId: 'meter-1' });
    await h.waitForState(key, 'ACTIVE');
    expect(await h.rootVariables(key)).toEqual({ meterId: 'meter-1', first: 100 });

    await h.publish('construct.meter-reading', 'meter-1', { variables: { value: 180 } });
    await h.waitForState(key, 'COMPLETED');
    expect(await h.rootVariables(key)).toEqual({ meterId: 'meter-1', first: 100, second: 180 });
  });

  // Regression test for a fixed engine bug (message cardinality): one published message is correlated to every waiting
  // instance of the same process. Zeebe correlates a message only once per BPMN process id (8.8
  // docs, concepts/messages "Message cardinality"; MessageCorrelateBehavior skips a subscription
  // whose bpmnProcessId already got the message): the second instance must keep waiting.
  test('one message reaches only one of two instances of the same process waiting with the same key', async () => {
    const h = harness();
    const first = await h.start('construct-message-catch', { orderId: 'order-shared' });
    const second = await h.start('construct-message-catch', { orderId: 'order-shared' });
    await h.publish('construct.payment-received', 'order-shared', { variables: { amount: 10 } });
    await h.waitForState(first, 'COMPLETED');
    expect(await h.stateOf(second)).toBe('ACTIVE');
  });

  // Regression test for a fixed engine bug (message cardinality, buffered): a buffered message correlated to one instance is
  // correlated again to the next instance of the same process that opens a matching subscription.
  // Zeebe records the correlation per BPMN process id (8.8 docs, "Message cardinality").
  test('a buffered message that one instance consumed is not correlated to a later instance of the same process', async () => {
    const h = harness();
    await h.publish('construct.meter-reading', 'meter-2', { timeToLive: HOUR, variables: { value: 7 } });
    const first = await h.start('construct-message-twice', { meterId: 'meter-2' });
    expect((await h.rootVariables(first)).first).toBe(7);
    const second = await h.start('construct-message-twice', { meterId: 'meter-2' });
    expect(await h.rootVariables(second)).toEqual({ meterId: 'meter-2' });
  });

  test('one published message reaches the waiting instances of different processes (one per process)', async () => {
    const h = harness();
    const shop = await h.start('construct-message-catch', { orderId: 'order-multi-1' });
    const ledger = await h.start('construct-message-catch-ledger', { orderId: 'order-multi-1' });
    await h.publish('construct.payment-received', 'order-multi-1', { variables: { amount: 42 } });
    await h.waitForState(shop, 'COMPLETED');
    await h.waitForState(ledger, 'COMPLETED');
    expect((await h.rootVariables(shop)).paidAmount).toBe(42);
    expect((await h.rootVariables(ledger)).amount).toBe(42);
  });

  // Regression test for a fixed engine bug (correlate reaches one target only): POST /v2/messages/correlation stops after the
  // first subscription. Zeebe's correlate command correlates like publish (once per process, to every
  // process with a matching subscription) and only *responds* with one process instance key (8.8
  // docs, concepts/messages "Message response": "It is possible that the message correlated to other
  // process instances. These keys are not part of the response.").
  test('correlate also reaches the waiting instances of every process, answering with one key', async () => {
    const h = harness();
    const shop = await h.start('construct-message-catch', { orderId: 'order-multi-2' });
    const ledger = await h.start('construct-message-catch-ledger', { orderId: 'order-multi-2' });
    const result = await h.client.correlateMessage({ name: 'construct.payment-received', correlationKey: 'order-multi-2', variables: { amount: 7 } });
    expect([String(shop), String(ledger)]).toContain(String(result.processInstanceKey));
    expect(await h.stateOf(shop)).toBe('COMPLETED');
    expect(await h.stateOf(ledger)).toBe('COMPLETED');
  });
});
