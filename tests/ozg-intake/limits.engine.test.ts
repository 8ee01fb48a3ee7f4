/**
 * The intake's limits (lowered here): a file too large, too many files, too many bytes together
 * are refused with 413 and a German message before anything is stored; the server keeps serving.
 */
import { intakeLimitsFromEnv } from '../../connectors/ozg-intake/config.ts';
import { antragForm, beispielAntrag, instancesOf, type IntakeHarness, PNG, post, startIntakeHarness } from './harness.ts';

const KB = 1024;
let h: IntakeHarness;

/** A PDF of `size` bytes (the sniffer needs only the header). */
const pdfOf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(size - 9, 0x20)]);

beforeAll(async () => {
  h = await startIntakeHarness({ maxDateiBytes: 64 * KB, maxDateien: 3, maxGesamtBytes: 150 * KB, maxAntragBytes: 8 * KB });
});
afterAll(async () => {
  await h?.close();
});

test('a file larger than the limit: 413 naming the file', async () => {
  const answer = await post(h, '/ozg/antraege', antragForm(beispielAntrag('OZG-L-1'), [{ name: 'klein.pdf', content: pdfOf(10 * KB) }, { name: 'riesig.pdf', content: pdfOf(100 * KB) }]));
  expect(answer.status).toBe(413);
  expect(answer.contentType).toMatch(/^application\/problem\+json/);
  expect(answer.body).toMatchObject({ title: 'Einsendung zu groß', detail: 'Die Datei „riesig.pdf“ ist zu groß: höchstens 0,1 MB je Datei.' });
  expect(h.port.uploads).toHaveLength(0);
  expect(await instancesOf(h, 'OZG-L-1')).toHaveLength(0);
});

test('more files than allowed: 413', async () => {
  const files = [1, 2, 3, 4].map((n) => ({ name: `seite-${n}.png`, content: PNG }));
  const answer = await post(h, '/ozg/antraege', antragForm(beispielAntrag('OZG-L-2'), files));
  expect(answer.status).toBe(413);
  expect(answer.body.detail).toBe('Zu viele Dateien: höchstens 3 je Einsendung.');
});

test('more bytes together than allowed: 413', async () => {
  const files = [1, 2, 3].map((n) => ({ name: `teil-${n}.pdf`, content: pdfOf(60 * KB) }));
  const answer = await post(h, '/ozg/antraege', antragForm(beispielAntrag('OZG-L-3'), files));
  expect(answer.status).toBe(413);
  expect(answer.body.detail).toBe('Die Dateien sind zusammen zu groß: höchstens 0,1 MB je Einsendung.');
});

test('an antrag part larger than its limit: 413', async () => {
  const antrag = { ...beispielAntrag('OZG-L-4'), antragsteller: { anrede: 'Frau', anschrift: { strasse: 'x'.repeat(10 * KB), hausnummer: '1', plz: '04277', ort: 'Leipzig' } } };
  const answer = await post(h, '/ozg/antraege', antragForm(antrag));
  expect(answer.status).toBe(413);
  expect(answer.body.detail).toContain('Der Teil „antrag“ ist größer als');
});

test('after all that the server still accepts a submission within the limits', async () => {
  const answer = await post(h, '/ozg/antraege', antragForm(beispielAntrag('OZG-L-5'), [{ name: 'a.pdf', content: pdfOf(60 * KB) }, { name: 'b.pdf', content: pdfOf(60 * KB) }]));
  expect(answer.status).toBe(201);
  expect(await instancesOf(h, 'OZG-L-5')).toHaveLength(1);
});

describe('limits from the environment', () => {
  test('defaults, and values in MB', () => {
    expect(intakeLimitsFromEnv({})).toEqual({ maxDateiBytes: 25 * KB * KB, maxDateien: 20, maxGesamtBytes: 100 * KB * KB, maxAntragBytes: KB * KB });
    expect(intakeLimitsFromEnv({ WOHNGELD_OZG_MAX_DATEI_MB: '2,5', WOHNGELD_OZG_MAX_DATEIEN: '5', WOHNGELD_OZG_MAX_GESAMT_MB: '10' })).toMatchObject({ maxDateiBytes: 2.5 * KB * KB, maxDateien: 5, maxGesamtBytes: 10 * KB * KB });
  });

  test('a wrong value names the variable', () => {
    expect(() => intakeLimitsFromEnv({ WOHNGELD_OZG_MAX_DATEIEN: 'viele' })).toThrow('Ungültiger Wert für WOHNGELD_OZG_MAX_DATEIEN: „viele“. Erwartet wird eine ganze Zahl größer als 0.');
    expect(() => intakeLimitsFromEnv({ WOHNGELD_OZG_MAX_DATEI_MB: '-1' })).toThrow(/WOHNGELD_OZG_MAX_DATEI_MB/);
    expect(() => intakeLimitsFromEnv({ WOHNGELD_OZG_MAX_DATEI_MB: '50', WOHNGELD_OZG_MAX_GESAMT_MB: '10' })).toThrow('WOHNGELD_OZG_MAX_GESAMT_MB (10 MB) ist kleiner als WOHNGELD_OZG_MAX_DATEI_MB (50 MB).');
  });
});
