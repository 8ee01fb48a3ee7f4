/**
 * bpmn/wohngeld-antrag.bpmn end to end on the embedded engine, with the real workers, the forms of
 * forms/ and the sample applications of samples/: every path of the process.
 */
import { pdfFlatText } from '../pdf-text.ts';
import { DAY, ProcessHarness, eventually } from './harness.ts';

const TIMEOUT = 180_000;
let p: ProcessHarness;

beforeAll(async () => {
  p = await ProcessHarness.start();
}, 60_000);

afterAll(async () => {
  await p?.close();
});

type Row = Record<string, unknown> & { pfad: string };
const KOMPLETT = 'antrag-vollstaendig';

/** What a caseworker submits in "Antrag prüfen und entscheiden" (the form's keys). */
function pruefung(pruefliste: Row[], entscheidung: Record<string, unknown>, korrekturen: Record<string, Record<string, unknown>> = {}) {
  return { pruefliste: pruefliste.map((row) => korrekturen[row.pfad] ?? {}), entscheidung };
}

describe('Wohngeldantrag: vollständig', () => {
  test('OZG application → documents analysed → review with evidence → a correction is recalculated → approved → Bescheid-Entwurf → export', async () => {
    const antrag = await p.antrag(KOMPLETT, 'T-VOLL-1');
    const key = await p.ozgAntrag(antrag, await p.dokumente(KOMPLETT));

    const task = await p.waitForUserTask(key, 'UserTask_AntragPruefen');
    expect(task.candidateGroups).toEqual(['wohngeld-sachbearbeitung']);
    const form = await p.client.getUserTaskForm({ userTaskKey: task.userTaskKey }, { consistency: { waitUpToMs: 0 } });
    const schema = (form as { schema?: unknown }).schema;
    expect((typeof schema === 'string' ? JSON.parse(schema) : schema).id).toBe('wohngeld-antrag-pruefen');

    const vars = await p.variables(key);
    const analysen = vars.dokumentAnalysen as { file: string; documentType: string }[];
    expect(analysen.map((a) => a.documentType).sort()).toEqual(['meldebescheinigung', 'mietbescheinigung', 'rentenbescheid']);
    expect(vars.vollstaendigkeit).toMatchObject({ vollstaendig: true, fehlend: [] });
    const berechnung = vars.berechnung as { wohngeld: number; anspruch: boolean };
    expect(berechnung.anspruch).toBe(true);
    expect(berechnung.wohngeld).toBeGreaterThan(0);

    // the form is prefilled with every value, its source, evidence and confidence
    const prefill = await p.formVariables(task);
    const rows = prefill.pruefliste as Row[];
    const miete = rows.find((r) => r.pfad === 'bruttokaltmiete')!;
    expect(miete).toMatchObject({ quelle: 'dokument', dokument: 'mietbescheinigung.pdf', seite: 1, korrigiert: false });
    expect(String(miete.beleg)).toMatch(/\d+,\d\d/);
    expect(miete.konfidenzProzent).toBeGreaterThanOrEqual(80);
    const rente = rows.find((r) => r.pfad.endsWith('.einkommen.rente'))!;
    expect(rente).toMatchObject({ quelle: 'dokument', dokument: 'rentenanpassung-2025.pdf', typ: 'zahl' });

    // a correction: recalculated, and the review comes back with the value marked as corrected
    const vorher = berechnung.wohngeld;
    await p.complete(task, pruefung(rows, { ergebnis: 'bewilligen', begruendung: 'Alle Nachweise liegen vor.', bewilligungsmonate: 12 }, { bruttokaltmiete: { korrektur: 420, korrekturBegruendung: 'Stellplatz (38 €) ist nicht Teil der Miete' } }));
    const zweite = await p.waitForUserTask(key, 'UserTask_AntragPruefen');
    expect(zweite.userTaskKey).not.toBe(task.userTaskKey);
    const nachKorrektur = await p.variables(key);
    expect(nachKorrektur.korrekturen).toEqual([{ pfad: 'bruttokaltmiete', wert: 420, begruendung: 'Stellplatz (38 €) ist nicht Teil der Miete' }]);
    const zeilen = (await p.formVariables(zweite)).pruefliste as Row[];
    expect(zeilen.find((r) => r.pfad === 'bruttokaltmiete')).toMatchObject({ wert: 420, korrigiert: true, quelle: 'korrektur', begruendung: 'Stellplatz (38 €) ist nicht Teil der Miete' });
    expect((nachKorrektur.berechnung as { wohngeld: number }).wohngeld).toBeLessThan(vorher);

    await p.complete(zweite, pruefung(zeilen, { ergebnis: 'bewilligen', begruendung: 'Alle Nachweise liegen vor; Miete ohne Stellplatz.', bewilligungsmonate: 12 }));
    await p.waitForCompletion(key);

    const ende = await p.variables(key);
    expect(ende.entscheidung).toMatchObject({ ergebnis: 'bewilligen', entschiedenAm: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const bescheid = ende.bescheidEntwurf as { dokument: { documentId: string } };
    const text = await pdfFlatText(await p.download(bescheid.dokument as never));
    expect(text).toContain('T-VOLL-1');
    expect(text).toContain(`Wohngeld in Höhe von monatlich ${(nachKorrektur.berechnung as { wohngeld: number }).wohngeld} € bewilligt`);
    const export_ = await p.files('fachverfahren-ausgang');
    expect(export_.filter((f) => f.startsWith('T-VOLL-1')).sort()).toEqual(['T-VOLL-1.json', 'T-VOLL-1.xml']);
    const datensatz = await p.readJson('fachverfahren-ausgang', 'T-VOLL-1.json');
    expect(JSON.stringify(datensatz)).toContain('"bewilligen"');
    expect((await p.files('postausgang')).filter((f) => f.includes('T-VOLL-1'))).toEqual([]);
  }, TIMEOUT);
});
