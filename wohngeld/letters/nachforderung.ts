/**
 * The Nachforderung: the letter asking for the missing proofs — each with its reason, a deadline
 * from the office's period, and the notice on the duty to cooperate and the consequences under
 * §§ 60, 66 SGB I (without that written notice a refusal for lack of cooperation is not allowed,
 * § 66 Abs. 3 SGB I).
 */
import type { Antrag } from '../antrag.js';
import { CATALOG } from '../catalog.js';
import type { FehlenderNachweis } from '../completeness.js';
import type { Briefkopf } from './briefkopf.js';
import { deutschesDatum } from '../datum.js';
import { fristende } from './frist.js';
import { Brief } from './layout.js';

export interface NachforderungDaten {
  antrag: Antrag;
  fehlend: readonly FehlenderNachweis[];
  /** the letter's date (ISO) */
  datum: string;
  briefkopf: Briefkopf;
  /** the case number; default: the application id */
  aktenzeichen?: string;
  sachbearbeitung?: string;
}

export interface Nachforderung {
  pdf: Uint8Array;
  /** the deadline (ISO) */
  frist: string;
  /** the letter's text lines, for the case file and tests */
  betreff: string;
}

export const MITWIRKUNG_HINWEIS = [
  'Nach § 60 Abs. 1 des Ersten Buches Sozialgesetzbuch (SGB I) sind Sie verpflichtet, alle Tatsachen anzugeben, die für das Wohngeld erheblich sind, und auf Verlangen Beweisurkunden vorzulegen oder ihrer Vorlage zuzustimmen.',
  'Kommen Sie dieser Mitwirkungspflicht bis zum Ablauf der Frist nicht nach und wird dadurch die Aufklärung des Sachverhalts erheblich erschwert, kann das Wohngeld nach § 66 Abs. 1 SGB I ohne weitere Ermittlungen bis zur Nachholung der Mitwirkung ganz oder teilweise versagt werden. Dieses Schreiben ist der schriftliche Hinweis auf diese Folge nach § 66 Abs. 3 SGB I.',
  'Wird die Mitwirkung nachgeholt und liegen die Voraussetzungen für das Wohngeld vor, kann es nachträglich ganz oder teilweise erbracht werden (§ 67 SGB I).',
];

export async function erstelleNachforderung(daten: NachforderungDaten): Promise<Nachforderung> {
  if (daten.fehlend.length === 0) throw new Error('Keine fehlenden Nachweise: eine Nachforderung ist nicht nötig.');
  const { antrag, briefkopf } = daten;
  const aktenzeichen = daten.aktenzeichen ?? antrag.antragId;
  const frist = fristende(daten.datum, briefkopf.fristTage);
  const betreff = `Ihr Antrag auf Wohngeld vom ${deutschesDatum(antrag.eingangsdatum)} – bitte reichen Sie Unterlagen nach`;
  const brief = await Brief.neu(briefkopf, `Nachforderung von Unterlagen – ${aktenzeichen}`, `${briefkopf.behoerde} · ${briefkopf.stelle} · Aktenzeichen ${aktenzeichen}`);

  brief.kopfFuerAntrag(antrag, { aktenzeichen, datum: daten.datum, sachbearbeitung: daten.sachbearbeitung });
  brief.absatz(betreff, { bold: true, size: 11.5, abstand: 14 });
  brief.absatz(Brief.anrede(antrag));
  brief.absatz('vielen Dank für Ihren Antrag auf Wohngeld. Damit wir ihn bearbeiten können, fehlen noch die folgenden Unterlagen:');

  daten.fehlend.forEach((f, i) => {
    const fuer = f.mitglied ? ` (für ${f.mitglied.name})` : '';
    const arten = f.nachweis.map((t) => CATALOG[t].label).join(' oder ');
    brief.punkt(`${i + 1}.`, `${f.bezeichnung}${fuer}`, `${f.grund}${f.nachweis.length > 1 ? ` Es genügt: ${arten}.` : ''}`);
  });

  brief.abstand(4);
  brief.absatz(`Bitte reichen Sie die Unterlagen bis zum ${deutschesDatum(frist)} ein.`, { bold: true });
  brief.absatz(
    `Geben Sie dabei bitte das Aktenzeichen ${aktenzeichen} an.${briefkopf.onlineEinreichung ? ` Sie können die Unterlagen online einreichen: ${briefkopf.onlineEinreichung}.` : ''} Per Post erreichen Sie uns unter ${briefkopf.behoerde}, ${briefkopf.stelle}, ${briefkopf.anschrift.strasse}, ${briefkopf.anschrift.plz} ${briefkopf.anschrift.ort}.${briefkopf.oeffnungszeiten ? ` Persönlich: ${briefkopf.oeffnungszeiten}.` : ''} Reichen Sie bitte Kopien ein, keine Originale.`,
  );
  brief.absatz('Können Sie einen Nachweis nicht bis zu diesem Tag beschaffen, melden Sie sich bitte vorher bei uns: wir können die Frist verlängern.');
  brief.kasten('Hinweis zu Ihrer Mitwirkungspflicht (§§ 60, 66 SGB I)', MITWIRKUNG_HINWEIS);
  brief.absatz('Mit freundlichen Grüßen');
  brief.absatz('Im Auftrag', { abstand: 2 });
  if (daten.sachbearbeitung) brief.absatz(daten.sachbearbeitung);
  brief.absatz('Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.', { size: 8.5, farbe: 'grau' });

  return { pdf: await brief.bytes(), frist, betreff };
}
