/**
 * Conformance: cluster endpoints (topology, status) and the clock API, judged by the official
 * client with strict request and response validation.
 *
 * Endpoints: GET /topology, GET /status, PUT /clock, POST /clock/reset
 */
import { ProcessDefinitionId } from '@camunda8/orchestration-cluster-api';
import { type Conformance, deployProcess, emptyProcess, expectProblem, now, rawJson, rawRequest, startConformance } from './harness.ts';

let c: Conformance;

beforeAll(async () => {
  c = await startConformance();
});

afterAll(async () => {
  await c?.close();
});

describe('topology and status', () => {
  test('GET /topology: one broker, leader of its partition, gateway version 8.x', async () => {
    const topology = await c.client.getTopology();
    expect(topology.clusterSize).toBe(1);
    expect(topology.partitionsCount).toBe(1);
    expect(topology.replicationFactor).toBe(1);
    expect(topology.gatewayVersion).toMatch(/^8\.\d+\.\d+/);
    expect(topology.brokers).toHaveLength(1);
    const [broker] = topology.brokers;
    expect(broker.partitions).toEqual([{ partitionId: 1, role: 'leader', health: 'healthy' }]);
    expect(typeof broker.host).toBe('string');
    expect(Number.isInteger(broker.port)).toBe(true);
  });

  test('GET /status: 204 without a body', async () => {
    await expect(c.client.getStatus()).resolves.toBeUndefined();
    const response = await rawRequest(c.api, 'GET', '/status');
    expect(response.status).toBe(204);
    expect(response.text).toBe('');
  });
});

describe('clock', () => {
  afterEach(async () => {
    await c.client.resetClock();
  });

  test('PUT /clock pins the time that new process instances record; POST /clock/reset returns to real time', async () => {
    const pd = await deployProcess(c.client, emptyProcess('clock-process'));
    const pinned = Date.parse('2030-01-02T03:04:05.000Z');
    await expect(c.client.pinClock({ timestamp: pinned })).resolves.toBeUndefined();

    const first = await c.client.createProcessInstance({ processDefinitionKey: pd.processDefinitionKey, awaitCompletion: true });
    const instance = await c.client.getProcessInstance({ processInstanceKey: first.processInstanceKey }, now);
    expect(instance.state).toBe('COMPLETED');
    expect(instance.startDate).toBe('2030-01-02T03:04:05.000Z');
    expect(instance.endDate).toBe('2030-01-02T03:04:05.000Z');

    await expect(c.client.resetClock()).resolves.toBeUndefined();
    const before = Date.now();
    const second = await c.client.createProcessInstance({ processDefinitionId: ProcessDefinitionId.assumeExists('clock-process') });
    const again = await c.client.getProcessInstance({ processInstanceKey: second.processInstanceKey }, now);
    const started = Date.parse(again.startDate);
    expect(started).toBeGreaterThanOrEqual(before - 1_000);
    expect(started).toBeLessThanOrEqual(Date.now() + 1_000);
  });

  test('the clock can be moved forwards and backwards', async () => {
    const pd = await deployProcess(c.client, emptyProcess('clock-process-2'));
    for (const iso of ['2031-05-05T00:00:00.000Z', '2029-12-31T23:59:59.999Z']) {
      await c.client.pinClock({ timestamp: Date.parse(iso) });
      const created = await c.client.createProcessInstance({ processDefinitionKey: pd.processDefinitionKey });
      const instance = await c.client.getProcessInstance({ processInstanceKey: created.processInstanceKey }, now);
      expect(instance.startDate).toBe(iso);
    }
  });

  test('PUT /clock with a malformed or negative timestamp: 400 problem', async () => {
    expectProblem(await rawJson(c.api, 'PUT', '/clock', { timestamp: 'yesterday' }), 400);
    expectProblem(await rawJson(c.api, 'PUT', '/clock', { timestamp: -5 }), 400);
    expectProblem(await rawJson(c.api, 'PUT', '/clock', {}), 400);
    expectProblem(await rawJson(c.api, 'PUT', '/clock', '{"timestamp":'), 400);
  });
});

describe('HTTP errors of the router', () => {
  test('an unknown path: 404 problem', async () => {
    expectProblem(await rawRequest(c.api, 'GET', '/no-such-endpoint'), 404);
    expectProblem(await rawRequest(c.api, 'GET', '/topology/extra'), 404);
  });

  test('a known path with the wrong method: 405 problem', async () => {
    expectProblem(await rawRequest(c.api, 'DELETE', '/topology'), 405);
    expectProblem(await rawRequest(c.api, 'GET', '/clock'), 405);
  });
});
