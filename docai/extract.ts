/**
 * Extraction: every field of the catalog for a document type, read from the document's text with
 * its evidence (the exact string on the page), normalised as the catalog says, then checked for
 * plausibility (./validate.ts). A field the document does not contain is absent.
 *
 * The pieces: ./extract/rules.ts (the label table), ./extract/engine.ts (label → value search),
 * ./extract/special.ts (periods, recipients, ticked boxes, household lists, …).
 */
import { CATALOG, type ExtractedField } from '../wohngeld/catalog.js';
import { extractByRules, readingAt, toField, type Found } from './extract/engine.js';
import { above, below, layoutOf, rowsOf, sameRow, type Layout, type Line } from './extract/layout.js';
import { bornOnPhrase, householdPhrase, livesAtPhrase, writtenForName } from './extract/letter.js';
import { RULES } from './extract/rules.js';
import {
  applicantRegisterRow,
  currentTablePeriod,
  greetedRecipient,
  rowText,
  designatedParty,
  statedParty,
  partyInSection,
  partyUnderRole,
  findBoundary,
  findPeriod,
  householdApplicant,
  onlyNamedOption,
  salutationName,
  certifiedPerson,
  senderName,
  tablePeriods,
  headerOrganisation,
  householdCount,
  lebensmonat,
  periodsOnLine,
  headIban,
  ownAccountIban,
  recipientName,
  referenceCustomerNumber,
  splitName,
  tickedOption,
  type Period,
} from './extract/special.js';
import type { DocumentText, DocumentTypeId, Extraction } from './types.js';
import { validateFields, type ValidateOptions } from './validate.js';
import { findAmounts, findDates, findCounts } from './normalize.js';
import { rowOf } from './extract/context.js';
import { mixedCasePrinting } from './extract/casing.js';

type Readings = Map<string, Found>;

/** Keep the better of two readings of one field. */
function offer(readings: Readings, found: Found | null | undefined, minScoreOverExisting = 0) {
  if (!found) return;
  const existing = readings.get(found.field);
  if (!existing || found.score > existing.score + minScoreOverExisting) readings.set(found.field, found);
}

/** Fill a field only when no label gave it. */
function fallback(readings: Readings, found: Found | null | undefined) {
  if (!found || readings.has(found.field)) return;
  readings.set(found.field, found);
}

/** A period of leave, not of attendance. */
const LEAVE = /Beurlaubung|beurlaubt|Urlaubssemester|Unterbrechung|Ferien/i;
const SCHOOL = /(Schule|schule\b|Gymnasium|Universität|Hochschule|Akademie|[Kk]olleg\b|Lyzeum|Fachhochschule|Technische Universität|Oberstufenzentrum|[Bb]ildungszentrum|Bildungswerk|Seminar\b|Conservatorium|Konservatorium|[Ff]örderzentrum|\bSBBZ\b)/;
/** Words about a school, not its name: "C Bestätigung der Schule", "besucht unsere Schule". */
const ABOUT_A_SCHOOL = /\b(der|die|des|den|dem|zur|zum|unsere|unserer|eine|einer|Ihre|Ihrer)\s+(Schule|Hochschule|Universität|Förderzentrums?)\b|Bestätigung|Bescheinigung|Angaben|Stempel/i;
/** Captions over the kind of schooling, not the school's name: „Bildungsgang / Schulform“ over „Berufliches Gymnasium“. */
const KIND_OF_SCHOOLING = /Bildungsgang|Schulform|Schulart|Schultyp|Schulzweig|Studiengang|Studienfach|Fachrichtung|Ausbildungsberuf|Abschluss|Klasse/i;
const COMPANY = /(GmbH|\bAG\b|\bKG\b|\bKGaA\b|\bOHG\b|\beG\b|e\.\s?V\.|e\.\s?K\.|e\.\s?Kfm\.|mbH|Stiftung|\bAöR\b|\bPartG|\bGbR\b|\bUG\b|\bSE\b|& Co|\bInc\.?|\bLtd\.?|Klinikum|Krankenhaus|Stadtwerke|Stadtverwaltung|Landratsamt|Gemeinde|Universität|Bäckerei|Handwerk|Praxis|Kanzlei|Werk\b|Werke\b|Logistik|Service|Dienstleistung|Gastronomie|Pflegedienst|Markt\b|Handel)/;

/** A certificate for a subtenant: its title or opening speaks of subletting. */
const SUBLET = /Untermiet(bescheinigung|verhältnis|vertrag|e\b)|Untervermiet|für Untermieter/i;
const SUBTENANT_SECTION = /Untermieter(?!\p{L})|Untermieterin/u;
const SUBLESSOR_SECTION = /Untervermieter|Hauptmieter/;

function isSublet(layout: Layout): boolean {
  const first = layout.pages[0];
  return !!first && first.lines.slice(0, 12).some((line) => SUBLET.test(line.text));
}

/** Periods an unemployment-benefit notice names besides the benefit's: the assessment period and the qualifying framework period. */
const NOT_THE_BENEFITS_PERIOD = /Bemessung|Rahmenfrist/i;

/** Offices that compute pay for an employer: the header of a payslip may name them instead of the employer. */
const PAYROLL_OFFICE = /(Bezügestelle|Besoldung|Bezüge|Gehaltsabrechnung|Lohnbüro|Personalabrechnung|Abrechnungsstelle|Abrechnungszentrum|Lohnabrechnungsstelle|Versorgungsamt|Steuerberat|Lohnbuchhaltung|Lohnservice|Abrechnungsservice)/i;

function byType(type: DocumentTypeId, layout: Layout, readings: Readings): void {
  switch (type) {
    case 'antrag': {
      // surname and given names in captioned fields of their own beat a weaker caption elsewhere
      offer(readings, splitName(layout, 'antragsteller_name'));
      // (a row the form marks as the applicant's beats a weak caption elsewhere: „Name der kontoführenden Person“)
      offer(readings, householdApplicant(layout, 'antragsteller_name'));
      const art = tickedOption(
        layout,
        [
          { id: 'erstantrag', labels: ['Erstantrag', 'Erstmaliger Antrag', 'Erstmalige Antragstellung', 'Erstmalige Beantragung', 'Neuantrag', 'erstmalige Bewilligung', 'Erstbewilligung', 'bisher kein Wohngeld erhalten', 'bisher kein Wohngeld', 'bisher kein Bezug', 'zum ersten Mal', 'erstmals Wohngeld', 'erstmalig'] },
          { id: 'weiterleistungsantrag', labels: ['Weiterleistungsantrag', 'Wiederholungsantrag', 'Folgeantrag', 'Anschlussantrag', 'Weiterleistung', 'Weiterbewilligung', 'Weitergewährung', 'im Anschluss an den auslaufenden Bewilligungszeitraum', 'im Anschluss an den bisherigen Bewilligungszeitraum', 'im Anschluss an den laufenden Bewilligungszeitraum', 'im Anschluss an meinen laufenden Bewilligungszeitraum', 'im Anschluss an meinen bisherigen Bewilligungszeitraum', 'nach dem Ende des laufenden Bewilligungszeitraums', 'Weiterzahlung', 'Bewilligungszeitraum endet', 'für den folgenden Zeitraum', 'Folgezeitraum', 'für den Folgezeitraum', 'für die Folgezeit', 'nach Ablauf des laufenden Bewilligungszeitraums', 'nach Ablauf des bisherigen Bewilligungszeitraums', 'Bewilligungszeitraum läuft ab', 'weitergezahlt werden', 'Verlängerung im Anschluss', 'im Anschluss an den Bewilligungszeitraum'] },
          { id: 'erhoehungsantrag', labels: ['Erhöhungsantrag', 'Antrag auf Erhöhung', 'Erhöhung des Wohngeldes', 'Erhöhung', 'Höherbewilligung', 'Neuberechnung im laufenden Bezug', 'Neuberechnung während des Bewilligungszeitraums', 'Mehrbetrag wegen Änderung', 'Änderung der Verhältnisse im laufenden Bezug', '§ 27 Abs. 1 WoGG'] },
        ],
        'antragsart',
      );
      if (art) readings.set('antragsart', art);
      fallback(
        readings,
        onlyNamedOption(
          layout,
          [
            { id: 'erstantrag', labels: ['Erstantrag', 'Neuantrag', 'erstmals', 'erstmalige Bewilligung', 'erstmalig Wohngeld', 'zum ersten Mal Wohngeld', 'noch nie Wohngeld'] },
            { id: 'weiterleistungsantrag', labels: ['Weiterleistungsantrag', 'Wiederholungsantrag', 'Folgeantrag', 'Weiterbewilligung', 'Weiterleistung', 'für den anschließenden Zeitraum', 'anschließenden Bewilligungszeitraum', 'im Anschluss an den laufenden Bewilligungszeitraum', 'im Anschluss an meinen laufenden Bewilligungszeitraum', 'im Anschluss an meinen bisherigen Bewilligungszeitraum', 'nach Ablauf des bisherigen Bewilligungszeitraums', 'nach Ablauf des laufenden Bewilligungszeitraums', 'Weiterzahlung des Wohngeldes', 'Weiterbewilligung des Wohngeldes', 'Wohngeld auch für den nächsten Zeitraum'] },
            { id: 'erhoehungsantrag', labels: ['Erhöhungsantrag', 'Antrag auf Erhöhung', 'Erhöhung des Wohngeldes'] },
          ],
          'antragsart',
        ),
      );
      // "Vor der Unterzeichnenden erscheint Herr Björn Weiß, geboren am …": the applicant of a record taken down at the counter
      fallback(readings, salutationName(layout, 'antragsteller_name', /geboren|geb\.|wohnhaft|erscheint|beantragt|beantrage/));
      // a formless application by letter or e-mail states its particulars in sentences
      fallback(readings, writtenForName(layout, 'antragsteller_name'));
      fallback(readings, bornOnPhrase(layout, 'geburtsdatum'));
      fallback(readings, livesAtPhrase(layout, 'anschrift'));
      const household = householdCount(
        layout,
        'haushaltsmitglieder',
        ['Haushaltsmitglieder', 'Angaben zu den Haushaltsmitgliedern', 'Alle Personen, die mit Ihnen zusammen wohnen', 'Personen, die mit Ihnen zusammen wohnen', 'Zum Haushalt gehörende Personen', 'Zum Haushalt gehören', 'Personen im Haushalt', 'Haushalt', 'Im Haushalt lebende Personen', 'Weitere Haushaltsmitglieder', 'Familienmitglieder', 'Haushaltsangehörige'],
        ['Einkommen', 'Angaben zum Einkommen', 'Bankverbindung', 'Auszahlung', 'Gesamtzahl', 'Zahl der Haushaltsmitglieder', 'Anzahl der Haushaltsmitglieder', 'Angaben zur Wohnung', 'Wohnung', 'Miete', 'Erklärung', 'Unterschrift', 'Kosten', 'Belastung', 'Angaben zur Miete', 'Zahlungsweg', 'Datenschutz', 'Versicherung', 'Ort, Datum', 'Anlagen', 'IBAN', 'Konto', 'Kontoinhaber'],
      );
      const printed = readings.get('haushaltsmitglieder');
      // a list of persons is what the field counts; a printed total only when no list is found —
      // or on a scan that lost a row of the list (a name read as „Braun, AIP“ is no person): a total one above the rows counted
      // (more than one row lost is rarer than a misread total: „Zahl der Haushaltsmitglieder ‚4 1“)
      const rowLost = printed && household && !household.line.textLayer && printed.value === Number(household.value) + 1;
      if (household && printed && !rowLost) readings.set('haushaltsmitglieder', household);
      else if (!printed) offer(readings, household);
      fallback(readings, householdPhrase(layout, 'haushaltsmitglieder'));
      break;
    }
    case 'mietbescheinigung':
      fallback(readings, designatedParty(layout, 'tenant', 'mieter_name', 'name'));
      fallback(readings, designatedParty(layout, 'landlord', 'vermieter_name', 'party'));
      fallback(readings, statedParty(layout, 'tenant', 'mieter_name', 'name'));
      fallback(readings, statedParty(layout, 'landlord', 'vermieter_name', 'party'));
      fallback(readings, salutationName(layout, 'mieter_name', /Miet|bewohnt|Wohnung/));
      fallback(readings, certifiedPerson(layout, 'mieter_name'));
      // a certificate written to the tenant ("Sehr geehrte Frau Schneider, … Ihrer Wohnung")
      if (layout.lines.some((line) => /(?<![\p{L}])(Ihre[rn]?|Sie)\s+(\S+\s+)?(Wohnung|Genossenschaftswohnung|Mietwohnung|Mietverhältnis|bewohnen|nutzen|zahlen)/u.test(line.text))) {
        fallback(readings, greetedRecipient(layout, 'mieter_name'));
      }
      fallback(readings, senderName(layout, 'vermieter_name'));
      fallback(readings, sincePhrase(layout, 'einzugsdatum', /(Mieter|Mieterin|bewohnt|wohnt|wohnhaft|Wohnung|gemietet|Mietverhältnis)/));
      fallback(readings, personsPhrase(layout, 'bewohner_anzahl'));
      if (isSublet(layout)) {
        // the subtenant rents from the main tenant: the parties are named in their sections
        offer(readings, partyInSection(layout, 'mieter_name', 'name', SUBTENANT_SECTION), -1);
        offer(readings, partyInSection(layout, 'vermieter_name', 'party', SUBLESSOR_SECTION), -1);
      }
      rentFromItsSum(layout, readings);
      break;
    case 'mietvertrag':
      // the parties as the contract designates them beat a label in the running text
      offer(readings, partyUnderRole(layout, 'tenant', 'mieter_name', 'name'), -1);
      offer(readings, partyUnderRole(layout, 'landlord', 'vermieter_name', 'party'), -1);
      offer(readings, designatedParty(layout, 'tenant', 'mieter_name', 'name'), -1);
      offer(readings, designatedParty(layout, 'landlord', 'vermieter_name', 'party'), -1);
      offer(readings, statedParty(layout, 'tenant', 'mieter_name', 'name'), -1);
      offer(readings, statedParty(layout, 'landlord', 'vermieter_name', 'party'), -1);
      break;
    case 'lohnabrechnung': {
      fallback(readings, recipientName(layout, 'arbeitnehmer_name'));
      fallback(readings, headerOrganisation(layout, 'arbeitgeber', COMPANY, 0.3, PAYROLL_OFFICE));
      // a payroll office's or tax adviser's own staff: the only company at the top is the employer
      const ownStaff = headerOrganisation(layout, 'arbeitgeber', COMPANY, 0.3);
      fallback(readings, ownStaff && { ...ownStaff, score: ownStaff.score * 0.75 });
      for (const field of ['krankenversicherung', 'rentenversicherung']) contributionNotBase(layout, readings, field);
      break;
    }
    case 'rentenbescheid':
      fallback(readings, splitName(layout, 'name'));
      fallback(readings, recipientName(layout, 'name'));
      partialPension(layout, readings);
      break;
    case 'arbeitslosengeldbescheid': {
      fallback(readings, referenceCustomerNumber(layout, 'kundennummer'));
      fallback(readings, splitName(layout, 'name'));
      fallback(readings, recipientName(layout, 'name'));
      const table = currentTablePeriod(layout, ['bewilligung_von', 'bewilligung_bis'], NOT_THE_BENEFITS_PERIOD);
      dailyRateOfCurrentRow(layout, readings, table);
      if (table?.besideUnpaid) {
        // a table that sets the paid period apart from a blocking period or a resting claim: the
        // dates of those in the running text ("ruht … ab dem 29. Jan. 2025") are not the benefit's
        readings.set('bewilligung_von', table.von);
        readings.set('bewilligung_bis', table.bis);
        break;
      }
      const period = findPeriod(
        layout,
        ['Bewilligungszeitraum', 'Bewilligungsabschnitt', 'Leistungszeitraum', 'Anspruchszeitraum', 'bewilligt vom', 'bewilligt für die Zeit vom', 'für die Zeit vom', 'Zeitraum', 'vom', 'ab dem|0.8', 'Bewilligung|0.9', 'Bewilligt|0.9', 'Leistungsanspruch|0.9', 'Anspruch|0.85', 'Dauer|0.8'],
        ['bewilligung_von', 'bewilligung_bis'],
        { anywhere: true, ausser: NOT_THE_BENEFITS_PERIOD },
      );
      offer(readings, table?.von);
      offer(readings, table?.bis);
      offer(readings, period?.von);
      offer(readings, period?.bis);
      // a date printed alone beats a whole period only when clearly better: "bis zum" is also said of other benefits
      offer(readings, findBoundary(layout, ['Beginn', 'Leistungsbeginn', 'Beginn der Leistung', 'Anspruchsbeginn', 'bewilligt ab', 'ab dem', 'Bewilligung ab', 'Bewilligungsbeginn', 'Bewilligungsabschnitt vom', 'Bewilligungszeitraum vom', 'erhalten Sie ab', 'Sie erhalten ab', 'Arbeitslosengeld ab', 'Zahlung ab', 'Anspruch ab', 'erster Tag', 'mit Wirkung vom', 'mit Wirkung ab'], 'bewilligung_von', false), period ? 0.15 : 0);
      offer(
        readings,
        findBoundary(
          layout,
          ['Bewilligungsabschnitt bis', 'Bewilligungszeitraum bis', 'Ende', 'Leistungsende', 'Ende der Leistung', 'Anspruchsende', 'bewilligt bis', 'bis zum', 'Bewilligung bis', 'Bewilligungsende', 'endet am', 'endet voraussichtlich am', 'Anspruch endet', 'längstens bis', 'bis einschließlich', 'gilt bis', 'Bewilligung gilt bis', 'gilt bis einschließlich', 'letzter Leistungstag', 'Anspruch erschöpft am', 'Leistung ist bis', 'Anspruch ist bis', 'letzter Tag', 'endet mit dem', 'endet mit Ablauf des', 'Bewilligung endet'],
          'bewilligung_bis',
          true,
        ),
        period ? 0.15 : 0,
      );
      break;
    }
    case 'elterngeldbescheid': {
      fallback(readings, splitName(layout, 'name'));
      fallback(readings, recipientName(layout, 'name'));
      elterngeldPeriod(layout, readings);
      break;
    }
    case 'meldebescheinigung': {
      offer(readings, splitName(layout, 'name'), 0.05);
      fallback(readings, salutationName(layout, 'name'));
      fallback(readings, recipientName(layout, 'name'));
      // a family's extract: the applicant's row, not the first
      const applicant = applicantRegisterRow(layout);
      for (const found of [applicant?.name, applicant?.geburtsdatum, applicant?.einzugsdatum]) if (found) readings.set(found.field, found);
      break;
    }
    case 'kontoauszug': {
      fallback(readings, recipientName(layout, 'kontoinhaber'));
      fallback(readings, salutationName(layout, 'kontoinhaber'));
      fallback(readings, headIban(layout, 'iban'));
      const ownAccount = ownAccountIban(layout, 'iban', readings.get('iban'));
      if (ownAccount) readings.set('iban', ownAccount);
      const period = findPeriod(
        layout,
        ['Zeitraum', 'Auszugszeitraum', 'Abrechnungszeitraum', 'Kontoauszug vom', 'Kontoauszug', 'Auszug vom', 'Auszug', 'vom', 'Buchungszeitraum', 'Berichtszeitraum', 'Periode'],
        ['zeitraum_von', 'zeitraum_bis'],
        // a credit card's own settlement period in a report on several products is not the account's
        { anywhere: true, otherThing: /Karteninhaber|Kreditkarte|Visa|Mastercard|Kartenabrechnung/i },
      );
      offer(readings, period?.von);
      offer(readings, period?.bis);
      break;
    }
    case 'schwerbehindertenausweis':
      fallback(readings, splitName(layout, 'name'));
      fallback(readings, salutationName(layout, 'name'));
      fallback(readings, recipientName(layout, 'name'));
      unlimited(layout, readings);
      break;
    case 'schulbescheinigung':
      fallback(readings, splitName(layout, 'name'));
      fallback(readings, salutationName(layout, 'name'));
      // the first school name from the top: the letterhead, or on a form filled in by the school its stamp at the foot
      fallback(readings, headerOrganisation(layout, 'einrichtung', SCHOOL, 1, ABOUT_A_SCHOOL, KIND_OF_SCHOOLING));
      // "Sommersemester 2025 (01.04.2025 – 30.09.2025)": the end of the certified period
      // the certified period wins over an expected end of the whole course printed beside it
      // (a period of leave or of holidays is no period of attendance: „Zeitraum der Beurlaubung“)
      offer(readings, findPeriod(layout, ['Semester', 'Wintersemester', 'Sommersemester', 'Schuljahr', 'Studienjahr', 'Zeitraum', 'Ausbildungszeitraum', 'Bescheinigungszeitraum', 'Schulbesuch', 'Bescheinigt wird der Besuch'], ['_von', 'gueltig_bis'], { ausser: LEAVE })?.bis, -0.1);
      // the certificate's own validity stated in a sentence beats the expected end of the schooling years ahead
      // („Schulbesuch voraussichtlich bis | Ende des Schuljahres 2028/2029“ · „Diese Bescheinigung gilt längstens bis zum 31.7.2025.“)
      {
        const validity = findBoundary(layout, ['Bescheinigung gilt längstens bis', 'Bescheinigung gilt bis', 'Bescheinigung ist gültig bis', 'Bescheinigung ist längstens gültig bis', 'gilt längstens bis', 'längstens bis', 'Bescheinigung verliert ihre Gültigkeit mit Ablauf des'], 'gueltig_bis', true);
        if (validity) readings.set('gueltig_bis', validity);
      }
      break;
    case 'sonstiges':
      break;
  }
}

/**
 * A contribution read as the whole gross pay is its assessment base („Krankenversicherung |
 * 2.851,28 | 8,39 % | 239,36 | 239,36“ when the column headers are unreadable): the amount after
 * the rate in that row is the employee's share.
 */
function contributionNotBase(layout: Layout, readings: Readings, field: string): void {
  const found = readings.get(field);
  const brutto = readings.get('brutto');
  if (!found || !brutto || typeof found.value !== 'number' || typeof brutto.value !== 'number' || found.value < brutto.value * 0.5) return;
  const cells = rowOf(layout, found.line);
  const rate = cells.findIndex((cell) => /\d\s*%/.test(cell.text));
  if (rate < 0) return;
  for (const cell of cells.slice(rate + 1)) {
    const amount = findAmounts(cell.text)[0];
    if (!amount || Math.abs(amount.value) <= 0 || Math.abs(amount.value) >= brutto.value * 0.5) continue;
    readings.set(field, readingAt(field, cell, amount, Math.abs(amount.value), found.score * 0.8));
    return;
  }
}

/** A card or notice "unbefristet" has no gueltig_bis. */
function unlimited(layout: Layout, readings: Readings): void {
  const found = readings.get('gueltig_bis');
  if (!found) return;
  const text = found.line.text;
  if (/unbefristet|unbegrenzt|ohne Befristung/i.test(text.slice(0, found.start))) readings.delete('gueltig_bis');
  // on a form with the choices "unbefristet" / "befristet bis …", the one ticked counts
  const ticked = (line: string) => /^\s*(?:[Xx☒✗✘✓✔]|\[[xX]\])\s/.test(line);
  for (const line of layout.lines) {
    if (ticked(text) && !ticked(line.text)) continue;
    if (/(gültig|Gültigkeit|befristet).{0,20}(unbefristet|unbegrenzt)|^\s*unbefristet\s*$/i.test(line.text) && !findDates(line.text).length) {
      readings.delete('gueltig_bis');
    }
  }
}

function elterngeldPeriod(layout: Layout, readings: Readings): void {
  // a table of months with amounts: the first and the last month paid
  // (the Bemessungszeitraum, the twelve months before the birth, is not a period of payment)
  const all = tablePeriods(layout, ['bezug_von', 'bezug_bis']).filter((row) => !row.stale && !/Bemessung/i.test(rowText(layout, row)));
  let rows = all.filter((row) => row.amounts.length > 0);
  // (a month whose whole entitlement is set off against maternity benefits pays nothing: its „Zahlbetrag“ is 0,00)
  let paid = rows.filter((row) => (row.payout !== undefined ? row.payout > 0 : row.amounts.some((amount) => amount > 0)));
  if (rows.length === 0 && all.length >= 2) {
    // the amounts are unreadable (a poor scan): months with maternity benefit instead of Elterngeld are not paid
    rows = all;
    paid = all.filter((row) => !/Mutterschaft|kein|nicht|ruht/i.test(rowText(layout, row)));
  }
  if (rows.length >= 2 && paid.length >= 1) {
    readings.set('bezug_von', paid[0].von);
    readings.set('bezug_bis', statedEndBeyondTable(layout, paid[0].von, paid[paid.length - 1].bis) ?? paid[paid.length - 1].bis);
    return;
  }
  const period = findPeriod(
    layout,
    ['Bezugszeitraum', 'Bezugsdauer', 'Bezug von', 'Bezug', 'Leistungszeitraum', 'Bewilligungszeitraum', 'für die Zeit vom', 'Zeitraum', 'vom', 'Elterngeld wird gezahlt', 'Lebensmonat|0.8', 'Lebensmonate|0.8', 'für die Monate|0.9', 'umfasst'],
    ['bezug_von', 'bezug_bis'],
    { anywhere: true, ausser: /Bemessung/i },
  );
  if (period) {
    offer(readings, period.von);
    offer(readings, period.bis);
  }
  fallback(readings, findBoundary(layout, ['Bezugszeitraum von', 'Bezug von', 'Bezug ab', 'Bezugszeitraum ab', 'Bezugsbeginn', 'Beginn des Bezugs', 'Beginn des Bezugszeitraums', 'Elterngeld ab', 'erster Bezugsmonat'], 'bezug_von', false));
  fallback(readings, findBoundary(layout, ['Bezugszeitraum bis', 'Bezug bis', 'Bezugsende', 'Ende des Bezugs', 'Ende des Bezugszeitraums', 'Elterngeld bis', 'letzter Bezugsmonat'], 'bezug_bis', true));
  if (readings.has('bezug_von') && readings.has('bezug_bis')) return;
  // "1. bis 12. Lebensmonat" with the child's birth date
  const birth = childBirth(layout);
  if (!birth) return;
  for (const line of layout.lines) {
    const m = /(\d{1,2})\.\s*(?:bis|-|–)\s*(\d{1,2})\.\s*Lebensmonat/i.exec(line.text);
    if (!m) continue;
    const from = lebensmonat(birth.value as string, Number(m[1]));
    const to = lebensmonat(birth.value as string, Number(m[2]));
    if (!from || !to) continue;
    readings.set('bezug_von', { field: 'bezug_von', value: from.start, line, start: m.index, end: m.index + m[0].length, score: 0.75 });
    readings.set('bezug_bis', { field: 'bezug_bis', value: to.end, line, start: m.index, end: m.index + m[0].length, score: 0.75 });
    return;
  }
}

/**
 * A daily rate read in another row of the benefit's table (an ended earlier claim, the rate before a
 * change of tax class) belongs to that row: the current row's figure in the same column is the rate.
 */
function dailyRateOfCurrentRow(layout: Layout, readings: Readings, table: Period | null): void {
  const found = readings.get('leistungsbetrag_taeglich');
  if (!table) return;
  const current = rowOf(layout, table.von.line);
  if (!found) {
    // none read by a label: the current row's figure under a header about a day („je Kalendertag“, „Tagessatz €“)
    for (const cell of current) {
      const amounts = findAmounts(cell.text);
      const amount = amounts[0];
      // (a resting row's „0,00“ is no rate)
      if (amounts.length !== 1 || findDates(cell.text).length > 0 || Math.abs(amount.value) < 1 || Math.abs(amount.value) > 400) continue;
      const header = above(layout, cell, 6).find((line) => /\p{L}{3,}/u.test(line.text));
      if (!header || !/täglich|Kalendertag|Tagessatz|je Tag|pro Tag/i.test(header.text)) continue;
      readings.set('leistungsbetrag_taeglich', readingAt('leistungsbetrag_taeglich', cell, amount, Math.abs(amount.value), 0.7 * table.von.score));
      return;
    }
    return;
  }
  if (current.includes(found.line)) return;
  const foundRow = rowOf(layout, found.line);
  if (found.line.page !== table.von.line.page || !foundRow.some((cell) => periodsOnLine(cell).length > 0 || findDates(cell.text).length > 0)) return;
  const cell = current.find((other) => other.x < found.line.x + found.line.width && other.x + other.width > found.line.x && findAmounts(other.text).length === 1 && findDates(other.text).length === 0);
  if (!cell) return;
  const amount = findAmounts(cell.text)[0];
  readings.set('leistungsbetrag_taeglich', readingAt('leistungsbetrag_taeglich', cell, amount, Math.abs(amount.value), found.score));
}

/**
 * The rent's items and their sum in consecutive rows, one figure each (an employer's „Werkmiete
 * netto, ermäßigt | 411,00 · Betriebskostenvorauszahlung | 115,00 · Wärme/Warmwasser, Vorauszahlung |
 * 95,00 · Wohnkosten gesamt, monatlicher Einbehalt | 621,00“): when the operating and heating costs
 * were read and the items add up to the row below them, the one item left is the Grundmiete and the
 * sum the Gesamtmiete, whatever their captions say. A label reading that does not fit gives way
 * („Die Grundmiete wurde … von 268,12 € auf den oben genannten Betrag angepasst“).
 */
function rentFromItsSum(layout: Layout, readings: Readings): void {
  const nebenkosten = readings.get('nebenkosten')?.value;
  if (typeof nebenkosten !== 'number') return;
  const heizkosten = readings.get('heizkosten')?.value;
  const known = typeof heizkosten === 'number' ? [nebenkosten, heizkosten] : [nebenkosten];
  // each row's last cell with figures, when it holds exactly one
  const figures = rowsOf(layout).map((row) => {
    const last = row.lines.map((cell) => ({ cell, amounts: findAmounts(cell.text) })).filter(({ amounts }) => amounts.length > 0).at(-1);
    return last && last.amounts.length === 1 ? { cell: last.cell, amount: last.amounts[0], page: row.page } : null;
  });
  const cents = (value: number) => Math.round(value * 100);
  for (let end = known.length + 1; end < figures.length; end++) {
    const items = figures.slice(end - known.length - 1, end);
    const sum = figures[end];
    if (!sum || items.some((item) => !item || item.page !== sum.page)) continue;
    const values = items.map((item) => cents(item!.amount.value));
    if (values.reduce((a, b) => a + b, 0) !== cents(sum.amount.value)) continue;
    // the operating and heating costs read must be among the items, each once: the item left is the Grundmiete
    const rest = [...values];
    let allKnown = true;
    for (const value of known) {
      const i = rest.indexOf(cents(value));
      if (i < 0) allKnown = false;
      else rest.splice(i, 1);
    }
    if (!allKnown) continue;
    const grund = items.find((item) => cents(item!.amount.value) === rest[0])!;
    // (the sum proves its items: a reading that does not fit it gives way)
    const unlike = (field: string, value: number) => { const read = readings.get(field)?.value; return typeof read !== 'number' || cents(read) !== cents(value); };
    if (unlike('grundmiete', grund.amount.value)) readings.set('grundmiete', readingAt('grundmiete', grund.cell, grund.amount, grund.amount.value, 0.75));
    if (unlike('gesamtmiete', sum.amount.value)) readings.set('gesamtmiete', readingAt('gesamtmiete', sum.cell, sum.amount, sum.amount.value, 0.75));
    return;
  }
}

/** How far a stated end may lie beyond a table's last row read: the rows a scan broke at its foot. */
const MISSED_TABLE_ROWS_DAYS = 93;

/**
 * A scan that broke a month table's last rows („27122025) -“) leaves the period short; the sentence
 * stating the whole period from the table's first day gives its end („Der Bezugszeitraum umfasst damit
 * die Zeit vom 28. Dezember 2023 bis zum 27. Dezember 2025“). Not a sentence about the months applied
 * for or refused, and not further than a few rows beyond the table.
 */
function statedEndBeyondTable(layout: Layout, tableStart: Found, tableEnd: Found): Found | null {
  for (const line of layout.lines) {
    if (/beantragt|Antrag|abgelehnt|nicht|anderen? Elternteil/i.test(line.text)) continue;
    for (const period of periodsOnLine(line)) {
      if (period.stale || period.von.value !== tableStart.value) continue;
      const end = period.bis.last ?? period.bis.value;
      const beyond = (Date.parse(end) - Date.parse(String(tableEnd.value))) / 86_400_000;
      if (beyond > 0 && beyond <= MISSED_TABLE_ROWS_DAYS) return readingAt('bezug_bis', line, period.bis, end, tableEnd.score);
    }
  }
  return null;
}

/** "seit dem 01.10.2017 Mieter der Wohnung": a date introduced by "seit" near a word about living there. */
function sincePhrase(layout: Layout, field: string, near: RegExp): Found | null {
  for (const line of layout.lines) {
    for (const m of line.text.matchAll(/(?<![\p{L}])(seit|ab)\s+(dem\s+)?/giu)) {
      const rest = line.text.slice(m.index! + m[0].length);
      const date = findDates(rest)[0];
      if (!date || date.start > 2) continue;
      // the sentence may go on in the next line: „… seit dem 1.12.2022“ / „einen Wohnheimplatz bei uns gemietet hat“
      const after = line.text.slice(m.index! + m[0].length + date.end);
      const next = after.trim().length < 60 ? (below(layout, line, 1.6)[0]?.text ?? '').slice(0, 60 - after.trim().length) : '';
      const around = line.text.slice(Math.max(0, m.index! - 60), m.index! + m[0].length + date.end + 40) + ' ' + next;
      if (!near.test(around)) continue;
      const start = m.index! + m[0].length + date.start;
      return { field, value: date.value, line, start, end: start + date.end - date.start, score: 0.7 };
    }
  }
  return null;
}

const PERSONS_NUMBER = '(\\d{1,2}|eine[rm]?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)';
/** "mit 3 Personen bewohnt", "sind in der Wohnung 2 Personen gemeldet" */
const PERSONS_PHRASES = [
  new RegExp(`(?<![\\p{L}])(?:von|mit|wohnen|leben)\\s+(?:insgesamt\\s+)?${PERSONS_NUMBER}\\s+(?:Personen|Person|Bewohner\\S*)(?:\\s+(?:bewohnt|genutzt|in der Wohnung|in dieser Wohnung))?`, 'giu'),
  // "Laut unserer Bewohnerliste sind in der Wohnung 2 Personen gemeldet."
  new RegExp(`(?<![\\p{L}])${PERSONS_NUMBER}\\s+(?:Personen|Person|Bewohner\\S*)\\s+(?:gemeldet|wohnhaft|ansässig)`, 'giu'),
];

/** "von 5 Personen bewohnt", "wohnen 3 Personen": the number of occupants in running text. */
function personsPhrase(layout: Layout, field: string): Found | null {
  for (const line of layout.lines) {
    for (const m of PERSONS_PHRASES.flatMap((re) => [...line.text.matchAll(re)])) {
      const count = findCounts(m[1])[0];
      if (!count) continue;
      const start = m.index! + m[0].indexOf(m[1]);
      return { field, value: count.value, line, start, end: start + m[1].length, score: 0.72 };
    }
  }
  return null;
}

function childBirth(layout: Layout): Found | null {
  const found = extractByRules(layout, [{ field: 'kind', kind: 'date', labels: ['Geburtsdatum des Kindes', 'Kind geboren am', 'geboren am', 'Geburtstag des Kindes', 'Geburt des Kindes'] }]);
  return found.get('kind') ?? null;
}

const PARTIAL_PENSION = /(?<![\p{L}])Teilrente/u;
const FULL_PENSION = /Vollrente/i;

/**
 * A pension drawn as a Teilrente (§ 42 SGB VI, e.g. beside a part-time job): the notice also states
 * the full pension it is a share of („Monatsrente als Vollrente“), which is not paid. A figure read
 * from a line about the Vollrente is read again from the other labels.
 */
function partialPension(layout: Layout, readings: Readings): void {
  if (!layout.lines.some((line) => PARTIAL_PENSION.test(line.text))) return;
  // the label may stand in the row's first cell, the figure in another
  const aboutFullPension = (line: Line) => layout.lines.some((other) => other.page === line.page && (other === line || sameRow(other, line)) && FULL_PENSION.test(other.text));
  for (const field of ['rente_brutto', 'zahlbetrag']) {
    const reading = readings.get(field);
    if (!reading || !aboutFullPension(reading.line)) continue;
    const rules = (RULES.rentenbescheid ?? []).filter((rule) => rule.field === field);
    const again = extractByRules(layout, rules, { ignore: (hit) => aboutFullPension(hit.line) }).get(field);
    if (again && !aboutFullPension(again.line)) readings.set(field, again);
  }
}

/** Every field of the catalog for `type` that the document contains, with evidence. */
export function extractFields(type: DocumentTypeId, text: DocumentText, options: ValidateOptions = {}): Extraction {
  const definitions = CATALOG[type]?.fields ?? [];
  if (definitions.length === 0) return { fields: {}, warnings: [] };
  const layout = layoutOf(text);
  const readings: Readings = extractByRules(layout, RULES[type] ?? []);
  byType(type, layout, readings);
  const fields: Record<string, ExtractedField> = {};
  for (const definition of definitions) {
    let found = readings.get(definition.id);
    if (!found) continue;
    if ((definition.kind === 'name' || definition.id === 'vermieter_name') && typeof found.value === 'string') {
      const cased = mixedCasePrinting(layout, found.value);
      if (cased) found = { ...found, value: cased };
    }
    const field = toField(found);
    if (field.text.length === 0) continue;
    fields[definition.id] = field;
  }
  return validateFields(type, fields, options);
}
