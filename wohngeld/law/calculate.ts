/**
 * The Wohngeld calculation under §§ 11–21 WoGG with Anlagen 1–3, exactly as the law prescribes:
 * M from the rent up to the Höchstbetrag plus Klimakomponente, plus the Heizkostenentlastung
 * (§§ 11, 12); Y from the members' incomes (§§ 13–17); the formula of § 19 Abs. 1 in the steps and
 * with the ten-place fixed-point decimals of Anlage 3; § 19 Abs. 3 for more than twelve members;
 * § 21 Nr. 1. Every result carries its steps in German, each with the paragraph it applies.
 *
 * A pre-calculation for the caseworker: it decides nothing (the caseworker does).
 */
import { deutschesDatum } from '../datum.js';
import { Dezimal, dez } from './decimal.js';
import { EINKOMMEN, FRUEHESTER_STICHTAG, ROMAN, rechtsstandAm, type Mietstufe, type Rechtsstand } from './parameters.js';

export const EINKOMMENSARTEN = ['nichtselbststaendig', 'rente', 'arbeitslosengeld', 'elterngeld', 'unterhalt', 'sonstiges'] as const;
export type Einkommensart = (typeof EINKOMMENSARTEN)[number];

export interface Einkommen {
  art: Einkommensart;
  /** gross amount per year in euros */
  jahresbetrag: number | string;
  /** Elterngeld as ElterngeldPlus (§ 10 Abs. 3 BEEG: half the amount is free) */
  elterngeldPlus?: boolean;
  /**
   * Elterngeld: the months of receipt within the twelve months the amount covers (1–12, default
   * 12). The free amount of § 10 Abs. 1 BEEG is monthly, so it counts only for these months.
   */
  monate?: number;
  /** nichtselbständige Arbeit in a pauschal besteuerter Minijob (§ 40a EStG): counted in full, no Pauschbetrag (§ 14 Abs. 1 Satz 3 Nr. 2 WoGG) */
  minijob?: boolean;
}

export interface Haushaltsmitglied {
  name: string;
  einkommen: Einkommen[];
  /** § 16 Abs. 1 WoGG: which taxes and compulsory contributions the member pays */
  abzuege: { steuern: boolean; krankenversicherung: boolean; rentenversicherung: boolean };
  freibetraege?: {
    /** § 17 Nr. 1: schwerbehindert with GdB 100, or below 100 and in need of care at home */
    schwerbehindert?: boolean;
    /** § 17 Nr. 3: lives alone with at least one child under 18 (one allowance per household) */
    alleinerziehend?: boolean;
    /** § 17 Nr. 4: a child (under 25) of a member: its own earned income is free up to 1.200 € */
    kind?: boolean;
  };
  /** false: excluded from Wohngeld under §§ 7, 8 WoGG (§ 11 Abs. 3: rent and amounts pro rata) */
  beruecksichtigt?: boolean;
}

export interface Berechnungsfall {
  /** the day the calculation is for (ISO date): chooses the law in force */
  stichtag: string;
  mietstufe: Mietstufe;
  /** monthly rent under § 9 WoGG without heating and hot water */
  bruttokaltmiete: number | string;
  haushalt: Haushaltsmitglied[];
}

export interface Schritt {
  text: string;
  rechtsgrundlage: string;
  /** the step's result in euros, where it has one */
  betrag?: number;
}

export interface Ergebnis {
  /** euros per month */
  wohngeld: number;
  anspruch: boolean;
  M: number;
  Y: number;
  /** Höchstbetrag of Anlage 1 for the household (without Klimakomponente) */
  hoechstbetrag: number;
  schritte: Schritt[];
  rechtsstand: string;
}

export class BerechnungsFehler extends Error {
  constructor(
    readonly feld: string,
    message: string,
  ) {
    super(`${feld}: ${message}`);
    this.name = 'BerechnungsFehler';
  }
}

const euro = (d: Dezimal) => `${d.format(2)} €`;
const zahl = (d: Dezimal, places = 10) => d.round(places).toString().replace('.', ',');
const personen = (n: number) => `${n} ${n === 1 ? 'Haushaltsmitglied' : 'Haushaltsmitglieder'}`;
const ART_TEXT: Record<Einkommensart, string> = {
  nichtselbststaendig: 'Einnahmen aus nichtselbständiger Arbeit',
  rente: 'Rente',
  arbeitslosengeld: 'Arbeitslosengeld',
  elterngeld: 'Elterngeld',
  unterhalt: 'Unterhalt',
  sonstiges: 'sonstige Einnahmen',
};

/** An amount of a table for `members` (1…12): the value for up to five, plus each further member's amount. */
function forMembers(table: { bis5: readonly string[]; jeWeiteres: string }, members: number): Dezimal {
  const base = dez(table.bis5[Math.min(members, 5) - 1]);
  return base.plus(dez(table.jeWeiteres).times(Math.max(0, members - 5)));
}

export function berechneWohngeld(fall: Berechnungsfall): Ergebnis {
  const recht = rechtsstandAm(fall.stichtag);
  if (!recht) throw new BerechnungsFehler('stichtag', `${fall.stichtag} liegt vor dem ${deutschesDatum(FRUEHESTER_STICHTAG)}; für frühere Zeiträume ist kein Recht hinterlegt.`);
  if (fall.haushalt.length === 0) throw new BerechnungsFehler('haushalt', 'Der Haushalt hat kein Mitglied.');
  const schritte: Schritt[] = [];
  const step = (text: string, rechtsgrundlage: string, betrag?: Dezimal) =>
    schritte.push(betrag === undefined ? { text, rechtsgrundlage } : { text, rechtsgrundlage, betrag: betrag.round(2).toNumber() });

  step(`Stichtag ${deutschesDatum(fall.stichtag)}: ${recht.bezeichnung}`, '§ 19 WoGG mit Anlagen 1 bis 3');

  const alle = fall.haushalt.length;
  const gezaehlt = fall.haushalt.filter((m) => m.beruecksichtigt !== false);
  const n = gezaehlt.length;
  step(
    n === alle ? `Zu berücksichtigende Haushaltsmitglieder: ${n}` : `Zu berücksichtigende Haushaltsmitglieder: ${n} von ${alle} (die übrigen sind vom Wohngeld ausgeschlossen)`,
    n === alle ? '§§ 5, 6 WoGG' : '§§ 5 bis 8 WoGG',
  );
  if (n === 0) {
    step('Alle Haushaltsmitglieder sind vom Wohngeld ausgeschlossen: kein Anspruch', '§ 21 Nr. 2 WoGG');
    return { wohngeld: 0, anspruch: false, M: 0, Y: 0, hoechstbetrag: 0, schritte, rechtsstand: recht.bezeichnung };
  }

  // ---------------------------------------------------------------- M (§§ 11, 12)
  const tabelle = Math.min(alle, 12);
  const stufe = ROMAN[fall.mietstufe - 1];
  const hoechst = forMembers(recht.hoechstbetraege[fall.mietstufe], tabelle);
  const klima = forMembers(recht.klimakomponente, tabelle);
  const heiz = forMembers(recht.heizkostenentlastung, tabelle);
  const ueber12 = alle > 12 ? ` (bei mehr als zwölf Haushaltsmitgliedern die Beträge für zwölf)` : '';
  step(`Höchstbetrag für ${personen(tabelle)}, Mietstufe ${stufe}${ueber12}: ${euro(hoechst)}`, '§ 12 Abs. 1 WoGG, Anlage 1', hoechst);
  step(`Klimakomponente: ${euro(klima)}`, '§ 12 Abs. 7 WoGG', klima);
  const miete = dez(fall.bruttokaltmiete);
  let grenze = hoechst.plus(klima);
  let mieteAnteil = miete;
  let heizAnteil = heiz;
  if (n < alle) {
    const anteil = dez(n).dividedBy(alle);
    grenze = grenze.times(anteil);
    mieteAnteil = miete.times(anteil);
    heizAnteil = heiz.times(anteil);
    step(`Anteil der zu berücksichtigenden Mitglieder: ${n}/${alle}; Miete ${euro(mieteAnteil)}, Höchstbetrag mit Klimakomponente ${euro(grenze)}, Heizkostenentlastung ${euro(heizAnteil)}`, '§ 11 Abs. 3 WoGG');
  } else {
    step(`Höchstbetrag einschließlich Klimakomponente: ${euro(hoechst)} + ${euro(klima)} = ${euro(grenze)}`, '§ 11 Abs. 1 Satz 1 Nr. 1 WoGG', grenze);
  }
  const beruecksichtigt = Dezimal.min(mieteAnteil, grenze);
  step(
    mieteAnteil.compare(grenze) > 0
      ? `Miete ohne Heizkosten ${euro(mieteAnteil)} übersteigt den Höchstbetrag: berücksichtigt ${euro(beruecksichtigt)}`
      : `Miete ohne Heizkosten ${euro(mieteAnteil)} liegt im Höchstbetrag: berücksichtigt ${euro(beruecksichtigt)}`,
    '§§ 9, 11 Abs. 1 Satz 1 Nr. 1 WoGG',
    beruecksichtigt,
  );
  step(`Entlastung bei den Heizkosten für ${personen(tabelle)}: ${euro(heizAnteil)}`, '§ 12 Abs. 6 WoGG', heizAnteil);
  let M = beruecksichtigt.plus(heizAnteil);
  step(`M = ${euro(beruecksichtigt)} + ${euro(heizAnteil)} = ${euro(M)}`, '§ 11 Abs. 1 WoGG', M);

  // ---------------------------------------------------------------- Y (§§ 13–17)
  let gesamt = Dezimal.ZERO;
  let freibetraege = Dezimal.ZERO;
  for (const mitglied of gezaehlt) {
    const { jahreseinkommen, kindFreibetrag } = einkommenDesMitglieds(mitglied, step);
    gesamt = gesamt.plus(jahreseinkommen);
    if (mitglied.freibetraege?.schwerbehindert) {
      const betrag = dez(EINKOMMEN.freibetragSchwerbehindert);
      freibetraege = freibetraege.plus(betrag);
      step(`${mitglied.name}: Freibetrag für schwerbehinderte Menschen ${euro(betrag)} jährlich`, '§ 17 Nr. 1 WoGG', betrag);
    }
    if (kindFreibetrag) {
      freibetraege = freibetraege.plus(kindFreibetrag);
      step(`${mitglied.name}: Freibetrag für eigenes Einkommen des Kindes ${euro(kindFreibetrag)} jährlich (höchstens ${euro(dez(EINKOMMEN.freibetragKindEinkommen))})`, '§ 17 Nr. 4 WoGG', kindFreibetrag);
    }
  }
  if (gezaehlt.some((m) => m.freibetraege?.alleinerziehend)) {
    const betrag = dez(EINKOMMEN.freibetragAlleinerziehend);
    freibetraege = freibetraege.plus(betrag);
    step(`Freibetrag für Alleinerziehende ${euro(betrag)} jährlich (einmal je Haushalt)`, '§ 17 Nr. 3 WoGG', betrag);
  }
  let gesamteinkommen = gesamt.minus(freibetraege);
  if (gesamteinkommen.isNegative()) gesamteinkommen = Dezimal.ZERO;
  step(
    freibetraege.compare(0) > 0
      ? `Gesamteinkommen jährlich: ${euro(gesamt)} − Freibeträge ${euro(freibetraege)} = ${euro(gesamteinkommen)}`
      : `Gesamteinkommen jährlich: ${euro(gesamteinkommen)}`,
    '§ 13 Abs. 1 WoGG',
    gesamteinkommen,
  );
  let Y = gesamteinkommen.dividedBy(12);
  step(`Y = ${euro(gesamteinkommen)} / 12 = ${euro(Y)} monatlich`, '§ 13 Abs. 2 WoGG', Y);

  // ---------------------------------------------------------------- the formula (§ 19, Anlagen 2 and 3)
  const j = Math.min(n, 12);
  const mMin = dez(recht.mindestwerte.M[j - 1]);
  const yMin = dez(recht.mindestwerte.Y[j - 1]);
  if (M.compare(mMin) < 0) {
    step(`M liegt unter dem Mindestwert und wird durch ${euro(mMin)} ersetzt`, 'Anlage 3 Nr. 1 WoGG', mMin);
    M = mMin;
  }
  if (Y.compare(yMin) < 0) {
    step(`Y liegt unter dem Mindestwert und wird durch ${euro(yMin)} ersetzt`, 'Anlage 3 Nr. 1 WoGG', yMin);
    Y = yMin;
  }
  const k = recht.koeffizienten[j - 1];
  const [a, b, c] = [dez(k.a), dez(k.b), dez(k.c)];
  step(`Werte für ${personen(j)}: a = ${zahl(a)}, b = ${zahl(b)}, c = ${zahl(c)}`, 'Anlage 2 WoGG');
  step(`Formel: Wohngeld = 1,15 · (M − (a + b · M + c · Y) · Y) mit M = ${M.format(2)} und Y = ${Y.format(2)}`, '§ 19 Abs. 1 WoGG');
  const z1 = a.plus(b.times(M)).plus(c.times(Y));
  const z2 = z1.times(Y);
  const z3 = M.minus(z2);
  const z4 = dez('1.15').times(z3);
  step(`z1 = a + b · M + c · Y = ${zahl(z1)}`, 'Anlage 3 Nr. 2 WoGG');
  step(`z2 = z1 · Y = ${zahl(z2)}`, 'Anlage 3 Nr. 2 WoGG');
  step(`z3 = M − z2 = ${zahl(z3)}`, 'Anlage 3 Nr. 2 WoGG');
  step(`z4 = 1,15 · z3 = ${zahl(z4)} (ungerundetes monatliches Wohngeld)`, 'Anlage 3 Nr. 2 WoGG');
  let wohngeld = z4.isNegative() ? Dezimal.ZERO : z4.round(0);
  step(`Auf volle Euro gerundet: ${wohngeld.format(0)} €`, 'Anlage 3 Nr. 3 WoGG', wohngeld);

  if (n > 12) {
    const zuschlag = dez(recht.zuschlagAb13).times(n - 12);
    // "höchstens jedoch bis zur Höhe der zu berücksichtigenden Miete": in full euros, as the amount itself
    const obergrenze = M.floor();
    const erhoeht = Dezimal.min(wohngeld.plus(zuschlag), obergrenze);
    step(
      `Mehr als zwölf Haushaltsmitglieder: ${wohngeld.format(0)} € + ${n - 12} × ${euro(dez(recht.zuschlagAb13))} = ${euro(wohngeld.plus(zuschlag))}, höchstens M (${euro(obergrenze)}): ${erhoeht.format(0)} €`,
      '§ 19 Abs. 3 WoGG',
      erhoeht,
    );
    wohngeld = erhoeht;
  }

  const mindest = dez(EINKOMMEN.mindestbetrag);
  const anspruch = wohngeld.compare(mindest) >= 0;
  if (!anspruch) {
    step(`Wohngeld unter ${euro(mindest)} monatlich: kein Anspruch`, '§ 21 Nr. 1 WoGG');
    wohngeld = Dezimal.ZERO;
  } else step(`Wohngeld von ${wohngeld.format(0)} € monatlich erreicht den Mindestbetrag von ${euro(mindest)}: Anspruch besteht`, '§ 21 Nr. 1 WoGG');

  return {
    wohngeld: wohngeld.toNumber(),
    anspruch,
    M: M.round(2).toNumber(),
    Y: Y.round(2).toNumber(),
    hoechstbetrag: hoechst.toNumber(),
    schritte,
    rechtsstand: recht.bezeichnung,
  };
}

/** One member's Jahreseinkommen (§§ 14, 16) with its steps, and the § 17 Nr. 4 allowance of a child. */
function einkommenDesMitglieds(mitglied: Haushaltsmitglied, step: (text: string, rechtsgrundlage: string, betrag?: Dezimal) => void) {
  const sum = (art: Einkommensart) => mitglied.einkommen.filter((e) => e.art === art).reduce((s, e) => s.plus(dez(e.jahresbetrag)), Dezimal.ZERO);
  const name = mitglied.name;
  let einkuenfte = Dezimal.ZERO;
  let erwerb = Dezimal.ZERO;
  if (mitglied.einkommen.length === 0) step(`${name}: kein Einkommen`, '§ 14 WoGG');

  const arbeit = mitglied.einkommen.filter((e) => e.art === 'nichtselbststaendig');
  const regulaer = arbeit.filter((e) => !e.minijob);
  const minijobs = arbeit.filter((e) => e.minijob);
  if (regulaer.length > 0) {
    const lohn = regulaer.reduce((s, e) => s.plus(dez(e.jahresbetrag)), Dezimal.ZERO);
    const pausch = Dezimal.min(lohn, dez(EINKOMMEN.arbeitnehmerPauschbetrag));
    erwerb = lohn.minus(pausch);
    step(`${name}: ${ART_TEXT.nichtselbststaendig} ${euro(lohn)} jährlich − Arbeitnehmer-Pauschbetrag ${euro(pausch)} = ${euro(erwerb)}`, '§ 14 Abs. 1 WoGG, § 9a Satz 1 Nr. 1 Buchst. a EStG', erwerb);
  }
  if (minijobs.length > 0) {
    const minijob = minijobs.reduce((s, e) => s.plus(dez(e.jahresbetrag)), Dezimal.ZERO);
    erwerb = erwerb.plus(minijob);
    step(`${name}: pauschal besteuerter Minijob ${euro(minijob)} jährlich, in voller Höhe`, '§ 14 Abs. 1 Satz 3 Nr. 2 WoGG, § 40a EStG', minijob);
  }
  einkuenfte = einkuenfte.plus(erwerb);
  const rente = sum('rente');
  if (mitglied.einkommen.some((e) => e.art === 'rente')) {
    const pausch = Dezimal.min(rente, dez(EINKOMMEN.rentenPauschbetrag));
    const netto = rente.minus(pausch);
    einkuenfte = einkuenfte.plus(netto);
    step(`${name}: ${ART_TEXT.rente} ${euro(rente)} jährlich − Werbungskosten-Pauschbetrag ${euro(pausch)} = ${euro(netto)}`, '§ 14 Abs. 1 und Abs. 2 Nr. 3 WoGG, § 9a Satz 1 Nr. 3 EStG', netto);
  }
  const elterngeld = mitglied.einkommen.filter((e) => e.art === 'elterngeld');
  if (elterngeld.length > 0) {
    const betrag = sum('elterngeld');
    const plus = elterngeld.every((e) => e.elterngeldPlus === true);
    const monate = Math.min(12, elterngeld.reduce((s, e) => s + (e.monate ?? 12), 0));
    const frei = Dezimal.min(betrag, dez(plus ? EINKOMMEN.elterngeldPlusFreiMonatlich : EINKOMMEN.elterngeldFreiMonatlich).times(monate));
    const angerechnet = betrag.minus(frei);
    einkuenfte = einkuenfte.plus(angerechnet);
    step(
      `${name}: ${ART_TEXT.elterngeld}${plus ? ' (ElterngeldPlus)' : ''} ${euro(betrag)} jährlich − anrechnungsfrei ${euro(frei)}${monate < 12 ? ` (${monate} Monat${monate === 1 ? '' : 'e'} Bezug)` : ''} = ${euro(angerechnet)}`,
      `§ 14 Abs. 2 Nr. 6 WoGG, § 10 Abs. 1${plus ? ' und 3' : ''} BEEG`,
      angerechnet,
    );
  }
  for (const art of ['arbeitslosengeld', 'unterhalt', 'sonstiges'] as const) {
    if (!mitglied.einkommen.some((e) => e.art === art)) continue;
    const betrag = sum(art);
    einkuenfte = einkuenfte.plus(betrag);
    const grundlage = art === 'arbeitslosengeld' ? '§ 14 Abs. 2 Nr. 6 WoGG' : art === 'unterhalt' ? '§ 14 Abs. 2 Nr. 19, 20a WoGG' : '§ 14 WoGG';
    step(`${name}: ${ART_TEXT[art]} ${euro(betrag)} jährlich, in voller Höhe`, grundlage, betrag);
  }

  const { steuern, krankenversicherung, rentenversicherung } = mitglied.abzuege;
  const arten = [steuern && 'Steuern vom Einkommen', krankenversicherung && 'Kranken- und Pflegeversicherung', rentenversicherung && 'Rentenversicherung'].filter(Boolean) as string[];
  const faktor = dez(1).minus(dez(EINKOMMEN.pauschalabzugProzent).times(arten.length));
  const jahreseinkommen = einkuenfte.times(faktor);
  if (mitglied.einkommen.length > 0) {
    step(
      arten.length > 0
        ? `${name}: pauschaler Abzug ${arten.length * 10} % (${arten.join(', ')}): ${euro(einkuenfte)} − ${euro(einkuenfte.minus(jahreseinkommen))} = ${euro(jahreseinkommen)}`
        : `${name}: kein pauschaler Abzug (keine Steuern und Pflichtbeiträge): ${euro(jahreseinkommen)}`,
      arten.length > 0 ? `§ 16 Abs. 1 Nr. ${[steuern && 1, krankenversicherung && 2, rentenversicherung && 3].filter(Boolean).join(', ')} WoGG` : '§ 16 WoGG',
      jahreseinkommen,
    );
  }
  let kindFreibetrag: Dezimal | undefined;
  if (mitglied.freibetraege?.kind && erwerb.compare(0) > 0) kindFreibetrag = Dezimal.min(erwerb.times(faktor), dez(EINKOMMEN.freibetragKindEinkommen));
  return { jahreseinkommen, kindFreibetrag };
}

export type { Mietstufe, Rechtsstand };
