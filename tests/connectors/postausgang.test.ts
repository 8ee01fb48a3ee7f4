/**
 * The Postausgang connector: the letter and its Deckblatt side by side, the day it was first placed
 * kept on a retry (also on a later day), a different letter as a second version, the German day.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deckblattSchema, legeBriefAb, postausgang, tagInDeutschland } from '../../connectors/postausgang/postausgang.ts';
import { beispielAntrag } from '../wohngeld-case/fixtures.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'postausgang-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const antrag = beispielAntrag();
const pdf = (text: string) => Buffer.from(`%PDF-1.7\n% ${text}\n%%EOF\n`, 'latin1');
const uhr = (iso: string) => () => new Date(iso);

test('the letter and a Deckblatt with addressee, case, kind of letter and day', async () => {
  const versand = await legeBriefAb(dir, { antrag, briefArt: 'nachforderung', pdf: pdf('Nachforderung'), dokumentId: 'doc-7', dateiname: 'Nachforderung-OZG-2025-000123.pdf' }, uhr('2025-03-20T09:15:00Z'));
  expect(versand).toEqual({ datei: 'OZG-2025-000123-nachforderung.pdf', deckblatt: 'OZG-2025-000123-nachforderung.json', abgelegtAm: '2025-03-20', geschrieben: true });
  expect(await readFile(path.join(dir, versand.datei))).toEqual(pdf('Nachforderung'));
  const blatt = deckblattSchema.parse(JSON.parse(await readFile(path.join(dir, versand.deckblatt), 'utf8')));
  expect(blatt).toMatchObject({
    antragId: 'OZG-2025-000123',
    briefArt: 'nachforderung',
    abgelegtAm: '2025-03-20',
    empfaenger: { anrede: 'Frau', vorname: 'Katrin', nachname: 'Schneider', anschrift: { strasse: 'Eisenbahnstraße', hausnummer: '45', plz: '04315', ort: 'Leipzig' }, email: 'katrin.schneider@example.org' },
    brief: { bytes: pdf('Nachforderung').length, dokumentId: 'doc-7', dateiname: 'Nachforderung-OZG-2025-000123.pdf' },
  });
});

test('a retry on a later day: the same single letter with the first day, nothing rewritten', async () => {
  const brief = { antrag, briefArt: 'bescheid' as const, pdf: pdf('Bescheid'), dokumentId: 'doc-9' };
  const erst = await legeBriefAb(dir, brief, uhr('2025-04-02T10:00:00Z'));
  const nochmal = await legeBriefAb(dir, brief, uhr('2025-04-03T08:00:00Z'));
  expect(nochmal).toEqual({ ...erst, geschrieben: false });
  expect(await readdir(dir)).toHaveLength(2);
});

test('another letter of the same kind (a second Nachforderung): a second version with its own day', async () => {
  await legeBriefAb(dir, { antrag, briefArt: 'nachforderung', pdf: pdf('erste'), dokumentId: 'doc-1' }, uhr('2025-03-20T10:00:00Z'));
  const zweite = await legeBriefAb(dir, { antrag, briefArt: 'nachforderung', pdf: pdf('zweite'), dokumentId: 'doc-2' }, uhr('2025-04-10T10:00:00Z'));
  expect(zweite).toMatchObject({ datei: 'OZG-2025-000123-nachforderung.v2.pdf', deckblatt: 'OZG-2025-000123-nachforderung.v2.json', abgelegtAm: '2025-04-10' });
  expect((await readdir(dir)).sort()).toEqual(['OZG-2025-000123-nachforderung.json', 'OZG-2025-000123-nachforderung.pdf', 'OZG-2025-000123-nachforderung.v2.json', 'OZG-2025-000123-nachforderung.v2.pdf']);
});

test('without e-mail no e-mail on the Deckblatt; the day is the German one; the default directory', async () => {
  const ohneMail = beispielAntrag({ antragsteller: { anrede: 'keine', anschrift: { strasse: 'Am Markt', hausnummer: '1', plz: '04109', ort: 'Leipzig' } } });
  const versand = await legeBriefAb(dir, { antrag: ohneMail, briefArt: 'bescheid', pdf: pdf('x'), dokumentId: 'doc-3' }, uhr('2025-04-01T22:30:00Z'));
  expect(versand.abgelegtAm).toBe('2025-04-02');
  const blatt = JSON.parse(await readFile(path.join(dir, versand.deckblatt), 'utf8'));
  expect(blatt.empfaenger).toEqual({ anrede: 'keine', vorname: 'Katrin', nachname: 'Schneider', anschrift: { strasse: 'Am Markt', hausnummer: '1', plz: '04109', ort: 'Leipzig' } });
  expect(tagInDeutschland(new Date('2025-07-01T21:59:00Z'))).toBe('2025-07-01');
  expect(tagInDeutschland(new Date('2025-07-01T22:00:00Z'))).toBe('2025-07-02');
  expect(postausgang({})).toBe(path.resolve('data/postausgang'));
});
