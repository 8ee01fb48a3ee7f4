import { z } from 'zod';
import { createRegistry, registry, workers } from '../../workers/registry.ts';
import { complete, defineWorker } from '../../workers/types.ts';

const worker = (type: string) =>
  defineWorker({
    type,
    description: 'Testworker',
    input: z.object({}),
    output: z.object({ ok: z.boolean() }),
    handler: async () => complete({ ok: true }),
  });

describe('worker registry', () => {
  test('finds workers by job type', () => {
    const a = worker('test.a');
    const b = worker('test.b');
    const r = createRegistry([a, b]);
    expect(r.types).toEqual(['test.a', 'test.b']);
    expect(r.find('test.b')).toBe(b);
    expect(r.get('test.a')).toBe(a);
    expect(r.find('test.c')).toBeUndefined();
    expect(() => r.get('test.c')).toThrow('Kein Worker für Jobtyp „test.c“ registriert.');
  });

  test('rejects two workers for the same job type', () => {
    expect(() => createRegistry([worker('test.a'), worker('test.b'), worker('test.a')])).toThrow('Jobtyp „test.a“ ist doppelt registriert.');
  });

  test('rejects a worker without job type', () => {
    expect(() => createRegistry([worker('  ')])).toThrow(/ohne Jobtyp/);
  });

  test('the product registry is built from the one list and has unique types', () => {
    expect(registry.all).toHaveLength(workers.length);
    expect(new Set(registry.types).size).toBe(registry.types.length);
  });
});
