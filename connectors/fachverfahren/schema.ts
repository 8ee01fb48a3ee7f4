/**
 * The export record: what the Fachverfahren receives of a decided case, the contract between this
 * product and the specialist procedure. The zod schema is the one source: the JSON Schema
 * (`fachverfahren-export.schema.json`) is generated from it, the XML (`xml.ts`) is written from a
 * record it accepted, and `README.md` describes every field.
 *
 * Besides the structure it holds the rules the Fachverfahren needs to take a case (an approval
 * needs a valid bank account, an amount and a period, …). JSON Schema cannot express those; they
 * are listed in the README.
 */
import { z } from 'zod';
import { ibanChecksumValid } from '../../wohngeld/iban.ts';
import { BEZIEHUNGEN } from '../../wohngeld/antrag.ts';
import { ANTRAGSARTEN, DOCUMENT_TYPES } from '../../wohngeld/catalog.ts';
import { istKalenderdatum } from '../../wohngeld/datum.ts';

export const SCHEMA_VERSION = 1;
/** The XML namespace; its last part is the schema version. */
export const XML_NAMESPACE = `urn:wohngeld-camunda:fachverfahren:${SCHEMA_VERSION}`;
export const ERGEBNISSE = ['bewilligen', 'ablehnen', 'versagen'] as const;
/** Where a value the calculation used comes from (the household model's sources, plus the office's configuration). */
export const QUELLEN = ['korrektur', 'dokument', 'antrag', 'annahme', 'konfiguration'] as const;

const twoDecimals = (value: number) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6;
const betrag = (beschreibung: string) => z.number().finite().refine(twoDecimals, { error: 'Betrag in Euro mit höchstens zwei Nachkommastellen' }).meta({ description: `${beschreibung} (Euro, höchstens zwei Nachkommastellen)` });
const text = (beschreibung: string) => z.string().min(1).meta({ description: beschreibung });
const datum = (beschreibung: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Datum der Form JJJJ-MM-TT' })
    .refine(istKalenderdatum, { error: 'kein gültiges Kalenderdatum' })
    .meta({ description: `${beschreibung} (JJJJ-MM-TT)`, format: 'date' });

const anschriftSchema = z
  .object({ strasse: text('Straße'), hausnummer: text('Hausnummer'), plz: z.string().regex(/^\d{5}$/).meta({ description: 'Postleitzahl, fünf Ziffern' }), ort: text('Ort') })
  .strict()
  .meta({ description: 'Anschrift der antragstellenden Person (zugleich der Wohnung)' });

const antragstellerSchema = z
  .object({
    anrede: z.enum(['Frau', 'Herr', 'keine']).meta({ description: 'Anrede für Briefe' }),
    vorname: text('Vorname'),
    nachname: text('Nachname'),
    geburtsdatum: datum('Geburtsdatum'),
    anschrift: anschriftSchema,
    email: z.string().min(3).optional().meta({ description: 'E-Mail-Adresse, falls angegeben' }),
    telefon: z.string().min(1).optional().meta({ description: 'Telefonnummer, falls angegeben' }),
  })
  .strict()
  .meta({ description: 'Die antragstellende Person' });

const mitgliedSchema = z
  .object({
    id: z.string().regex(/^m\d+$/).meta({ description: 'Kennung im Fall (m1, m2, … in der Reihenfolge des Antrags); Pfad der Korrekturen' }),
    vorname: text('Vorname'),
    nachname: text('Nachname'),
    geburtsdatum: datum('Geburtsdatum'),
    beziehung: z.enum(BEZIEHUNGEN).meta({ description: 'Beziehung zur antragstellenden Person' }),
    beruecksichtigt: z.boolean().optional().meta({ description: 'zählt bei der Berechnung mit (false: vom Wohngeld ausgeschlossen, §§ 7, 8 WoGG); fehlt ohne Haushaltsmodell' }),
  })
  .strict();

const wohnungSchema = z
  .object({
    verhaeltnis: z.enum(['miete', 'eigentum']).meta({ description: 'Miete (Mietzuschuss) oder Eigentum (Lastenzuschuss)' }),
    mietstufe: z.number().int().min(1).max(7).optional().meta({ description: 'Mietstufe der Gemeinde (1 bis 7), wie in der Berechnung verwendet' }),
    mietstufeQuelle: z.enum(QUELLEN).optional().meta({ description: 'Herkunft der Mietstufe' }),
    bruttokaltmiete: betrag('Bruttokaltmiete je Monat nach § 9 WoGG, wie in der Berechnung verwendet').optional(),
    bruttokaltmieteQuelle: z.enum(QUELLEN).optional().meta({ description: 'Herkunft der Bruttokaltmiete' }),
    wohnflaeche: z.number().positive().optional().meta({ description: 'Wohnfläche in m², laut Antrag' }),
  })
  .strict()
  .meta({ description: 'Die Wohnung' });

const zeitraumSchema = z.object({ von: datum('erster Tag'), bis: datum('letzter Tag') }).strict();

const entscheidungSchema = z
  .object({
    ergebnis: z.enum(ERGEBNISSE).meta({ description: 'bewilligen, ablehnen oder versagen (§ 66 SGB I, fehlende Mitwirkung)' }),
    begruendung: text('Begründung der Sachbearbeitung'),
    entschiedenAm: z.string().regex(/^\d{4}-\d{2}-\d{2}(T.+)?$/).optional().meta({ description: 'Tag (oder Zeitpunkt, ISO 8601) der Entscheidung, falls der Prozess ihn festhält' }),
    bewilligungszeitraum: zeitraumSchema.optional().meta({ description: 'Bewilligungszeitraum laut Bescheid-Entwurf (§ 25 WoGG); nur bei Bewilligung' }),
    wohngeldMonatlich: betrag('Wohngeld je Monat laut Berechnung; nur bei Bewilligung').optional(),
  })
  .strict()
  .meta({ description: 'Die Entscheidung' });

const schrittSchema = z.object({ text: text('Rechenschritt, wie im Bescheid'), rechtsgrundlage: text('Rechtsgrundlage'), betrag: betrag('Ergebnis des Schritts').optional() }).strict();

const berechnungSchema = z
  .object({
    wohngeld: betrag('Wohngeld je Monat (§ 19 WoGG, auf volle Euro gerundet)'),
    anspruch: z.boolean().meta({ description: 'ob ein Anspruch besteht (§ 21 WoGG: nicht unter 10 €)' }),
    M: betrag('zu berücksichtigende Miete M'),
    Y: betrag('monatliches Gesamteinkommen Y'),
    hoechstbetrag: betrag('Höchstbetrag nach Anlage 1 WoGG ohne Klimakomponente'),
    rechtsstand: text('angewandte Fassung des WoGG'),
    schritte: z.array(schrittSchema).meta({ description: 'alle Rechenschritte mit Rechtsgrundlage' }),
  })
  .strict()
  .meta({ description: 'Die Vorausberechnung; fehlt, wenn keine Berechnung vorliegt (z. B. bei Versagung)' });

const korrekturSchema = z
  .object({
    pfad: text('berichtigter Wert, z. B. bruttokaltmiete oder mitglieder.m1.einkommen.rente'),
    wert: z.union([z.number(), z.boolean()]).meta({ description: 'neuer Wert (Zahl oder true/false)' }),
    begruendung: z.string().optional().meta({ description: 'Begründung der Sachbearbeitung' }),
  })
  .strict();

const dokumentSchema = z
  .object({
    file: text('Dateiname des Nachweises'),
    documentType: z.enum(DOCUMENT_TYPES).meta({ description: 'Dokumentart laut Dokumentkatalog' }),
    confidence: z.number().min(0).max(1).meta({ description: 'Sicherheit der Erkennung (0 bis 1)' }),
  })
  .strict();

const bescheidEntwurfSchema = z
  .object({
    documentId: text('Kennung im Camunda-Dokumentenspeicher'),
    storeId: text('Dokumentenspeicher'),
    contentHash: z.string().min(1).optional().meta({ description: 'Prüfwert des Dokuments laut Camunda' }),
    fileName: z.string().min(1).optional().meta({ description: 'Dateiname' }),
    betreff: text('Betreff des Bescheids'),
  })
  .strict()
  .meta({ description: 'Verweis auf den Bescheid-Entwurf (PDF) im Camunda-Dokumentenspeicher' });

const bankverbindungSchema = z
  .object({
    iban: z.string().regex(/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/).meta({ description: 'IBAN ohne Leerzeichen, Prüfziffer nach Modulo 97 gültig' }),
    kontoinhaber: text('Kontoinhaber/in'),
  })
  .strict()
  .meta({ description: 'Konto für die Auszahlung; nur bei Bewilligung' });

const exportObjekt = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION).meta({ description: 'Version dieses Formats' }),
    antragId: z.string().regex(/^[A-Za-z0-9._:-]+$/).meta({ description: 'Aktenzeichen: die Kennung des Antrags (antrag.antragId)' }),
    eingangsdatum: datum('Eingang des Antrags'),
    antragsart: z.enum(ANTRAGSARTEN).meta({ description: 'Erst-, Weiterleistungs- oder Erhöhungsantrag' }),
    antragsteller: antragstellerSchema,
    haushalt: z.array(mitgliedSchema).min(1).meta({ description: 'alle Haushaltsmitglieder, die antragstellende Person eingeschlossen' }),
    wohnung: wohnungSchema,
    entscheidung: entscheidungSchema,
    berechnung: berechnungSchema.optional(),
    korrekturen: z.array(korrekturSchema).meta({ description: 'Korrekturen der Sachbearbeitung an gelesenen oder angegebenen Werten' }),
    dokumente: z.array(dokumentSchema).meta({ description: 'die ausgewerteten Nachweise' }),
    bescheidEntwurf: bescheidEntwurfSchema.optional(),
    bankverbindung: bankverbindungSchema.optional(),
  })
  .strict()
  .meta({ title: 'Wohngeld: Übergabe an das Fachverfahren', description: 'Ein entschiedener Wohngeldfall (Schema-Version 1).', $id: XML_NAMESPACE });

/** The rules of a case the Fachverfahren can take; each finding names the field and says what is wrong. */
export const fachverfahrenExportSchema = exportObjekt.superRefine((record, ctx) => {
  const { ergebnis, bewilligungszeitraum, wohngeldMonatlich } = record.entscheidung;
  const finding = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  if (ergebnis !== 'versagen' && !record.bescheidEntwurf) {
    finding(['bescheidEntwurf'], 'Der Bescheid-Entwurf fehlt (Variable bescheidEntwurf); das Fachverfahren braucht ihn für die Akte.');
  }
  if (bewilligungszeitraum && bewilligungszeitraum.von > bewilligungszeitraum.bis) {
    finding(['entscheidung', 'bewilligungszeitraum'], `Der Bewilligungszeitraum beginnt (${bewilligungszeitraum.von}) nach seinem Ende (${bewilligungszeitraum.bis}).`);
  }
  if (ergebnis !== 'bewilligen') {
    if (record.bankverbindung) finding(['bankverbindung'], 'Eine Bankverbindung wird nur bei einer Bewilligung übergeben.');
    return;
  }
  if (!record.bankverbindung) {
    finding(['bankverbindung'], 'Für die Bewilligung fehlt die Bankverbindung (antrag.bankverbindung); ohne sie kann das Fachverfahren das Wohngeld nicht auszahlen.');
  } else if (!ibanChecksumValid(record.bankverbindung.iban)) {
    finding(['bankverbindung', 'iban'], `Die IBAN ${record.bankverbindung.iban} ist ungültig: die Prüfziffer stimmt nicht (Prüfverfahren Modulo 97).`);
  }
  if (!record.berechnung) {
    finding(['entscheidung', 'wohngeldMonatlich'], 'Für die Bewilligung fehlt die Berechnung (Variable berechnung); ohne sie steht kein Wohngeldbetrag fest.');
  } else if (wohngeldMonatlich === undefined || wohngeldMonatlich <= 0) {
    finding(['entscheidung', 'wohngeldMonatlich'], `Eine Bewilligung braucht einen Wohngeldbetrag über 0 € je Monat; die Berechnung ergibt ${wohngeldMonatlich ?? 0} € (berechnung.wohngeld).`);
  }
  if (!bewilligungszeitraum) {
    finding(['entscheidung', 'bewilligungszeitraum'], 'Für die Bewilligung fehlt der Bewilligungszeitraum (bescheidEntwurf.bewilligungszeitraum).');
  }
});

export type FachverfahrenExport = z.output<typeof exportObjekt>;

/** The JSON Schema of the record, as committed in `fachverfahren-export.schema.json`. */
export function fachverfahrenJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(exportObjekt, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
