/**
 * Timer start events (cycle, date) and intermediate timer catch events (static duration, date from
 * a variable, duration from a variable). Time only moves when the test moves the pinned clock
 * (`PUT /v2/clock`); every test starts at its own, later, instant.
 */
import { DAY, eventually, HOUR, MINUTE, SECOND, T0, type JobQueue, useHarness } from './harness.ts';

const harness = useHarness();
let afterDuration: JobQueue;
let afterDate: JobQueue;

beforeAll(async () => {
  await harness().deploy('timer-catch.bpmn');
  afterDuration = harness().queue('construct.timer-catch.after-duration');
  afterDate = harness().queue('construct.timer-catch.after-date');
});

describe('timer start event', () => {
  test('a date starts one instance when the clock reaches it', async () => {
    const h = harness();
    await h.pinClock(T0); // 08:00, the timer is set for 10:00
    const probe = h.queue('construct.start-timer-date.probe');
    await h.deploy('start-timer-date.bpmn');
    await h.advanceClock(2 * HOUR - SECOND);
    await h.settle();
    expect(await h.instancesOf('construct-start-timer-date')).toEqual([]);

    await h.advanceClock(SECOND);
    const job = await probe.take();
    const [instance] = await h.instancesOf('construct-start-timer-date');
    expect(String(instance.processInstanceKey)).toBe(String(job.job.processInstanceKey));
    expect(Date.parse(instance.startDate)).toBe(Date.parse('2030-03-04T10:00:00Z'));
    await job.complete();
    await h.waitForState(instance.processInstanceKey, 'COMPLETED');

    await h.advanceClock(DAY);
    await h.settle();
    expect(await h.instancesOf('construct-start-timer-date')).toHaveLength(1);
  });

  test('a cycle R2/PT1H starts an instance every hour, twice, and then no more', async () => {
    const h = harness();
    await h.pinClock(T0 + 1 * DAY);
    await h.deploy('start-timer-cycle.bpmn');
    await h.advanceClock(HOUR - SECOND);
    await h.settle();
    expect(await h.instancesOf('construct-start-timer-cycle')).toHaveLength(0);

    await h.advanceClock(SECOND);
    await waitForCount(() => h.instancesOf('construct-start-timer-cycle'), 1);
    await h.advanceClock(HOUR);
    await waitForCount(() => h.instancesOf('construct-start-timer-cycle'), 2);
    await h.advanceClock(HOUR);
    await h.settle();
    await h.advanceClock(HOUR);
    await h.settle();
    expect(await h.instancesOf('construct-start-timer-cycle')).toHaveLength(2);
    for (const instance of await h.instancesOf('construct-start-timer-cycle')) expect(instance.state).toBe('COMPLETED');
  });
});

describe('intermediate timer catch event', () => {
  test('waits for a duration, then for a date from a variable, then for a duration from a variable', async () => {
    const h = harness();
    const start = T0 + 2 * DAY;
    await h.pinClock(start);
    const deliverAt = new Date(start + 2 * HOUR).toISOString();
    const key = await h.start('construct-timer-catch', { deliverAt, coolingOff: 'PT30M' });

    // PT10M
    await h.advanceClock(10 * MINUTE - SECOND);
    await h.settle();
    expect(await h.jobs(key, 'AfterDuration')).toEqual([]);
    await h.advanceClock(SECOND);
    await (await afterDuration.takeFor(key)).complete();

    // timeDate =deliverAt
    await h.pinClock(Date.parse(deliverAt) - SECOND);
    await h.settle();
    expect(await h.jobs(key, 'AfterDate')).toEqual([]);
    await h.pinClock(Date.parse(deliverAt));
    await (await afterDate.takeFor(key)).complete();

    // timeDuration =coolingOff, counted from when the catch event was entered
    await h.advanceClock(30 * MINUTE - SECOND);
    await h.settle();
    expect(await h.stateOf(key)).toBe('ACTIVE');
    await h.advanceClock(SECOND);
    await h.waitForState(key, 'COMPLETED');
  });

  test('a duration is counted from the moment the catch event is entered, not from the instance start', async () => {
    const h = harness();
    const start = T0 + 3 * DAY;
    await h.pinClock(start);
    const key = await h.start('construct-timer-catch', { deliverAt: new Date(start + HOUR).toISOString(), coolingOff: 'PT1H' });
    await h.advanceClock(10 * MINUTE);
    const job = await afterDuration.takeFor(key);
    await h.advanceClock(5 * HOUR); // the job is worked on for five hours: the delivery date passes meanwhile
    await job.complete();
    // a date in the past is due at once
    await (await afterDate.takeFor(key)).complete();
    // the cooling-off hour starts now
    await h.advanceClock(HOUR - SECOND);
    await h.settle();
    expect(await h.stateOf(key)).toBe('ACTIVE');
    await h.advanceClock(SECOND);
    await h.waitForState(key, 'COMPLETED');
  });
});

async function waitForCount(list: () => Promise<unknown[]>, count: number): Promise<void> {
  await eventually(async () => expect(await list()).toHaveLength(count));
}
