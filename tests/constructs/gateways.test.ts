/**
 * Exclusive gateways (conditions in flow order, default flow, the incident when nothing matches and
 * its resolution), parallel gateways (fork and join) and event-based gateways (message wins, timer
 * wins).
 */
import { DAY, type JobQueue, SECOND, statusOf, T0, useHarness } from './harness.ts';

const harness = useHarness();
let xorRoute: JobQueue;
let noMatchRoute: JobQueue;
let branch: JobQueue;
let afterJoin: JobQueue;
let ebgRoute: JobQueue;

beforeAll(async () => {
  const h = harness();
  await h.deploy('gateway-exclusive.bpmn', 'gateway-exclusive-nomatch.bpmn', 'gateway-parallel.bpmn', 'gateway-event-based.bpmn');
  xorRoute = h.queue('construct.xor.route');
  noMatchRoute = h.queue('construct.xor-nomatch.route');
  branch = h.queue('construct.and.branch');
  afterJoin = h.queue('construct.and.after-join');
  ebgRoute = h.queue('construct.ebg.route');
});

describe('exclusive gateway', () => {
  test.each([
    [50_000, 'Board'], // matches both conditions: the first flow in the model wins
    [10_000, 'Manual'], // not > 10 000, but > 1 000
    [1_000.01, 'Manual'],
    [1_000, 'Auto'], // no condition matches: the default flow
    [0, 'Auto'],
  ])('amount %p takes exactly one path: %s', async (amount, expected) => {
    const h = harness();
    const key = await h.start('construct-gateway-exclusive', { amount });
    const job = await xorRoute.takeFor(key);
    expect(job.job.elementId).toBe(expected);
    await job.complete();
    await h.waitForState(key, 'COMPLETED');
    expect((await h.jobs(key)).map((j) => j.elementId)).toEqual([expected]);
  });

  test('a condition on a missing variable is null, not false: an incident at the gateway instead of the default flow', async () => {
    // FEEL is null-friendly (`null > 10000` is null) and Zeebe requires a condition to return a
    // boolean (ExpressionProcessor.evaluateBooleanExpression type-checks for BOOLEAN)
    const h = harness();
    const key = await h.start('construct-gateway-exclusive', {});
    const incident = await h.waitForIncident(key, 'Amount');
    expect(incident.state).toBe('ACTIVE');
    expect(await h.jobs(key)).toEqual([]);
    await h.client.cancelProcessInstance({ processInstanceKey: key });
    await h.waitForState(key, 'TERMINATED');
  });

  test('no matching condition and no default flow: an incident; the instance waits; after the variable arrives, resolving continues it', async () => {
    const h = harness();
    const key = await h.start('construct-gateway-exclusive-nomatch', { caseId: 'case-xor-1', decision: 'maybe' });
    const incident = await h.waitForIncident(key, 'Decision');
    expect(incident).toMatchObject({ errorType: 'CONDITION_ERROR', state: 'ACTIVE', processDefinitionId: 'construct-gateway-exclusive-nomatch' });
    expect(incident.errorMessage).toContain('Expected at least one condition to evaluate to true');
    const instance = await h.instance(key);
    expect(instance).toMatchObject({ state: 'ACTIVE', hasIncident: true });

    // resolving without fixing anything evaluates the conditions again: a new incident
    await h.resolveIncident(incident);
    const again = await h.waitForIncident(key, 'Decision');
    expect(again.incidentKey).not.toBe(incident.incidentKey);
    expect((await h.incidents(key, 'RESOLVED')).map((i) => i.incidentKey)).toEqual([incident.incidentKey]);

    // the decision arrives on the other branch (there is no endpoint to set variables directly)
    await h.publish('construct.decision-made', 'case-xor-1', { variables: { decision: 'reject' } });
    await h.resolveIncident(again);
    const job = await noMatchRoute.takeFor(key);
    expect(job.job.elementId).toBe('Reject');
    expect((await h.instance(key)).hasIncident).toBe(false);
    await job.complete();
    await h.waitForState(key, 'COMPLETED');
    expect(await h.incidents(key)).toEqual([]);
  });
});

describe('parallel gateway', () => {
  test('the fork activates every branch at once; the join waits for all of them and continues exactly once', async () => {
    const h = harness();
    const key = await h.start('construct-gateway-parallel', { applicationId: 'app-7' });
    const jobs = [await branch.takeFor(key), await branch.takeFor(key), await branch.takeFor(key)];
    expect(jobs.map((j) => j.job.elementId).sort()).toEqual(['CheckHousehold', 'CheckIncome', 'CheckRent']);
    const byElement = Object.fromEntries(jobs.map((j) => [j.job.elementId, j]));

    await byElement.CheckRent.complete({ rentOk: true });
    await byElement.CheckIncome.complete({ incomeOk: true });
    await h.settle();
    expect(afterJoin.heldFor(String(key))).toEqual([]);
    expect(await h.jobs(key, 'Decide')).toEqual([]);

    await byElement.CheckHousehold.complete({ householdOk: true });
    const decide = await afterJoin.takeFor(key);
    expect(decide.job.variables).toMatchObject({ rentOk: true, incomeOk: true, householdOk: true });
    await decide.complete();
    await h.waitForState(key, 'COMPLETED');
    expect(await h.jobs(key, 'Decide')).toHaveLength(1);
  });
});

describe('event-based gateway', () => {
  test('the message wins: the timer is dropped and later moving the clock changes nothing', async () => {
    const h = harness();
    await h.pinClock(T0 + 30 * DAY);
    const key = await h.start('construct-gateway-event-based', { invoiceId: 'inv-1' });
    await h.publish('construct.invoice-paid', 'inv-1', { variables: { paidAmount: 80 } });
    const job = await ebgRoute.takeFor(key);
    expect(job.job.elementId).toBe('Book');
    expect(job.job.variables.paidAmount).toBe(80);
    await h.advanceClock(15 * DAY);
    await h.settle();
    expect((await h.jobs(key)).map((j) => j.elementId)).toEqual(['Book']);
    await job.complete();
    await h.waitForState(key, 'COMPLETED');
  });

  test('the timer wins: the message subscription is closed, a late message is not correlated', async () => {
    const h = harness();
    await h.pinClock(T0 + 60 * DAY);
    const key = await h.start('construct-gateway-event-based', { invoiceId: 'inv-2' });
    await h.advanceClock(14 * DAY - SECOND);
    await h.settle();
    expect(await h.jobs(key)).toEqual([]);
    await h.advanceClock(SECOND);
    const job = await ebgRoute.takeFor(key);
    expect(job.job.elementId).toBe('Dun');
    expect(await statusOf(h.client.correlateMessage({ name: 'construct.invoice-paid', correlationKey: 'inv-2' }))).toBe(404);
    await job.complete();
    await h.waitForState(key, 'COMPLETED');
    expect((await h.jobs(key)).map((j) => j.elementId)).toEqual(['Dun']);
  });

  test('a message buffered before the gateway is reached wins at once', async () => {
    const h = harness();
    await h.pinClock(T0 + 90 * DAY);
    await h.publish('construct.invoice-paid', 'inv-3', { timeToLive: DAY, variables: { paidAmount: 12 } });
    const key = await h.start('construct-gateway-event-based', { invoiceId: 'inv-3' });
    const job = await ebgRoute.takeFor(key);
    expect(job.job.elementId).toBe('Book');
    await job.complete();
    await h.waitForState(key, 'COMPLETED');
    await h.advanceClock(15 * DAY);
    await h.settle();
    expect((await h.jobs(key)).map((j) => j.elementId)).toEqual(['Book']);
  });
});
