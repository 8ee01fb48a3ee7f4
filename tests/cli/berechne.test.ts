/**
 * `wohngeld berechne` as a user runs it (spawned): the README's example, the steps as text, and
 * wrong input ending with exit code 1 and the field named, never a stack trace.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanEnv, runCli, stackTraceLine } from './run-cli.ts';

const BEISPIEL = {
  stichtag: '2025-03-01',
  mietstufe: 5,
  bruttokaltmiete: 600,
  haushalt: [{ name: 'A', einkommen: [{ art: 'nichtselbststaendig', jahresbetrag: 16800 }], abzuege: { steuern: true, krankenversicherung: true, rentenversicherung: true }, freibetraege: { schwerbehindert: false } }],
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'wohngeld-berechne-'));
  await writeFile(path.join(dir, 'fall.json'), JSON.stringify(BEISPIEL));
  const { mietstufe: _, ...ohneStufe } = BEISPIEL;
  await writeFile(path.join(dir, 'ohne-stufe.json'), JSON.stringify(ohneStufe));
  await writeFile(path.join(dir, 'falsch.json'), JSON.stringify({ ...BEISPIEL, mietstufe: 8, haushalt: [{ ...BEISPIEL.haushalt[0], einkommen: [{ art: 'lotto', jahresbetrag: 1 }] }] }));
  await writeFile(path.join(dir, 'kaputt.json'), '{"stichtag": ');
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('wohngeld berechne', () => {
  test('--json: the README example gives 368 € with M, Y, Höchstbetrag and the steps', async () => {
    const r = await runCli(['berechne', 'fall.json', '--json'], { cwd: dir, env: cleanEnv() });
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result).toMatchObject({ wohngeld: 368, anspruch: true, M: 691.6, Y: 908.25, hoechstbetrag: 562 });
    expect(result.schritte.length).toBeGreaterThan(10);
  }, 60_000);

  test('without --json: the steps as German text with their paragraphs', async () => {
    const r = await runCli(['berechne', 'fall.json'], { cwd: dir, env: cleanEnv() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[§ 12 Abs. 1 WoGG, Anlage 1]');
    expect(r.stdout).toContain('Ergebnis: 368 € Wohngeld monatlich.');
  }, 60_000);

  test('the Mietstufe from WOHNGELD_MIETSTUFE when the file has none', async () => {
    const r = await runCli(['berechne', 'ohne-stufe.json', '--json'], { cwd: dir, env: { ...cleanEnv(), WOHNGELD_MIETSTUFE: 'V' } });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).wohngeld).toBe(368);
  }, 60_000);

  test.each([
    ['falsch.json', /mietstufe: muss zwischen 1 und 7 liegen[\s\S]*haushalt\[0\]\.einkommen\[0\]\.art: unbekannte Einkommensart "lotto"/],
    ['kaputt.json', /kaputt\.json: kein gültiges JSON/],
    ['fehlt.json', /fehlt\.json: Datei nicht gefunden/],
    ['ohne-stufe.json', /mietstufe: fehlt \(und keine Mietstufe konfiguriert/],
  ])('%s: exit 1, the problem named, no stack trace', async (file, message) => {
    const r = await runCli(['berechne', file], { cwd: dir, env: cleanEnv() });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(stackTraceLine);
  }, 60_000);
});
