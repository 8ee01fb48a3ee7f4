/**
 * `wohngeld analyze` as a user runs it (spawned `node bin/wohngeld.js analyze …`): JSON lines in
 * the catalog's shape, a German table, an unreadable file in its own line while the others go on,
 * exit codes, and the LLM switch.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyzedDocumentSchema } from '../../wohngeld/catalog.ts';
import { startFakeLlm } from '../docai-llm/fake-llm.ts';
import { mietbescheinigungPdf, zufallsBytes } from '../workers/beispiel-dokumente.ts';
import { cleanEnv, runCli, stackTraceLine } from './run-cli.ts';

/** Per test: the first document read starts the intake pool. */
const TIMEOUT = 120_000;

let dir: string;

/** Without LLM settings of the machine the tests run on. */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const base = cleanEnv();
  for (const name of Object.keys(base)) if (name.startsWith('LLM_') || name.startsWith('OPENAI_')) delete base[name];
  return { ...base, ...extra };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'wohngeld-analyze-'));
  await writeFile(path.join(dir, 'miete.pdf'), await mietbescheinigungPdf());
  await writeFile(path.join(dir, 'miete-2.pdf'), await mietbescheinigungPdf({ mieter: 'Erika Mustermann', gesamtmiete: '700,00 €' }));
  await writeFile(path.join(dir, 'rauschen.pdf'), zufallsBytes());
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('wohngeld analyze', () => {
  test('--json: one line per file in the order given, the catalog shape, errors in their own line; exit 1', async () => {
    const r = await runCli(['analyze', '--json', 'miete.pdf', 'rauschen.pdf', 'fehlt.pdf', path.join(dir, 'miete-2.pdf')], { cwd: dir, env: env() });
    expect(r.stderr).not.toMatch(stackTraceLine);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    const [first, second, third, fourth] = lines.map((l) => JSON.parse(l));

    const document = analyzedDocumentSchema.strict().parse(first);
    expect(Object.keys(first)).toEqual(['file', 'documentType', 'confidence', 'pages', 'source', 'fields', 'warnings']);
    expect(document).toMatchObject({ file: 'miete.pdf', documentType: 'mietbescheinigung', pages: 2, source: 'text-layer' });
    expect(document.fields.gesamtmiete).toMatchObject({ value: 612.5, page: 2, text: expect.stringContaining('612,50') });

    expect(second).toEqual({ file: 'rauschen.pdf', error: expect.stringContaining('Dateiformat wird nicht unterstützt') });
    expect(third).toEqual({ file: 'fehlt.pdf', error: 'Datei nicht gefunden.' });
    expect(analyzedDocumentSchema.parse(fourth)).toMatchObject({ file: path.join(dir, 'miete-2.pdf'), documentType: 'mietbescheinigung' });
    expect(fourth.fields.gesamtmiete?.value).toBe(700);

    // progress on stderr, one line per file, and a summary
    expect(r.stderr.match(/^\[\d\/4\] /gm)).toHaveLength(4);
    expect(r.stderr).toContain('2 von 4 Dateien gelesen, 2 nicht lesbar');
  }, TIMEOUT);

  test('a German table, exit 0 when every file was read', async () => {
    const r = await runCli(['analyze', 'miete.pdf'], { cwd: dir, env: env() });
    expect(r.code).toBe(0);
    const [header, rule, row] = r.stdout.split('\n');
    expect(header).toMatch(/^Datei\s+Dokumenttyp\s+Konfidenz\s+Quelle\s+Felder\s+Warnungen$/);
    expect(rule).toMatch(/^─+/);
    expect(row).toMatch(/^miete\.pdf\s+mietbescheinigung\s+\d+ %\s+Textebene\s+\d+ von 10\s+\d+$/);
    expect(r.stdout).toContain('miete.pdf – Mietbescheinigung, 2 Seiten:');
    expect(r.stdout).toMatch(/Gesamtmiete:\s+612,50 €\s+\(\d+ %, S\. 2: „[^“]*612,50[^“]*“\)/);
    // a single file: no progress lines
    expect(r.stderr).toBe('');
  }, TIMEOUT);

  test('the table marks an unreadable file and goes on', async () => {
    const r = await runCli(['analyze', 'rauschen.pdf', 'miete.pdf'], { cwd: dir, env: env() });
    expect(r.code).toBe(1);
    const rows = r.stdout.split('\n');
    expect(rows[2]).toMatch(/^rauschen\.pdf\s+–\s+–\s+–\s+–\s+nicht lesbar: Dateiformat wird nicht unterstützt/);
    expect(rows[3]).toMatch(/^miete\.pdf\s+mietbescheinigung/);
  }, TIMEOUT);

  test('without files: a usage error', async () => {
    const r = await runCli(['analyze', '--json'], { cwd: dir, env: env() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Keine Datei angegeben');
  }, TIMEOUT);

  test('help lists the option and the exit codes', async () => {
    const r = await runCli(['help', 'analyze'], { env: env() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Aufruf: wohngeld analyze DATEI... [--json]');
    expect(r.stdout).toContain('--json');
    expect(r.stdout).toContain('Exit-Code: 0');
  }, TIMEOUT);

  test('LLM_MODEL without LLM_BASE_URL stops with a German message before any file is read', async () => {
    const r = await runCli(['analyze', 'miete.pdf'], { cwd: dir, env: env({ LLM_MODEL: 'gpt-4o-mini' }) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('LLM_MODEL ist gesetzt, LLM_BASE_URL aber nicht');
    expect(r.stdout).toBe('');
  }, TIMEOUT);

  test('with an LLM configured: the endpoint is named once on stderr, and its verified opinion is used', async () => {
    const llm = await startFakeLlm();
    try {
      llm.reply = {
        kind: 'json',
        content: {
          documentType: 'mietbescheinigung',
          fields: Object.fromEntries(
            ['mieter_name', 'vermieter_name', 'anschrift', 'wohnflaeche', 'einzugsdatum', 'grundmiete', 'nebenkosten', 'heizkosten', 'gesamtmiete', 'bewohner_anzahl'].map((id) => [
              id,
              id === 'gesamtmiete' ? { value: 999, evidence: '999,00 €', page: 2 } : { value: null, evidence: null, page: null },
            ]),
          ),
        },
      };
      const r = await runCli(['analyze', '--json', 'miete.pdf', 'miete-2.pdf'], { cwd: dir, env: env({ LLM_MODEL: 'lokal', LLM_BASE_URL: llm.baseURL }) });
      expect(r.code).toBe(0);
      expect(r.stderr.match(/Sprachmodell eingeschaltet/g)).toHaveLength(1);
      expect(r.stderr).toContain(`Modell „lokal“ unter ${llm.baseURL}`);
      expect(llm.requests).toHaveLength(2);
      const first = analyzedDocumentSchema.parse(JSON.parse(r.stdout.split('\n')[0]));
      expect(first.fields.gesamtmiete?.value).toBe(612.5);
      expect(first.warnings).toContainEqual(expect.stringContaining('„999,00 €“ steht aber nicht im Dokument; der Wert wurde verworfen'));
    } finally {
      await llm.close();
    }
  }, TIMEOUT);
});
