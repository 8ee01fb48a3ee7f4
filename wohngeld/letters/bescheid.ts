/**
 * The Bescheid-Entwurf: the draft decision a caseworker completes and signs off — the amount and
 * the approval period (§ 25 WoGG), the calculation with every step, the reasons, and a section on
 * legal remedies that is clearly a template for the office to complete (it depends on the Land:
 * Widerspruch or direct action).
 */
import type { Antrag } from '../antrag.js';
import type { Ergebnis } from '../law/calculate.js';
import type { Briefkopf } from './briefkopf.js';
import { deutschesDatum, ersterDesMonats } from '../datum.js';
import { Brief } from './layout.js';

export interface BescheidDaten {
  antrag: Antrag;
  ergebnis: Ergebnis;
  entscheidung: 'bewilligen' | 'ablehnen';
  /** the caseworker's reasons, German */
  begruendung: string;
  datum: string;
  briefkopf: Briefkopf;
  /** § 25 Abs. 1 WoGG: 12 months as a rule, 1 to 24 */
  bewilligungsmonate?: number;
  aktenzeichen?: string;
  sachbearbeitung?: string;
}

export interface Bescheid {
  pdf: Uint8Array;
  bewilligungszeitraum?: { von: string; bis: string };
  betreff: string;
}

/** § 25 Abs. 2 WoGG: from the first of the month the application came in, for `monate` months. */
export function bewilligungszeitraum(eingangsdatum: string, monate: number): { von: string; bis: string } {
  if (!Number.isInteger(monate) || monate < 1 || monate > 24) throw new RangeError('Der Bewilligungszeitraum muss 1 bis 24 Monate umfassen (§ 25 Abs. 1 WoGG).');
  const year = Number(eingangsdatum.slice(0, 4));
  const month = Number(eingangsdatum.slice(5, 7)) - 1;
  const end = new Date(Date.UTC(year, month + monate, 0));
  return { von: ersterDesMonats(eingangsdatum), bis: end.toISOString().slice(0, 10) };
}

export const RECHTSBEHELF_VORLAGE = [
  '[VORLAGE – von der Wohngeldbehörde vor dem Versand zu ergänzen und zu prüfen; je nach Land ist Widerspruch oder unmittelbar Klage gegeben.]',
  'Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich, in elektronischer Form nach § 36a Abs. 2 SGB I oder zur Niederschrift bei [Behörde, Anschrift] einzulegen.',
  '[Falls im Land kein Widerspruchsverfahren stattfindet: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht [Ort, Anschrift] erhoben werden.]',
];

const euro = (n: number) => `${n.toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} €`;

export async function erstelleBescheidEntwurf(daten: BescheidDaten): Promise<Bescheid> {
  const { antrag, ergebnis, briefkopf } = daten;
  if (daten.entscheidung === 'bewilligen' && !ergebnis.anspruch) throw new Error('Bewilligung ohne Anspruch: die Berechnung ergibt kein Wohngeld (§ 21 WoGG). Entscheidung oder Berechnung prüfen.');
  if (daten.begruendung.trim().length === 0) throw new Error('Die Begründung fehlt.');
  const aktenzeichen = daten.aktenzeichen ?? antrag.antragId;
  const zeitraum = daten.entscheidung === 'bewilligen' ? bewilligungszeitraum(antrag.eingangsdatum, daten.bewilligungsmonate ?? 12) : undefined;
  const betreff = daten.entscheidung === 'bewilligen' ? 'Bescheid über Wohngeld (Mietzuschuss)' : 'Bescheid über die Ablehnung Ihres Antrags auf Wohngeld';
  const brief = await Brief.neu(briefkopf, `ENTWURF ${betreff} – ${aktenzeichen}`, `ENTWURF · ${briefkopf.behoerde} · Aktenzeichen ${aktenzeichen}`);

  brief.kopfFuerAntrag(antrag, { aktenzeichen, datum: daten.datum, sachbearbeitung: daten.sachbearbeitung });
  brief.kasten('ENTWURF – nicht versenden', ['Dieser Bescheid ist ein Entwurf. Die Sachbearbeitung prüft ihn, ergänzt die Rechtsbehelfsbelehrung und gibt ihn frei.']);
  brief.absatz(betreff, { bold: true, size: 12, abstand: 12 });
  brief.absatz(Brief.anrede(antrag));
  if (zeitraum) {
    brief.absatz(
      `auf Ihren Antrag vom ${deutschesDatum(antrag.eingangsdatum)} wird Ihnen für die Zeit vom ${deutschesDatum(zeitraum.von)} bis ${deutschesDatum(zeitraum.bis)} Wohngeld in Höhe von monatlich ${ergebnis.wohngeld} € bewilligt.`,
      { bold: true },
    );
    brief.absatz(`Das Wohngeld wird monatlich im Voraus auf Ihr Konto${antrag.bankverbindung ? ` ${antrag.bankverbindung.iban.replace(/(.{4})/g, '$1 ').trim()}` : ''} überwiesen (§ 26 WoGG).`);
  } else {
    brief.absatz(`Ihr Antrag auf Wohngeld vom ${deutschesDatum(antrag.eingangsdatum)} wird abgelehnt.`, { bold: true });
  }

  brief.absatz('Begründung', { bold: true, abstand: 4 });
  brief.absatz(daten.begruendung.trim());
  brief.absatz(
    ergebnis.anspruch
      ? `Das Wohngeld ist nach § 19 WoGG in Verbindung mit den Anlagen 1 bis 3 berechnet (${ergebnis.rechtsstand}). Zu berücksichtigen sind die Miete M = ${euro(ergebnis.M)} und das monatliche Gesamteinkommen Y = ${euro(ergebnis.Y)}.`
      : `Nach der Berechnung gemäß § 19 WoGG (${ergebnis.rechtsstand}) ergibt sich kein Wohngeld von mindestens 10 € monatlich; ein Anspruch besteht daher nicht (§ 21 WoGG).`,
  );

  brief.absatz('Berechnung', { bold: true, abstand: 4 });
  ergebnis.schritte.forEach((s, i) => brief.zeile(`${i + 1}. ${s.text}`, s.rechtsgrundlage, { size: 8.5 }));
  brief.abstand(8);
  brief.zeile('Wohngeld monatlich', `${ergebnis.wohngeld} €`, { bold: true, size: 10 });
  brief.abstand(10);

  brief.absatz('Hinweise', { bold: true, abstand: 4 });
  brief.absatz('Bitte teilen Sie uns unverzüglich mit, wenn sich die Zahl der Haushaltsmitglieder ändert, Sie umziehen, sich Ihre Miete um mehr als 15 % verringert oder das Gesamteinkommen um mehr als 15 % steigt (§ 27 Abs. 3 WoGG).');
  brief.kasten('Rechtsbehelfsbelehrung – VORLAGE, von der Wohngeldbehörde zu ergänzen', RECHTSBEHELF_VORLAGE);
  brief.absatz('Mit freundlichen Grüßen');
  brief.absatz('Im Auftrag', { abstand: 2 });
  if (daten.sachbearbeitung) brief.absatz(daten.sachbearbeitung);

  return { pdf: await brief.bytes(), bewilligungszeitraum: zeitraum, betreff };
}
