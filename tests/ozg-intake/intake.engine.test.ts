/**
 * The OZG intake end to end against the embedded engine: what the online service sends becomes
 * one case with the application and its documents; duplicates, wrong keys, bad input and
 * limits get a German problem answer and start nothing; Unterlagen reach the waiting case.
 */
import { hostname } from 'node:os';
import { spawnSync } from 'node:child_process';
import { IntakeLedger } from '../../connectors/ozg-intake/ledger.ts';
import { antragSchema } from '../../wohngeld/antrag.ts';
import { mietbescheinigungPdf, zufallsBytes } from '../workers/beispiel-dokumente.ts';
import type { DocumentReference } from '../../workers/types.ts';
import {
  API_KEY,
  antragForm,
  beispielAntrag,
  download,
  EXE,
  filesForm,
  instancesOf,
  type IntakeHarness,
  PNG,
  post,
  reachesUserTask,
  startIntakeHarness,
  userTasksOf,
  variablesOf,
} from './harness.ts';

let h: IntakeHarness;
let pdf: Buffer;

beforeAll(async () => {
  h = await startIntakeHarness();
  pdf = await mietbescheinigungPdf({ mieter: 'Ursula Hoffmann' });
});
afterAll(async () => {
  await h?.close();
});

const problemType = /^application\/problem\+json/;

describe('POST /ozg/antraege', () => {
  test('accepted: one case with antrag, dokumente and eingang; the documents download byte for byte', async () => {
    const antrag = beispielAntrag('OZG-T-0001');
    const answer = await post(h, '/ozg/antraege', antragForm(antrag, [
      { name: 'Mietbescheinigung Müller.pdf', content: pdf, type: 'application/pdf' },
      { name: 'ausweis.png', content: PNG, type: 'image/png' },
    ]));
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ antragId: 'OZG-T-0001', status: 'angenommen', dokumente: 2, eingegangenAm: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });

    const instances = await instancesOf(h, 'OZG-T-0001');
    expect(instances).toHaveLength(1);
    const { variables } = instances[0];
    expect(variables.antrag).toEqual(antragSchema.parse(antrag));
    expect(variables.eingang).toEqual({ kanal: 'ozg', eingegangenAm: answer.body.eingegangenAm });
    const dokumente = variables.dokumente as DocumentReference[];
    expect(dokumente).toHaveLength(2);
    expect(dokumente[0]).toMatchObject({ 'camunda.document.type': 'camunda', documentId: expect.any(String), metadata: { fileName: 'Mietbescheinigung Müller.pdf', contentType: 'application/pdf', size: pdf.length, customProperties: { antragId: 'OZG-T-0001' } } });
    expect(dokumente[1]).toMatchObject({ metadata: { fileName: 'ausweis.png', contentType: 'image/png', size: PNG.length } });
    expect(await download(h, dokumente[0])).toEqual(pdf);
    expect(await download(h, dokumente[1])).toEqual(PNG);
    // the contract's messageId, so that the engine refuses a second publication too
    expect(h.port.publications.filter((p) => p.correlationKey === 'OZG-T-0001')).toEqual([
      { name: 'wohngeld.antrag-eingegangen', correlationKey: 'OZG-T-0001', messageId: 'antrag-eingegangen-OZG-T-0001' },
    ]);
  });

  test('the same antragId again: 200 "bereits-eingegangen", nothing uploaded or published, still one case', async () => {
    await post(h, '/ozg/antraege', antragForm(beispielAntrag('OZG-T-0002'), [{ name: 'a.pdf', content: pdf }]));
    const uploads = h.port.uploads.length;
    const publications = h.port.publications.length;
    const first = (await instancesOf(h, 'OZG-T-0002'))[0];

    const again = await post(h, '/ozg/antraege', antragForm(beispielAntrag('OZG-T-0002'), [{ name: 'a.pdf', content: pdf }, { name: 'b.png', content: PNG }]), { authorization: `Bearer ${API_KEY}` });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ antragId: 'OZG-T-0002', status: 'bereits-eingegangen', eingegangenAm: (first.variables.eingang as { eingegangenAm: string }).eingegangenAm });
    expect(h.port.uploads).toHaveLength(uploads);
    expect(h.port.publications).toHaveLength(publications);
    expect(await instancesOf(h, 'OZG-T-0002')).toHaveLength(1);
  });

  test('two concurrent submissions of one application: one 201, one 200, one case', async () => {
    const form = () => antragForm(beispielAntrag('OZG-T-0003'), [{ name: 'a.pdf', content: pdf }]);
    const answers = await Promise.all([post(h, '/ozg/antraege', form()), post(h, '/ozg/antraege', form()), post(h, '/ozg/antraege', form())]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 201]);
    expect(new Set(answers.map((a) => a.body.eingegangenAm)).size).toBe(1);
    expect(await instancesOf(h, 'OZG-T-0003')).toHaveLength(1);
    expect(h.port.publications.filter((p) => p.correlationKey === 'OZG-T-0003')).toHaveLength(1);
  });

  test('files with the same name are both kept, the second renamed', async () => {
    const answer = await post(h, '/ozg/antraege', antragForm(beispielAntrag('OZG-T-0004'), [{ name: 'scan.pdf', content: pdf }, { name: 'SCAN.pdf', content: PNG }]));
    expect(answer.status).toBe(201);
    expect(answer.body.dateien).toEqual([
      expect.objectContaining({ name: 'scan.pdf', contentType: 'application/pdf' }),
      expect.objectContaining({ name: 'SCAN (2).pdf', umbenanntVon: 'SCAN.pdf', contentType: 'image/png' }),
    ]);
    const [instance] = await instancesOf(h, 'OZG-T-0004');
    expect((instance.variables.dokumente as DocumentReference[]).map((d) => d.metadata?.fileName)).toEqual(['scan.pdf', 'SCAN (2).pdf']);
  });

  test('an application without documents is accepted (the case asks for them)', async () => {
    const answer = await post(h, '/ozg/antraege', antragForm(beispielAntrag('OZG-T-0005')));
    expect(answer.status).toBe(201);
    expect(answer.body.dokumente).toBe(0);
    expect((await instancesOf(h, 'OZG-T-0005'))[0].variables.dokumente).toEqual([]);
  });
});

describe('refused submissions start nothing', () => {
  test.each([
    ['no key', {}],
    ['a wrong key', { 'x-api-key': 'falsch-falsch-falsch-falsch' }],
    ['a wrong Bearer key', { authorization: `Bearer ${API_KEY}x` }],
    ['the key in the wrong scheme', { authorization: `Basic ${API_KEY}` }],
  ])('%s: 401 problem', async (_what, headers) => {
    const answer = await post(h, '/ozg/antraege', antragForm(beispielAntrag('OZG-T-0100'), [{ name: 'a.pdf', content: pdf }]), headers);
    expect(answer.status).toBe(401);
    expect(answer.contentType).toMatch(problemType);
    expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(answer.body).toMatchObject({ status: 401, title: 'Nicht angemeldet', detail: expect.stringContaining('API-Schlüssel') });
    expect(await instancesOf(h, 'OZG-T-0100')).toHaveLength(0);
  });

  test('an invalid application: 400 naming each field, in German', async () => {
    const antrag = beispielAntrag('OZG-T-0101');
    delete antrag.eingangsdatum;
    (antrag.haushalt as Record<string, unknown>[])[0].geburtsdatum = '1951-13-45';
    (antrag.wohnung as Record<string, unknown>).verhaeltnis = 'wg-zimmer';
    (antrag as Record<string, unknown>).lieblingsfarbe = 'blau';
    const uploads = h.port.uploads.length;
    const answer = await post(h, '/ozg/antraege', antragForm(antrag, [{ name: 'a.pdf', content: pdf }]));
    expect(answer.status).toBe(400);
    expect(answer.contentType).toMatch(problemType);
    const fehler = answer.body.fehler as { feld: string; meldung: string }[];
    expect(fehler.map((f) => f.feld).sort()).toEqual(['(Antrag)', 'eingangsdatum', 'haushalt[0].geburtsdatum', 'wohnung.verhaeltnis']);
    expect(fehler.find((f) => f.feld === '(Antrag)')?.meldung).toBe('unbekanntes Feld „lieblingsfarbe“');
    expect(fehler.find((f) => f.feld === 'haushalt[0].geburtsdatum')?.meldung).toBe('Geburtsdatum ist kein gültiges Kalenderdatum');
    expect(answer.body.detail).toContain('wohnung.verhaeltnis: verhaeltnis muss miete oder eigentum sein');
    expect(h.port.uploads).toHaveLength(uploads);
    expect(await instancesOf(h, 'OZG-T-0101')).toHaveLength(0);
  });

  test('a missing required object is named as missing', async () => {
    const antrag = beispielAntrag('OZG-T-0102');
    delete antrag.wohnung;
    const answer = await post(h, '/ozg/antraege', antragForm(antrag));
    expect(answer.status).toBe(400);
    expect(answer.body.fehler).toEqual([{ feld: 'wohnung', meldung: 'fehlt' }]);
  });

  test('the antrag part is no JSON: 400 with line and column', async () => {
    const answer = await post(h, '/ozg/antraege', antragForm('{\n  "antragId": "OZG-T-0103",\n  "eingangsdatum": 2025-09-15\n}'));
    expect(answer.status).toBe(400);
    expect(answer.body.detail).toBe('Der Teil „antrag“ ist kein gültiges JSON: Zeile 3, Spalte 24: „,“ oder „}“ erwartet, „-“ gefunden.');
  });

  test('two antrag parts: 400', async () => {
    const form = antragForm(beispielAntrag('OZG-T-0107'));
    form.append('antrag', new Blob([JSON.stringify(beispielAntrag('OZG-T-0108'))]), 'antrag.json');
    const answer = await post(h, '/ozg/antraege', form);
    expect(answer.status).toBe(400);
    expect(answer.body.detail).toBe('Der Teil „antrag“ kommt mehr als einmal vor; eine Einsendung enthält genau einen Antrag.');
    expect(await instancesOf(h, 'OZG-T-0107')).toHaveLength(0);
  });

  test('no antrag part: 400', async () => {
    const answer = await post(h, '/ozg/antraege', filesForm([{ name: 'a.pdf', content: pdf }]));
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ title: 'Antrag fehlt', fehler: [{ feld: 'antrag', meldung: 'fehlt' }] });
  });

  test('a program and random bytes: 415 naming both files, nothing stored', async () => {
    const uploads = h.port.uploads.length;
    const answer = await post(h, '/ozg/antraege', antragForm(beispielAntrag('OZG-T-0104'), [
      { name: 'mietbescheinigung.pdf', content: pdf },
      { name: 'rechnung.exe', content: EXE },
      { name: 'kontoauszug.pdf', content: zufallsBytes(2048) },
    ]));
    expect(answer.status).toBe(415);
    expect(answer.contentType).toMatch(problemType);
    expect(answer.body.dateien).toEqual([
      { datei: 'rechnung.exe', grund: 'Die Datei ist kein PDF, PNG, JPEG oder TIFF (erkannt: Windows-Programm (EXE)).' },
      { datei: 'kontoauszug.pdf', grund: 'Die Datei ist kein PDF, PNG, JPEG oder TIFF.' },
    ]);
    expect(answer.body.detail).toMatch(/„rechnung\.exe“.*„kontoauszug\.pdf“/);
    expect(h.port.uploads).toHaveLength(uploads);
    expect(await instancesOf(h, 'OZG-T-0104')).toHaveLength(0);
  });

  test('an empty file: 400 naming it', async () => {
    const answer = await post(h, '/ozg/antraege', antragForm(beispielAntrag('OZG-T-0105'), [{ name: 'leer.pdf', content: Buffer.alloc(0) }]));
    expect(answer.status).toBe(400);
    expect(answer.body.detail).toContain('„leer.pdf“: Die Datei ist leer.');
  });

  test('not multipart, a broken multipart body, an unknown text part: 400, and the server keeps serving', async () => {
    const json = await post(h, '/ozg/antraege', undefined, { 'x-api-key': API_KEY }, { body: JSON.stringify(beispielAntrag('OZG-T-0106')), contentType: 'application/json' });
    expect(json.status).toBe(400);
    expect(json.body.detail).toContain('multipart/form-data');

    const boundary = 'grenze';
    const truncated = `--${boundary}\r\nContent-Disposition: form-data; name="datei"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7 und dann bricht es ab`;
    const broken = await post(h, '/ozg/antraege', undefined, { 'x-api-key': API_KEY }, { body: truncated, contentType: `multipart/form-data; boundary=${boundary}` });
    expect(broken.status).toBe(400);
    expect(broken.contentType).toMatch(problemType);

    const form = antragForm(beispielAntrag('OZG-T-0106'));
    form.append('bemerkung', 'bitte schnell');
    const unknown = await post(h, '/ozg/antraege', form);
    expect(unknown.status).toBe(400);
    expect(unknown.body.detail).toContain('Der Teil „bemerkung“ ist unbekannt');

    expect((await post(h, '/ozg/antraege', antragForm(beispielAntrag('OZG-T-0106')))).status).toBe(201);
  });
});

describe('a submission that broke off is completed by the next attempt', () => {
  test('engine gone between upload and publication: 503, the retry reuses the uploads and starts one case', async () => {
    h.port.failNextPublications = 1;
    const form = () => antragForm(beispielAntrag('OZG-T-0200'), [{ name: 'a.pdf', content: pdf }, { name: 'b.png', content: PNG }]);
    const failed = await post(h, '/ozg/antraege', form());
    expect(failed.status).toBe(503);
    expect(failed.headers.get('retry-after')).toBe('30');
    expect(failed.body.detail).toContain('noch nicht angenommen');
    expect(await instancesOf(h, 'OZG-T-0200')).toHaveLength(0);
    const uploads = h.port.uploads.length;

    const retry = await post(h, '/ozg/antraege', form());
    expect(retry.status).toBe(201);
    expect(h.port.uploads).toHaveLength(uploads);
    const instances = await instancesOf(h, 'OZG-T-0200');
    expect(instances).toHaveLength(1);
    expect(await download(h, (instances[0].variables.dokumente as DocumentReference[])[1])).toEqual(PNG);
  });

  test('a process that died while holding the application: the retry takes it over', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const other = IntakeLedger.open(h.ledgerFile, { owner: { token: 'gestorben', pid: Number(dead.stdout), host: hostname() } });
    expect(other.claim('OZG-T-0201').kind).toBe('neu');
    other.close();

    const answer = await post(h, '/ozg/antraege', antragForm(beispielAntrag('OZG-T-0201'), [{ name: 'a.pdf', content: pdf }]));
    expect(answer.status).toBe(201);
    expect(await instancesOf(h, 'OZG-T-0201')).toHaveLength(1);
  });

  test('a live process holding the application: 409 with Retry-After, nothing started', async () => {
    const other = IntakeLedger.open(h.ledgerFile, { owner: { token: 'lebt', pid: process.pid, host: hostname() } });
    expect(other.claim('OZG-T-0202').kind).toBe('neu');
    try {
      const answer = await post(h, '/ozg/antraege', antragForm(beispielAntrag('OZG-T-0202')));
      expect(answer.status).toBe(409);
      expect(answer.headers.get('retry-after')).toBe('60');
      expect(answer.body.detail).toContain('wird gerade von einem anderen Vorgang angenommen');
      expect(await instancesOf(h, 'OZG-T-0202')).toHaveLength(0);
    } finally {
      other.close();
    }
  });
});

describe('POST /ozg/antraege/{antragId}/unterlagen', () => {
  test('documents after a Nachforderung reach the waiting case', async () => {
    await post(h, '/ozg/antraege', antragForm(beispielAntrag('OZG-T-0300'), [{ name: 'a.pdf', content: pdf }]));
    const [instance] = await instancesOf(h, 'OZG-T-0300');
    expect(await userTasksOf(h, instance.key)).toEqual([]);

    const answer = await post(h, '/ozg/antraege/OZG-T-0300/unterlagen', filesForm([{ name: 'meldebescheinigung.png', content: PNG }]));
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ antragId: 'OZG-T-0300', status: 'nachgereicht', dokumente: 1 });
    expect(await reachesUserTask(h, instance.key)).toEqual(['pruefen']);
    const nachgereicht = (await variablesOf(h, instance.key)).nachgereichteDokumente as DocumentReference[];
    expect(nachgereicht).toHaveLength(1);
    expect(nachgereicht[0].metadata).toMatchObject({ fileName: 'meldebescheinigung.png', contentType: 'image/png', customProperties: { antragId: 'OZG-T-0300' } });
    expect(await download(h, nachgereicht[0])).toEqual(PNG);
  });

  test('an antragId never received: 404 problem, nothing stored', async () => {
    const uploads = h.port.uploads.length;
    const answer = await post(h, '/ozg/antraege/OZG-T-UNBEKANNT/unterlagen', filesForm([{ name: 'a.pdf', content: pdf }]));
    expect(answer.status).toBe(404);
    expect(answer.contentType).toMatch(problemType);
    expect(answer.body).toMatchObject({ title: 'Antrag unbekannt', detail: expect.stringContaining('„OZG-T-UNBEKANNT“ ist hier nicht eingegangen') });
    expect(h.port.uploads).toHaveLength(uploads);
  });

  test('without a key: 401; without files: 400; a program: 415', async () => {
    await post(h, '/ozg/antraege', antragForm(beispielAntrag('OZG-T-0301')));
    expect((await post(h, '/ozg/antraege/OZG-T-0301/unterlagen', filesForm([{ name: 'a.pdf', content: pdf }]), {})).status).toBe(401);
    expect((await post(h, '/ozg/antraege/OZG-T-0301/unterlagen', filesForm([]))).status).toBe(400);
    const exe = await post(h, '/ozg/antraege/OZG-T-0301/unterlagen', filesForm([{ name: 'x.exe', content: EXE }]));
    expect(exe.status).toBe(415);
    expect(exe.body.detail).toContain('„x.exe“');
  });
});
