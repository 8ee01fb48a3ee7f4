/**
 * Conformance: messages.
 *
 * Endpoints: POST /messages/publication, POST /messages/correlation
 *
 * Time to live is driven by the pinned clock.
 */
import { ProcessDefinitionId, type ProcessInstanceKey, ScopeKey } from '@camunda8/orchestration-cluster-api';
import {
  bpmnProcess,
  type Conformance,
  deployProcess,
  expectHttpError,
  expectProblem,
  messageCatchProcess,
  now,
  rawJson,
  startConformance,
} from './harness.ts';

let c: Conformance;

beforeAll(async () => {
  c = await startConformance();
  await deployProcess(c.client, messageCatchProcess('msg-wait', 'order-paid'));
});

afterAll(async () => {
  await c?.close();
});

afterEach(async () => {
  await c.client.resetClock();
});

async function waiting(orderId: string) {
  const created = await c.client.createProcessInstance({ processDefinitionId: ProcessDefinitionId.assumeExists('msg-wait'), variables: { orderId } });
  return created.processInstanceKey;
}

const stateOf = async (key: ProcessInstanceKey) => (await c.client.getProcessInstance({ processInstanceKey: key }, now)).state;

async function processVariables(key: ProcessInstanceKey) {
  const result = await c.client.searchVariables({ filter: { processInstanceKey: key, scopeKey: ScopeKey.assumeExists(key) } }, now);
  return Object.fromEntries(result.items.map((v) => [v.name, JSON.parse(v.value)]));
}

describe('POST /messages/correlation', () => {
  test('nothing waits for the message: 404 problem', async () => {
    const error = await expectHttpError(c.client.correlateMessage({ name: 'order-paid', correlationKey: 'nobody-waits' }), 404);
    expect(error.title).toBe('NOT_FOUND');
    expectProblem(await rawJson(c.api, 'POST', '/messages/correlation', { name: 'no-such-message', correlationKey: 'x' }), 404);
  });

  test('a waiting instance: correlated, the message variables reach it, it completes', async () => {
    const key = await waiting('C-1');
    const result = await c.client.correlateMessage({ name: 'order-paid', correlationKey: 'C-1', variables: { paidAmount: 99.5 } });
    expect(result).toEqual({ tenantId: '<default>', messageKey: expect.stringMatching(/^\d+$/), processInstanceKey: key });
    expect(await stateOf(key)).toBe('COMPLETED');
    expect(await processVariables(key)).toEqual({ orderId: 'C-1', paidAmount: 99.5 });
    // the subscription is gone: a second correlation finds nobody
    await expectHttpError(c.client.correlateMessage({ name: 'order-paid', correlationKey: 'C-1' }), 404);
  });

  test('raw: malformed requests: 400 problem', async () => {
    expectProblem(await rawJson(c.api, 'POST', '/messages/correlation', { correlationKey: 'x' }), 400);
    expectProblem(await rawJson(c.api, 'POST', '/messages/correlation', { name: 'order-paid', correlationKey: 5 }), 400);
    expectProblem(await rawJson(c.api, 'POST', '/messages/correlation', { name: 'order-paid', variables: [] }), 400);
    expectProblem(await rawJson(c.api, 'POST', '/messages/correlation', '"order-paid"'), 400);
  });
});

describe('POST /messages/publication', () => {
  test('publishing to a waiting instance correlates at once', async () => {
    const key = await waiting('P-1');
    const result = await c.client.publishMessage({ name: 'order-paid', correlationKey: 'P-1', variables: { via: 'publish' } });
    expect(result).toEqual({ tenantId: '<default>', messageKey: expect.stringMatching(/^\d+$/) });
    expect(await stateOf(key)).toBe('COMPLETED');
    expect(await processVariables(key)).toEqual({ orderId: 'P-1', via: 'publish' });
  });

  test('one publication reaches the waiting instances of different processes', async () => {
    await deployProcess(c.client, messageCatchProcess('msg-wait-other', 'order-paid'));
    const mine = await waiting('P-2');
    const other = (await c.client.createProcessInstance({ processDefinitionId: ProcessDefinitionId.assumeExists('msg-wait-other'), variables: { orderId: 'P-2' } })).processInstanceKey;
    const unrelated = await waiting('P-2-unrelated');
    await c.client.publishMessage({ name: 'order-paid', correlationKey: 'P-2' });
    expect([await stateOf(mine), await stateOf(other), await stateOf(unrelated)]).toEqual(['COMPLETED', 'COMPLETED', 'ACTIVE']);
  });

  // Regression test for a fixed engine bug (reported): Engine.correlateEverywhere correlates a published message to every
  // waiting process instance. Zeebe's message cardinality: "A message is correlated only once to
  // a process (based on the BPMN process ID), across all versions of this process. If multiple
  // subscriptions for the same process are opened (by multiple process instances or within one
  // instance), the message is correlated only to one of the subscriptions."
  test('one publication reaches only one of several waiting instances of the same process', async () => {
    const first = await waiting('P-2b');
    const second = await waiting('P-2b');
    await c.client.publishMessage({ name: 'order-paid', correlationKey: 'P-2b' });
    expect([await stateOf(first), await stateOf(second)].sort()).toEqual(['ACTIVE', 'COMPLETED']);
  });

  test('without time to live a message nobody waits for is dropped', async () => {
    await c.client.publishMessage({ name: 'order-paid', correlationKey: 'P-3' });
    const key = await waiting('P-3');
    expect(await stateOf(key)).toBe('ACTIVE');
  });

  test('with time to live the message is buffered and correlates to an instance that arrives later', async () => {
    await c.client.publishMessage({ name: 'order-paid', correlationKey: 'P-4', timeToLive: 60_000, variables: { early: true } });
    const key = await waiting('P-4');
    expect(await stateOf(key)).toBe('COMPLETED');
    expect(await processVariables(key)).toEqual({ orderId: 'P-4', early: true });
  });

  // Regression test for a fixed engine bug (reported): a buffered message is correlated again to every later instance of the
  // same process (the engine remembers correlations per process instance, 'pi:<key>'). Zeebe
  // correlates a message only once per BPMN process id, so the second instance keeps waiting.
  test('a buffered message that already reached an instance is not correlated to a second instance of the same process', async () => {
    await c.client.publishMessage({ name: 'order-paid', correlationKey: 'P-4b', timeToLive: 60_000 });
    const first = await waiting('P-4b');
    expect(await stateOf(first)).toBe('COMPLETED');
    const second = await waiting('P-4b');
    expect(await stateOf(second)).toBe('ACTIVE');
  });

  test('after the time to live the buffered message is gone', async () => {
    const t0 = Date.parse('2030-07-01T00:00:00.000Z');
    await c.client.pinClock({ timestamp: t0 });
    await c.client.publishMessage({ name: 'order-paid', correlationKey: 'P-5', timeToLive: 10_000 });
    await c.client.pinClock({ timestamp: t0 + 10_001 });
    const key = await waiting('P-5');
    expect(await stateOf(key)).toBe('ACTIVE');
  });

  test('messageId de-duplication: a second publication with the same id is rejected with 409', async () => {
    const t0 = Date.parse('2030-07-02T00:00:00.000Z');
    await c.client.pinClock({ timestamp: t0 });
    await c.client.publishMessage({ name: 'order-paid', correlationKey: 'P-6', timeToLive: 30_000, messageId: 'payment-6' });
    const duplicate = await expectHttpError(c.client.publishMessage({ name: 'order-paid', correlationKey: 'P-6', timeToLive: 30_000, messageId: 'payment-6' }), 409);
    expect(duplicate.title).toBe('ALREADY_EXISTS');
    // another id is fine
    await c.client.publishMessage({ name: 'order-paid', correlationKey: 'P-6', timeToLive: 30_000, messageId: 'payment-6b' });
    // once the first message expired, its id is free again
    await c.client.pinClock({ timestamp: t0 + 30_001 });
    await expect(c.client.publishMessage({ name: 'order-paid', correlationKey: 'P-6', timeToLive: 30_000, messageId: 'payment-6' })).resolves.toMatchObject({
      tenantId: '<default>',
    });
  });

  test('a message start event starts a process instance with the message variables', async () => {
    const xml = bpmnProcess(
      'msg-start',
      `    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing><bpmn:messageEventDefinition messageRef="startMsg" /></bpmn:startEvent>
    <bpmn:serviceTask id="task"><bpmn:extensionElements><zeebe:taskDefinition type="msg-start-job" /></bpmn:extensionElements><bpmn:incoming>f1</bpmn:incoming></bpmn:serviceTask>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="task" />`,
      { extra: '<bpmn:message id="startMsg" name="application-received" />' },
    );
    await deployProcess(c.client, xml);
    await c.client.publishMessage({ name: 'application-received', correlationKey: 'S-1', variables: { applicant: 'Ada' } });
    const instances = await c.client.searchProcessInstances({ filter: { processDefinitionId: 'msg-start' } }, now);
    expect(instances.items).toHaveLength(1);
    expect(await processVariables(instances.items[0].processInstanceKey)).toEqual({ applicant: 'Ada' });
  });

  test('raw: malformed requests: 400 problem', async () => {
    expectProblem(await rawJson(c.api, 'POST', '/messages/publication', {}), 400);
    expectProblem(await rawJson(c.api, 'POST', '/messages/publication', { name: '' }), 400);
    expectProblem(await rawJson(c.api, 'POST', '/messages/publication', { name: 'x', timeToLive: -1 }), 400);
    expectProblem(await rawJson(c.api, 'POST', '/messages/publication', { name: 'x', timeToLive: 'long' }), 400);
    expectProblem(await rawJson(c.api, 'POST', '/messages/publication', { name: 'x', messageId: 7 }), 400);
    expectProblem(await rawJson(c.api, 'POST', '/messages/publication', { name: 'x', tenantId: 'tenant-b' }), 400);
    expectProblem(await rawJson(c.api, 'POST', '/messages/publication', { name: 'x', tenantId: 5 }), 400);
    expectProblem(await rawJson(c.api, 'POST', '/messages/publication', '{"name":"x"'), 400);
  });
});
