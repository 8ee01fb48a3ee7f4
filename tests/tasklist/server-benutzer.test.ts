/**
 * The tasklist's user list in embedded mode: created on the first start with a password that
 * works, kept on the next, taken from WOHNGELD_TASKLIST_BENUTZER, only in memory for an engine in
 * memory; a wrong file is a German error naming the file and the entry.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ladeBenutzerliste, leseBenutzerliste, TasklistKonfigurationsFehler } from '../../tasklist/server/benutzer.ts';
import { openTasklist } from '../../tasklist/server/index.ts';
import { hashPasswort, pruefePasswort } from '../../tasklist/server/passwort.ts';
import { startWebServer } from '../../connectors/web-server.ts';
import { createClient } from '../../workers/client.ts';
import { browser, cookieAus } from './server-harness.ts';

let dir: string;
let hash: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'wohngeld-tasklist-'));
  hash = await hashPasswort('ein-gutes-passwort');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The client is never called here: sign-in in embedded mode needs only the list. */
const client = createClient({ embeddedEngineUrl: 'http://127.0.0.1:9', env: {} });

describe('the first start', () => {
  test('creates the list with „sachbearbeitung“ and a random password in tasklist-startpasswort (0600), both only for the owner', async () => {
    const dataDir = path.join(dir, 'neu');
    const liste = await ladeBenutzerliste({ env: {}, dataDir });
    expect(liste.quelle).toBe('neu');
    const datei = path.join(dataDir, 'tasklist-benutzer.json');
    const passwortDatei = path.join(dataDir, 'tasklist-startpasswort');
    const passwort = (await readFile(passwortDatei, 'utf8')).trim();
    expect(passwort).toMatch(/^[A-Za-z0-9]{24}$/);
    expect((await stat(passwortDatei)).mode & 0o777).toBe(0o600);
    expect((await stat(datei)).mode & 0o777).toBe(0o600);

    const gespeichert = JSON.parse(await readFile(datei, 'utf8'));
    expect(gespeichert).toEqual([{ benutzer: 'sachbearbeitung', name: 'Sachbearbeitung', gruppen: ['wohngeld-sachbearbeitung'], passwort: expect.stringMatching(/^scrypt\$/) }]);
    expect(await pruefePasswort(passwort, gespeichert[0].passwort)).toBe(true);
    expect(JSON.stringify(gespeichert)).not.toContain(passwort);

    // the next start keeps it
    const wieder = await ladeBenutzerliste({ env: {}, dataDir });
    expect(wieder).toMatchObject({ quelle: 'datei', datei, startpasswortDatei: passwortDatei });
    expect(wieder.eintraege).toEqual(gespeichert);
  });

  test('the start line names user and password file; signing in with that password works', async () => {
    const dataDir = path.join(dir, 'start');
    const tasklist = await openTasklist({ client, modus: 'eingebettet', dataDir, env: {}, anzeigePfad: (d) => path.relative(dir, d) });
    const web = await startWebServer({ port: 0, routes: tasklist.routes, logError: () => undefined });
    try {
      expect(tasklist.startMeldung(web.url)).toBe(
        `Tasklist: ${web.url}/tasklist/ (Anmeldung als „sachbearbeitung“, Passwort in start/tasklist-startpasswort; Benutzer in start/tasklist-benutzer.json neu angelegt).`,
      );
      const passwort = (await readFile(path.join(dataDir, 'tasklist-startpasswort'), 'utf8')).trim();
      const r = await fetch(`${web.url}/tasklist/api/anmeldung`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ benutzer: 'sachbearbeitung', passwort }) });
      expect(r.status).toBe(200);
      expect(await r.json()).toMatchObject({ benutzer: { id: 'sachbearbeitung', name: 'Sachbearbeitung', gruppen: ['wohngeld-sachbearbeitung'] }, modus: 'eingebettet' });
      expect((await browser({ web }, cookieAus(r.headers)).get('/tasklist/api/sitzung')).status).toBe(200);
    } finally {
      await web.close();
      tasklist.close();
    }
    const wieder = await openTasklist({ client, modus: 'eingebettet', dataDir, env: {}, anzeigePfad: (d) => path.relative(dir, d) });
    expect(wieder.startMeldung('http://127.0.0.1:8081')).toBe('Tasklist: http://127.0.0.1:8081/tasklist/ (1 Benutzer aus start/tasklist-benutzer.json; Startpasswort in start/tasklist-startpasswort).');
    wieder.close();
  });

  test('with an engine in memory nothing is written; the password is only printed', async () => {
    const dataDir = path.join(dir, 'fluechtig');
    const tasklist = await openTasklist({ client, modus: 'eingebettet', dataDir, volatile: true, env: {} });
    const meldung = tasklist.startMeldung('http://127.0.0.1:8081');
    tasklist.close();
    const passwort = /mit dem Passwort ([A-Za-z0-9]{24}) –/.exec(meldung)?.[1];
    expect(passwort).toBeDefined();
    await expect(stat(dataDir)).rejects.toMatchObject({ code: 'ENOENT' });
    const liste = await ladeBenutzerliste({ env: {}, dataDir, volatile: true });
    expect(liste.quelle).toBe('fluechtig');
  });
});

describe('WOHNGELD_TASKLIST_BENUTZER', () => {
  test('names the list (relative to the working directory); a missing file is an error naming it', async () => {
    await writeFile(path.join(dir, 'team.json'), JSON.stringify([{ benutzer: 'mmueller', name: 'Maria Müller', gruppen: ['wohngeld-sachbearbeitung', 'leitung'], passwort: hash }]));
    const liste = await ladeBenutzerliste({ env: { WOHNGELD_TASKLIST_BENUTZER: 'team.json' }, dataDir: path.join(dir, 'unbenutzt'), cwd: dir });
    expect(liste).toMatchObject({ quelle: 'umgebung', datei: path.join(dir, 'team.json') });
    expect(liste.eintraege[0]).toMatchObject({ benutzer: 'mmueller', gruppen: ['wohngeld-sachbearbeitung', 'leitung'] });
    await expect(stat(path.join(dir, 'unbenutzt'))).rejects.toMatchObject({ code: 'ENOENT' });

    await expect(ladeBenutzerliste({ env: { WOHNGELD_TASKLIST_BENUTZER: 'fehlt.json' }, dataDir: dir, cwd: dir })).rejects.toThrow(
      new TasklistKonfigurationsFehler(`WOHNGELD_TASKLIST_BENUTZER nennt ${path.join(dir, 'fehlt.json')}, doch die Datei gibt es nicht.`),
    );
  });
});

describe('a wrong list', () => {
  const fehler = (inhalt: unknown) => {
    try {
      leseBenutzerliste(typeof inhalt === 'string' ? inhalt : JSON.stringify(inhalt, null, 2), '/amt/tasklist-benutzer.json');
    } catch (error) {
      expect(error).toBeInstanceOf(TasklistKonfigurationsFehler);
      return (error as Error).message;
    }
    throw new Error('kein Fehler');
  };

  test('names the file and every wrong entry with its number and user name', () => {
    const meldung = fehler([
      { benutzer: 'mmueller', name: 'Maria Müller', gruppen: ['wohngeld-sachbearbeitung'], passwort: hash },
      { benutzer: 'kklein', name: 'Karl Klein', gruppen: ['wohngeld-sachbearbeitung'], passwort: 'geheim' },
      { benutzer: 'o weh', name: '', gruppen: 'alle', passwort: hash },
      { benutzer: 'mmueller', name: 'Noch einmal', gruppen: [], passwort: hash },
      { benutzer: 'lleer', name: 'Lea Leer', gruppen: [], password: 'klartext', passwort: hash },
      'kein Objekt',
    ]);
    expect(meldung).toBe(
      [
        'Die Benutzerliste der Tasklist /amt/tasklist-benutzer.json ist fehlerhaft:',
        '  Eintrag 2 („kklein“): „passwort“ ist kein scrypt-Hash der Form „scrypt$N$r$p$Salz$Hash“ (mit „wohngeld passwort-hash“ erzeugen)',
        '  Eintrag 3 („o weh“): „benutzer“ darf nur Buchstaben, Ziffern und . _ @ - enthalten (höchstens 64 Zeichen, ohne Leerzeichen)',
        '  Eintrag 3 („o weh“): „name“ ist leer',
        '  Eintrag 3 („o weh“): „gruppen“ fehlt oder ist keine Liste',
        '  Eintrag 4 („mmueller“): der Benutzer steht schon in Eintrag 1',
        '  Eintrag 5 („lleer“): unbekanntes Feld „password“ (Passwörter nur als Hash im Feld „passwort“)',
        '  Eintrag 6: ist kein Objekt',
      ].join('\n'),
    );
  });

  test('not JSON: the place; not a list; an empty list', () => {
    expect(fehler('[{"benutzer": "a",}]')).toBe('Die Benutzerliste der Tasklist /amt/tasklist-benutzer.json ist kein gültiges JSON (Zeile 1, Spalte 19: Feldname in Anführungszeichen erwartet, „}“ gefunden).');
    expect(fehler({ benutzer: 'a' })).toMatch(/^Die Benutzerliste der Tasklist \/amt\/tasklist-benutzer.json muss eine JSON-Liste sein/);
    expect(fehler([])).toBe('Die Benutzerliste der Tasklist /amt/tasklist-benutzer.json ist leer: niemand könnte sich anmelden.');
  });

  test('openTasklist refuses to start with it', async () => {
    const dataDir = path.join(dir, 'kaputt');
    await ladeBenutzerliste({ env: {}, dataDir });
    await writeFile(path.join(dataDir, 'tasklist-benutzer.json'), '[{"benutzer": "x"}]');
    await expect(openTasklist({ client, modus: 'eingebettet', dataDir, env: {} })).rejects.toThrow(/tasklist-benutzer\.json ist fehlerhaft:\n {2}Eintrag 1 \(„x“\): „name“ fehlt oder ist kein Text/);
  });
});

describe('passwords', () => {
  test('a hash checks its own password only; a damaged hash checks none', async () => {
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await pruefePasswort('ein-gutes-passwort', hash)).toBe(true);
    expect(await pruefePasswort('ein-gutes-passwort ', hash)).toBe(false);
    expect(await pruefePasswort('ein-gutes-passwort', hash.slice(0, -4) + 'AAAA')).toBe(false);
    expect(await pruefePasswort('ein-gutes-passwort', 'scrypt$kaputt')).toBe(false);
    expect(await hashPasswort('ein-gutes-passwort')).not.toBe(hash);
  });
});
