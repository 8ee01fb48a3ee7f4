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
    // the review is due 14 days after it was created (zeebe:taskSchedule), so the tasklist can sort by it
    expect(Date.parse(task.dueDate ?? "") - Date.parse(task.creationDate ?? "")).toBe(14 * 24 * 3600_000);
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
    expect(export_.filter((f) => f.startsWith('T-VOLL-1')).sort()).toEqual(['T-VOLL-1.json', 'T-VOLL-1.pdf', 'T-VOLL-1.xml']);
    const datensatz = await p.readJson('fachverfahren-ausgang', 'T-VOLL-1.json');
    expect(JSON.stringify(datensatz)).toContain('"bewilligen"');
    expect((await p.files('postausgang')).filter((f) => f.includes('T-VOLL-1'))).toEqual([]);
  }, TIMEOUT);
});

/** Starts a case whose Meldebescheinigung is missing and waits until the Nachforderung is out. */
async function nachforderungVerschickt(antragId: string) {
  const antrag = await p.antrag(KOMPLETT, antragId);
  const key = await p.papierantrag(antrag, await p.dokumente(KOMPLETT, { ohne: ['meldebescheinigung.pdf'] }));
  await p.waitForWaiting(key);
  return key;
}

describe('Wohngeldantrag: Nachweise fehlen', () => {
  test('paper application without the Meldebescheinigung → Nachforderung naming it, in the Postausgang → the document arrives → analysed, checked again → review', async () => {
    const key = await nachforderungVerschickt('T-NACH-1');
    const vars = await p.variables(key);
    expect(vars.vollstaendigkeit).toMatchObject({ vollstaendig: false, fehlend: [expect.objectContaining({ regel: 'meldebescheinigung' })] });
    const nachforderung = vars.nachforderung as { dokument: unknown; frist: string; fristAblauf: string };
    expect(vars.fristAblauf).toBe(nachforderung.fristAblauf);
    const brief = await pdfFlatText(await p.download(nachforderung.dokument as never));
    expect(brief).toContain('T-NACH-1');
    expect(brief).toMatch(/Meldebescheinigung/);
    const postausgang = (await p.files('postausgang')).filter((f) => f.includes('T-NACH-1'));
    expect(postausgang.some((f) => f.endsWith('.pdf'))).toBe(true);
    expect(postausgang.some((f) => f.endsWith('.json'))).toBe(true);

    await p.unterlagenNachreichen('T-NACH-1', await p.dokumente(KOMPLETT, { ohne: ['mietbescheinigung.pdf', 'rentenanpassung-2025.pdf'] }));
    await p.waitForUserTask(key, 'UserTask_AntragPruefen');
    const danach = await p.variables(key);
    expect((danach.dokumentAnalysen as { documentType: string }[]).map((a) => a.documentType).sort()).toEqual(['meldebescheinigung', 'mietbescheinigung', 'rentenbescheid']);
    expect((danach.dokumente as unknown[]).length).toBe(3);
    expect(danach.vollstaendigkeit).toMatchObject({ vollstaendig: true });
  }, TIMEOUT);

  test('the deadline passes → "Frist abgelaufen": extended → passes again → refused for lack of cooperation → handed over as "versagen"', async () => {
    const key = await nachforderungVerschickt('T-FRIST-1');
    const { fristAblauf } = (await p.variables(key)) as { fristAblauf: string };
    await p.h.pinClock(Date.parse(fristAblauf) + 1000);
    const fristTask = await p.waitForUserTask(key, 'UserTask_FristAbgelaufen');
    const prefill = await p.formVariables(fristTask);
    expect(prefill.vollstaendigkeit).toMatchObject({ fehlend: [expect.objectContaining({ bezeichnung: expect.stringMatching(/Meldebescheinigung/) })] });

    const neueFrist = new Date(Date.parse(fristAblauf) + 14 * DAY).toISOString().slice(0, 10);
    await p.complete(fristTask, { fristEntscheidung: { massnahme: 'verlaengern', neueFrist, begruendung: 'Bürgeramt hatte keinen Termin frei.' } });
    await eventually(async () => expect((await p.variables(key)).fristAblauf).toMatch(new RegExp(`^${neueFrist}T23:59:59\\+0[12]:00$`)));
    await p.h.settle();
    expect(await p.h.userTasks(key, 'UserTask_FristAbgelaufen')).toEqual([expect.objectContaining({ state: 'COMPLETED' })]);

    await p.h.pinClock(Date.parse((await p.variables(key)).fristAblauf as string) + 1000);
    const zweite = await p.waitForUserTask(key, 'UserTask_FristAbgelaufen');
    await p.complete(zweite, { fristEntscheidung: { massnahme: 'versagen', begruendung: 'Trotz Nachforderung und Fristverlängerung keine Meldebescheinigung (§ 66 SGB I).' } });
    await p.waitForCompletion(key);
    const vars = await p.variables(key);
    expect(vars.entscheidung).toMatchObject({ ergebnis: 'versagen' });
    expect(vars.berechnung).toBeUndefined();
    const datensatz = await p.readJson('fachverfahren-ausgang', 'T-FRIST-1.json');
    expect(JSON.stringify(datensatz)).toContain('"versagen"');
  }, TIMEOUT);

  test('the deadline passes and the caseworker goes on without the proof: calculation and review', async () => {
    const key = await nachforderungVerschickt('T-FRIST-2');
    await p.h.pinClock(Date.parse((await p.variables(key)).fristAblauf as string) + 1000);
    const fristTask = await p.waitForUserTask(key, 'UserTask_FristAbgelaufen');
    await p.complete(fristTask, { fristEntscheidung: { massnahme: 'weiter', begruendung: 'Wohnsitz durch Melderegisterauskunft bestätigt.' } });
    await p.waitForUserTask(key, 'UserTask_AntragPruefen');
    expect(((await p.variables(key)).berechnung as { anspruch: boolean }).anspruch).toBe(true);
  }, TIMEOUT);
});

describe('Wohngeldantrag: Dokumente zuordnen', () => {
  test('an unreadable document → "Dokumente zuordnen" lists it as unreadable → the caseworker assigns types → the case goes on', async () => {
    const antrag = await p.antrag(KOMPLETT, 'T-ZUORD-1');
    const kaputt = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x41)]);
    const key = await p.papierantrag(antrag, await p.dokumente(KOMPLETT, { dazu: [{ name: 'scan-kaputt.pdf', bytes: kaputt }] }));
    const task = await p.waitForUserTask(key, 'UserTask_DokumenteZuordnen');
    expect(Date.parse(task.dueDate ?? "") - Date.parse(task.creationDate ?? "")).toBe(2 * 24 * 3600_000);
    const zuordnung = (await p.formVariables(task)).zuordnung as { datei: string; lesbar: boolean; unsicher: boolean; dokumentTyp: string; hinweis: string }[];
    expect(zuordnung).toHaveLength(4);
    const unlesbar = zuordnung.find((z) => z.datei === 'scan-kaputt.pdf')!;
    expect(unlesbar).toMatchObject({ lesbar: false, unsicher: true, dokumentTyp: 'sonstiges' });
    expect(unlesbar.hinweis).toMatch(/^Nicht lesbar: /);
    expect(zuordnung.filter((z) => z.datei !== 'scan-kaputt.pdf').every((z) => z.lesbar && !z.unsicher)).toBe(true);

    // the form submits each row's chosen type; the unreadable scan was in fact a Kontoauszug
    await p.complete(task, { zuordnung: zuordnung.map((z) => ({ dokumentTyp: z.datei === 'scan-kaputt.pdf' ? 'kontoauszug' : z.dokumentTyp })) });
    await p.waitForUserTask(key, 'UserTask_AntragPruefen');
    const analysen = (await p.variables(key)).dokumentAnalysen as { file: string; documentType: string; zugeordnetVon?: string; warnings: string[]; fields: object }[];
    const scan = analysen.find((a) => a.file === 'scan-kaputt.pdf')!;
    expect(scan).toMatchObject({ documentType: 'kontoauszug', zugeordnetVon: 'Sachbearbeitung', fields: {} });
    expect(scan.warnings.at(-1)).toMatch(/von der Sachbearbeitung zugeordnet \(erkannt: sonstiges\)/);
    expect(analysen.find((a) => a.file === 'mietbescheinigung.pdf')).toMatchObject({ documentType: 'mietbescheinigung', zugeordnetVon: 'Sachbearbeitung' });
  }, TIMEOUT);
});

describe('Wohngeldantrag: Übergabe', () => {
  test('the Fachverfahren rejects a grant without bank account → "Übergabe klären" with the reason → IBAN added → handed over', async () => {
    const antrag = await p.antrag(KOMPLETT, 'T-UEB-1', (a) => {
      delete a.bankverbindung;
    });
    const key = await p.papierantrag(antrag, await p.dokumente(KOMPLETT));
    const review = await p.waitForUserTask(key, 'UserTask_AntragPruefen');
    const rows = (await p.formVariables(review)).pruefliste as Row[];
    await p.complete(review, pruefung(rows, { ergebnis: 'bewilligen', begruendung: 'Alle Nachweise liegen vor.', bewilligungsmonate: 12 }));

    const klaeren = await p.waitForUserTask(key, 'UserTask_UebergabeKlaeren');
    const fehler = (await p.formVariables(klaeren)).uebergabeFehler as { gruende: string[] };
    expect(fehler.gruende.join(' ')).toMatch(/IBAN|Bankverbindung/);
    expect((await p.files('fachverfahren-ausgang')).filter((f) => f.startsWith('T-UEB-1'))).toEqual([]);

    await p.complete(klaeren, { uebergabeKlaerung: { massnahme: 'erneut', iban: 'de89 3704 0044 0532 0130 00', kontoinhaber: 'Ursula Hoffmann', bemerkung: 'IBAN telefonisch erfragt.' } });
    await p.waitForCompletion(key);
    expect(((await p.variables(key)).antrag as { bankverbindung: unknown }).bankverbindung).toEqual({ iban: 'DE89370400440532013000', kontoinhaber: 'Ursula Hoffmann' });
    const datensatz = await p.readJson('fachverfahren-ausgang', 'T-UEB-1.json');
    expect(JSON.stringify(datensatz)).toContain('DE89370400440532013000');
  }, TIMEOUT);
});

describe('Wohngeldantrag: technische Störung', () => {
  test('a worker fails until an incident (a wrong setting), the setting is fixed, the incident resolved, and the case goes on', async () => {
    const antrag = await p.antrag(KOMPLETT, 'T-STOER-1', (a) => {
      delete a.wohnung.mietstufe;
    });
    process.env.WOHNGELD_MIETSTUFE = 'acht';
    try {
      const key = await p.papierantrag(antrag, await p.dokumente(KOMPLETT));
      // three attempts with the back-off in between: move the clock past each back-off
      const incident = await eventually(
        async () => {
          await p.h.advanceClock(11_000);
          return p.h.waitForIncident(key, 'Task_Berechnen');
        },
        { timeoutMs: 60_000, intervalMs: 100 },
      );
      expect(incident).toMatchObject({ errorType: 'JOB_NO_RETRIES', errorMessage: expect.stringMatching(/^WOHNGELD_MIETSTUFE: "acht" ist keine Mietstufe/) });

      process.env.WOHNGELD_MIETSTUFE = '2';
      await p.client.updateJob({ jobKey: incident.jobKey!, changeset: { retries: 1 } });
      await p.h.resolveIncident(incident);
      await p.waitForUserTask(key, 'UserTask_AntragPruefen');
      expect(await p.h.incidents(key)).toEqual([]);
      expect(((await p.variables(key)).berechnung as { anspruch: boolean }).anspruch).toBe(true);
    } finally {
      delete process.env.WOHNGELD_MIETSTUFE;
    }
  }, TIMEOUT);
});
