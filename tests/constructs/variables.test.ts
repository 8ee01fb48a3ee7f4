/**
 * Variables: `zeebe:ioMapping` inputs and outputs (incl. nested targets and static sources),
 * Zeebe's scopes and propagation, and exact decimal arithmetic in FEEL.
 *
 * The rules (Camunda 8.8 docs, components/concepts/variables): input mappings create local
 * variables; merged variables propagate from the activity's scope upwards and stop at the first
 * scope that has a variable of that name, else land in the root; with output mappings only the
 * mapped values are merged; a nested output target is merged into the existing object.
 */
import { ScopeKey } from '@camunda8/orchestration-cluster-api';
import { type JobQueue, NOW, useHarness } from './harness.ts';

const harness = useHarness();
let pay: JobQueue;
let confirm: JobQueue;
let shadowed: JobQueue;
let reader: JobQueue;
let calculate: JobQueue;
let inexact: JobQueue;

beforeAll(async () => {
  const h = harness();
  await h.deploy('io-mapping.bpmn', 'variable-scopes.bpmn', 'feel-amounts.bpmn');
  pay = h.queue('construct.io.pay');
  confirm = h.queue('construct.io.confirm');
  shadowed = h.queue('construct.scopes.shadowed');
  reader = h.queue('construct.scopes.reader');
  calculate = h.queue('construct.feel.calculate');
  inexact = h.queue('construct.feel.inexact');
});

const customer = { name: 'Erika Mustermann', iban: 'DE02120300000000202051' };
const order = { id: 'order-77', total: 250.5 };

describe('input and output mappings', () => {
  test('inputs build local variables, in order, with nested targets; outputs decide what reaches the process', async () => {
    const h = harness();
    const key = await h.start('construct-io-mapping', { customer, order });
    const job = await pay.takeFor(key);
    expect(job.job.variables).toEqual({
      customer,
      order,
      sender: 'Erika Mustermann',
      payment: { iban: 'DE02120300000000202051', amount: 250.5, currency: 'EUR' },
      doubled: 501,
    });
    await job.complete({ status: 'PAID', transaction: { id: 't-789', bank: 'X' }, noise: 'not mapped' });

    const next = await confirm.takeFor(key);
    // the input-mapped locals are gone, and of the job's variables only the mapped values arrived
    expect(await h.rootVariables(key)).toEqual({ customer, order, paymentStatus: 'PAID', transactionId: 't-789' });
    expect(next.job.variables).toEqual({ customer, order, paymentStatus: 'PAID', transactionId: 't-789' });
    await next.complete({ confirmation: { number: 'C-42' } });
    await h.waitForState(key, 'COMPLETED');
    const root = await h.rootVariables(key);
    expect(root).not.toHaveProperty('confirmation');
    expect((root.order as Record<string, unknown>).confirmationNumber).toBe('C-42');
  });

  // Regression test for a fixed engine bug (nested output target replaces the object): an output mapping to `order.confirmationNumber`
  // replaces the existing variable `order` with `{confirmationNumber}`, dropping `id` and `total`.
  // Zeebe merges a nested output target into the existing object (VariableMappingTransformer:
  // "for a nested target mapping 'x -> a.b', append the nested property 'b' to the existing context
  // variable 'a' (instead of overriding 'a')"; 8.8 docs, concepts/variables, note on output targets
  // with a period: it "updates a property of an existing process variable").
  test('a nested output target adds the property to the existing object', async () => {
    const h = harness();
    const key = await h.start('construct-io-mapping', { customer, order });
    await (await pay.takeFor(key)).complete({ status: 'PAID', transaction: { id: 't-1' } });
    await (await confirm.takeFor(key)).complete({ confirmation: { number: 'C-43' } });
    await h.waitForState(key, 'COMPLETED');
    expect((await h.rootVariables(key)).order).toEqual({ id: 'order-77', total: 250.5, confirmationNumber: 'C-43' });
  });
});

describe('variable scopes and propagation', () => {
  // ENGINE DIVERGENCE (local variables vanish from the variable search): when a scope ends, the
  // engine deletes its local variables, and with them their search entries. In Camunda 8.8 the
  // variable search reads the exported VARIABLE records, and leaving a scope writes no record: the
  // local variables of a finished task stay searchable under its element instance key (Operate
  // shows them for the completed flow node). The root scope stays untouched in both.
  test('the local variables of a finished task stay searchable under its scope key', async () => {
    const h = harness();
    const key = await h.start('construct-io-mapping', { customer, order });
    const job = await pay.takeFor(key);
    await job.complete({ status: 'PAID', transaction: { id: 't-2' } });
    await (await confirm.takeFor(key)).complete({ confirmation: { number: 'C-44' } });
    await h.waitForState(key, 'COMPLETED');
    const local = await h.client.searchVariables({ filter: { processInstanceKey: key, scopeKey: ScopeKey.assumeExists(String(job.job.elementInstanceKey)) } }, NOW);
    expect(local.items.map((v) => v.name).sort()).toEqual(expect.arrayContaining(['doubled', 'payment', 'sender']));
  });


  test('an input-mapped local variable covers the root one; the job updates the local one, the root keeps its value', async () => {
    const h = harness();
    const key = await h.start('construct-variable-scopes', { status: 'draft' });
    const job = await shadowed.takeFor(key);
    expect(job.job.variables).toEqual({ status: 'local draft' });
    await job.complete({ status: 'set by the job', other: 'new' });

    const next = await reader.takeFor(key);
    expect(next.job.variables).toEqual({ status: 'draft', other: 'new' });
    await next.complete();
    await h.waitForState(key, 'COMPLETED');
    expect(await h.rootVariables(key)).toEqual({ status: 'draft', other: 'new' });
  });
});

describe('exact decimal amounts in FEEL', () => {
  test('0.1 + 0.2 is 0.3, sums and products of amounts are exact, and conditions compare them exactly', async () => {
    const h = harness();
    const key = await h.start('construct-feel-amounts', {
      positions: [{ amount: 0.1 }, { amount: 0.2 }, { amount: 0.7 }],
      price: 1.15,
      quantity: 3,
    });
    const job = await calculate.takeFor(key);
    expect(job.job.variables).toMatchObject({ exact: 0.3, total: 1, net: 3.45, gross: 4.11, remainder: 0.1 });
    await job.complete();

    // the gateway's condition `total = 1 and exact = 0.3` holds: no "rounding error" task
    await h.waitForState(key, 'COMPLETED');
    expect(inexact.heldFor(String(key))).toEqual([]);
    expect(await h.jobs(key, 'Inexact')).toEqual([]);
    const root = await h.rootVariables(key);
    expect(root).toMatchObject({ exact: 0.3, total: 1, net: 3.45, gross: 4.11, remainder: 0.1, pointThreeIsExact: true });
    expect(await h.rawRootVariable(key, 'exact')).toBe('0.3');
    expect(await h.rawRootVariable(key, 'net')).toBe('3.45');
  });
});
