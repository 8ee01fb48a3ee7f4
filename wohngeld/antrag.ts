/**
 * The application data of a case, as the OZG online service sends it (`antrag.json`) or the
 * office types it in for a paper application: who lives in the household, what kinds of income
 * they declare, which allowances they claim, the dwelling. Documents prove it; the household
 * model (./household.ts) joins both, and a caseworker's correction wins over either.
 */
import { z } from 'zod';
import { ANTRAGSARTEN } from './catalog.js';
import { istKalenderdatum } from './datum.js';
import { EINKOMMENSARTEN } from './law/calculate.js';

const text = (label: string, max = 200) => z.string({ error: `${label} fehlt oder ist kein Text` }).trim().min(1, { error: `${label} darf nicht leer sein` }).max(max, { error: `${label} ist zu lang` });
const datum = (label: string) =>
  z
    .string({ error: `${label} fehlt (Datum JJJJ-MM-TT)` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label} ist kein Datum der Form JJJJ-MM-TT` })
    // zod runs this after a failed regex too: istKalenderdatum never throws on arbitrary text
    .refine(istKalenderdatum, { error: `${label} ist kein gültiges Kalenderdatum` });
const betrag = (label: string) => z.number({ error: `${label} ist keine Zahl` }).min(0, { error: `${label} darf nicht negativ sein` }).max(10_000_000, { error: `${label} ist unplausibel hoch` });

export const BEZIEHUNGEN = ['antragsteller', 'ehepartner', 'lebenspartner', 'kind', 'elternteil', 'geschwister', 'sonstige'] as const;

export const haushaltsmitgliedAngabenSchema = z
  .object({
    vorname: text('Vorname'),
    nachname: text('Nachname'),
    geburtsdatum: datum('Geburtsdatum'),
    beziehung: z.enum(BEZIEHUNGEN, { error: `Beziehung muss eine von ${BEZIEHUNGEN.join(', ')} sein` }),
    /** declared kinds of income, with the declared gross amount per month where known */
    einkommen: z
      .array(
        z
          .object({
            art: z.enum(EINKOMMENSARTEN, { error: `Einkommensart muss eine von ${EINKOMMENSARTEN.join(', ')} sein` }),
            monatsbetrag: betrag('Monatsbetrag').optional(),
            minijob: z.boolean().optional(),
          })
          .strict(),
      )
      .max(20)
      .default([]),
    /** § 16 WoGG, as declared: pays income tax, health/care insurance, pension insurance */
    abzuege: z.object({ steuern: z.boolean(), krankenversicherung: z.boolean(), rentenversicherung: z.boolean() }).strict().optional(),
    schwerbehindert: z.boolean().default(false),
    alleinerziehend: z.boolean().default(false),
    /** in school, training or studies (a proof of it may be needed) */
    inAusbildung: z.boolean().default(false),
    /** excluded from Wohngeld under §§ 7, 8 WoGG (e.g. receives Bürgergeld) */
    vomWohngeldAusgeschlossen: z.boolean().default(false),
  })
  .strict();

export const antragSchema = z
  .object({
    /** the online service's id of the application: the same id twice is the same application */
    antragId: text('antragId', 100).regex(/^[A-Za-z0-9._:-]+$/, { error: 'antragId darf nur Buchstaben, Ziffern und . _ : - enthalten' }),
    eingangsdatum: datum('eingangsdatum'),
    antragsart: z.enum(ANTRAGSARTEN, { error: `antragsart muss eine von ${ANTRAGSARTEN.join(', ')} sein` }),
    antragsteller: z
      .object({
        anrede: z.enum(['Frau', 'Herr', 'keine']).default('keine'),
        anschrift: z.object({ strasse: text('Straße'), hausnummer: text('Hausnummer', 20), plz: z.string().regex(/^\d{5}$/, { error: 'PLZ muss fünf Ziffern haben' }), ort: text('Ort') }).strict(),
        email: z.email({ error: 'E-Mail-Adresse ist ungültig' }).optional(),
        telefon: z.string().max(40).optional(),
      })
      .strict(),
    haushalt: z.array(haushaltsmitgliedAngabenSchema).min(1, { error: 'Der Haushalt braucht mindestens ein Mitglied (die antragstellende Person)' }).max(40),
    wohnung: z
      .object({
        verhaeltnis: z.enum(['miete', 'eigentum'], { error: 'verhaeltnis muss miete oder eigentum sein' }),
        bruttokaltmiete: betrag('bruttokaltmiete').optional(),
        wohnflaeche: betrag('wohnflaeche').optional(),
        /** the Mietstufe of the municipality; else the office's configured one */
        mietstufe: z.number().int().min(1).max(7).optional(),
      })
      .strict(),
    bankverbindung: z.object({ iban: z.string().regex(/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/, { error: 'IBAN ohne Leerzeichen in Großbuchstaben angeben' }), kontoinhaber: text('Kontoinhaber') }).strict().optional(),
  })
  .strict()
  .refine((antrag) => antrag.haushalt.filter((m) => m.beziehung === 'antragsteller').length === 1, {
    error: 'Genau ein Haushaltsmitglied muss die Beziehung "antragsteller" haben',
    path: ['haushalt'],
  });

export type Antrag = z.infer<typeof antragSchema>;
export type HaushaltsmitgliedAngaben = z.infer<typeof haushaltsmitgliedAngabenSchema>;

/** The applicant's entry of the household. */
export function antragsteller(antrag: Antrag): HaushaltsmitgliedAngaben {
  return antrag.haushalt.find((m) => m.beziehung === 'antragsteller')!;
}

export const vollerName = (m: { vorname: string; nachname: string }) => `${m.vorname} ${m.nachname}`;
