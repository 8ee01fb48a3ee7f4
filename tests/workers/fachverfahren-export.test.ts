/**
 * `wohngeld.fachverfahren-export` behind `decideJobAction`, on temp directories: JSON and XML
 * written with the same content, a retried job yielding the one export again, a new decision as a
 * second version, cases the Fachverfahren cannot take as UEBERGABE_ABGELEHNT with nothing written,
 * a directory that cannot be written as a retryable failure, invalid variables as an incident.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decideJobAction } from '../../workers/adapter.ts';
import { fachverfahrenExport } from '../../workers/fachverfahren-export.ts';
import { vergesseKonfiguration } from '../../workers/konfiguration.ts';
import { silentLogger } from '../../workers/logger.ts';
import { entschiedenerFall, type Fall, job } from '../connectors/fall.ts';
import { liesXml, unterschiede } from '../connectors/xml-leser.ts';
import type { DocumentReference } from '../../workers/types.ts';
import { memoryStore } from './memory-store.ts';

const saved = { ...process.env };
let dir: string;
let ausgang: string;
let bewilligt: Fall;
/** the documents port the Bescheid-Entwurf is stored in and downloaded from */
const store = memoryStore();

beforeAll(async () => {
  process.env.WOHNGELD_MIETSTUFE = '2';
  vergesseKonfiguration();
  bewilligt = await entschiedenerFall(store);
});
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fachverfahren-export-'));
  ausgang = path.join(dir, 'fachverfahren-ausgang');
  process.env.WOHNGELD_FACHVERFAHREN_AUSGANG = ausgang;
  process.env.WOHNGELD_MIETSTUFE = '2';
});
afterEach(async () => {
  for (const key of ['WOHNGELD_FACHVERFAHREN_AUSGANG', 'WOHNGELD_MIETSTUFE', 'WOHNGELD_FACHVERFAHREN_URL', 'WOHNGELD_FACHVERFAHREN_TOKEN']) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
  vergesseKonfiguration();
  await rm(dir, { recursive: true, force: true });
});

const exportiere = (variables: object, retries = 3) => decideJobAction(fachverfahrenExport, job(fachverfahrenExport.type, variables as Record<string, unknown>, retries), silentLogger, store);

test('a decided case: the Bescheid-Entwurf as <antragId>.pdf, <antragId>.xml and <antragId>.json in the outbox (created), the same content, the checksum of the JSON', async () => {
  const action = await exportiere(bewilligt);
  expect(action.action).toBe('complete');
  const out = (action as unknown as { variables: { fachverfahrenExport: { antragId: string; dateien: string[]; pruefsumme: string; ergebnis: string } } }).variables.fachverfahrenExport;
  expect(out).toMatchObject({ antragId: 'OZG-2025-000123', weg: 'verzeichnis', dateien: ['OZG-2025-000123.pdf', 'OZG-2025-000123.xml', 'OZG-2025-000123.json'], ergebnis: 'bewilligen' });
  expect((await readdir(ausgang)).sort()).toEqual(['OZG-2025-000123.json', 'OZG-2025-000123.pdf', 'OZG-2025-000123.xml']);
  const bescheid = (bewilligt.bescheidEntwurf as unknown as { dokument: DocumentReference }).dokument;
  expect(await readFile(path.join(ausgang, 'OZG-2025-000123.pdf'))).toEqual(await store.download(bescheid));

  const json = await readFile(path.join(ausgang, 'OZG-2025-000123.json'));
  expect(out.pruefsumme).toBe(createHash('sha256').update(json).digest('hex'));
  const datensatz = JSON.parse(json.toString('utf8'));
  expect(datensatz).toMatchObject({
    antragId: 'OZG-2025-000123',
    entscheidung: { ergebnis: 'bewilligen', wohngeldMonatlich: (bewilligt.berechnung as { wohngeld: number }).wohngeld, bewilligungszeitraum: { von: '2025-03-01', bis: '2026-02-28' } },
    wohnung: { mietstufe: 2, bruttokaltmiete: 600 },
    bankverbindung: { iban: 'DE89370400440532013000' },
  });
  const xml = liesXml(await readFile(path.join(ausgang, 'OZG-2025-000123.xml'), 'utf8'));
  expect(unterschiede(xml, datensatz)).toEqual([]);
});

test('the same job twice yields the same single export, not rewritten', async () => {
  const erst = await exportiere(bewilligt);
  const vorher = await stat(path.join(ausgang, 'OZG-2025-000123.json'));
  const nochmal = await exportiere(structuredClone(bewilligt));
  expect(nochmal).toEqual(erst);
  expect(await readdir(ausgang)).toHaveLength(3);
  const nachher = await stat(path.join(ausgang, 'OZG-2025-000123.json'));
  expect([nachher.ino, nachher.mtimeMs]).toEqual([vorher.ino, vorher.mtimeMs]);
});

test('decided again with another result: a second version next to the first; a retry of either finds its own', async () => {
  const erst = await exportiere(bewilligt);
  const neu = { ...bewilligt, entscheidung: { ...bewilligt.entscheidung, begruendung: 'Nach Klärung der Miete: Voraussetzungen liegen vor.', entschiedenAm: '2025-04-20' } };
  const zweit = await exportiere(neu);
  expect(zweit).toMatchObject({ action: 'complete', variables: { fachverfahrenExport: { dateien: ['OZG-2025-000123.v2.pdf', 'OZG-2025-000123.v2.xml', 'OZG-2025-000123.v2.json'] } } });
  expect(await exportiere(neu)).toEqual(zweit);
  expect(await exportiere(bewilligt)).toEqual(erst);
  expect((await readdir(ausgang)).sort()).toEqual(['OZG-2025-000123.json', 'OZG-2025-000123.pdf', 'OZG-2025-000123.v2.json', 'OZG-2025-000123.v2.pdf', 'OZG-2025-000123.v2.xml', 'OZG-2025-000123.xml']);
  expect(JSON.parse(await readFile(path.join(ausgang, 'OZG-2025-000123.json'), 'utf8')).entscheidung.entschiedenAm).toBe('2025-04-02');
});

test('a correction the caseworker gave no reason for (null from the form) is handed over without one', async () => {
  const korrekturen = [{ pfad: 'bruttokaltmiete', wert: 600, begruendung: null }, { pfad: 'mitglieder.m3.freibetraege.schwerbehindert', wert: true, begruendung: '  ' }];
  expect(await exportiere({ ...bewilligt, korrekturen })).toMatchObject({ action: 'complete' });
  const json = JSON.parse(await readFile(path.join(ausgang, 'OZG-2025-000123.json'), 'utf8'));
  expect(json.korrekturen).toEqual([
    { pfad: 'bruttokaltmiete', wert: 600 },
    { pfad: 'mitglieder.m3.freibetraege.schwerbehindert', wert: true },
  ]);
});

test('a rejection and a refusal (versagen, without calculation and Bescheid) are handed over without bank account', async () => {
  const abgelehnt = await entschiedenerFall(store, 'ablehnen');
  expect(await exportiere(abgelehnt)).toMatchObject({ action: 'complete', variables: { fachverfahrenExport: { ergebnis: 'ablehnen' } } });
  const versagt = await entschiedenerFall(store, 'versagen');
  // a calculation that could not run is null in the process
  expect(await exportiere({ ...versagt, berechnung: null, bescheidEntwurf: null, haushaltsmodell: null, korrekturen: null })).toMatchObject({ action: 'complete', variables: { fachverfahrenExport: { ergebnis: 'versagen' } } });
  const json = JSON.parse(await readFile(path.join(ausgang, 'OZG-2025-000123.v2.json'), 'utf8'));
  expect(json.entscheidung.ergebnis).toBe('versagen');
  expect(json).not.toHaveProperty('bankverbindung');
  expect(json).not.toHaveProperty('berechnung');
});

describe('UEBERGABE_ABGELEHNT: the reasons in uebergabeFehler, nothing written', () => {
  const abgelehnt = async (variables: object, gruende: (string | RegExp)[]) => {
    const action = await exportiere(variables);
    expect(action).toMatchObject({ action: 'error', errorCode: 'UEBERGABE_ABGELEHNT', errorMessage: expect.stringMatching(/^Das Fachverfahren kann den Fall OZG-2025-000123 nicht übernehmen: /) });
    const erhalten = (action as unknown as { variables: { uebergabeFehler: { gruende: string[] } } }).variables.uebergabeFehler.gruende;
    expect(erhalten).toHaveLength(gruende.length);
    gruende.forEach((grund, i) => expect(erhalten[i]).toMatch(grund));
    await expect(readdir(ausgang)).rejects.toMatchObject({ code: 'ENOENT' });
  };

  test('approval without bank account', async () => {
    const { bankverbindung: _, ...antrag } = bewilligt.antrag;
    await abgelehnt({ ...bewilligt, antrag }, [/^bankverbindung: Für die Bewilligung fehlt die Bankverbindung \(antrag\.bankverbindung\)/]);
  });

  test('an IBAN whose check digits are wrong', async () => {
    await abgelehnt({ ...bewilligt, antrag: { ...bewilligt.antrag, bankverbindung: { iban: 'DE89370400440532013001', kontoinhaber: 'Katrin Schneider' } } }, [/^bankverbindung\.iban: Die IBAN DE89370400440532013001 ist ungültig: die Prüfziffer stimmt nicht/]);
  });

  test('approval of 0 €, and approval without calculation', async () => {
    await abgelehnt({ ...bewilligt, berechnung: { ...bewilligt.berechnung, wohngeld: 0, anspruch: false } }, [/^entscheidung\.wohngeldMonatlich: Eine Bewilligung braucht einen Wohngeldbetrag über 0 €/]);
    await abgelehnt({ ...bewilligt, berechnung: null }, [/^entscheidung\.wohngeldMonatlich: Für die Bewilligung fehlt die Berechnung/]);
  });

  test('approval without approval period', async () => {
    const { bewilligungszeitraum: _, ...bescheidEntwurf } = bewilligt.bescheidEntwurf!;
    await abgelehnt({ ...bewilligt, bescheidEntwurf }, [/^entscheidung\.bewilligungszeitraum: Für die Bewilligung fehlt der Bewilligungszeitraum/]);
  });
});

test('an outbox that cannot be written: a retryable failure naming the setting and the directory', async () => {
  const datei = path.join(dir, 'keinVerzeichnis');
  await writeFile(datei, 'x');
  process.env.WOHNGELD_FACHVERFAHREN_AUSGANG = path.join(datei, 'ausgang');
  const action = await exportiere(bewilligt);
  expect(action).toEqual({
    action: 'fail',
    retries: 2,
    retryBackOffMs: 30_000,
    errorMessage: `WOHNGELD_FACHVERFAHREN_AUSGANG: Das Verzeichnis „${path.join(datei, 'ausgang')}“ kann nicht angelegt werden (ein Teil des Pfads ist kein Verzeichnis, ENOTDIR).`,
  });
});

test('a wrong WOHNGELD_MIETSTUFE (needed when the model has none): a retryable failure naming it', async () => {
  process.env.WOHNGELD_MIETSTUFE = 'acht';
  expect(await exportiere(bewilligt)).toMatchObject({ action: 'fail', retries: 2, errorMessage: expect.stringMatching(/^WOHNGELD_MIETSTUFE: "acht" ist keine Mietstufe/) });
});

test('invalid variables: an incident naming the field, nothing written', async () => {
  const { antrag: _, ...ohneAntrag } = bewilligt;
  expect(await exportiere(ohneAntrag)).toMatchObject({ action: 'fail', retries: 0, errorMessage: expect.stringMatching(/^Ungültige Eingabe für Jobtyp „wohngeld\.fachverfahren-export“: .*antrag/) });
  expect(await exportiere({ ...bewilligt, entscheidung: { ergebnis: 'vielleicht', begruendung: 'x' } })).toMatchObject({ action: 'fail', retries: 0, errorMessage: expect.stringContaining('entscheidung.ergebnis: ergebnis muss eine von bewilligen, ablehnen, versagen sein') });
  expect(await exportiere({ ...bewilligt, entscheidung: { ergebnis: 'bewilligen', begruendung: '   ' } })).toMatchObject({ action: 'fail', retries: 0, errorMessage: expect.stringContaining('entscheidung.begruendung') });
  await expect(readdir(ausgang)).rejects.toMatchObject({ code: 'ENOENT' });
});

describe('WOHNGELD_FACHVERFAHREN_URL: the JSON POSTed to the Fachverfahren instead (loopback server)', () => {
  interface Anfrage {
    method?: string;
    url?: string;
    headers: IncomingHttpHeaders;
    body: string;
  }
  let server: Server;
  let anfragen: Anfrage[];
  let antwort: { status: number; contentType?: string; body?: string; location?: string };

  beforeEach(async () => {
    anfragen = [];
    antwort = { status: 201 };
    server = createServer((req, res) => {
      const teile: Buffer[] = [];
      req.on('data', (c: Buffer) => teile.push(c));
      req.on('end', () => {
        anfragen.push({ method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(teile).toString('utf8') });
        res.writeHead(antwort.status, { ...(antwort.contentType ? { 'content-type': antwort.contentType } : {}), ...(antwort.location ? { location: antwort.location } : {}) });
        res.end(antwort.body ?? '');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    process.env.WOHNGELD_FACHVERFAHREN_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/wohngeld/faelle?schluessel=geheim`;
  });
  afterEach(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const adresse = () => process.env.WOHNGELD_FACHVERFAHREN_URL!.replace('?schluessel=geheim', '');

  test('2xx: taken; the body is the JSON the directory would get, the checksum its Idempotency-Key, no file written', async () => {
    process.env.WOHNGELD_FACHVERFAHREN_TOKEN = 'tok-123';
    const action = await exportiere(bewilligt);
    expect(action).toMatchObject({ action: 'complete', variables: { fachverfahrenExport: { antragId: 'OZG-2025-000123', weg: 'http', dateien: [], ergebnis: 'bewilligen' } } });
    const { pruefsumme } = (action as unknown as { variables: { fachverfahrenExport: { pruefsumme: string } } }).variables.fachverfahrenExport;
    expect(anfragen).toHaveLength(1);
    const [anfrage] = anfragen;
    expect(anfrage).toMatchObject({ method: 'POST', url: '/wohngeld/faelle?schluessel=geheim', headers: { 'content-type': 'application/json; charset=utf-8', 'idempotency-key': pruefsumme, authorization: 'Bearer tok-123' } });
    expect(createHash('sha256').update(anfrage.body).digest('hex')).toBe(pruefsumme);
    expect(JSON.parse(anfrage.body)).toMatchObject({ antragId: 'OZG-2025-000123', entscheidung: { ergebnis: 'bewilligen' }, bankverbindung: { iban: 'DE89370400440532013000' } });
    await expect(readdir(ausgang)).rejects.toMatchObject({ code: 'ENOENT' });
    // a retry sends the same body under the same key
    await exportiere(bewilligt);
    expect(anfragen[1].headers['idempotency-key']).toBe(pruefsumme);
    expect(anfragen[1].body).toBe(anfrage.body);
  });

  test('4xx about the case: UEBERGABE_ABGELEHNT with the reasons of the answer', async () => {
    antwort = { status: 422, contentType: 'application/problem+json', body: JSON.stringify({ title: 'Unprocessable', detail: 'Kontoinhaber weicht vom Antragsteller ab.' }) };
    expect(await exportiere(bewilligt)).toEqual({
      action: 'error',
      errorCode: 'UEBERGABE_ABGELEHNT',
      errorMessage: 'Das Fachverfahren hat den Fall OZG-2025-000123 abgelehnt: Fachverfahren (HTTP 422): Kontoinhaber weicht vom Antragsteller ab.',
      variables: { uebergabeFehler: { gruende: ['Fachverfahren (HTTP 422): Kontoinhaber weicht vom Antragsteller ab.'] } },
    });
    antwort = { status: 409, contentType: 'application/json', body: JSON.stringify({ gruende: ['Fall ist bereits abgeschlossen.', 'Aktenzeichen gesperrt.'] }) };
    expect(await exportiere(bewilligt)).toMatchObject({ action: 'error', variables: { uebergabeFehler: { gruende: ['Fachverfahren (HTTP 409): Fall ist bereits abgeschlossen.', 'Fachverfahren (HTTP 409): Aktenzeichen gesperrt.'] } } });
    antwort = { status: 400, contentType: 'text/plain', body: 'Feld haushalt fehlt\n' };
    expect(await exportiere(bewilligt)).toMatchObject({ action: 'error', variables: { uebergabeFehler: { gruende: ['Fachverfahren (HTTP 400): Feld haushalt fehlt'] } } });
  });

  test('a case breaking the rules is refused before any request', async () => {
    const { bankverbindung: _, ...antrag } = bewilligt.antrag;
    expect(await exportiere({ ...bewilligt, antrag })).toMatchObject({ action: 'error', errorCode: 'UEBERGABE_ABGELEHNT' });
    expect(anfragen).toHaveLength(0);
  });

  test('5xx, overload, wrong address or access: retryable failures naming the setting and the address (without its query)', async () => {
    antwort = { status: 503, body: 'Wartung bis 18 Uhr' };
    expect(await exportiere(bewilligt)).toEqual({ action: 'fail', retries: 2, retryBackOffMs: 30_000, errorMessage: `WOHNGELD_FACHVERFAHREN_URL: Das Fachverfahren unter ${adresse()} meldet einen Fehler (HTTP 503): Wartung bis 18 Uhr.` });
    antwort = { status: 429 };
    expect(await exportiere(bewilligt)).toMatchObject({ action: 'fail', retries: 2, errorMessage: `WOHNGELD_FACHVERFAHREN_URL: Das Fachverfahren unter ${adresse()} ist überlastet (HTTP 429); später erneut versuchen.` });
    antwort = { status: 401, contentType: 'application/json', body: '{"error":"Token ungültig"}' };
    expect(await exportiere(bewilligt)).toMatchObject({ action: 'fail', retries: 2, errorMessage: `WOHNGELD_FACHVERFAHREN_URL: Das Fachverfahren unter ${adresse()} weist die Anfrage zurück (HTTP 401): Token ungültig; Adresse und Zugang (WOHNGELD_FACHVERFAHREN_TOKEN) prüfen.` });
    antwort = { status: 404 };
    expect(await exportiere(bewilligt)).toMatchObject({ action: 'fail', retries: 2, errorMessage: expect.stringContaining('(HTTP 404)') });
    // a redirect is not followed: the POST must not land somewhere nobody configured
    antwort = { status: 308, location: 'https://anderswo.example/import' };
    expect(await exportiere(bewilligt)).toMatchObject({ action: 'fail', retries: 2, errorMessage: `WOHNGELD_FACHVERFAHREN_URL: Das Fachverfahren unter ${adresse()} leitet um (HTTP 308 nach https://anderswo.example/import); die Einstellung auf die Zieladresse setzen.` });
    expect(anfragen).toHaveLength(5);
  });

  test('nobody listening: a retryable failure naming the address', async () => {
    // closed here; closing it again in afterEach only reports that it is not running
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(await exportiere(bewilligt)).toMatchObject({ action: 'fail', retries: 2, errorMessage: `WOHNGELD_FACHVERFAHREN_URL: Das Fachverfahren unter ${adresse()} ist nicht erreichbar (ECONNREFUSED).` });
  });

  test('a setting that is no http address: a retryable failure naming it', async () => {
    process.env.WOHNGELD_FACHVERFAHREN_URL = 'ftp://fachverfahren.intern/import';
    expect(await exportiere(bewilligt)).toMatchObject({ action: 'fail', retries: 2, errorMessage: 'WOHNGELD_FACHVERFAHREN_URL: „ftp://fachverfahren.intern/import“ ist keine http- oder https-Adresse.' });
    process.env.WOHNGELD_FACHVERFAHREN_URL = 'fachverfahren';
    expect(await exportiere(bewilligt)).toMatchObject({ action: 'fail', errorMessage: 'WOHNGELD_FACHVERFAHREN_URL: „fachverfahren“ ist keine gültige Adresse (http:// oder https://).' });
    expect(anfragen).toHaveLength(0);
  });
});
