/**
 * The declarative part of extraction: for every document type and field, the labels German
 * documents print next to the value, and the value's kind. Weights below 1 mark labels that are
 * less specific (a value found by them is trusted less and loses to a specific label).
 */
import type { DocumentTypeId } from '../types.js';
import type { FieldRule } from './engine.js';

/** How landlords abbreviate the advance on the cold operating costs (Mietbescheinigung and Mietvertrag alike). */
const NEBENKOSTEN_ABSCHLAG = ['Vorauszahlung kalte NK', 'kalte NK', 'Vorauszahlung kalte Nebenkosten', 'BK-Vorauszahlung', 'NK-Vorauszahlung', 'BK-Abschlag', 'NK-Abschlag', 'Betriebskostenabschlag', 'Nebenkostenabschlag', 'Betriebskostenvorschuss'];

/** The net cold rent's captions, on a landlord's certificate and in a lease alike. */
const GRUNDMIETE_LABELS = [
  'Grundmiete', 'Nettokaltmiete', 'Netto-Kaltmiete', 'Kaltmiete', 'Nettomiete', 'Grundmiete (nettokalt)',
  'Grundmiete netto kalt', 'Miete ohne Nebenkosten', 'Miete (ohne Nebenkosten)', 'Kaltmiete netto', 'Miete nettokalt',
  'monatliche Grundmiete', 'Grundmiete monatlich', 'Grundnutzungsgebühr', 'Nutzungsgebühr (netto kalt)',
  'Grundnutzungsentgelt', 'Nutzungsentgelt netto kalt', 'Nutzungsentgelt (netto kalt)', 'Nutzungsgebühr netto kalt',
  'Nettonutzungsentgelt', 'Kaltnutzungsentgelt', 'Basismiete', 'Kaltmiete ohne Nebenkosten', 'Nettomiete (kalt)',
  'Miete Wohnraum', 'Wohnraummiete', 'Mietanteil Wohnraum', 'Mietanteil (ohne Nebenkosten)',
  'Miete ohne Betriebskosten', 'Miete für die Wohnung ohne Betriebskosten', 'Miete für die Wohnung ohne Nebenkosten',
  'Mietzins (kalt)', 'Mietzins kalt', 'Mietzins netto', 'Wohnungsmiete kalt', 'Miete kalt', 'Mietanteil (nettokalt)',
  'Mietanteil nettokalt', 'Indexmiete ohne Betriebskosten', 'Staffelmiete ohne Betriebskosten',
  'Miete ohne Betriebs- und Heizkosten', 'Miete ohne Neben- und Heizkosten',
];

/** The cold operating costs as Mietbescheinigung and Mietvertrag alike print them. */
const NEBENKOSTEN_LABELS = [
  'Nebenkosten',
  'kalte Nebenkosten',
  'Betriebskosten',
  'kalte Betriebskosten',
  'Nebenkostenvorauszahlung',
  'Betriebskostenvorauszahlung',
  'Vorauszahlung Betriebskosten',
  'Vorauszahlung für Betriebskosten',
  'Vorauszahlung Nebenkosten',
  'Vorauszahlung für Nebenkosten',
  'Umlagen',
  'Umlagenvorauszahlung',
  'Vorauszahlung Umlagen',
  'Umlagenvorauszahlung BK',
  'Vorauszahlung BK',
  'Nebenkosten (ohne Heizung)',
  ...NEBENKOSTEN_ABSCHLAG,
];

/** A column of a subtenant's or a flat-sharer's part beside the whole flat's figures. */
const SHARE_COLUMN = /Untermieter|davon|Anteil|anteilig|entfallend|entfällt/i;

/** The employee's column (or row, in a transposed table) of a contributions table, beside the assessment base and the employer's share (a scan may read „Arbeltnehmer“). */
const EMPLOYEE_COLUMN = /Arbe[il1]tnehmer|AN-Anteil|Anteil AN|Anteil Mitarbeiter/i;

const NAME_OF_PERSON = [
  'Name', 'Name, Vorname', 'Name, Vornamen', 'Vorname, Name', 'Vor- und Nachname', 'Vor- und Zuname', 'Vor- und Familienname', 'Vorname Name', 'Name und Vorname', 'Vorname und Name',
  // the surname's caption spelled out, given names singular, plural or both („1 Familienname, Vorname“ on a form)
  'Familienname, Vorname', 'Familienname, Vornamen', 'Familienname, Vorname(n)', 'Nachname, Vorname', 'Nachname, Vornamen',
];

/**
 * The person a notice is about when it is sent to someone who acts for them: a lawyer's client
 * („Ihre Mandantin: Hahn, Franziska“), a legal guardian's ward („Betreute Person: …“).
 */
const REPRESENTED_PERSON = ['Betreute Person', 'Betreute', 'Betreuter', 'Mandant', 'Mandantin', 'Ihr Mandant', 'Ihre Mandantin', 'Mandantschaft', 'in Sachen'];

export const RULES: Partial<Record<DocumentTypeId, readonly FieldRule[]>> = {
  antrag: [
    {
      field: 'antragsteller_name',
      kind: 'name',
      labels: [
        'Antragsteller',
        'Antragstellerin',
        'Antragsteller/in',
        'Antragsteller/-in',
        'Antragstellerin/Antragsteller',
        'Name der antragstellenden Person',
        'Antragstellende Person',
        // a guardian's application names the person in care: „Betreute: Solveig Vogt, geb. …“
        'Betreute',
        'Betreuter',
        'Betreute Person',
        'Name des Antragstellers',
        'Name der Antragstellerin',
        'Name des Antragstellers/der Antragstellerin',
        // a formless application by letter or e-mail: „Mein Name ist Julia Kaiser.“
        'Mein Name ist|0.9',
        ...NAME_OF_PERSON.map((label) => `${label}|0.85`),
      ],
    },
    { field: 'geburtsdatum', kind: 'date', labels: ['Geburtsdatum', 'geboren am', 'Geb.-Datum', 'Geb. am', 'Tag der Geburt', 'Geburtstag', 'Geboren', 'Datum der Geburt'], past: true },
    { field: 'antragsart', kind: 'antragsart', labels: ['Antragsart', 'Art des Antrags', 'Art des Antrages', 'Antragstyp'] },
    {
      field: 'anschrift',
      kind: 'address',
      labels: [
        'Anschrift',
        'Wohnanschrift',
        'Anschrift der Wohnung',
        'Anschrift des Wohnraums',
        'Anschrift (Straße, Hausnummer, PLZ, Ort)',
        'Straße, Hausnummer, PLZ, Ort',
        'Straße, Hausnummer',
        'Straße und Hausnummer',
        'Straße, Hausnr.',
        'Straße/Hausnummer',
        'Wohnort',
        'derzeitige Anschrift',
        'Adresse',
        'wohnhaft|0.9',
        'wohnhaft in|0.9',
        'zur Miete in der Wohnung|0.9',
        'wohnt in der Wohnung|0.9',
        'Wohnung:|0.9',
      ],
    },
    { field: 'iban', kind: 'iban', labels: ['IBAN', 'Kontonummer (IBAN)', 'IBAN des Kontos', 'Bankverbindung', 'Konto:|0.9'], belowLines: 2 },
    {
      field: 'haushaltsmitglieder',
      kind: 'count', range: [1, 20],
      labels: ['Anzahl der Haushaltsmitglieder', 'Zahl der Haushaltsmitglieder', 'Anzahl Haushaltsmitglieder', 'Anzahl der zu berücksichtigenden Haushaltsmitglieder', 'Haushaltsgröße', 'Personen im Haushalt|0.8', 'Anzahl Personen insgesamt', 'Personen insgesamt', 'Anzahl der Personen im Haushalt', 'Zahl der zum Haushalt rechnenden Personen', 'Anzahl der zum Haushalt rechnenden Personen', 'Zahl der zum Haushalt gehörenden Personen', 'Anzahl der zum Haushalt gehörenden Personen', 'Zahl der Haushaltsangehörigen', 'Anzahl der Haushaltsangehörigen', 'Personenzahl|0.9', 'Gesamtzahl der Personen', 'Gesamtzahl der oben eingetragenen Personen', 'Gesamtzahl der Haushaltsmitglieder', 'Haushalt umfasst', 'Haushalt umfasst insgesamt', 'Haushalt besteht aus', 'zum Haushalt gehören insgesamt', 'Personen:|0.85'],
    },
  ],
  mietbescheinigung: [
    {
      field: 'mieter_name',
      kind: 'name',
      labels: [
        'Mieter',
        'Mieterin',
        'Mieter/in',
        'Mieter/-in',
        'Mieterin/Mieter',
        'Mieter/Mieterin',
        'Name des Mieters',
        'Name der Mieterin',
        'Name des Mieters/der Mieterin',
        'Name der Mieterin/des Mieters',
        'Name der Mieterin / des Mieters',
        'Mieter (Name, Vorname)',
        'Name, Vorname des Mieters',
        'Name, Vorname der Mieterin',
        'Name, Vorname der Mieterin/des Mieters',
        'Name, Vorname des Mieters/der Mieterin',
        'Hauptmieter',
        'Hauptmieter/in',
        'Hauptmieterin',
        'Mieterin / Mieter',
        'Wohnungsinhaber',
        'Wohnungsinhaberin',
        'Vertragsinhaber',
        'Vertragsinhaberin',
        'Mietpartei',
        'Mieterpartei',
        'Mietende Person',
      ],
      avoidSections: ['Vermieter', 'Vermieterin', 'Verwalter', 'Eigentümer', 'Hausverwaltung'],
    },
    {
      field: 'vermieter_name',
      kind: 'party',
      labels: [
        'Vermieter',
        'Vermieterin',
        'Vermieter/in',
        'Vermieter/-in',
        'Vermieterin/Vermieter',
        'Vermieter/Vermieterin',
        'Name des Vermieters',
        'Name der Vermieterin',
        'Name des Vermieters/der Vermieterin',
        'Name der Vermieterin / des Vermieters',
        'Vermieter (Name, Anschrift)',
        'Name und Anschrift des Vermieters',
        'Name bzw. Firma des Vermieters',
        'Name/Firma des Vermieters',
        'Name oder Firma des Vermieters',
        'Firma des Vermieters',
        'Vermieter (Name/Firma)',
        'Wohnungsgeber',
        'Wohnungsgeberin',
        'Eigentümer',
        'Eigentümerin',
        'Hauseigentümer',
        'Verwalter:|0.85',
        'Hausverwaltung:|0.85',
        // an employer's staff flat let by its housing subsidiary: „überlassen durch | Berliner Wohnen GmbH“
        'Nutzungsgeber',
        'Nutzungsgeberin',
        'überlassen durch',
      ],
    },
    {
      field: 'anschrift',
      kind: 'address',
      labels: [
        'Anschrift der Wohnung',
        'Lage der Wohnung',
        'Wohnung',
        'Adresse der Wohnung',
        'Anschrift des Wohnraums',
        'Anschrift der Mietwohnung',
        'Mietobjekt',
        'Mietwohnung',
        'Wohnanschrift',
        'Straße, Hausnummer',
        'Straße und Hausnummer',
        'Anschrift|0.8',
        'Mieter der Wohnung|0.9',
        'Wohnung in|0.9',
        // a subject line „Mietverhältnis Frau Katharina Albrecht, Am Mühlgraben 18, 09111 Chemnitz“
        'Mietverhältnis|0.8',
        // an employer's staff flat: „Objekt“, „Lage der Personalwohnung“
        'Objekt|0.9',
        'Lage|0.85',
      ],
      avoidSections: ['Vermieter', 'Vermieterin', 'Verwalter', 'Eigentümer', 'Hausverwaltung'],
    },
    { field: 'wohnflaeche', kind: 'area', preferColumn: SHARE_COLUMN, range: [8, 500], labels: ['Wohnfläche', 'Wohnfläche der Wohnung', 'Größe der Wohnung', 'Wohnungsgröße', 'Gesamtwohnfläche', 'Fläche|0.85', 'Größe|0.8', 'Die Wohnfläche beträgt'] },
    {
      field: 'einzugsdatum',
      kind: 'date',
      labels: ['Einzugsdatum', 'Einzug am', 'Tag des Einzugs', 'Datum des Einzugs', 'eingezogen am', 'bewohnt seit', 'bezogen seit', 'bezogen am', 'Wohnung bezogen am', 'Nutzung seit', 'genutzt seit', 'Bezug am', 'Einzug (Datum)', 'Bezugsdatum', 'Bezug der Wohnung', 'Einzug', 'Mietbeginn|0.85', 'Beginn des Mietverhältnisses|0.85', 'Mietverhältnis seit|0.85', 'Mietverhältnis besteht seit|0.85', 'Mieter seit|0.85', 'vermietet seit|0.85', 'Vertragsbeginn|0.85', 'Beginn des Mietvertrags|0.85', 'Übergabe der Wohnung', 'Wohnungsübergabe', 'übergeben am', 'Übergabe am', 'überlassen seit', 'Überlassung seit', 'überlassen ab', 'Nutzung durch Sie seit'],
    },
    // "Die Wohnung wurde Ihnen am 1. September 2014 übergeben.": the date before the word
    { field: 'einzugsdatum', kind: 'date', labels: ['übergeben|0.85', 'überlassen|0.85'], before: 'only', past: true },
    {
      field: 'grundmiete',
      kind: 'amount', preferColumn: SHARE_COLUMN, range: [30, 6000],
      labels: [...GRUNDMIETE_LABELS, 'Mietanteil|0.85'],
      prefixLabels: ['Grundmiete'],
    },
    {
      field: 'nebenkosten',
      kind: 'amount', preferColumn: SHARE_COLUMN, range: [5, 2500],
      labels: [...NEBENKOSTEN_LABELS, 'Vorauszahlung für kalte Betriebskosten', 'Nebenkosten ohne Heizkosten', 'Betriebskosten (ohne Heizung und Warmwasser)', 'Nebenkosten (kalt)'],
      prefixLabels: ['Nebenkosten', 'Betriebskosten'],
    },
    {
      field: 'heizkosten',
      kind: 'amount', preferColumn: SHARE_COLUMN, range: [5, 2000],
      labels: [
        'Heizkosten',
        'Heiz- und Warmwasserkosten',
        'Heizung und Warmwasser',
        'Heizkosten und Warmwasser',
        'Heizkosten inkl. Warmwasser',
        'Heiz- und Warmwasser',
        'Heizung/Warmwasser',
        'Heizkostenvorauszahlung',
        'Vorauszahlung Heizkosten',
        'Vorauszahlung für Heizung',
        'Vorauszahlung für Heizkosten',
        'Vorauszahlung für Heizung und Warmwasser',
        'Heizung',
        'Wärmeversorgung',
        'Wärmekosten',
        'Wärmelieferung',
        'Heiz-/WW-Abschlag',
        'HK-/WW-Vorauszahlung',
        'HK/WW',
        'Heizung/Warmwasser',
        'HK-Vorauszahlung',
        'HK-Abschlag',
        'Heizkostenabschlag',
        'Heizkostenvorschuss',
        'Warmwasser|0.85',
      ],
      prefixLabels: ['Heizkosten'],
    },
    {
      field: 'gesamtmiete',
      kind: 'amount', preferColumn: SHARE_COLUMN, range: [30, 9000],
      labels: ['Gesamtmiete', 'Gesamtmiete monatlich', 'monatliche Gesamtmiete', 'Gesamtbetrag', 'Miete insgesamt', 'insgesamt|0.9', 'Summe', 'Warmmiete', 'Gesamte Miete', 'zu zahlende Miete', 'Monatsmiete gesamt', 'Gesamtsumme', 'Miete gesamt', 'Summe monatlich', 'Summe der monatlichen Zahlungen', 'monatliche Zahlungen insgesamt', 'monatlicher Gesamtbetrag', 'zu zahlender Gesamtbetrag', 'Gesamtbelastung', 'Bruttowarmmiete', 'Warmmiete brutto', 'Bruttomiete warm', 'Gesamtmietzins', 'Mietzins gesamt', 'Gesamtmietzins monatlich', 'Gesamtzahlung', 'monatliche Gesamtzahlung', 'Zahlbetrag gesamt', 'Gesamtzahlbetrag', 'Nutzungsentgelt gesamt', 'Gesamtnutzungsentgelt', 'Nutzungsgebühr gesamt', 'Gesamtnutzungsgebühr', 'gesamt (warm)', 'gesamt warm', 'Miete warm gesamt', 'Sollmiete gesamt', 'Sollmiete Wohnung gesamt', 'Wohnung gesamt|0.85', 'insgesamt zu zahlen', 'monatlich insgesamt', 'Miete einschließlich Vorauszahlungen', 'Miete einschl. Vorauszahlungen', 'Miete inklusive Vorauszahlungen', 'Miete inkl. Vorauszahlungen', 'Miete einschließlich Nebenkosten'],
      prefer: 'best',
    },
    {
      field: 'bewohner_anzahl',
      kind: 'count', preferColumn: SHARE_COLUMN, range: [1, 20],
      labels: [
        'Zahl der Bewohner',
        // a caption of its own, maybe with a remark: „Personen (BK-Umlage)“
        'Personen:|0.9',
        'Belegung',
        'Belegung (Personen)',
        'gemeldete Nutzer',
        'Nutzer der Wohnung',
        'Anzahl Nutzer',
        'Zahl der Nutzer',
        'Anzahl der Bewohner',
        'Anzahl Bewohner',
        'Anzahl der Personen',
        'Personenzahl',
        'Zahl der Personen',
        'Anzahl der in der Wohnung lebenden Personen',
        'Zahl der in der Wohnung lebenden Personen',
        'Anzahl der Haushaltsmitglieder',
        'Personen im Haushalt',
        'Bewohner',
        'Anzahl Personen',
        'Zahl der Bewohnerinnen und Bewohner',
        'Anzahl der Personen in der Wohnung',
        'Personen in der Wohnung',
        'Anzahl der Bewohner/innen',
        'Zahl der Haushaltsmitglieder',
        'Zahl der Haushaltsangehörigen',
        'Anzahl der Haushaltsangehörigen',
        'Haushaltsangehörige',
        'Personen, die dort wohnen',
        'Personen, die in der Wohnung wohnen',
        // „leben“ for „wohnen“
        'Personen, die in der Wohnung leben',
        'Personen, die dort leben',
        'in der Wohnung lebende Personen',
        'leben in der Wohnung',
        'Wie viele Personen wohnen',
        'Wie viele Personen leben',
        'es wohnen dort',
        'dort wohnen',
        'dort wohnende Personen',
        'in der Wohnung wohnende Personen',
        'wohnen dort',
        'wohnen in der Wohnung',
      ],
      // a subtenancy form's section on the main tenant counts the main tenant's own household
      avoidSections: ['Untervermieter', 'Untervermieterin', 'Vermieter', 'Vermieterin', 'Eigentümer'],
    },
    { field: '_kaution', kind: 'amount', labels: ['Kaution', 'Mietkaution', 'Mietsicherheit', 'Sicherheitsleistung'] },
    { field: '_vorher', kind: 'amount', labels: ['vorher betrug die Grundmiete', 'bisherige Miete', 'bisherige Grundmiete'] },
    // the sum of one part of the rent (an annex splitting the operating costs by kind), not the whole rent
    { field: '_teilsumme', kind: 'amount', labels: ['Summe der Vorauszahlung', 'Summe der Vorauszahlungen', 'Summe der Betriebskosten', 'Summe Betriebskosten', 'Summe der Nebenkosten', 'Summe der Heizkosten'] },
  ],
  mietvertrag: [
    // (in a sublease the subtenant rents from the main tenant: „Hauptmieter/in (im Folgenden „Untervermieter“): …“)
    { field: 'mieter_name', kind: 'name', labels: ['Mieter:', 'Mieterin:', 'Mieter/in:', 'Mieterin/Mieter:', 'Mieter/Mieterin:', 'Name des Mieters', 'Name der Mieterin', 'Mietpartei:', 'Nutzer:', 'Nutzerin:', 'Untermieter:', 'Untermieterin:', 'Mieter ist', 'Mieterin ist', 'Mieter sind'] },
    {
      field: 'vermieter_name',
      kind: 'party',
      labels: ['Vermieter:', 'Vermieterin:', 'Vermieter/in:', 'Vermieterin/Vermieter:', 'Vermieter/Vermieterin:', 'Name des Vermieters', 'Name der Vermieterin', 'Eigentümer:|0.9', 'Untervermieter:', 'Untervermieterin:', 'Hauptmieter:|0.9', 'Hauptmieterin:|0.9', 'Vermieterin ist die', 'Vermieterin ist', 'Vermieter ist die', 'Vermieter ist der', 'Vermieter ist'],
    },
    {
      field: 'anschrift',
      kind: 'address',
      labels: ['Anschrift der Wohnung', 'Mietsache', 'Mietobjekt', 'Objektanschrift', 'Anschrift des Mietobjekts', 'Anschrift des Objekts', 'Lage der Wohnung', 'Wohnung', 'Mieträume', 'Adresse der Wohnung', 'Objekt', 'die Wohnung', 'Anschrift|0.8', 'gelegen in', 'im Hause', 'im Haus', 'Wohnung Nr.', 'in der Wohnanlage', 'Straße, Hausnummer|0.85', 'Straße und Hausnummer|0.85'],
    },
    {
      field: 'mietbeginn',
      kind: 'date',
      labels: ['Mietbeginn', 'Beginn des Mietverhältnisses', 'Das Mietverhältnis beginnt am', 'Mietverhältnis beginnt am', 'beginnt am', 'Beginn der Mietzeit', 'Mietzeit ab', 'Vertragsbeginn', 'Übergabe|0.7', 'Mietbeginn am'],
    },
    {
      field: 'grundmiete',
      kind: 'amount', range: [30, 6000],
      labels: [...GRUNDMIETE_LABELS, 'Die Grundmiete beträgt', 'Die Miete beträgt|0.8', 'Miete|0.7', 'monatliche Miete|0.75', 'Nutzungsgebühr|0.75'],
      prefixLabels: ['Grundmiete'],
    },
    {
      field: 'nebenkosten',
      kind: 'amount', range: [5, 2500],
      labels: [...NEBENKOSTEN_LABELS, 'Vorauszahlung auf die Betriebskosten', 'Vorauszahlung für die Betriebskosten', 'Betriebskosten (ohne Heizung)'],
      prefixLabels: ['Nebenkosten', 'Betriebskosten'],
    },
    // a Mietvertrag's heating advance is not extracted, but its label must claim its line
    { field: '_heizkosten', kind: 'amount', labels: ['Heizkosten', 'Heiz- und Warmwasserkosten', 'Heizung und Warmwasser', 'Heizkostenvorauszahlung', 'Vorauszahlung Heizkosten', 'Vorauszahlung für Heizung', 'Vorauszahlung für Heizung und Warmwasser', 'Vorauszahlung auf die Heizkosten', 'Heizung', 'Heiz-/WW-Abschlag', 'HK-Vorauszahlung', 'HK-Abschlag', 'Heizkostenabschlag'], prefixLabels: ['Heizkosten'] },
    { field: '_gesamt', kind: 'amount', labels: ['Gesamtmiete', 'Gesamtbetrag', 'insgesamt', 'Summe', 'Warmmiete'] },
    { field: '_kaution', kind: 'amount', labels: ['Kaution', 'Mietsicherheit', 'Sicherheitsleistung'] },
    { field: 'wohnflaeche', kind: 'area', range: [8, 500], labels: ['Wohnfläche', 'Größe der Wohnung', 'Wohnungsgröße', 'Fläche|0.85', 'Größe|0.8'] },
  ],
  lohnabrechnung: [
    {
      field: 'arbeitnehmer_name',
      kind: 'name',
      labels: ['Arbeitnehmer', 'Arbeitnehmerin', 'Arbeitnehmer/in', 'Mitarbeiter', 'Mitarbeiterin', 'Mitarbeiter/in', 'Beschäftigter', 'Beschäftigte', 'Name des Beschäftigten', 'Name des Arbeitnehmers', 'Personal', ...NAME_OF_PERSON.map((label) => `${label}|0.9`)],
    },
    { field: 'arbeitgeber', kind: 'text', labels: ['Arbeitgeber', 'Arbeitgeberin', 'Firma', 'Unternehmen', 'Betrieb', 'Name des Arbeitgebers', 'Dienststelle|0.85', 'Dienstherr', 'Beschäftigungsstelle|0.85', 'Beschäftigungsbehörde|0.9', 'Anstellungskörperschaft', 'Anstellungsträger', 'Dienstgeber', 'Arbeitgeber/Dienststelle', 'für:|0.8', 'im Auftrag von|0.8', 'Abrechnung im Auftrag von|0.85'] },
    {
      field: 'abrechnungsmonat',
      kind: 'month',
      labels: ['Abrechnungsmonat', 'Abrechnungszeitraum', 'Abrechnungsperiode', 'Periode', 'Monat', 'Zeitraum|0.9', 'Entgeltnachweis für', 'Abrechnung der Brutto/Netto-Bezüge für', 'Bezüge für', 'Entgeltabrechnung für', 'Verdienstabrechnung für', 'Gehaltsabrechnung für', 'Lohnabrechnung für', 'Abrechnung für', 'Entgeltabrechnung', 'Verdienstabrechnung', 'Gehaltsabrechnung', 'Lohnabrechnung', 'Bezügemitteilung', 'Abrechnung', 'Lohn-/Gehaltsabrechnung', 'Brutto-Netto-Abrechnung'],
    },
    {
      field: 'brutto',
      kind: 'amount', range: [50, 60000],
      labels: ['Gesamtbrutto', 'Gesamt-Brutto', 'Bruttoverdienst', 'Gesamtbezüge', 'Bruttobezüge gesamt', 'Summe Bezüge', 'Brutto-Verdienst', 'Bruttoentgelt', 'Bruttobezüge', 'Bruttolohn', 'Bruttogehalt', 'Summe Brutto', 'Brutto gesamt', 'Gesamtbruttoverdienst', 'Brutto|0.9', 'Bruttobetrag', 'Summe Bruttobezüge', 'Summe Bruttoarbeitslohn', 'Bruttoarbeitslohn', 'Bruttoarbeitsentgelt', 'Brutto-Arbeitslohn', 'Gesamtbruttolohn', 'Steuerbrutto|0.8', 'Steuer-Brutto|0.8', 'Summe der Bezüge|0.9'],
      prefer: 'best',
    },
    {
      field: 'netto',
      kind: 'amount', range: [20, 50000],
      labels: ['Nettoverdienst', 'Netto-Verdienst', 'Gesetzliches Netto', 'gesetzl. Netto', 'Nettoentgelt', 'Nettobezüge', 'Nettolohn', 'Nettogehalt', 'Gesamtnetto', 'Gesamt-Netto', 'Nettoarbeitslohn', 'Nettoarbeitsentgelt', 'Netto', 'Netto-Betrag|0.9', 'Nettobetrag|0.9', 'Summe Netto'],
      prefer: 'best',
    },
    { field: '_auszahlung', kind: 'amount', labels: ['Auszahlungsbetrag', 'Auszahlung', 'Überweisungsbetrag', 'Überweisung', 'Zahlbetrag', 'Netto-Auszahlung', 'Nettoauszahlung', 'Auszahlbetrag'] },
    { field: 'lohnsteuer', kind: 'amount', range: [0, 25000], labels: ['Lohnsteuer', 'LSt', 'Lohnst.', 'Lohnsteuer (LSt)', 'Lohnsteuerabzug'], prefer: 'best' },
    {
      field: 'krankenversicherung',
      kind: 'amount', range: [0, 3000], preferColumn: EMPLOYEE_COLUMN,
      labels: ['Krankenversicherung', 'KV-Beitrag', 'KV', 'KV-AN', 'KV AN', 'Krankenvers.', 'Krankenversicherungsbeitrag', 'Beitrag Krankenversicherung', 'KV-Beitrag AN', 'Krankenversicherung AN', 'Krankenversicherung (AN-Anteil)', 'Krankenversicherung Arbeitnehmeranteil', 'Krankenvers. AN', 'Kranken-V.', 'Krankenvers. (AN)', 'KV-Anteil AN', 'Krankenkassenbeitrag', 'Krankenkassenbeitrag AN', 'Beitrag zur Krankenversicherung', 'Krankenversicherungsbeitrag AN', 'Kranken|0.85'],
      prefer: 'best',
    },
    {
      field: 'rentenversicherung',
      kind: 'amount', range: [0, 4000], preferColumn: EMPLOYEE_COLUMN,
      labels: ['Rentenversicherung', 'RV-Beitrag', 'RV', 'RV-AN', 'RV AN', 'Rentenvers.', 'Rentenversicherungsbeitrag', 'Beitrag Rentenversicherung', 'RV-Beitrag AN', 'Rentenversicherung AN', 'Rentenversicherung (AN-Anteil)', 'Rentenversicherung Arbeitnehmeranteil', 'Rentenvers. AN', 'Renten-V.', 'Rentenvers. (AN)', 'RV-Anteil AN', 'Beitrag zur Rentenversicherung', 'Rentenversicherungsbeitrag AN', 'Rentenbeitrag', 'Rentenbeitrag AN', 'Renten|0.85'],
      prefer: 'best',
    },
    { field: '_arbeitslosen', kind: 'amount', labels: ['Arbeitslosenversicherung', 'AV', 'AV-Beitrag', 'ALV'] },
    { field: '_svbrutto', kind: 'amount', labels: ['KV-/RV-/AV-/PV-Brutto', 'SV-Brutto', 'KV-Brutto', 'RV-Brutto', 'AV-Brutto', 'PV-Brutto', 'KV/PV-Brutto', 'RV/AV-Brutto', 'Sozialversicherungsbrutto', 'beitragspflichtiges Entgelt', 'Beitragsbemessungsgrenze'] },
    { field: '_arbeitgeberanteil', kind: 'amount', labels: ['KV Arbeitgeberanteil', 'RV Arbeitgeberanteil', 'KV AG-Anteil', 'RV AG-Anteil', 'KV-AG', 'RV-AG', 'Arbeitgeberanteil', 'AG-Anteil'] },
    { field: '_pflege', kind: 'amount', labels: ['Pflegeversicherung', 'PV', 'PV-Beitrag'] },
    { field: '_kirche', kind: 'amount', labels: ['Kirchensteuer', 'KiSt', 'Solidaritätszuschlag', 'SolZ', 'Soli'] },
  ],
  rentenbescheid: [
    { field: 'name', kind: 'name', labels: [...NAME_OF_PERSON, 'Versicherte', 'Versicherter', 'Rentenberechtigte', 'Rentenberechtigter', 'Berechtigte', 'Berechtigter', 'Empfänger', 'Rentenempfänger', 'Leistungsberechtigte', ...REPRESENTED_PERSON] },
    { field: 'versicherungsnummer', kind: 'vsnr', labels: ['Versicherungsnummer', 'Vers.-Nr.', 'Versicherungs-Nr.', 'Versicherten-Nr.', 'Versichertennummer', 'VSNR', 'Vers.Nr.', 'Rentenversicherungsnummer', 'Sozialversicherungsnummer', 'Unser Zeichen|0.9', 'Aktenzeichen|0.7'] },
    {
      field: 'rente_brutto',
      kind: 'amount', range: [10, 8000],
      labels: ['Bruttorente', 'Rente brutto', 'Rentenbetrag', 'Rentenbetrag brutto', 'Monatliche Rente', 'Monatsrente', 'Höhe der Rente', 'Rente (brutto)', 'Brutto-Rente', 'Rente|0.75', 'monatliche Bruttorente', 'Rentenhöhe', 'Betrag der Rente', 'Die monatliche Rente beträgt', 'Ihre Rente beträgt', 'Witwenrente|0.8', 'Witwerrente|0.8', 'Altersrente|0.8', 'Regelaltersrente|0.8', 'Erwerbsminderungsrente|0.8', 'Hinterbliebenenrente|0.8', 'Rente wegen|0.75', 'Betrag vor Abzug der Beiträge', 'Rentenbetrag vor Abzug', 'Rente vor Abzug', 'Bruttobetrag', 'Die Rente beträgt', 'Rente beträgt', 'Ihre monatliche Rente beträgt', 'Monatsbetrag der Rente', 'Monatsbetrag|0.9', 'Rente insgesamt', 'Gesamtrente', 'Rente gesamt', 'Gesamtbetrag der Rente'],
      prefer: 'best',
    },
    { field: 'zahlbetrag', kind: 'amount', range: [10, 8000], labels: ['Zahlbetrag', 'Auszahlungsbetrag', 'monatlicher Zahlbetrag', 'auszuzahlender Betrag', 'Zahlbetrag monatlich', 'Nettorente', 'Rente netto', 'Auszahlung', 'ausgezahlt werden', 'Überweisungsbetrag', 'zu zahlender Betrag', 'zu zahlende Rente', 'Zahlbetrag der Rente', 'ausgezahlte Rente', 'Nettobetrag', 'monatlicher Nettobetrag', 'Es verbleibt ein monatlicher Betrag', 'verbleibender Betrag', 'Es verbleibt|0.85', 'Das zahlen wir Ihnen aus', 'zahlen wir Ihnen aus|0.95', 'Betrag, den Sie monatlich erhalten', 'Sie erhalten monatlich|0.9', 'zahlen wir Ihnen monatlich', 'überweisen wir Ihnen monatlich', 'laufende Rente von monatlich', 'Die laufende Rente von', 'monatlich auszuzahlen', 'auszuzahlen|0.9', 'Auszahlbetrag', 'monatliche Auszahlung'], prefer: 'best' },
    // "… monatlich EUR 908,15 vor Abzug der Beiträge": the figure before the phrase
    { field: 'rente_brutto', kind: 'amount', range: [10, 8000], labels: ['vor Abzug der Beiträge|0.9', 'vor Abzug|0.85'], before: 'only' },
    // "… werden monatlich 908,97 EUR ausgezahlt": the figure before the verb
    { field: 'zahlbetrag', kind: 'amount', range: [10, 8000], labels: ['ausgezahlt|0.9', 'überwiesen|0.9', 'zur Auszahlung|0.9'], before: true, below: false },
    { field: '_abzug', kind: 'amount', labels: ['Beitragsanteil zur Krankenversicherung', 'Beitrag zur Pflegeversicherung', 'Krankenversicherung', 'Pflegeversicherung', 'Rentenwert', 'aktueller Rentenwert'] },
    // "Die laufende Rente zahlen wir ab 01.01.2025": the first monthly payment after a back payment, not the pension's start
    { field: '_laufende_zahlung', kind: 'date', labels: ['laufende Rente zahlen wir ab', 'laufende Rente zahlen wir', 'laufende Zahlung ab', 'laufende Zahlung beginnt', 'laufende Rentenzahlung'] },
    { field: 'gueltig_ab', kind: 'date', labels: ['gültig ab', 'ab dem', 'Rentenbeginn', 'Beginn der Rente', 'ab', 'mit Wirkung vom', 'Wirksam ab', 'Rente ab', 'zum|0.9', 'seit|0.8', 'Anpassung zum', 'Beginn', 'Die Rente beginnt am', 'Rente beginnt am', 'beginnt am|0.9'] },
  ],
  arbeitslosengeldbescheid: [
    { field: 'name', kind: 'name', labels: [...NAME_OF_PERSON, 'Leistungsempfänger', 'Leistungsempfängerin', 'Empfänger', 'Antragsteller', 'Arbeitslose Person', 'Kunde', 'Kundin', ...REPRESENTED_PERSON] },
    { field: 'kundennummer', kind: 'kundennummer', labels: ['Kundennummer', 'Kunden-Nr.', 'Kundennr.', 'Kd.-Nr.', 'Kunden-Nummer', 'Ihre Kundennummer', 'Kd-Nr.', 'Kd.Nr.'] },
    {
      field: 'leistungsbetrag_taeglich',
      kind: 'amount', range: [1, 400],
      labels: ['täglicher Leistungsbetrag', 'Leistungsbetrag täglich', 'Leistungsbetrag (täglich)', 'Leistungsbetrag kalendertäglich', 'kalendertäglicher Leistungsbetrag', 'Tagessatz', 'tägliches Arbeitslosengeld', 'Arbeitslosengeld täglich', 'Arbeitslosengeld (täglich)', 'Arbeitslosengeld kalendertäglich', 'täglicher Leistungssatz', 'Leistungsbetrag|0.85', 'Leistungshöhe|0.8', 'Tagesbetrag', 'in Höhe von täglich', 'täglich in Höhe von', 'Leistungsbetrag von täglich', 'Betrag je Kalendertag', 'Betrag pro Kalendertag', 'Betrag je Tag', 'Tagesleistung', 'Leistung je Kalendertag', 'Arbeitslosengeld je Kalendertag', 'Arbeitslosengeld pro Kalendertag', 'Arbeitslosengeld pro Tag'],
      prefer: 'best',
    },
    // "Arbeitslosengeld in Höhe von 38,62 € täglich": the figure before the word
    { field: 'leistungsbetrag_taeglich', kind: 'amount', range: [1, 400], labels: ['täglich|0.85', 'kalendertäglich|0.85', 'pro Tag|0.85', 'je Kalendertag|0.85', 'pro Kalendertag|0.85'], before: 'only', prefer: 'best' },
    { field: '_entgelt', kind: 'amount', labels: ['Bemessungsentgelt', 'Leistungsentgelt', 'Bemessungsentgelt (täglich)', 'Leistungsentgelt (täglich)', 'Monatsbetrag', 'monatlich', 'Kalendermonat', 'Differenzbetrag'] },
  ],
  elterngeldbescheid: [
    { field: 'name', kind: 'name', labels: [...NAME_OF_PERSON, 'Antragsteller', 'Antragstellerin', 'Antragsteller/in', 'Berechtigte Person', 'Berechtigte', 'Berechtigter', 'Berechtigte/r', 'Empfänger', 'Leistungsempfänger', 'Elterngeldberechtigte', 'Leistungsberechtigte', 'Leistungsberechtigter', 'Leistungsberechtigte/r', ...REPRESENTED_PERSON] },
    {
      field: 'elterngeld_monatlich',
      kind: 'amount', range: [100, 3000],
      labels: ['Elterngeld monatlich', 'monatliches Elterngeld', 'Höhe des Elterngeldes', 'Elterngeld in Höhe von', 'monatlicher Elterngeldbetrag', 'Elterngeldbetrag', 'Basiselterngeld|0.95', 'Elterngeld Plus', 'ElterngeldPlus', 'Elterngeld je Lebensmonat', 'Auszahlungsbetrag je Lebensmonat', 'Betrag je Lebensmonat', 'je Lebensmonat|0.85', 'monatlicher Betrag', 'Monatsbetrag', 'Elterngeld|0.8', 'Betrag monatlich', 'in Höhe von|0.9', 'Höhe|0.8', 'Elterngeld im Monat', 'Elterngeld pro Monat'],
      prefer: 'best',
      // the other parent's months in the same letter
      avoidSections: ['anderer Elternteil', 'anderen Elternteil', 'andere Elternteil', 'anderen Elternteils'],
    },
    { field: '_einkommen', kind: 'amount', labels: ['Einkommen für das Elterngeld', 'Einkommen in den Monaten mit Elterngeld', 'Einkommen vor der Geburt', 'durchschnittlichen monatlichen Einkommens', 'Einkommen', 'Gesamtbetrag', 'Bemessungsgrundlage', 'Ersatzrate', 'Geschwisterbonus', 'Mehrlingszuschlag'] },
  ],
  meldebescheinigung: [
    { field: 'name', kind: 'name', labels: [...NAME_OF_PERSON, 'Person'] },
    { field: 'geburtsdatum', kind: 'date', labels: ['Geburtsdatum', 'geboren am', 'Geb.-Datum', 'Tag der Geburt', 'Geburtstag', 'geb. am', 'Geburtsdatum und -ort', 'Geboren', 'Datum der Geburt', 'Tag und Ort der Geburt', 'Geburtsdatum und Geburtsort', 'Geburtsdatum, Geburtsort', 'Geburtsdatum/-ort'], past: true },
    {
      field: 'anschrift',
      kind: 'address',
      labels: ['Anschrift', 'Wohnanschrift', 'Wohnung', 'Hauptwohnung', 'gegenwärtige Anschrift', 'derzeitige Anschrift', 'Anschrift der Hauptwohnung', 'Anschrift (Hauptwohnung)', 'wohnhaft in', 'wohnt in', 'Wohnort', 'Adresse', 'aktuelle Anschrift', 'Straße, Hausnummer', 'Straße und Hausnummer', 'gemeldet in', 'Wohnung (Hauptwohnung)', 'alleinige Wohnung', 'Meldeadresse', 'Meldeanschrift', 'gemeldete Anschrift', 'Anschrift der Hauptwohnung'],
    },
    {
      field: 'einzugsdatum',
      kind: 'date',
      labels: ['Einzugsdatum', 'eingezogen am', 'Tag des Einzugs', 'Datum des Einzugs', 'Einzug am', 'Einzug', 'wohnhaft seit', 'angemeldet seit', 'gemeldet seit', 'seit|0.8', 'Anmeldung zum|0.9', 'Beginn der Wohnung|0.9', 'Bezug der Wohnung', 'Einzug in die Wohnung', 'Einzug in diese Wohnung', 'Bezugsdatum', 'Einzugstag', 'Zuzug am', 'Zuzugsdatum', 'Datum des Zuzugs', 'Tag des Zuzugs', 'Anmeldedatum|0.9', 'bezogen am', 'bezogen seit', 'Wohnung bezogen am', 'bewohnt seit', 'bewohnt ab'],
    },
    { field: '_auszug', kind: 'date', labels: ['Auszugsdatum', 'Auszug', 'ausgezogen am', 'Datum des Auszugs', 'Tag des Auszugs'] },
    // the former address of a register extract
    { field: '_frueher', kind: 'address', labels: ['Zuzug von', 'zugezogen von', 'frühere Anschrift', 'vorherige Anschrift', 'letzte frühere Wohnung', 'bisherige Wohnung'] },
    { field: '_ausstellung', kind: 'date', labels: ['Ausstellungsdatum', 'ausgestellt am', 'Datum der Ausstellung', 'Datum'] },
  ],
  kontoauszug: [
    { field: 'kontoinhaber', kind: 'name', labels: ['Kontoinhaber', 'Kontoinhaberin', 'Kontoinhaber/in', 'Inhaber', 'Inhaberin', 'Konto-Inhaber', 'Kontoinhaber(in)', 'Name des Kontoinhabers', 'Inhaber des Kontos', 'Inhaberin des Kontos', 'Konto von:', 'Konto-Inhaber/in', 'Kontoinhaber/-in'] },
    { field: 'iban', kind: 'iban', labels: ['IBAN', 'Konto-IBAN', 'IBAN des Kontos', 'Kontonummer', 'Konto'] },
  ],
  schwerbehindertenausweis: [
    { field: 'name', kind: 'name', labels: [...NAME_OF_PERSON, 'Inhaber', 'Inhaberin', 'Ausweisinhaber', 'Ausweisinhaberin', ...REPRESENTED_PERSON, 'für Ihren Sohn', 'für Ihre Tochter', 'für Ihr Kind', 'Betroffene Person', 'betroffene Person'] },
    { field: 'gdb', kind: 'gdb', labels: ['Grad der Behinderung', 'GdB', 'Grad der Behinderung (GdB)', 'Gesamt-GdB', 'Gesamtgrad der Behinderung', 'Behinderungsgrad', 'festgestellter Behinderungsgrad'] },
    // an activation code's or a link's own validity („Der Code ist gültig bis 9.1.2025“) is not the card's
    // (so is the transport token's: „die Wertmarke ist gültig bis …“)
    { field: '_code_gueltig', kind: 'date', labels: ['Code ist gültig bis', 'Freischaltcode gültig bis', 'Link ist gültig bis', 'Code gültig bis', 'Wertmarke ist gültig bis', 'Wertmarke gültig bis'] },
    { field: 'gueltig_bis', kind: 'date', labels: ['gültig bis', 'Gültigkeit bis', 'befristet bis', 'Ausweis gültig bis', 'Ablaufdatum des Ausweises', 'neues Ablaufdatum', 'Ablaufdatum', 'gültig bis Ende', 'Gültigkeitsdauer bis', 'bis|0.85', 'Ablauf der Gültigkeit', 'Ende der Gültigkeit', 'Gültigkeit endet am', 'verlängert bis', 'Gültigkeit verlängert bis', 'Gültigkeit verlängert bis zum', 'neu gültig bis', 'Gültigkeitsdauer des Ausweises', 'Gültigkeitsdauer'], monthEnd: true, prefer: 'best' },
  ],
  schulbescheinigung: [
    { field: 'name', kind: 'name', labels: [...NAME_OF_PERSON, 'Familienname, Vorname der/des Auszubildenden', 'Name der/des Auszubildenden', 'Name der/des Studierenden', 'Schüler', 'Schülerin', 'Schüler/in', 'Student', 'Studentin', 'Student/in', 'Name des Schülers', 'Name der Schülerin', 'Name des Studierenden', 'Studierende', 'Studierender', 'Auszubildende', 'Auszubildender', 'Name des Kindes|1.05', 'Name, Vorname des Kindes|1.05', 'Familienname, Vorname des Kindes|1.05', 'Familienname, Vorname(n) des Kindes|1.05'], prefer: 'best' },
    { field: 'einrichtung', kind: 'text', labels: ['Schule:', 'Name der Schule', 'Bildungseinrichtung', 'Einrichtung:', 'Hochschule:', 'Universität:', 'Ausbildungsstätte', 'Schulname', 'Bezeichnung der Schule', 'Name der Hochschule', 'Name der Bildungseinrichtung', 'Schule/Hochschule:', 'Schule / Hochschule:'] },
    { field: 'gueltig_bis', kind: 'date', labels: ['gültig bis', 'gültig bis zum', 'Gültigkeit bis', 'Gültigkeit bis zum', 'gilt bis', 'gilt bis zum', 'voraussichtlich bis', 'voraussichtliches Ende', 'Ende des Schuljahres', 'Schuljahresende', 'Ende der Ausbildung', 'voraussichtliches Ausbildungsende', 'Ende des Semesters', 'Semesterende', 'Bescheinigung gültig bis', 'bis zum|0.85', 'bis|0.75', 'Ende des Lehrgangs', 'Lehrgangsende', 'Ende des Kurses', 'Kursende', 'verliert ihre Gültigkeit mit Ablauf des', 'Ausbildungsende', 'endet am', 'voraussichtlich am', 'bescheinigt bis', 'Schulbesuch bescheinigt bis', 'Schulbesuch bis', 'Besuch bis', 'immatrikuliert bis', 'eingeschrieben bis', 'Studium bis', 'Schulpflicht bis', 'Ausbildung bis', 'endet voraussichtlich mit Ablauf des', 'mit Ablauf des|0.8', 'endet mit Ablauf am', 'endet mit dessen Ablauf am', 'mit dessen Ablauf am', 'endet mit Ablauf des'], monthEnd: true },
  ],
};
