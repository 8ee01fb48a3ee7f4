import { z } from 'zod';
import { type ActivatedJob, decideJobAction, DEFAULT_RETRY_BACKOFF_MS } from '../../workers/adapter.ts';
import { silentLogger } from '../../workers/logger.ts';
import { bpmnError, complete, defineWorker, type JobContext, retryableFailure } from '../../workers/types.ts';

const job = (variables: Record<string, unknown>, retries = 3): ActivatedJob => ({
  jobKey: '2251799813685251',
  type: 'test.pruefen',
  processInstanceKey: '2251799813685249',
  processDefinitionId: 'test-prozess',
  elementId: 'Pruefen',
  elementInstanceKey: '2251799813685250',
  tenantId: '<default>',
  customHeaders: { stufe: '2', liste: ['a'] },
  retries,
  variables,
});

const input = z.object({ antragId: z.string(), einkommen: z.object({ brutto: z.number().min(0) }) });
const output = z.object({ geprueft: z.boolean(), betrag: z.number().optional() });

describe('decideJobAction', () => {
  test('completes with the output parsed by the output schema', async () => {
    let seen: { input: unknown; context?: JobContext } = { input: undefined };
    const def = defineWorker({
      type: 'test.pruefen',
      description: 'Test',
      input,
      output,
      handler: async (i, context) => {
        seen = { input: i, context };
        return complete({ geprueft: true, betrag: 12 });
      },
    });
    const action = await decideJobAction(def, job({ antragId: 'A-1', einkommen: { brutto: 1000 }, sonstiges: 'x' }), silentLogger);
    expect(action).toEqual({ action: 'complete', variables: { geprueft: true, betrag: 12 } });
    // The handler sees the parsed input: unknown variables stripped by z.object.
    expect(seen.input).toEqual({ antragId: 'A-1', einkommen: { brutto: 1000 } });
    expect(seen.context).toMatchObject({
      jobKey: '2251799813685251',
      processInstanceKey: '2251799813685249',
      elementId: 'Pruefen',
      retries: 3,
      customHeaders: { stufe: '2', liste: '["a"]' },
    });
  });

  test('invalid input fails without retries and names the fields', async () => {
    let called = false;
    const def = defineWorker({
      type: 'test.pruefen',
      description: 'Test',
      input,
      output,
      handler: async () => {
        called = true;
        return complete({ geprueft: true });
      },
    });
    const action = await decideJobAction(def, job({ einkommen: { brutto: -5 } }), silentLogger);
    expect(called).toBe(false);
    expect(action.action).toBe('fail');
    if (action.action !== 'fail') return;
    expect(action.retries).toBe(0);
    expect(action.errorMessage).toContain('Ungültige Eingabe für Jobtyp „test.pruefen“');
    expect(action.errorMessage).toContain('antragId:');
    expect(action.errorMessage).toContain('einkommen.brutto:');
  });

  test('output that breaks the output schema fails without retries and names the fields', async () => {
    const def = defineWorker({
      type: 'test.pruefen',
      description: 'Test',
      input,
      output,
      handler: async () => complete({ geprueft: 'ja' } as unknown as z.input<typeof output>),
    });
    const action = await decideJobAction(def, job({ antragId: 'A-1', einkommen: { brutto: 1 } }), silentLogger);
    expect(action).toMatchObject({ action: 'fail', retries: 0 });
    if (action.action === 'fail') expect(action.errorMessage).toMatch(/Ungültige Ausgabe des Workers „test.pruefen“: geprueft: /);
  });

  test('a BPMN error passes code, German message and variables', async () => {
    const def = defineWorker({
      type: 'test.pruefen',
      description: 'Test',
      input,
      output,
      handler: async () => bpmnError('UNVOLLSTAENDIG', 'Mietbescheinigung fehlt', { fehlend: ['Mietbescheinigung'] }),
    });
    const action = await decideJobAction(def, job({ antragId: 'A-1', einkommen: { brutto: 1 } }), silentLogger);
    expect(action).toEqual({ action: 'error', errorCode: 'UNVOLLSTAENDIG', errorMessage: 'Mietbescheinigung fehlt', variables: { fehlend: ['Mietbescheinigung'] } });
  });

  test('a retryable failure fails with one retry less and the back-off', async () => {
    const def = defineWorker({
      type: 'test.pruefen',
      description: 'Test',
      input,
      output,
      handler: async () => retryableFailure('Dokumentenspeicher nicht erreichbar', 5000),
    });
    const action = await decideJobAction(def, job({ antragId: 'A-1', einkommen: { brutto: 1 } }, 3), silentLogger);
    expect(action).toEqual({ action: 'fail', errorMessage: 'Dokumentenspeicher nicht erreichbar', retries: 2, retryBackOffMs: 5000 });
  });

  test('on the last retry the failure leaves 0 retries (Zeebe raises an incident)', async () => {
    const def = defineWorker({ type: 'test.pruefen', description: 'Test', input, output, handler: async () => retryableFailure('weg') });
    const action = await decideJobAction(def, job({ antragId: 'A-1', einkommen: { brutto: 1 } }, 1), silentLogger);
    expect(action).toEqual({ action: 'fail', errorMessage: 'weg', retries: 0 });
  });

  test('an exception in the handler is a retryable failure with its message', async () => {
    const def = defineWorker({
      type: 'test.pruefen',
      description: 'Test',
      input,
      output,
      handler: async () => {
        throw new Error('OCR-Dienst antwortet nicht');
      },
    });
    const action = await decideJobAction(def, job({ antragId: 'A-1', einkommen: { brutto: 1 } }, 2), silentLogger);
    expect(action).toEqual({ action: 'fail', errorMessage: 'OCR-Dienst antwortet nicht', retries: 1, retryBackOffMs: DEFAULT_RETRY_BACKOFF_MS });
  });

  test('a handler that returns no outcome fails without retries', async () => {
    const def = defineWorker({
      type: 'test.pruefen',
      description: 'Test',
      input,
      output,
      handler: async () => undefined as never,
    });
    const action = await decideJobAction(def, job({ antragId: 'A-1', einkommen: { brutto: 1 } }), silentLogger);
    expect(action).toMatchObject({ action: 'fail', retries: 0 });
  });
});
