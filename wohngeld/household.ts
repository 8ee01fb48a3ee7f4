/**
 * The household model of a case: who counts, what each member earns, which deductions and
 * allowances apply, the rent under § 9 WoGG — each value with where it comes from. Built from the
 * application (./antrag.ts) and the analysed documents (the catalog's fields); a caseworker's
 * correction always wins, then a document, then the application's own statement.
 */
import type { AnalyzedDocument, ExtractedField } from './catalog.js';
import { alterAm, ersterDesMonats } from './datum.js';
import { antragsteller, vollerName, type Antrag, type HaushaltsmitgliedAngaben } from './antrag.js';
import type { Berechnungsfall, Einkommensart } from './law/calculate.js';
import type { Mietstufe } from './law/parameters.js';

export type Quelle = 'korrektur' | 'dokument' | 'antrag' | 'annahme';

export interface Wert<T> {
  wert: T;
  quelle: Quelle;
  /** the document's file name or id, for quelle "dokument" */
  dokument?: string;
  /** how the value was read or derived, German */
  herleitung?: string;
  /** 0..1, for values read from documents */
  konfidenz?: number;
  /** the evidence on the page, for values read from documents */
  beleg?: { seite: number; text: string }[];
  /** for a correction: the value before it, and the caseworker's reason */
  vorher?: T;
  begruendung?: string;
}

export interface ModellEinkommen {
  art: Einkommensart;
  jahresbetrag?: Wert<number>;
  minijob: boolean;
  /** Elterngeld: months of receipt within the twelve from the Stichtag, from the Bescheid (the free amount is monthly) */
  monate?: number;
}

export interface ModellMitglied {
  /** stable id within the case: m1, m2, … in the application's order */
  id: string;
  name: string;
  geburtsdatum: string;
  beziehung: HaushaltsmitgliedAngaben['beziehung'];
  beruecksichtigt: Wert<boolean>;
  einkommen: ModellEinkommen[];
  abzuege: { steuern: Wert<boolean>; krankenversicherung: Wert<boolean>; rentenversicherung: Wert<boolean> };
  freibetraege: { schwerbehindert: Wert<boolean>; alleinerziehend: Wert<boolean>; kind: Wert<boolean> };
  /** the documents that name this member */
  dokumente: string[];
}

export interface Haushaltsmodell {
  antragId: string;
  /** the first day of the month the application came in (§ 25 Abs. 2 WoGG) */
  stichtag: string;
  mietstufe?: Wert<number>;
  bruttokaltmiete?: Wert<number>;
  mitglieder: ModellMitglied[];
  /** what a caseworker should look at, German */
  hinweise: string[];
}

export interface Korrektur {
  /** e.g. "bruttokaltmiete", "mietstufe", "mitglieder.m1.einkommen.rente", "mitglieder.m2.abzuege.steuern", "mitglieder.m1.freibetraege.schwerbehindert", "mitglieder.m3.beruecksichtigt" */
  pfad: string;
  wert: number | boolean;
  begruendung?: string;
}

export class ModellFehler extends Error {
  constructor(readonly probleme: string[]) {
    super(probleme.join('\n'));
    this.name = 'ModellFehler';
  }
}

// ------------------------------------------------------------------ names

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    // umlauts written out ("Mueller") fold like the letters themselves ("Müller")
    .replace(/([aou])e/g, '$1')
    .replace(/[^a-z\s-]/g, ' ')
    .split(/[\s-]+/)
    .filter(Boolean);

/** A document's name belongs to a member when the surname and the first given name are in it. */
export function nameGehoertZu(name: string, mitglied: { vorname: string; nachname: string }): boolean {
  const tokens = new Set(fold(name));
  const nach = fold(mitglied.nachname);
  const vor = fold(mitglied.vorname)[0];
  return nach.length > 0 && nach.every((t) => tokens.has(t)) && vor !== undefined && tokens.has(vor);
}

/** The catalog's field naming the person a document is about, per type. */
export const PERSON_FIELD: Partial<Record<string, string>> = {
  lohnabrechnung: 'arbeitnehmer_name',
  rentenbescheid: 'name',
  arbeitslosengeldbescheid: 'name',
  elterngeldbescheid: 'name',
  schwerbehindertenausweis: 'name',
  schulbescheinigung: 'name',
  meldebescheinigung: 'name',
  kontoauszug: 'kontoinhaber',
  antrag: 'antragsteller_name',
};

// ------------------------------------------------------------------ building

const number = (field: ExtractedField | undefined): number | undefined => (typeof field?.value === 'number' ? field.value : undefined);
const belegOf = (...fields: (ExtractedField | undefined)[]) => fields.filter((f): f is ExtractedField => !!f).map((f) => ({ seite: f.page, text: f.text }));
const konfidenzOf = (...fields: (ExtractedField | undefined)[]) => Math.min(...fields.filter((f): f is ExtractedField => !!f).map((f) => f.confidence));
/** An amount as German text: "1.234,50 €". */
export const euro = (n: number) => `${n.toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} €`;

/** Months of [von, bis] within the twelve months from `stichtag`. */
function monateImZeitraum(von: string, bis: string, stichtag: string): number {
  const start = Number(stichtag.slice(0, 4)) * 12 + Number(stichtag.slice(5, 7)) - 1;
  const a = Math.max(start, Number(von.slice(0, 4)) * 12 + Number(von.slice(5, 7)) - 1);
  const b = Math.min(start + 11, Number(bis.slice(0, 4)) * 12 + Number(bis.slice(5, 7)) - 1);
  return Math.max(0, b - a + 1);
}

const standardAbzuege = (angaben: HaushaltsmitgliedAngaben) => {
  const arten = new Set(angaben.einkommen.filter((e) => !e.minijob).map((e) => e.art));
  const arbeit = arten.has('nichtselbststaendig');
  return { steuern: arbeit, krankenversicherung: arbeit || arten.has('rente'), rentenversicherung: arbeit };
};

export function bildeHaushaltsmodell(antrag: Antrag, dokumente: readonly AnalyzedDocument[], korrekturen: readonly Korrektur[] = []): Haushaltsmodell {
  const stichtag = ersterDesMonats(antrag.eingangsdatum);
  const hinweise: string[] = [];
  const mitglieder: ModellMitglied[] = antrag.haushalt.map((angaben, i) => {
    const declared = angaben.abzuege ?? standardAbzuege(angaben);
    const herleitung = angaben.abzuege ? 'Angabe im Antrag' : 'aus den angegebenen Einkommensarten angenommen';
    const abzug = (wert: boolean): Wert<boolean> => ({ wert, quelle: angaben.abzuege ? 'antrag' : 'annahme', herleitung });
    const kind = angaben.beziehung === 'kind' && alterAm(angaben.geburtsdatum, stichtag) < 25 && angaben.einkommen.some((e) => e.art === 'nichtselbststaendig');
    return {
      id: `m${i + 1}`,
      name: vollerName(angaben),
      geburtsdatum: angaben.geburtsdatum,
      beziehung: angaben.beziehung,
      beruecksichtigt: { wert: !angaben.vomWohngeldAusgeschlossen, quelle: 'antrag' },
      einkommen: angaben.einkommen.map((e) => ({
        art: e.art,
        minijob: e.minijob === true,
        jahresbetrag: e.monatsbetrag === undefined ? undefined : { wert: Math.round(e.monatsbetrag * 1200) / 100, quelle: 'antrag' as const, herleitung: `angegeben ${euro(e.monatsbetrag)} monatlich × 12` },
      })),
      abzuege: { steuern: abzug(declared.steuern), krankenversicherung: abzug(declared.krankenversicherung), rentenversicherung: abzug(declared.rentenversicherung) },
      freibetraege: {
        schwerbehindert: { wert: angaben.schwerbehindert, quelle: 'antrag' },
        alleinerziehend: { wert: angaben.alleinerziehend, quelle: 'antrag' },
        // derived from the application's relationship, birth date and income types, not assumed:
        // marking it for checking on every member only buried the values that need a look
        kind: { wert: kind, quelle: 'antrag', herleitung: kind ? 'Kind unter 25 Jahren mit eigenem Erwerbseinkommen (laut Antrag)' : 'kein Kind unter 25 Jahren mit Erwerbseinkommen (laut Antrag)' },
      },
      dokumente: [],
    };
  });

  // documents → members
  const perMember = new Map<string, AnalyzedDocument[]>();
  for (const dokument of dokumente) {
    const field = PERSON_FIELD[dokument.documentType];
    if (!field) continue;
    const name = dokument.fields[field]?.value;
    if (typeof name !== 'string') continue;
    const index = antrag.haushalt.findIndex((m) => nameGehoertZu(name, m));
    if (index < 0) {
      if (dokument.documentType !== 'kontoauszug' && dokument.documentType !== 'antrag') hinweise.push(`${dokument.file}: ${name} ist kein Haushaltsmitglied des Antrags – Dokument bitte zuordnen.`);
      continue;
    }
    const id = mitglieder[index].id;
    mitglieder[index].dokumente.push(dokument.file);
    perMember.set(id, [...(perMember.get(id) ?? []), dokument]);
  }

  for (const mitglied of mitglieder) {
    const docs = perMember.get(mitglied.id) ?? [];
    const ofType = (type: string) => docs.filter((d) => d.documentType === type);
    const setIncome = (art: Einkommensart, wert: Wert<number>, monate?: number) => {
      let entry = mitglied.einkommen.find((e) => e.art === art && !e.minijob);
      if (!entry) {
        entry = { art, minijob: false };
        mitglied.einkommen.push(entry);
        hinweise.push(`${mitglied.name}: ${wert.dokument} belegt Einkommen (${art}), das im Antrag nicht angegeben ist.`);
      }
      entry.jahresbetrag = wert;
      if (monate !== undefined) entry.monate = monate;
    };

    const slips = ofType('lohnabrechnung').filter((d) => number(d.fields.brutto) !== undefined);
    if (slips.length > 0) {
      const months = new Map<string, AnalyzedDocument>();
      for (const slip of slips) months.set(String(slip.fields.abrechnungsmonat?.value ?? slip.file), slip);
      const unique = [...months.values()];
      const mean = unique.reduce((s, d) => s + number(d.fields.brutto)!, 0) / unique.length;
      const jahr = Math.round(mean * 1200) / 100;
      setIncome('nichtselbststaendig', {
        wert: jahr,
        quelle: 'dokument',
        dokument: unique.map((d) => d.file).join(', '),
        herleitung: `Bruttoverdienst ${unique.length === 1 ? euro(mean) : `im Mittel ${euro(mean)} aus ${unique.length} Abrechnungen`} × 12`,
        konfidenz: Math.min(...unique.map((d) => konfidenzOf(d.fields.brutto))),
        beleg: unique.flatMap((d) => belegOf(d.fields.brutto)),
      });
      const any = (field: string) => unique.some((d) => (number(d.fields[field]) ?? 0) > 0);
      const fromSlip = (field: string): Wert<boolean> => ({ wert: any(field), quelle: 'dokument', dokument: unique.map((d) => d.file).join(', '), herleitung: `${field} in der Abrechnung ${any(field) ? 'ausgewiesen' : 'nicht ausgewiesen'}` });
      mitglied.abzuege = { steuern: fromSlip('lohnsteuer'), krankenversicherung: fromSlip('krankenversicherung'), rentenversicherung: fromSlip('rentenversicherung') };
    }

    const rente = ofType('rentenbescheid').find((d) => number(d.fields.rente_brutto) !== undefined);
    if (rente) {
      const monat = number(rente.fields.rente_brutto)!;
      setIncome('rente', { wert: Math.round(monat * 1200) / 100, quelle: 'dokument', dokument: rente.file, herleitung: `Bruttorente ${euro(monat)} × 12`, konfidenz: konfidenzOf(rente.fields.rente_brutto), beleg: belegOf(rente.fields.rente_brutto) });
      const zahl = number(rente.fields.zahlbetrag);
      if (zahl !== undefined && zahl < monat && !slips.length) {
        mitglied.abzuege.krankenversicherung = { wert: true, quelle: 'dokument', dokument: rente.file, herleitung: 'Zahlbetrag unter der Bruttorente: Beiträge zur Kranken- und Pflegeversicherung' };
      }
    }

    const alg = ofType('arbeitslosengeldbescheid').find((d) => number(d.fields.leistungsbetrag_taeglich) !== undefined);
    if (alg) {
      const tag = number(alg.fields.leistungsbetrag_taeglich)!;
      const bis = alg.fields.bewilligung_bis?.value;
      const von = alg.fields.bewilligung_von?.value;
      // the BA pays 30 days a month; within the twelve months from the Stichtag only the months bewilligt
      const monate = typeof von === 'string' && typeof bis === 'string' ? monateImZeitraum(von, bis, stichtag) : 12;
      setIncome('arbeitslosengeld', {
        wert: Math.round(tag * 30 * monate * 100) / 100,
        quelle: 'dokument',
        dokument: alg.file,
        herleitung: `Leistungsbetrag ${euro(tag)} täglich × 30 Tage × ${monate} Monat${monate === 1 ? '' : 'e'} im Bewilligungszeitraum`,
        konfidenz: konfidenzOf(alg.fields.leistungsbetrag_taeglich),
        beleg: belegOf(alg.fields.leistungsbetrag_taeglich, alg.fields.bewilligung_bis),
      });
    }

    const elterngeld = ofType('elterngeldbescheid').find((d) => number(d.fields.elterngeld_monatlich) !== undefined);
    if (elterngeld) {
      const monat = number(elterngeld.fields.elterngeld_monatlich)!;
      const von = elterngeld.fields.bezug_von?.value;
      const bis = elterngeld.fields.bezug_bis?.value;
      const monate = typeof von === 'string' && typeof bis === 'string' ? monateImZeitraum(von, bis, stichtag) : 12;
      setIncome('elterngeld', {
        wert: Math.round(monat * monate * 100) / 100,
        quelle: 'dokument',
        dokument: elterngeld.file,
        herleitung: `Elterngeld ${euro(monat)} monatlich × ${monate} Monat${monate === 1 ? '' : 'e'} des Bezugs in den zwölf Monaten ab ${stichtag}`,
        konfidenz: konfidenzOf(elterngeld.fields.elterngeld_monatlich),
        beleg: belegOf(elterngeld.fields.elterngeld_monatlich),
      }, monate);
    }

    const ausweis = ofType('schwerbehindertenausweis').find((d) => number(d.fields.gdb) !== undefined);
    if (ausweis) {
      const gdb = number(ausweis.fields.gdb)!;
      mitglied.freibetraege.schwerbehindert = {
        wert: gdb === 100 || (gdb < 100 && mitglied.freibetraege.schwerbehindert.wert),
        quelle: gdb === 100 ? 'dokument' : 'antrag',
        dokument: ausweis.file,
        herleitung: gdb === 100 ? 'GdB 100 (§ 17 Nr. 1 WoGG)' : `GdB ${gdb}: Freibetrag nur bei häuslicher Pflege oder Pflegebedürftigkeit (§ 17 Nr. 1 WoGG) – bitte prüfen`,
        konfidenz: konfidenzOf(ausweis.fields.gdb),
        beleg: belegOf(ausweis.fields.gdb),
      };
      if (gdb < 100) hinweise.push(`${mitglied.name}: GdB ${gdb} – der Freibetrag nach § 17 Nr. 1 WoGG setzt GdB 100 oder Pflegebedürftigkeit voraus.`);
    }

    for (const e of mitglied.einkommen) if (!e.jahresbetrag) hinweise.push(`${mitglied.name}: Betrag für ${e.art} fehlt (weder Nachweis noch Angabe im Antrag).`);
  }

  // the rent: a Mietbescheinigung first, then a Mietvertrag, then the application
  const model: Haushaltsmodell = { antragId: antrag.antragId, stichtag, mitglieder, hinweise };
  const miete = mieteAusDokumenten(dokumente);
  if (miete) model.bruttokaltmiete = miete;
  else if (antrag.wohnung.bruttokaltmiete !== undefined) model.bruttokaltmiete = { wert: antrag.wohnung.bruttokaltmiete, quelle: 'antrag', herleitung: 'Angabe im Antrag' };
  if (antrag.wohnung.mietstufe !== undefined) model.mietstufe = { wert: antrag.wohnung.mietstufe, quelle: 'antrag' };
  const applicant = antragsteller(antrag);
  if (!mitglieder.some((m) => m.name === vollerName(applicant))) hinweise.push('Die antragstellende Person fehlt im Haushalt.');

  return wendeKorrekturenAn(model, korrekturen);
}

function mieteAusDokumenten(dokumente: readonly AnalyzedDocument[]): Wert<number> | undefined {
  for (const type of ['mietbescheinigung', 'mietvertrag']) {
    for (const d of dokumente.filter((doc) => doc.documentType === type)) {
      const grund = d.fields.grundmiete;
      const neben = d.fields.nebenkosten;
      const gesamt = d.fields.gesamtmiete;
      const heiz = d.fields.heizkosten;
      if (number(grund) !== undefined && number(neben) !== undefined) {
        const wert = Math.round((number(grund)! + number(neben)!) * 100) / 100;
        return { wert, quelle: 'dokument', dokument: d.file, herleitung: `Grundmiete ${euro(number(grund)!)} + kalte Nebenkosten ${euro(number(neben)!)} (§ 9 WoGG, ohne Heizkosten)`, konfidenz: konfidenzOf(grund, neben), beleg: belegOf(grund, neben) };
      }
      if (number(gesamt) !== undefined && number(heiz) !== undefined) {
        const wert = Math.round((number(gesamt)! - number(heiz)!) * 100) / 100;
        return { wert, quelle: 'dokument', dokument: d.file, herleitung: `Gesamtmiete ${euro(number(gesamt)!)} − Heizkosten ${euro(number(heiz)!)} (§ 9 WoGG)`, konfidenz: konfidenzOf(gesamt, heiz), beleg: belegOf(gesamt, heiz) };
      }
    }
  }
  return undefined;
}

/** The caseworker's corrections applied: each wins over what was read or declared, and remembers the value before. */
export function wendeKorrekturenAn(model: Haushaltsmodell, korrekturen: readonly Korrektur[]): Haushaltsmodell {
  const probleme: string[] = [];
  for (const k of korrekturen) {
    const korrigiert = <T>(vorher: Wert<T> | undefined, wert: T): Wert<T> => ({ wert, quelle: 'korrektur', vorher: vorher?.wert, begruendung: k.begruendung, herleitung: 'Korrektur der Sachbearbeitung' });
    const teile = k.pfad.split('.');
    if (k.pfad === 'bruttokaltmiete' || k.pfad === 'mietstufe') {
      if (typeof k.wert !== 'number' || k.wert < 0 || (k.pfad === 'mietstufe' && (!Number.isInteger(k.wert) || k.wert < 1 || k.wert > 7))) {
        probleme.push(`${k.pfad}: ${JSON.stringify(k.wert)} ist kein zulässiger Wert`);
        continue;
      }
      model[k.pfad] = korrigiert(model[k.pfad], k.wert);
      continue;
    }
    const mitglied = teile[0] === 'mitglieder' ? model.mitglieder.find((m) => m.id === teile[1]) : undefined;
    if (!mitglied) {
      probleme.push(`${k.pfad}: unbekannter Pfad (erlaubt: bruttokaltmiete, mietstufe, mitglieder.<id>.einkommen.<art>, mitglieder.<id>.abzuege.<steuern|krankenversicherung|rentenversicherung>, mitglieder.<id>.freibetraege.<schwerbehindert|alleinerziehend|kind>, mitglieder.<id>.beruecksichtigt)`);
      continue;
    }
    const [, , bereich, name] = teile;
    if (bereich === 'einkommen' && typeof k.wert === 'number' && k.wert >= 0 && teile.length === 4) {
      const art = name as Einkommensart;
      let entry = mitglied.einkommen.find((e) => e.art === art && !e.minijob);
      if (!entry) mitglied.einkommen.push((entry = { art, minijob: false }));
      entry.jahresbetrag = korrigiert(entry.jahresbetrag, k.wert);
    } else if (bereich === 'abzuege' && typeof k.wert === 'boolean' && (name === 'steuern' || name === 'krankenversicherung' || name === 'rentenversicherung')) {
      mitglied.abzuege[name] = korrigiert(mitglied.abzuege[name], k.wert);
    } else if (bereich === 'freibetraege' && typeof k.wert === 'boolean' && (name === 'schwerbehindert' || name === 'alleinerziehend' || name === 'kind')) {
      mitglied.freibetraege[name] = korrigiert(mitglied.freibetraege[name], k.wert);
    } else if (bereich === 'beruecksichtigt' && typeof k.wert === 'boolean' && teile.length === 3) {
      mitglied.beruecksichtigt = korrigiert(mitglied.beruecksichtigt, k.wert);
    } else probleme.push(`${k.pfad}: ${JSON.stringify(k.wert)} passt nicht zu diesem Pfad`);
  }
  if (probleme.length) throw new ModellFehler(probleme);
  return model;
}

/** The model as the calculation's input; what is still missing is named. */
export function zuBerechnungsfall(model: Haushaltsmodell, standardMietstufe?: Mietstufe): Berechnungsfall {
  const probleme: string[] = [];
  const mietstufe = (model.mietstufe?.wert ?? standardMietstufe) as Mietstufe | undefined;
  if (mietstufe === undefined) probleme.push('mietstufe: weder im Antrag noch konfiguriert (WOHNGELD_MIETSTUFE)');
  if (!model.bruttokaltmiete) probleme.push('bruttokaltmiete: weder Mietbescheinigung, Mietvertrag noch Angabe im Antrag');
  const haushalt = model.mitglieder.map((m) => ({
    name: m.name,
    einkommen: m.einkommen.flatMap((e) => {
      if (!e.jahresbetrag) {
        probleme.push(`mitglieder.${m.id}.einkommen.${e.art}: Betrag fehlt (${m.name})`);
        return [];
      }
      return [{ art: e.art, jahresbetrag: e.jahresbetrag.wert, ...(e.minijob ? { minijob: true } : {}), ...(e.monate !== undefined ? { monate: e.monate } : {}) }];
    }),
    abzuege: { steuern: m.abzuege.steuern.wert, krankenversicherung: m.abzuege.krankenversicherung.wert, rentenversicherung: m.abzuege.rentenversicherung.wert },
    freibetraege: { schwerbehindert: m.freibetraege.schwerbehindert.wert, alleinerziehend: m.freibetraege.alleinerziehend.wert, kind: m.freibetraege.kind.wert },
    beruecksichtigt: m.beruecksichtigt.wert,
  }));
  if (probleme.length) throw new ModellFehler(probleme);
  return { stichtag: model.stichtag, mietstufe: mietstufe!, bruttokaltmiete: model.bruttokaltmiete!.wert, haushalt };
}
