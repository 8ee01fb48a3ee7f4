/**
 * Classification into the catalog's document types: a weighted evidence model.
 *
 * Real documents identify themselves by their title, their issuer and their content. For every
 * type the table CUES below gives each phrase (domain knowledge of German documents, not copied
 * from any template) a weight when it stands as a title (a short line at the top of the first
 * page or in large print) and a weight when it stands anywhere else; a few cues are negative
 * ("Anlage zum Antrag" is not the application itself). `A & B` means both words in one line.
 * A type's score is the sum of the weights of its cues found in the document (each cue counted
 * once, at its best place), matched tolerantly (./extract/fuzzy.ts) so OCR noise and inflection
 * do not hide a cue; the largest print of the first page counts a little more. `sonstiges` has a
 * fixed base score plus cues of documents that resemble catalog types but are none (a
 * Betriebskostenabrechnung, a Wohnungsgeberbestätigung, a tax assessment, an invoice): when no
 * type has strong evidence, `sonstiges` wins.
 *
 * The scores become probabilities by a softmax with temperature T. T and the base score are the
 * maximum-likelihood fit on the development split of the synthetic corpus together with degraded
 * copies of it (title lines removed, half of the lines lost, only the top third kept), so that
 * the confidence also means something for documents the cue table knows less well (see
 * tests/docai-understanding/README.md for the reliability check).
 */
import { DOCUMENT_TYPES } from '../wohngeld/catalog.js';
import { findLabel, foldLabel } from './extract/fuzzy.js';
import { isSentence, layoutOf, medianHeight, type Layout, type Line } from './extract/layout.js';
import type { Classification, DocumentText, DocumentTypeId } from './types.js';

/** A cue: phrase, weight in the title zone, weight elsewhere; `*` after the phrase lets it continue into a longer word. */
type Cue = [phrase: string, title: number, body: number];

export const CUES: Record<DocumentTypeId, Cue[]> = {
  antrag: [
    ['Antrag auf Mietzuschuss', 7, 3],
    ['Anlage zum Antrag', -6, -3],
    ['Anlage zum Wohngeldantrag', -6, -3],
    // "für Ihren Antrag auf Mietzuschuss": a proof written for an application
    ['für Ihren Antrag', -4, -2],
    ['für Ihren Wohngeldantrag', -5, -2],
    ['Bescheid über Wohngeld', -5, -2],
    ['Wohngeldbescheid', -5, -2],
    ['zur Vorlage bei', -3, -1.5],
    ['Wohngeldantrag', 7, 2],
    ['Antrag auf Wohngeld', 7, 2],
    ['Antrag auf Gewährung von Wohngeld', 7, 2],
    ['Antrag auf Lastenzuschuss', 6, 2],
    ['Mietzuschuss', 4, 1.5],
    ['Lastenzuschuss', 3, 1],
    ['Erstantrag', 2, 2],
    ['Weiterleistungsantrag', 2, 2],
    ['Erhöhungsantrag', 2, 2],
    ['Antragsart', 1.5, 1.5],
    ['Haushaltsmitglieder', 1.5, 1.5],
    ['antragstellende Person', 1.5, 1.5],
    ['Antragsteller', 1, 1],
    ['Antragstellerin', 1, 1],
    ['Angaben zur Person', 1, 1],
    ['Angaben zur antragstellenden Person', 2, 2],
    ['Familienstand', 0.5, 0.5],
    ['Wohngeldgesetz', 1, 1],
    ['WoGG', 1, 1],
    ['Ich versichere', 1, 1],
    ['Wohngeldbehörde', 1, 0.5],
    // an application taken down at the counter: "Niederschrift über die mündliche Antragstellung auf Wohngeld"
    ['Antragstellung auf Wohngeld', 6, 2],
    ['Antragstellung & Mietzuschuss', 5, 2],
    ['beantrage & Wohngeld', 3, 2],
    ['beantrage & Mietzuschuss', 3, 2],
    // a formless application, a letter or an e-mail: „Deshalb beantrage ich für ihn die Neuberechnung und Erhöhung des Wohngeldes“
    ['beantrage ich', 1, 1],
    ['Hiermit beantrage', 1.5, 1.5],
    ['Weiterbewilligung des Wohngeldes', 2, 1.5],
    ['Weiterzahlung des Wohngeldes', 2, 1.5],
    ['Erhöhung des Wohngeldes', 2, 1.5],
  ],
  mietbescheinigung: [
    ['Mietbescheinigung', 7, 3],
    ['Bescheinigung des Vermieters', 7, 3],
    ['Vermieterbescheinigung', 7, 3],
    ['Bestätigung des Vermieters', 6, 2.5],
    ['Mietbestätigung', 6, 2],
    ['Bescheinigung über die Miete', 6, 2.5],
    ['Bescheinigung der Vermieterin', 7, 3],
    ['Bescheinigung & Miete', 6, 1.5],
    ['Bestätigung & Miete', 6, 1.5],
    ['Bescheinigung & Mietverhältnis', 6, 1.5],
    ['Bestätigung & Mietverhältnis', 6, 1.5],
    // a landlord's account of the rent due ("Sollmiete", "Mietkonto"), not a bank's
    ['Sollmiete', 1.5, 1.5],
    ['Mietkonto', 1.5, 1.5],
    ['Bescheinigung & Vermieter', 5, 1],
    // a cooperative's or company's proof of the housing costs: "Nachweis der Wohnkosten", "Bescheinigung über das Nutzungsentgelt"
    ['Nachweis & Wohnkosten', 6, 2],
    // an employer certifying the rent of the staff flat it lets („Bestätigung der Wohnkosten Ihrer Werkmietwohnung“)
    ['Bestätigung & Wohnkosten', 6, 2],
    ['Bescheinigung & Wohnkosten', 6, 2],
    ['Werkmietwohnung', 2, 2],
    ['Werkswohnung', 2, 2],
    ['Werkwohnung', 2, 2],
    ['Personalwohnung', 2, 2],
    ['Dienstwohnung', 1.5, 1.5],
    ['Nachweis der Miete', 6, 2],
    ['Bescheinigung & Nutzungsentgelt', 6, 2],
    ['Bescheinigung & Nutzungsgebühr', 6, 2],
    ['Nutzungsentgelt', 1.5, 1.5],
    // a student residence's certificate speaks of semesters and enrolment, but of a rented place
    ['Wohnheimplatz', 2, 2],
    ['Pauschalmiete', 1.5, 1.5],
    ['Wohnheim', 1, 1],
    // the landlord's answers to the Wohngeld office's request (§ 23 Abs. 3 WoGG) certify the same as a Mietbescheinigung
    ['Auskunftsbogen des Vermieters', 7, 3],
    ['Vermieterauskunft', 7, 3],
    ['Auskunft des Vermieters', 6, 2.5],
    ['Angaben des Vermieters', 6, 2.5],
    ['Angaben der Vermieterin', 6, 2.5],
    ['Auskunftsersuchen & § 23', 4, 2],
    ['Mietverhältnis', 1, 1],
    ['Mieter', 0.5, 0.5],
    ['Kaltmiete', 1, 1],
    ['Nettomiete', 1, 1],
    ['zur Vorlage bei der Wohngeldstelle', 2, 2],
    ['Wohngeldstelle', 1, 1],
    ['Wohngeld', 1, 0.5],
    ['Grundmiete', 1.5, 1.5],
    ['Nettokaltmiete', 1.5, 1.5],
    ['Gesamtmiete', 1.5, 1.5],
    ['Heizkosten', 1, 1],
    ['Nebenkosten', 1, 1],
    ['Betriebskosten', 0.75, 0.75],
    ['Wohnfläche', 1, 1],
    ['Einzugsdatum', 1, 1],
    ['Vermieter', 1, 1],
    ['Vermieterin', 0.5, 0.5],
    ['Unterschrift des Vermieters', 1.5, 1.5],
    ['Unterschrift der Vermieterin', 1.5, 1.5],
    ['Zahl der Bewohner', 1, 1],
    ['Anzahl der Personen', 0.5, 0.5],
  ],
  mietvertrag: [
    ['Mietvertrag', 7, 1.5],
    ['Wohnraummietvertrag', 7, 3],
    ['Mietvertrag über Wohnraum', 7, 3],
    ['Mietvertrag für Wohnraum', 7, 3],
    ['Wohnungsmietvertrag', 7, 3],
    ['Einheitsmietvertrag', 7, 3],
    // a company flat let for the time of employment (§§ 576 ff. BGB)
    ['Werkmietvertrag', 7, 3],
    ['Werkmietwohnung', 2, 2],
    ['Dauernutzungsvertrag', 7, 3],
    ['Nutzungsvertrag', 6, 2],
    ['Untermietvertrag', 6, 2],
    ['Nutzungsgebühr', 1.5, 1.5],
    ['Nutzungsverhältnis', 1.5, 1.5],
    ['Mietsache', 2, 2],
    ['Mietzeit', 1.5, 1.5],
    ['Mietverhältnis beginnt', 1.5, 1.5],
    ['Kaution', 1.5, 1.5],
    ['Mietsicherheit', 1.5, 1.5],
    ['Schönheitsreparaturen', 2, 2],
    ['Hausordnung', 1, 1],
    ['Untervermietung', 1, 1],
    ['Tierhaltung', 1, 1],
    ['Kündigungsfrist', 1, 1],
    ['Kündigung', 0.5, 0.5],
    ['wird folgender Mietvertrag geschlossen', 3, 3],
    ['schließen folgenden Mietvertrag', 3, 3],
    ['zwischen', 0.5, 0.5],
    ['nachfolgend Vermieter genannt', 2, 2],
    ['nachfolgend Mieter genannt', 2, 2],
    ['Vermieter', 0.75, 0.75],
    ['Mieter', 0.5, 0.5],
    ['Die Miete beträgt', 1, 1],
    ['Betriebskosten', 0.5, 0.5],
    ['BGB', 0.5, 0.5],
  ],
  lohnabrechnung: [
    ['Entgeltabrechnung', 7, 3],
    ['Verdienstabrechnung', 7, 3],
    ['Lohnabrechnung', 7, 3],
    ['Gehaltsabrechnung', 7, 3],
    ['Lohn- und Gehaltsabrechnung', 7, 3],
    ['Brutto-Netto-Abrechnung', 7, 3],
    ['Abrechnung der Brutto-Netto-Bezüge', 7, 3],
    ['Bezügemitteilung', 6, 2],
    ['Bezügeabrechnung', 6, 2],
    ['Besoldung', 2, 1],
    ['Dienstbezüge', 2, 2],
    ['Grundgehalt', 1, 1],
    ['Nettobezüge', 1.5, 1.5],
    ['Entgeltnachweis', 6, 2],
    ['Lohnsteuer', 1.5, 1.5],
    ['Solidaritätszuschlag', 1, 1],
    ['Kirchensteuer', 1, 1],
    ['Krankenversicherung', 0.75, 0.75],
    ['Rentenversicherung', 0.5, 0.5],
    ['Arbeitslosenversicherung', 1, 1],
    ['Pflegeversicherung', 0.5, 0.5],
    ['Gesamtbrutto', 2, 2],
    ['Steuerbrutto', 2, 2],
    ['SV-Brutto', 2, 2],
    ['Steuerklasse', 1.5, 1.5],
    ['Personalnummer', 1.5, 1.5],
    ['Personal-Nr', 1.5, 1.5],
    ['Nettoverdienst', 1.5, 1.5],
    ['gesetzliches Netto', 2, 2],
    ['Auszahlungsbetrag', 1, 1],
    ['Eintrittsdatum', 1, 1],
    ['Arbeitgeber', 0.5, 0.5],
    ['Abrechnungsmonat', 2, 2],
    ['Bruttoverdienst', 1.5, 1.5],
    ['Arbeitnehmer', 0.5, 0.5],
  ],
  rentenbescheid: [
    ['Rentenbescheid', 7, 3],
    ['Rentenanpassungsmitteilung', 7, 3],
    ['Rentenanpassung', 5, 2],
    ['Mitteilung über die Anpassung der Rente', 7, 3],
    ['Anpassung der Rente', 4, 2],
    ['Bescheid über', 0.5, 0],
    ['Altersrente', 3, 1.5],
    ['Regelaltersrente', 3, 1.5],
    ['Erwerbsminderung', 2.5, 1],
    ['Witwenrente', 3, 1.5],
    ['Witwerrente', 3, 1.5],
    ['Hinterbliebenenrente', 3, 1.5],
    ['Rentenzeichen', 1.5, 1.5],
    ['Rente wegen', 2, 1],
    ['Deutsche Rentenversicherung', 4, 2],
    ['Rentenversicherungsträger', 2, 1],
    ['Rentenservice', 2, 1],
    ['Versicherungsnummer', 1.5, 1.5],
    ['Zahlbetrag', 2, 2],
    ['Rentenbetrag', 1.5, 1.5],
    ['Krankenversicherung der Rentner', 2, 2],
    ['KVdR', 2, 2],
    ['SGB VI', 2, 2],
    ['aktueller Rentenwert', 2, 2],
    ['Entgeltpunkte', 2, 2],
    ['Ihre Rente', 1, 1],
    ['monatliche Rente', 1, 1],
  ],
  arbeitslosengeldbescheid: [
    ['Arbeitslosengeld', 5, 2.5],
    ['Bescheid über Arbeitslosengeld', 7, 3],
    ['Bewilligung von Arbeitslosengeld', 7, 3],
    ['Bewilligungsbescheid', 2, 1],
    ['Änderungsbescheid', 1.5, 0.5],
    ['Bundesagentur für Arbeit', 4, 2],
    ['Agentur für Arbeit', 4, 2],
    ['SGB III', 2, 2],
    ['Drittes Buch Sozialgesetzbuch', 2, 2],
    ['Leistungsbetrag', 2, 2],
    ['täglicher Leistungsbetrag', 2, 2],
    ['Bemessungsentgelt', 2, 2],
    ['Anspruchsdauer', 2, 2],
    ['Kundennummer', 1.5, 1.5],
    ['Leistungssatz', 1.5, 1.5],
    ['Arbeitslosmeldung', 1.5, 1.5],
    ['arbeitslos', 1, 1],
    ['kalendertäglich', 1.5, 1.5],
    ['Bewilligungszeitraum', 1, 1],
  ],
  elterngeldbescheid: [
    ['Elterngeld', 5, 2],
    ['Elterngeldbescheid', 7, 3],
    ['Bescheid über Elterngeld', 7, 3],
    ['Bescheid über die Bewilligung von Elterngeld', 7, 3],
    ['ElterngeldPlus', 3, 1.5],
    ['Basiselterngeld', 3, 1.5],
    ['Elterngeldstelle', 4, 2],
    ['BEEG', 2.5, 2.5],
    ['Bundeselterngeld- und Elternzeitgesetz', 3, 3],
    ['Lebensmonat', 2, 2],
    ['Lebensmonate', 1, 1],
    ['Partnerschaftsbonus', 2, 2],
    ['Geburt des Kindes', 1, 1],
    ['Mutterschaftsgeld', 1, 1],
    ['Ersatzrate', 2, 2],
    ['Einkommen vor der Geburt', 2, 2],
    ['Geschwisterbonus', 2, 2],
    ['Bezugszeitraum', 1, 1],
    ['Elternzeit', 1, 1],
    ['Festsetzung des Elterngeldes', 7, 3],
    ['Kind', 0.3, 0.3],
  ],
  meldebescheinigung: [
    ['Meldebescheinigung', 7, 3],
    ['Einfache Meldebescheinigung', 7, 3],
    ['Erweiterte Meldebescheinigung', 7, 3],
    ['Aufenthaltsbescheinigung', 4, 1.5],
    ['Bescheinigung über die Anmeldung', 5, 2],
    // the registration office's confirmation handed out at the counter (§ 24 Abs. 2 BMG)
    ['Meldebestätigung', 6, 2.5],
    ['Bestätigung der Anmeldung', 5, 2],
    ['Anmeldebestätigung', 5, 2],
    ['Bürgeramt', 2.5, 1.5],
    ['Bürgerbüro', 2, 1],
    ['Bürgerservice', 1.5, 1],
    ['Meldebehörde', 2.5, 1.5],
    ['Einwohnermeldeamt', 3, 1.5],
    ['Meldestelle', 2, 1],
    ['§ 18 BMG', 3, 3],
    ['§ 18 Absatz 1 BMG', 3, 3],
    ['Bundesmeldegesetz', 3, 3],
    ['BMG', 2, 2],
    ['Melderegister', 2.5, 2.5],
    ['Hauptwohnung', 2, 2],
    ['Nebenwohnung', 1.5, 1.5],
    ['alleinige Wohnung', 1.5, 1.5],
    ['Staatsangehörigkeit', 1, 1],
    ['gemeldet', 1, 1],
    ['Geburtsort', 1, 1],
  ],
  kontoauszug: [
    ['Kontoauszug', 7, 3],
    // a building society's statement of a savings contract is no bank account's (a rate to it among the bookings is)
    ['Bausparvertrag', -4, -2],
    ['Bausparkonto', -4, -2],
    ['Umsatzübersicht', 5, 2],
    // a direct bank's monthly statement of all products
    ['Finanzreport', 6, 2],
    ['Kontoübersicht', 3, 1],
    ['Girokonto', 2, 1.5],
    ['Sparkasse', 2, 1],
    ['Volksbank', 2, 1],
    ['Raiffeisenbank', 2, 1],
    ['Bank', 1, 0.5],
    ['BIC', 1, 1],
    ['Buchungstag', 2.5, 2.5],
    ['Buchungsdatum', 2, 2],
    ['Valuta', 2, 2],
    ['Wertstellung', 2, 2],
    ['Saldo', 2, 2],
    ['alter Kontostand', 2.5, 2.5],
    ['neuer Kontostand', 2.5, 2.5],
    ['Kontostand', 1.5, 1.5],
    ['Lastschrift', 1.5, 1.5],
    ['Gutschrift', 1.5, 1.5],
    ['Dauerauftrag', 1.5, 1.5],
    ['Buchungstext', 2, 2],
    ['Verwendungszweck', 1, 1],
    ['Haben', 1, 1],
    ['Soll', 0.5, 0.5],
    ['Kartenzahlung', 1, 1],
    ['Umsatzanzeige', 6, 2],
    ['Kontoumsätze', 5, 2],
    ['Umsatzliste', 5, 2],
    ['Umsätze', 2, 1],
    ['Kontostand', 1, 0.5],
    ['Online-Banking', 2, 1],
    ['Auftraggeber', 1, 1],
    ['Empfänger', 0.5, 0.5],
  ],
  schwerbehindertenausweis: [
    ['Schwerbehindertenausweis', 7, 3],
    ['Ausweis für schwerbehinderte Menschen', 7, 3],
    ['Feststellungsbescheid', 3, 1],
    ['Bescheid nach dem SGB IX', 4, 2],
    ['Grad der Behinderung', 3, 2.5],
    ['Versorgungsamt', 4, 2],
    ['Amt für Versorgung', 3, 1.5],
    ['Landesamt für Soziales', 2, 1],
    ['GdB', 3, 2.5],
    ['Merkzeichen', 3, 2.5],
    ['SGB IX', 3, 2.5],
    ['Schwerbehinderung', 2, 2],
    ['schwerbehindert', 2, 1.5],
    ['Behinderung', 1.5, 1],
    ['Nachteilsausgleich', 2, 2],
    ['Wertmarke', 2, 2],
    ['unbefristet', 1, 1],
  ],
  schulbescheinigung: [
    ['Schulbescheinigung', 7, 3],
    ['Schülerbescheinigung', 7, 3],
    ['Immatrikulationsbescheinigung', 7, 3],
    ['Studienbescheinigung', 7, 3],
    ['Bescheinigung über den Schulbesuch', 7, 3],
    ['Schulbesuchsbescheinigung', 7, 3],
    ['Immatrikulation', 3, 1.5],
    ['Bescheinigung über den Besuch', 4, 2],
    // „Bestätigung über Schulbesuch und Wohnen an unserer Schule“: a special school with a boarding house
    ['Bestätigung & Schulbesuch', 6, 2.5],
    ['Bescheinigung & Schulbesuch', 6, 2.5],
    ['Schulbesuch', 2, 2],
    ['Förderzentrum', 1.5, 1.5],
    ['Förderschule', 1.5, 1.5],
    ['Förderschwerpunkt', 1.5, 1.5],
    ['Jahrgangsstufe', 1.5, 1.5],
    ['Schulnummer', 1.5, 1.5],
    ['Schüler', 1.5, 1.5],
    ['Schülerin', 1.5, 1.5],
    ['Klasse', 1, 1],
    ['Schuljahr', 2, 2],
    ['Semester', 2, 2],
    ['Wintersemester', 2, 2],
    ['Sommersemester', 2, 2],
    ['immatrikuliert', 2.5, 2.5],
    ['eingeschrieben', 1.5, 1.5],
    ['Studiengang', 2, 2],
    ['Matrikelnummer', 2.5, 2.5],
    ['Hochschule', 1.5, 1.5],
    ['Universität', 1.5, 1.5],
    ['Gymnasium', 1.5, 1.5],
    ['Oberschule', 1.5, 1.5],
    ['Realschule', 1.5, 1.5],
    ['Gesamtschule', 1.5, 1.5],
    ['Berufsschule', 1.5, 1.5],
    ['Grundschule', 1.5, 1.5],
    ['Schulleitung', 1.5, 1.5],
    ['Schulleiter', 1.5, 1.5],
    ['Schulleiterin', 1.5, 1.5],
    ['Fachsemester', 2, 2],
    ['besucht', 1, 1],
    // vocational schools (Berufsfachschule, Pflegeschule) certify a training rather than a class
    ['Ausbildungsbescheinigung', 7, 3],
    ['Bescheinigung über die Ausbildung', 7, 3],
    ['Ausbildungsjahr', 2, 2],
    ['Berufsfachschule', 1.5, 1.5],
    ['Fachschule', 1.5, 1.5],
    ['Pflegeschule', 1.5, 1.5],
    ['Unterricht', 1, 1],
    // the second path to a school leaving certificate: evening schools, colleges, a Volkshochschule's courses
    ['Bescheinigung über die Teilnahme am Unterricht', 6, 3],
    ['Teilnahme am Unterricht', 2, 2],
    ['Schulabschluss', 2, 2],
    ['Abendschule', 1.5, 1.5],
    ['Abendgymnasium', 1.5, 1.5],
    ['Volkshochschule', 1, 1],
  ],
  sonstiges: [
    ['Wohnungsgeberbestätigung', 9, 3],
    ['Bestätigung des Wohnungsgebers', 9, 3],
    ['Nebenkostenabrechnung', 8, 2],
    ['Betriebskostenabrechnung', 8, 2],
    ['Heizkostenabrechnung', 8, 2],
    ['Abrechnung der Betriebskosten', 8, 2],
    ['Lohnsteuerbescheinigung', 8, 2],
    // a building society's statement of a savings contract: bookings and a balance, but no bank account's statement
    ['Bausparvertrag', 4, 2],
    ['Bausparkasse', 3, 1.5],
    ['Bausparsumme', 3, 3],
    ['Bausparguthaben', 2, 2],
    ['Bausparkonto', 2, 2],
    ['Wohnungsbauprämie', 3, 3],
    ['Rechnung', 4, 1],
    ['Rechnungsnummer', 2, 2],
    ['Rechnungsbetrag', 2, 2],
    ['Mahnung', 4, 1],
    ['Bürgergeld', 4, 2],
    ['Jobcenter', 3, 1.5],
    ['Kindergeld', 4, 1.5],
    ['Familienkasse', 3, 1.5],
    // a proof written for the Familienkasse (a school's certificate) is not its letter
    ['zur Vorlage bei der Familienkasse', -3, -1.5],
    // a landlord's request to agree to a higher rent (§ 558 BGB) speaks a Mietbescheinigung's words
    ['Mieterhöhungsverlangen', 8, 3],
    ['Zustimmung zur Mieterhöhung', 6, 2],
    // the Wohngeldbehörde's own decision: the outcome of an application, not one of its proofs
    ['Bescheid über Wohngeld', 7, 3],
    ['Wohngeldbescheid', 7, 3],
    ['Bewilligungsbescheid & Wohngeld', 6, 2],
    ['Ablehnungsbescheid & Wohngeld', 6, 2],
    ['Steuerbescheid', 5, 2],
    ['Einkommensteuerbescheid', 7, 3],
    // a town's second-home tax: it speaks of the registry, the secondary flat and its rent, but certifies neither
    ['Zweitwohnungsteuer', 8, 3],
    ['Zweitwohnungssteuer', 8, 3],
    ['Zweitwohnungsteuerbescheid', 9, 3],
    ['Zweitwohnungsteuersatzung', 3, 3],
    ['Bescheid & Einkommensteuer', 7, 2],
    ['Einkommensteuer', 3, 1.5],
    ['zu versteuerndes Einkommen', 3, 3],
    ['Einkünfte aus', 2, 2],
    ['Steuernummer', 1, 1],
    ['Steuererstattung', 2, 2],
    ['Steuernachzahlung', 2, 2],
    ['Finanzamt', 2, 1],
    ['Arbeitsvertrag', 6, 2],
    ['Arbeitszeugnis', 6, 2],
    ['Zeugnis', 4, 1],
    ['Kündigung', 2, 0],
    ['Versicherungsschein', 5, 2],
    ['Personalausweis', 4, 1],
    ['Sozialversicherungsausweis', 5, 2],
    ['Einladung', 2, 0.5],
    ['Angebot', 2, 0.5],
    ['Lieferschein', 4, 1],
    ['Arztbrief', 5, 2],
    ['Attest', 4, 1],
    ['Kfz', 2, 0.5],
    ['Strom', 1, 0.5],
    ['Abschlag', 1, 0.5],
    // a care insurer's notice of the care degree speaks of a degree, its start and an assessment, like a GdB notice
    ['Pflegegrad', 4, 2],
    ['Pflegekasse', 2, 1.5],
    ['Pflegegeld', 1.5, 1],
    ['Medizinische Dienst', 1.5, 1.5],
    ['SGB XI', 1.5, 1],
    // the BAföG office's decision on a student's grant asks for the next enrolment certificate, it is none
    ['Bescheid über Ausbildungsförderung', 8, 3],
    ['Ausbildungsförderung & bewilligt', 3, 2],
    // a school's circular to the parents, not a certificate about one pupil
    ['Liebe Eltern', 3, 3],
    ['Elternbrief', 4, 2],
    ['Elternabend', 2, 2],
  ],
};

/** The calibrated parameters (see tests/docai-understanding/README.md). */
export const MODEL = {
  /** softmax temperature */
  temperature: 0.7,
  /** the base score of `sonstiges`: the evidence a type needs to beat "something else" */
  otherBase: 2.75,
};

interface CompiledCue {
  type: DocumentTypeId;
  phrase: string;
  /** all parts must occur in the same line (`Bescheinigung & Miete`) */
  parts: string[];
  title: number;
  body: number;
}

const COMPILED: CompiledCue[] = DOCUMENT_TYPES.flatMap((type) =>
  CUES[type].map(([phrase, title, body]) => ({ type, phrase, parts: phrase.split('&').map((part) => foldLabel(part.trim())), title, body })),
);

/**
 * How far down the first page the title zone reaches: a letter's subject line under the address
 * window stands at about a third of the page (DIN 5008, some 100 mm of 297), on a scan a little lower.
 */
const TITLE_ZONE_DEPTH = 0.38;

/** Whether a line is in the title zone: upper part of the first page, or printed larger than the text around it. */
function titleZone(layout: Layout): Set<Line> {
  const zone = new Set<Line>();
  for (const [p, page] of layout.pages.entries()) {
    const median = medianHeight(page.lines);
    for (const [i, line] of page.lines.entries()) {
      const large = line.height >= median * 1.25;
      const top = p === 0 && (page.positioned && page.height > 0 ? line.y < page.height * TITLE_ZONE_DEPTH : i < 12);
      if ((p === 0 && (top || large)) || (p > 0 && large && line.height >= median * 1.5)) zone.add(line);
    }
  }
  return zone;
}

/** How much more a cue counts in the largest print of the first page. */
const PROMINENCE = 1.4;

/** The line(s) in the largest print of the first page's upper half, when it is larger than the body text. */
function prominentLines(layout: Layout): Set<Line> {
  const page = layout.pages[0];
  const result = new Set<Line>();
  if (!page || !page.positioned) return result;
  const median = medianHeight(page.lines);
  const upper = page.lines.filter((line) => page.height <= 0 || line.y < page.height * 0.5);
  const max = Math.max(0, ...upper.map((line) => line.height));
  if (max < median * 1.15) return result;
  for (const line of upper) if (line.height >= max - 0.5) result.add(line);
  return result;
}

const ASKED_FOR = /(Unterlagen|Nachweise|Belege|nachzureichen|nachgereicht|vorzulegen|vorgelegt|beizufügen|beigefügt|Anlagen?:)/i;

/** A document named as one to be had elsewhere: "eine Schulbescheinigung stellt das Sekretariat aus", "… erhalten Sie beim Bürgeramt". */
const REFERRED_TO = /(?<![\p{L}])(stellt|stellen)\s+(\p{L}+\s+){1,3}aus(?![\p{L}])|anfordern|erhältlich|erhalten Sie (im|beim|bei|vom|von)(?![\p{L}])/u;

/** A request to hand a document in: "legen Sie … vor", "reichen Sie … ein". */
const TO_BE_HANDED_IN = /(?<![\p{L}])(legen|reichen)\s+Sie(?![\p{L}])/u;

/** "Mietbestätigung für den Wohngeldantrag": the application named as the purpose of a proof, not as a second document. */
/** An uploaded file's name („Kontoauszug.jpg“, „Lohnabrechnung_Maerz.pdf“): a document attached, not this one. */
const FILE_NAME_AFTER = /^[\p{L}\d_-]*\.(jpe?g|pdf|png|tiff?|heic|docx?)(?![\p{L}])/iu;
// (the word ends in „antrag“: „zur antragstellenden Person“ is no purpose)
const FOR_APPLICATION = /(?<![\p{L}])(?:für|fur|fuer|zum|zur)\s+(?:(?:den|die|das|Ihren|Ihre|Ihr|einen|eine)\s+)?\S*antrag(?:e?s)?(?![\p{L}])/iu;

/** A cue that names a document of its type by itself ("Mietbescheinigung", "Kontoauszug"). */
const namesDocument = (cue: CompiledCue) => cue.title >= 5 && cue.parts.length === 1;

/**
 * Lines that list documents rather than being one: a line naming documents of two types
 * ("Kontoauszüge, Rentenbescheid."), or naming one after a word that asks for or lists
 * documents ("… sind nachzureichen: Mietbescheinigung,"), in the line itself or the one before.
 * `matches` are the lines each cue of COMPILED was found in.
 */
function documentLists(layout: Layout, matches: Line[][]): Set<Line> {
  const named = new Map<Line, Set<DocumentTypeId>>();
  COMPILED.forEach((cue, c) => {
    if (!namesDocument(cue)) return;
    for (const line of matches[c]) named.set(line, (named.get(line) ?? new Set<DocumentTypeId>()).add(cue.type));
  });
  const lists = new Set<Line>();
  for (const page of layout.pages) {
    for (const [i, line] of page.lines.entries()) {
      const types = named.get(line);
      if (!types) continue;
      const previous = i > 0 ? page.lines[i - 1].text : '';
      const asked =
        ASKED_FOR.test(line.text) ||
        REFERRED_TO.test(line.text) ||
        (i > 0 && ASKED_FOR.test(previous) && /[:,]\s*$/.test(previous)) ||
        // "Bitte legen Sie diese Bescheinigung zusammen mit Ihrer / Immatrikulationsbescheinigung vor."
        (TO_BE_HANDED_IN.test(`${previous} ${line.text}`) && /(?<![\p{L}])(vor|ein|nach)\s*[.!]?\s*$/u.test(line.text));
      if (types.size >= 2 || asked) lists.add(line);
    }
  }
  return lists;
}

/** The line begins with the cue (a list letter or number aside). */
function opensWith(line: Line, cue: CompiledCue): boolean {
  const match = findLabel(line.text, line.folded, cue.parts[0], { prefix: cue.parts.length > 1, suffix: 2 })[0];
  return match !== undefined && /^[\s#\d.)A-Z]{0,4}$/.test(line.text.slice(0, match.start));
}

/** Cues that are also common verbs („haben“, „soll“): they count as a column's head, not in a sentence. */
const VERBS_TOO = new Set(['Haben', 'Soll']);

/**
 * What a cue counts on the pages after the first once the first page has named the document in
 * its title: those pages support it, and what is attached to it (a landlord's letter with a
 * printout of the rent credits, a notice with its calculation annex) does not make it another
 * document.
 */
const LATER_PAGE_WEIGHT = 0.25;

/** Each type's evidence score with the cues that made it (for diagnosis). */
export function evidence(layout: Layout): Record<DocumentTypeId, { score: number; cues: string[] }> {
  const zone = titleZone(layout);
  const result = Object.fromEntries(DOCUMENT_TYPES.map((type) => [type, { score: 0, cues: [] as string[] }])) as Record<DocumentTypeId, { score: number; cues: string[] }>;
  const prominent = prominentLines(layout);
  // each cue is looked for once; the matches serve both the lists of documents and the scores
  const matches = COMPILED.map((cue) =>
    layout.lines.filter(
      (line) =>
        cue.parts.every((part) => findLabel(line.text, line.folded, part, { prefix: cue.parts.length > 1, suffix: 2 }).some((match) => !FILE_NAME_AFTER.test(line.text.slice(match.end)))) &&
        // "Mietbestätigung für den Wohngeldantrag": the application is the proof's purpose, not the document
        !(cue.type === 'antrag' && cue.title > 0 && FOR_APPLICATION.test(line.text)),
    ),
  );
  const lists = documentLists(layout, matches);
  // a title is a short line of its own, not a sentence that mentions the word
  // (the most prominent line may be a longer title that opens with the cue: „Wohngeldantrag für Bewohnerinnen und Bewohner von Heimen“)
  const titleLike = (line: Line, cue: CompiledCue) =>
    zone.has(line) && (line.folded.text.length <= cue.parts.reduce((sum, part) => sum + part.length, 0) * 2.5 + 12 || (prominent.has(line) && opensWith(line, cue) && !isSentence(line.text) && line.text.length <= 90));
  const firstPage = layout.pages[0]?.page;
  const titledOnFirstPage = COMPILED.some((cue, c) => namesDocument(cue) && matches[c].some((line) => line.page === firstPage && !lists.has(line) && titleLike(line, cue)));
  COMPILED.forEach((cue, c) => {
    let best = 0;
    for (const line of matches[c]) {
      // "nachzureichen: Mietbescheinigung, Kontoauszüge": documents named, not the document itself
      if (cue.title >= 5 && lists.has(line)) continue;
      // „Wir haben darüber … einen Mietvertrag geschlossen“: a verb, not a statement's column
      if (VERBS_TOO.has(cue.phrase) && isSentence(line.text)) continue;
      const asTitle = titleLike(line, cue);
      let weight = (asTitle ? cue.title : cue.body) * (0.6 + 0.4 * Math.min(1, line.confidence / 0.8));
      // the most prominent line of the first page is the document's own title
      if (asTitle && prominent.has(line) && cue.title > 0) weight *= PROMINENCE;
      if (titledOnFirstPage && line.page !== firstPage) weight *= LATER_PAGE_WEIGHT;
      if (Math.abs(weight) > Math.abs(best)) best = weight;
    }
    if (best !== 0) {
      result[cue.type].score += best;
      result[cue.type].cues.push(cue.phrase);
    }
  });
  for (const type of DOCUMENT_TYPES) result[type].score = Math.max(0, result[type].score);
  return result;
}

export function scoresToProbabilities(scores: Record<DocumentTypeId, number>, temperature = MODEL.temperature): Record<DocumentTypeId, number> {
  const max = Math.max(...DOCUMENT_TYPES.map((type) => scores[type]));
  const exp = DOCUMENT_TYPES.map((type) => Math.exp((scores[type] - max) / temperature));
  const sum = exp.reduce((a, b) => a + b, 0);
  return Object.fromEntries(DOCUMENT_TYPES.map((type, i) => [type, exp[i] / sum])) as Record<DocumentTypeId, number>;
}

/** Raw evidence scores (sonstiges with its base), before the softmax. */
export function rawScores(text: DocumentText): Record<DocumentTypeId, number> {
  const layout = layoutOf(text);
  const found = evidence(layout);
  const scores = Object.fromEntries(DOCUMENT_TYPES.map((type) => [type, found[type].score])) as Record<DocumentTypeId, number>;
  scores.sonstiges += MODEL.otherBase;
  return scores;
}

export function classify(text: DocumentText): Classification {
  const scores = scoresToProbabilities(rawScores(text));
  let documentType: DocumentTypeId = 'sonstiges';
  for (const type of DOCUMENT_TYPES) if (scores[type] > scores[documentType]) documentType = type;
  return { documentType, confidence: scores[documentType], scores };
}
