/**
 * The Wohngeld workers of a case as plain handlers behind `decideJobAction`: completeness,
 * pre-calculation with corrections, the Nachforderung and the Bescheid-Entwurf stored as PDFs,
 * configuration mistakes as retryable failures that name the setting.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pdfFlatText as pdfText } from '../pdf-text.ts';
import { letzteMonate } from '../../wohngeld/completeness.ts';
import { type ActivatedJob, decideJobAction } from '../../workers/adapter.ts';
import { vergesseKonfiguration } from '../../workers/konfiguration.ts';
import { silentLogger } from '../../workers/logger.ts';
import { berechnen, bescheidErstellen, nachforderungErstellen, vollstaendigkeitPruefen } from '../../workers/wohngeld-fall.ts';
import { beispielAntrag, dokument, lohnabrechnungen } from '../wohngeld-case/fixtures.ts';
import { memoryStore } from './memory-store.ts';

const job = (type: string, variables: Record<string, unknown>, retries = 3): ActivatedJob => ({
  jobKey: '1', type, processInstanceKey: '2', processDefinitionId: 'wohngeld-antrag', elementId: 'e', elementInstanceKey: '3', tenantId: '<default>', customHeaders: {}, retries, variables,
});

const saved = { ...process.env };
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'wohngeld-fall-'));
});
afterEach(() => {
  for (const key of ['WOHNGELD_MIETSTUFE', 'WOHNGELD_BRIEFKOPF', 'WOHNGELD_NACHWEISREGELN']) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
  vergesseKonfiguration();
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const antrag = beispielAntrag();
const alleNachweise = [
  ...lohnabrechnungen(letzteMonate('2025-03-01', 12), 2100),
  dokument('rentenbescheid', { name: 'Erika Schneider', rente_brutto: 1100, zahlbetrag: 990 }),
  dokument('schwerbehindertenausweis', { name: 'Erika Schneider', gdb: 100 }),
  dokument('mietbescheinigung', { mieter_name: 'Katrin Schneider', grundmiete: 480, nebenkosten: 150, heizkosten: 90, gesamtmiete: 720 }),
  dokument('meldebescheinigung', { name: 'Katrin Schneider' }),
];

describe('wohngeld.vollstaendigkeit-pruefen', () => {
  test('names what is missing, with reasons; complete when all proofs are there', async () => {
    const missing = await decideJobAction(vollstaendigkeitPruefen, job(vollstaendigkeitPruefen.type, { antrag, dokumentAnalysen: [] }), silentLogger);
    expect(missing.action).toBe('complete');
    const v = (missing as unknown as { variables: { vollstaendigkeit: { vollstaendig: boolean; fehlend: { regel: string; grund: string }[] } } }).variables.vollstaendigkeit;
    expect(v.vollstaendig).toBe(false);
    expect(v.fehlend.map((f) => f.regel)).toContain('lohnabrechnungen');
    const complete = await decideJobAction(vollstaendigkeitPruefen, job(vollstaendigkeitPruefen.type, { antrag, dokumentAnalysen: alleNachweise }), silentLogger);
    expect(complete).toMatchObject({ action: 'complete', variables: { vollstaendigkeit: { vollstaendig: true, fehlend: [] } } });
  });

  test('an office rules file with a mistake: retryable failure naming the setting and the place', async () => {
    const file = path.join(dir, 'regeln.json');
    await writeFile(file, JSON.stringify({ version: 1, regeln: [{ id: 'x', fuer: 'mitglied', wenn: { einkommensart: 'lotto' }, nachweis: ['kontoauszug'], bezeichnung: 'X', grund: 'Ein Grund, der lang genug ist.' }] }));
    process.env.WOHNGELD_NACHWEISREGELN = file;
    const action = await decideJobAction(vollstaendigkeitPruefen, job(vollstaendigkeitPruefen.type, { antrag, dokumentAnalysen: [] }), silentLogger);
    expect(action).toMatchObject({ action: 'fail', retries: 2, errorMessage: expect.stringMatching(/^WOHNGELD_NACHWEISREGELN: .*regeln\.json enthält Fehler: regeln\[0\]\.wenn\.einkommensart/) });
  });

  test('an invalid application: an incident naming the field, no retries', async () => {
    const action = await decideJobAction(vollstaendigkeitPruefen, job(vollstaendigkeitPruefen.type, { antrag: { ...antrag, eingangsdatum: 'gestern' }, dokumentAnalysen: [] }), silentLogger);
    expect(action).toMatchObject({ action: 'fail', retries: 0, errorMessage: expect.stringContaining('eingangsdatum') });
  });
});

describe('wohngeld.berechnen', () => {
  test('the model from application, documents and corrections; the result with its steps', async () => {
    process.env.WOHNGELD_MIETSTUFE = '2';
    const action = await decideJobAction(
      berechnen,
      job(berechnen.type, { antrag, dokumentAnalysen: alleNachweise, korrekturen: [{ pfad: 'bruttokaltmiete', wert: 600, begruendung: 'Stellplatz herausgerechnet' }] }),
      silentLogger,
    );
    expect(action.action).toBe('complete');
    const out = (action as unknown as { variables: { berechnung: { wohngeld: number; anspruch: boolean; schritte: unknown[] }; haushaltsmodell: { bruttokaltmiete: { wert: number; quelle: string } } } }).variables;
    expect(out.haushaltsmodell.bruttokaltmiete).toMatchObject({ wert: 600, quelle: 'korrektur' });
    expect(out.berechnung.schritte.length).toBeGreaterThan(10);
    expect(typeof out.berechnung.wohngeld).toBe('number');
  });

  test('the values to check: one row per value with source, evidence, confidence; corrections shown as such', async () => {
    process.env.WOHNGELD_MIETSTUFE = '2';
    const unsicher = alleNachweise.map((d) => (d.documentType === 'rentenbescheid' ? { ...d, fields: { ...d.fields, rente_brutto: { ...d.fields.rente_brutto, confidence: 0.55 } } } : d));
    const action = await decideJobAction(
      berechnen,
      job(berechnen.type, { antrag, dokumentAnalysen: unsicher, korrekturen: [{ pfad: 'bruttokaltmiete', wert: 600, begruendung: 'Stellplatz herausgerechnet' }], mindestKonfidenz: 0.7 }),
      silentLogger,
    );
    expect(action.action).toBe('complete');
    const rows = (action as unknown as { variables: { pruefwerte: Record<string, unknown>[] } }).variables.pruefwerte;
    const row = (pfad: string) => rows.find((r) => r.pfad === pfad);
    expect(row('bruttokaltmiete')).toMatchObject({ typ: 'zahl', wert: 600, anzeige: '600,00 €', quelle: 'korrektur', korrigiert: true, vorher: '630,00 €', begruendung: 'Stellplatz herausgerechnet', pruefen: false });
    const rente = rows.find((r) => String(r.pfad).endsWith('.einkommen.rente'))!;
    expect(rente).toMatchObject({ typ: 'zahl', wert: 13200, anzeige: '13.200,00 €', quelle: 'dokument', quelleText: 'Dokument', konfidenzProzent: 55, pruefen: true, korrigiert: false, korrigierbar: true });
    expect(rente.seite).toBe(1);
    expect(typeof rente.beleg).toBe('string');
    // every correctable row's path is accepted by the calculation as a correction
    for (const r of rows.filter((r) => r.korrigierbar)) {
      const korrektur = { pfad: r.pfad, wert: r.typ === 'zahl' ? (r.pfad === 'mietstufe' ? 3 : 100) : true };
      const again = await decideJobAction(berechnen, job(berechnen.type, { antrag, dokumentAnalysen: alleNachweise, korrekturen: [korrektur] }), silentLogger);
      expect([r.pfad, again.action]).toEqual([r.pfad, 'complete']);
    }
  });

  test('missing data: no calculation, the reasons for the caseworker', async () => {
    const action = await decideJobAction(berechnen, job(berechnen.type, { antrag, dokumentAnalysen: [] }), silentLogger);
    expect(action).toMatchObject({ action: 'complete', variables: { berechnung: null, berechnungHinweise: expect.arrayContaining([expect.stringMatching(/^mietstufe: weder im Antrag noch konfiguriert/), expect.stringMatching(/einkommen\.rente: Betrag fehlt/)]) } });
  });

  test('a correction that does not fit the case is a BPMN error KORREKTUR_UNGUELTIG', async () => {
    const action = await decideJobAction(berechnen, job(berechnen.type, { antrag, dokumentAnalysen: [], korrekturen: [{ pfad: 'mitglieder.m9.einkommen.rente', wert: 1 }] }), silentLogger);
    expect(action).toMatchObject({ action: 'error', errorCode: 'KORREKTUR_UNGUELTIG' });
  });

  test('a wrong WOHNGELD_MIETSTUFE is a retryable failure naming it', async () => {
    process.env.WOHNGELD_MIETSTUFE = 'acht';
    const action = await decideJobAction(berechnen, job(berechnen.type, { antrag, dokumentAnalysen: [] }), silentLogger);
    expect(action).toMatchObject({ action: 'fail', errorMessage: expect.stringMatching(/^WOHNGELD_MIETSTUFE: "acht" ist keine Mietstufe/) });
  });
});


describe('letters', () => {
  test('Nachforderung: stored as PDF with the office letterhead; the reference, deadline and subject as variables', async () => {
    const file = path.join(dir, 'kopf.json');
    await writeFile(file, JSON.stringify({ behoerde: 'Stadt Leipzig', stelle: 'Sozialamt – Wohngeld', anschrift: { strasse: 'Prager Straße 21', plz: '04103', ort: 'Leipzig' }, fristTage: 14 }));
    process.env.WOHNGELD_BRIEFKOPF = file;
    const v = (await decideJobAction(vollstaendigkeitPruefen, job(vollstaendigkeitPruefen.type, { antrag, dokumentAnalysen: [] }), silentLogger)) as unknown as { variables: { vollstaendigkeit: unknown } };
    const store = memoryStore();
    const action = await decideJobAction(nachforderungErstellen, job(nachforderungErstellen.type, { antrag, vollstaendigkeit: v.variables.vollstaendigkeit, briefdatum: '2025-03-20' }), silentLogger, store);
    expect(action).toMatchObject({ action: 'complete', variables: { nachforderung: { frist: '2025-04-03', fristAblauf: '2025-04-03T23:59:59+02:00', anzahlNachweise: 5, dokument: { 'camunda.document.type': 'camunda', documentId: 'doc-1' } } } });
    const stored = store.contents.get('doc-1')!;
    expect(stored).toMatchObject({ fileName: 'Nachforderung-OZG-2025-000123.pdf', contentType: 'application/pdf' });
    const text = await pdfText(stored.content);
    expect(text).toContain('Stadt Leipzig');
    expect(text).toContain('bis zum 03.04.2025');
  });

  test('nothing to ask for: BPMN error NICHTS_NACHZUFORDERN; the store failing: a retryable failure', async () => {
    const none = await decideJobAction(nachforderungErstellen, job(nachforderungErstellen.type, { antrag, vollstaendigkeit: { vollstaendig: true, fehlend: [], erfuellt: [] } }), silentLogger, memoryStore());
    expect(none).toMatchObject({ action: 'error', errorCode: 'NICHTS_NACHZUFORDERN' });
    const failing = { ...memoryStore(), upload: async () => { const { DocumentUnavailable } = await import('../../workers/types.ts'); throw new DocumentUnavailable('„x.pdf“ konnte nicht im Dokumentenspeicher abgelegt werden (HTTP 503).', 503); } };
    const fehlend = [{ regel: 'miete', nachweis: ['mietbescheinigung'], bezeichnung: 'Mietbescheinigung', grund: 'Für die Miete brauchen wir die Bescheinigung.' }];
    const action = await decideJobAction(nachforderungErstellen, job(nachforderungErstellen.type, { antrag, vollstaendigkeit: { vollstaendig: false, fehlend, erfuellt: [] } }), silentLogger, failing);
    expect(action).toMatchObject({ action: 'fail', retries: 2, errorMessage: expect.stringContaining('HTTP 503') });
  });

  test('Bescheid-Entwurf: stored as PDF, approval period as variable; approving without a claim is a BPMN error', async () => {
    process.env.WOHNGELD_MIETSTUFE = '2';
    const calc = (await decideJobAction(berechnen, job(berechnen.type, { antrag, dokumentAnalysen: alleNachweise }), silentLogger)) as unknown as { variables: { berechnung: { anspruch: boolean; wohngeld: number } } };
    expect(calc.variables.berechnung.anspruch).toBe(true);
    const store = memoryStore();
    const action = await decideJobAction(
      bescheidErstellen,
      job(bescheidErstellen.type, { antrag, berechnung: calc.variables.berechnung, entscheidung: { ergebnis: 'bewilligen', begruendung: 'Voraussetzungen liegen vor.' }, briefdatum: '2025-04-02' }),
      silentLogger,
      store,
    );
    expect(action).toMatchObject({ action: 'complete', variables: { bescheidEntwurf: { bewilligungszeitraum: { von: '2025-03-01', bis: '2026-02-28' } } } });
    expect(await pdfText(store.contents.get('doc-1')!.content)).toContain(`monatlich ${calc.variables.berechnung.wohngeld} €`);

    const ohne = { ...calc.variables.berechnung, anspruch: false, wohngeld: 0 };
    const refused = await decideJobAction(bescheidErstellen, job(bescheidErstellen.type, { antrag, berechnung: ohne, entscheidung: { ergebnis: 'bewilligen', begruendung: 'x' } }), silentLogger, memoryStore());
    expect(refused).toMatchObject({ action: 'error', errorCode: 'ENTSCHEIDUNG_WIDERSPRICHT_BERECHNUNG' });
  });
});
