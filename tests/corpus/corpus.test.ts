/**
 * The corpus generator: deterministic per seed, complete (every type, both variants, dev and
 * holdout), ground truth valid against the catalog, IBANs with valid checksums, the truth printed
 * in the born-digital PDF's text layer, and holdout layouts and labels kept out of dev.
 */
import { describe, expect, it } from '@jest/globals';
import { CATALOG, DOCUMENT_TYPES, VALUE_SCHEMAS } from '../../wohngeld/catalog.js';
import { Ctx } from './context.js';
import { buildDocument, DEFAULT_COUNT, DEFAULT_SEED, kindOf, planCorpus, type BuiltDocument, type DocumentSpec } from './corpus.js';
import { bankAccount, germanIban, ibanValid } from './fake.js';
import { drawStyle } from './format.js';
import { Rng } from './random.js';
import { loadPdfjs } from './scan.js';

const spaces = (s: string) => s.replace(/\s+/g, ' ').trim();

/** the printed value on the page: as one run, or (a long name wrapped in a narrow column) its words in order */
function printedOn(page: string, printed: string): boolean {
  const text = spaces(printed);
  if (page.includes(text)) return true;
  let at = 0;
  for (const word of text.split(' ')) {
    const found = page.indexOf(word, at);
    if (found < 0) return false;
    at = found + word.length;
  }
  return true;
}

/** one born-digital document of every layout */
async function everyLayout(seed: string): Promise<BuiltDocument[]> {
  const out: BuiltDocument[] = [];
  for (const type of DOCUMENT_TYPES)
    for (const layout of kindOf(type).layouts) {
      const spec: DocumentSpec = { id: `t-${type}-${layout.id}`, file: '', type, layout: `${type}/${layout.id}`, split: layout.holdout ? 'holdout' : 'dev', variant: 'born-digital', seed: `${seed}/${layout.id}` };
      out.push(await buildDocument(spec));
    }
  return out;
}

describe('corpus plan', () => {
  const plan = planCorpus(DEFAULT_SEED, DEFAULT_COUNT);

  it('has at least 300 documents, at least 20 of every type, about half scanned, a third to under half holdout', () => {
    expect(plan.length).toBeGreaterThanOrEqual(300);
    for (const type of DOCUMENT_TYPES) expect(plan.filter((d) => d.type === type).length).toBeGreaterThanOrEqual(20);
    const scanned = plan.filter((d) => d.variant === 'scanned').length / plan.length;
    expect(scanned).toBeGreaterThan(0.45);
    expect(scanned).toBeLessThan(0.55);
    const holdout = plan.filter((d) => d.split === 'holdout').length / plan.length;
    expect(holdout).toBeGreaterThan(0.28);
    // every holdout layout is drawn in both variants, so each new holdout layout adds two documents per type:
    // with eight blind and holdout layouts per type and 360 planned documents the share was 44.7 %, with 455 it was 38.4 %; nine blind sets: 43.8 %;
    // ten blind sets would have made it 46.1 % with 455, so 500 were planned (602 documents, 44.2 %); eleven blind sets
    // made that 46.3 %, so 550 were planned (660 documents, 43.9 %); twelve made that 45.9 %, so 600 were planned
    // (722 documents, 43.5 %); thirteen made that 45.3 %, so 650 were planned (772 documents, 43.8 %); fourteen made that
    // 45.5 % (796 documents), so 700 were planned (834 documents, 43.4 %); fifteen made that 45.0 % (858
    // documents), so 750 are planned now (890 documents, 43.4 %)
    expect(holdout).toBeLessThan(0.45);
  });

  it('has every type in both variants and both splits', () => {
    for (const type of DOCUMENT_TYPES)
      for (const variant of ['born-digital', 'scanned'] as const)
        for (const split of ['dev', 'holdout'] as const) expect(plan.some((d) => d.type === type && d.variant === variant && d.split === split)).toBe(true);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(planCorpus(DEFAULT_SEED, DEFAULT_COUNT)).toEqual(plan);
    expect(planCorpus(DEFAULT_SEED + 1, DEFAULT_COUNT)).not.toEqual(plan);
  });

  it('uses neutral ids that do not tell the type', () => {
    for (const d of plan) expect(d.id).toMatch(/^doc-\d{4}$/);
  });

  it('keeps the holdout layouts out of dev, and every type has at least three layouts, one of them holdout only', () => {
    for (const type of DOCUMENT_TYPES) {
      const layouts = kindOf(type).layouts;
      expect(layouts.length).toBeGreaterThanOrEqual(3);
      expect(layouts.filter((l) => l.holdout).length).toBeGreaterThanOrEqual(1);
      expect(layouts.filter((l) => !l.holdout).length).toBeGreaterThanOrEqual(2);
      expect(new Set(layouts.map((l) => l.id)).size).toBe(layouts.length);
    }
    const holdoutLayouts = new Set(DOCUMENT_TYPES.flatMap((t) => kindOf(t).layouts.filter((l) => l.holdout).map((l) => `${t}/${l.id}`)));
    for (const d of plan) expect(holdoutLayouts.has(d.layout)).toBe(d.split === 'holdout');
  });

  it('draws every holdout layout in both variants in the default corpus and in seed 4 (the one the README reports)', () => {
    for (const seed of [DEFAULT_SEED, 4]) {
      const drawn = planCorpus(seed, DEFAULT_COUNT);
      for (const type of DOCUMENT_TYPES)
        for (const layout of kindOf(type).layouts.filter((l) => l.holdout))
          for (const variant of ['born-digital', 'scanned'] as const)
            expect({ seed, layout: `${type}/${layout.id}`, variant, drawn: drawn.some((d) => d.layout === `${type}/${layout.id}` && d.variant === variant) }).toMatchObject({ drawn: true });
    }
  });

  it('keeps reserved label synonyms and printings out of dev', () => {
    const ctx = new Ctx(new Rng('labels'), 'dev', 'mietbescheinigung');
    for (let i = 0; i < 200; i++) expect(ctx.pick(['Grundmiete', 'Nettokaltmiete'], ['Miete ohne Nebenkosten'])).not.toBe('Miete ohne Nebenkosten');
    const holdout = new Ctx(new Rng('labels'), 'holdout', 'mietbescheinigung');
    const seen = new Set(Array.from({ length: 200 }, () => holdout.pick(['Grundmiete'], ['Miete ohne Nebenkosten'])));
    expect(seen.has('Miete ohne Nebenkosten')).toBe(true);
    const rng = new Rng('styles');
    for (let i = 0; i < 300; i++) {
      const s = drawStyle(rng, 'dev');
      expect(['Euro-word', 'space-thousands']).not.toContain(s.money);
      expect(['d.m.yyyy', 'dd. Mon. yyyy']).not.toContain(s.date);
      expect(s.area).not.toBe('Quadratmeter');
    }
  });
});

describe('generated documents', () => {
  let built: BuiltDocument[];
  const load = async () => (built ??= await everyLayout('jest'));

  it('are deterministic for a seed: the same bytes, truth and text; scans too', async () => {
    const specs: DocumentSpec[] = [
      { id: 'd1', file: '', type: 'lohnabrechnung', layout: 'lohnabrechnung/datev', split: 'dev', variant: 'born-digital', seed: 'det/1' },
      { id: 'd2', file: '', type: 'meldebescheinigung', layout: 'meldebescheinigung/bmg18-einfach', split: 'dev', variant: 'scanned', seed: 'det/2' },
    ];
    for (const spec of specs) {
      const [a, b] = [await buildDocument(spec), await buildDocument(spec)];
      expect(a.truth).toEqual(b.truth);
      expect(Buffer.compare(a.bytes, b.bytes)).toBe(0);
      expect(a.text).toEqual(b.text);
    }
    const other = await buildDocument({ ...specs[0], seed: 'det/other' });
    expect(other.truth.fields).not.toEqual((await buildDocument(specs[0])).truth.fields);
  });

  it('have ground truth that validates against the catalog: valid values, fields of their type, pages in range', async () => {
    for (const doc of await load()) {
      const defs = CATALOG[doc.truth.type].fields;
      if (doc.truth.type === 'sonstiges') expect(doc.truth.fields).toEqual({});
      for (const [id, field] of Object.entries(doc.truth.fields)) {
        const def = defs.find((d) => d.id === id);
        expect(def).toBeDefined();
        const parsed = VALUE_SCHEMAS[def!.kind].safeParse(field.value);
        if (!parsed.success) throw new Error(`${doc.truth.layout} ${id} = ${JSON.stringify(field.value)}: ${parsed.error.message}`);
        if (def!.values) expect(def!.values).toContain(field.value);
        expect(field.page).toBeGreaterThanOrEqual(1);
        expect(field.page).toBeLessThanOrEqual(doc.truth.pages);
      }
      // fields that every document of the type carries (the optional ones are heizkosten and gueltig_bis)
      const optional = new Set(['heizkosten', 'gueltig_bis']);
      for (const def of defs) if (!optional.has(def.id)) expect([doc.truth.layout, def.id, def.id in doc.truth.fields]).toEqual([doc.truth.layout, def.id, true]);
    }
  });

  it('print IBANs with a valid mod-97 checksum', async () => {
    expect(ibanValid('DE89370400440532013000')).toBe(true);
    expect(ibanValid('DE89370400440532013001')).toBe(false);
    expect(ibanValid(germanIban('10070000', '123456789'))).toBe(true);
    const rng = new Rng('iban');
    for (let i = 0; i < 500; i++) expect(ibanValid(bankAccount(rng).iban)).toBe(true);
    let ibans = 0;
    for (const doc of await load())
      for (const [id, field] of Object.entries(doc.truth.fields))
        if (id === 'iban') {
          ibans++;
          expect(ibanValid(String(field.value))).toBe(true);
        }
    expect(ibans).toBeGreaterThanOrEqual(2);
  });

  it("have a text layer (read with pdfjs) with every truth value as printed, on the truth's page, and the same in the ideal text", async () => {
    const pdfjs = await loadPdfjs();
    for (const doc of await load()) {
      const pdf = await pdfjs.getDocument({ data: new Uint8Array(doc.bytes), isEvalSupported: false, verbosity: 0 }).promise;
      expect(pdf.numPages).toBe(doc.truth.pages);
      const pages: string[] = [];
      for (let p = 1; p <= pdf.numPages; p++) {
        const content = await (await pdf.getPage(p)).getTextContent();
        pages.push(spaces(content.items.map((i) => ('str' in i ? i.str : '')).join(' ')));
      }
      await pdf.destroy();
      expect(pages.join(' ')).toMatch(/[äöüÄÖÜß€]|\d/);
      for (const [id, field] of Object.entries(doc.truth.fields)) {
        const where = `${doc.truth.layout}: ${id} "${field.text}" on page ${field.page}`;
        expect([where, printedOn(pages[field.page - 1], field.text)]).toEqual([where, true]);
        const ideal = spaces(doc.text!.pages[field.page - 1].lines.map((l) => l.text).join(' '));
        expect([where, printedOn(ideal, field.text)]).toEqual([where, true]);
      }
    }
  });

  it('include multi-page documents and documents with absent optional fields', async () => {
    const docs = await load();
    expect(docs.some((d) => d.truth.pages > 1)).toBe(true);
    const many = await Promise.all(Array.from({ length: 12 }, (_, i) => buildDocument({ id: `o${i}`, file: '', type: 'schwerbehindertenausweis', layout: 'schwerbehindertenausweis/feststellungsbescheid', split: 'dev', variant: 'born-digital', seed: `opt/${i}` })));
    expect(many.some((d) => !('gueltig_bis' in d.truth.fields))).toBe(true);
    expect(many.some((d) => 'gueltig_bis' in d.truth.fields)).toBe(true);
  });
});
