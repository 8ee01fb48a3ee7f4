/**
 * The household model as a flat list of the values a caseworker checks before deciding: one row
 * per value the calculation uses, with where it came from (document and page, the application, a
 * correction), the evidence text and the confidence. Forms and the tasklist show this list; its
 * `pfad` is the path a correction takes (`Korrektur.pfad`), so a row and its correction belong
 * together without any lookup.
 */
import { euro, type Haushaltsmodell, type Quelle, type Wert } from './household.js';
import type { Einkommensart } from './law/calculate.js';

export interface Pruefwert {
  /** the correction path of this value, e.g. "bruttokaltmiete", "mitglieder.m1.einkommen.rente" */
  pfad: string;
  /** German label, e.g. "Erika Muster: Rente (Jahresbetrag)" */
  bezeichnung: string;
  typ: 'zahl' | 'jaNein';
  wert: number | boolean | null;
  /** the value as a caseworker reads it: "7.380,00 €", "ja", "Stufe IV", "fehlt" */
  anzeige: string;
  quelle: Quelle | 'fehlt';
  /** German name of the source: "Dokument", "Antrag", "Korrektur", "Annahme", "fehlt" */
  quelleText: string;
  dokument?: string;
  /** first page of the evidence */
  seite?: number;
  /** the evidence on the page(s), joined */
  beleg?: string;
  herleitung?: string;
  /** 0..1 for values read from documents */
  konfidenz?: number;
  /** 0..100, rounded, for display */
  konfidenzProzent?: number;
  /** below the review threshold, missing, or from an assumption: look here first */
  pruefen: boolean;
  /** whether a correction can address this row (a Minijob's income cannot: it is shown, not corrected) */
  korrigierbar: boolean;
  korrigiert: boolean;
  vorher?: string;
  begruendung?: string;
}

const EINKOMMEN_TEXT: Record<Einkommensart, string> = {
  nichtselbststaendig: 'Einkommen aus nichtselbständiger Arbeit',
  rente: 'Rente',
  arbeitslosengeld: 'Arbeitslosengeld',
  elterngeld: 'Elterngeld',
  unterhalt: 'Unterhalt',
  sonstiges: 'sonstiges Einkommen',
};
const QUELLE_TEXT: Record<Quelle | 'fehlt', string> = { dokument: 'Dokument', antrag: 'Antrag', korrektur: 'Korrektur', annahme: 'Annahme', fehlt: 'fehlt' };
const ABZUG_TEXT = { steuern: 'zahlt Steuern vom Einkommen', krankenversicherung: 'zahlt Kranken- und Pflegeversicherung', rentenversicherung: 'zahlt Rentenversicherung' } as const;
const FREIBETRAG_TEXT = { schwerbehindert: 'Freibetrag Schwerbehinderung (§ 17 Nr. 1 WoGG)', alleinerziehend: 'Freibetrag Alleinerziehende (§ 17 Nr. 3 WoGG)', kind: 'Freibetrag Kind mit Erwerbseinkommen (§ 17 Nr. 4 WoGG)' } as const;
const ROEMISCH = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII'];

const jaNein = (b: boolean) => (b ? 'ja' : 'nein');

/** The rows of a household model; `mindestKonfidenz` (0..1) marks document values below it for checking. */
export function pruefwerteAus(modell: Haushaltsmodell, mindestKonfidenz = 0.8): Pruefwert[] {
  const zeilen: Pruefwert[] = [];
  const zeile = <T extends number | boolean>(pfad: string, bezeichnung: string, typ: Pruefwert['typ'], wert: Wert<T> | undefined, anzeige: (v: T) => string, korrigierbar = true) => {
    const quelle = wert?.quelle ?? 'fehlt';
    const konfidenz = wert?.konfidenz;
    const korrigiert = quelle === 'korrektur';
    zeilen.push({
      pfad,
      bezeichnung,
      typ,
      wert: wert?.wert ?? null,
      anzeige: wert ? anzeige(wert.wert) : 'fehlt',
      quelle,
      quelleText: QUELLE_TEXT[quelle],
      ...(wert?.dokument ? { dokument: wert.dokument } : {}),
      ...(wert?.beleg?.length ? { seite: wert.beleg[0].seite, beleg: wert.beleg.map((b) => b.text).join(' · ') } : {}),
      ...(wert?.herleitung ? { herleitung: wert.herleitung } : {}),
      ...(konfidenz !== undefined ? { konfidenz, konfidenzProzent: Math.round(konfidenz * 100) } : {}),
      pruefen: !korrigiert && (wert === undefined || quelle === 'annahme' || (konfidenz !== undefined && konfidenz < mindestKonfidenz)),
      korrigierbar,
      korrigiert,
      ...(korrigiert && wert?.vorher !== undefined ? { vorher: anzeige(wert.vorher) } : {}),
      ...(wert?.begruendung ? { begruendung: wert.begruendung } : {}),
    });
  };

  zeile('bruttokaltmiete', 'Bruttokaltmiete (monatlich, § 9 WoGG)', 'zahl', modell.bruttokaltmiete, euro);
  zeile('mietstufe', 'Mietstufe der Gemeinde', 'zahl', modell.mietstufe, (s) => `Stufe ${ROEMISCH[s] ?? s}`);
  for (const m of modell.mitglieder) {
    const basis = `mitglieder.${m.id}`;
    zeile(`${basis}.beruecksichtigt`, `${m.name}: im Haushalt berücksichtigt`, 'jaNein', m.beruecksichtigt, jaNein);
    for (const e of m.einkommen) {
      // a correction of an income path addresses the main entry of its kind, never the Minijob
      if (e.minijob) zeile(`${basis}.einkommen.${e.art}.minijob`, `${m.name}: Minijob (Jahresbetrag)`, 'zahl', e.jahresbetrag, euro, false);
      else zeile(`${basis}.einkommen.${e.art}`, `${m.name}: ${EINKOMMEN_TEXT[e.art]} (Jahresbetrag)`, 'zahl', e.jahresbetrag, euro);
    }
    for (const name of ['steuern', 'krankenversicherung', 'rentenversicherung'] as const) {
      zeile(`${basis}.abzuege.${name}`, `${m.name}: ${ABZUG_TEXT[name]}`, 'jaNein', m.abzuege[name], jaNein);
    }
    for (const name of ['schwerbehindert', 'alleinerziehend', 'kind'] as const) {
      zeile(`${basis}.freibetraege.${name}`, `${m.name}: ${FREIBETRAG_TEXT[name]}`, 'jaNein', m.freibetraege[name], jaNein);
    }
  }
  return zeilen;
}
