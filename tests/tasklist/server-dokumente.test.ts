/**
 * The case's documents through the tasklist: the list in the task detail (the `dokumente`
 * variable first, then the Bescheid-Entwurf; the type from `dokumentAnalysen`), the bytes of a
 * document the case references (TIFF as PNG, HTML only as a download), and 404 for any other id.
 */
import sharp from 'sharp';
import type { AufgabeDetail } from '../../tasklist/api.ts';
import { mietbescheinigungPdf } from '../workers/beispiel-dokumente.ts';
import type { DocumentReference } from '../../workers/types.ts';
import { angemeldet, type Browser, type Harness, hochladen, PNG_1X1, starteFall, startHarness } from './server-harness.ts';

let h: Harness;
let anna: Browser;
let carla: Browser;
let pdf: Buffer;
let tiff: Buffer;
const ref: Record<string, DocumentReference> = {};
let taskKey: string;
let andererTaskKey: string;

beforeAll(async () => {
  h = await startHarness();
  pdf = await mietbescheinigungPdf({ mieter: 'Ursula Hoffmann' });
  // two pages of 40×30 pixels: the PNG shows both, one below the other
  const seite = (farbe: string) => sharp({ create: { width: 40, height: 30, channels: 3, background: farbe } }).png().toBuffer();
  tiff = await sharp([await seite('#ff0000'), await seite('#0000ff')], { join: { animated: true } }).tiff().toBuffer();
  ref.pdf = await hochladen(h, pdf, 'mietbescheinigung.pdf', 'application/pdf');
  ref.tiff = await hochladen(h, tiff, 'ausweis.tif', 'image/tiff');
  ref.html = await hochladen(h, Buffer.from('<html><script>alert(1)</script></html>'), 'notiz.html', 'text/html');
  ref.bescheid = await hochladen(h, PNG_1X1, 'bescheid-entwurf.png', 'image/png');
  ref.fremd = await hochladen(h, PNG_1X1, 'fremd.png', 'image/png');
  ref.andererFall = await hochladen(h, PNG_1X1, 'anderer-fall.png', 'image/png');
  ({ taskKey } = await starteFall(h, {
    antragId: 'FALL-D1',
    gruppen: ['team-a'],
    variablen: {
      // a variable named before "dokumente": the order still puts the case's documents first
      bescheidEntwurf: { betreff: 'Bewilligung', dokument: ref.bescheid },
      dokumente: [ref.pdf, ref.tiff, ref.html],
      dokumentAnalysen: [{ file: 'mietbescheinigung.pdf', documentType: 'mietbescheinigung', confidence: 0.97, pages: 2, source: 'text-layer', fields: {}, warnings: [] }],
    },
  }));
  ({ taskKey: andererTaskKey } = await starteFall(h, { antragId: 'FALL-D2', gruppen: ['team-a'], variablen: { dokumente: [ref.andererFall] } }));
  [anna, carla] = await Promise.all([angemeldet(h, 'anna'), angemeldet(h, 'carla')]);
});

afterAll(async () => {
  await h?.close();
});

const url = (key: string, id: string) => `/tasklist/api/aufgaben/${key}/dokumente/${encodeURIComponent(id)}`;

test('the detail lists the case documents first, then the Bescheid-Entwurf, with the type docai found', async () => {
  const detail = (await anna.get(`/tasklist/api/aufgaben/${taskKey}`)).json as AufgabeDetail;
  expect(detail.dokumente).toEqual([
    { id: ref.pdf.documentId, name: 'mietbescheinigung.pdf', contentType: 'application/pdf', dokumentTyp: 'mietbescheinigung', url: url(taskKey, ref.pdf.documentId) },
    { id: ref.tiff.documentId, name: 'ausweis.tif', contentType: 'image/tiff', url: url(taskKey, ref.tiff.documentId) },
    { id: ref.html.documentId, name: 'notiz.html', contentType: 'text/html', url: url(taskKey, ref.html.documentId) },
    { id: ref.bescheid.documentId, name: 'bescheid-entwurf.png', contentType: 'image/png', url: url(taskKey, ref.bescheid.documentId) },
  ]);
});

test('a PDF of the case: its bytes, inline, not cached, not sniffed', async () => {
  const r = await anna.get(url(taskKey, ref.pdf.documentId));
  expect(r.status).toBe(200);
  expect(r.headers.get('content-type')).toBe('application/pdf');
  expect(r.headers.get('content-disposition')).toBe("inline; filename*=UTF-8''mietbescheinigung.pdf");
  expect(r.headers.get('cache-control')).toBe('no-store');
  expect(r.headers.get('x-content-type-options')).toBe('nosniff');
  expect(r.bytes.equals(pdf)).toBe(true);
});

test('a TIFF arrives as a PNG with every page', async () => {
  const r = await anna.get(url(taskKey, ref.tiff.documentId));
  expect(r.status).toBe(200);
  expect(r.headers.get('content-type')).toBe('image/png');
  expect(r.headers.get('content-disposition')).toBe("inline; filename*=UTF-8''ausweis.png");
  const meta = await sharp(r.bytes).metadata();
  expect(meta).toMatchObject({ format: 'png', width: 40, height: 60 });
});

test('a document in another variable (the Bescheid-Entwurf) is served too', async () => {
  const r = await anna.get(url(taskKey, ref.bescheid.documentId));
  expect(r.status).toBe(200);
  expect(r.headers.get('content-type')).toBe('image/png');
  expect(r.bytes.equals(PNG_1X1)).toBe(true);
});

test('HTML never runs in the tasklist: a download with a sandbox', async () => {
  const r = await anna.get(url(taskKey, ref.html.documentId));
  expect(r.status).toBe(200);
  expect(r.headers.get('content-type')).toBe('application/octet-stream');
  expect(r.headers.get('content-disposition')).toMatch(/^attachment;/);
  expect(r.headers.get('content-security-policy')).toContain('sandbox');
});

test('a document the case does not reference, or one of another case, is 404 through this task', async () => {
  for (const id of [ref.fremd.documentId, ref.andererFall.documentId, 'gibt-es-nicht']) {
    const r = await anna.get(url(taskKey, id));
    expect(r.status).toBe(404);
    expect(r.json.title).toBe('Dokument nicht gefunden');
  }
  // through its own task it is there
  expect((await anna.get(url(andererTaskKey, ref.andererFall.documentId))).status).toBe(200);
});

test('a person of another group gets no document of the case', async () => {
  const r = await carla.get(url(taskKey, ref.pdf.documentId));
  expect(r.status).toBe(404);
  expect(r.bytes.includes(Buffer.from('%PDF'))).toBe(false);
});

test('without a session: 401', async () => {
  const r = await fetch(`${h.web.url}${url(taskKey, ref.pdf.documentId)}`);
  expect(r.status).toBe(401);
});
