/**
 * The input of a calculation as JSON (the `wohngeld berechne` file, a worker's variables),
 * checked field by field: every problem is reported in German with the path of the field
 * (`haushalt[0].einkommen[1].art`), never as a stack trace.
 */
import { z } from 'zod';
import { deutschesDatum, istKalenderdatum } from '../datum.js';
import { probleme } from '../probleme.js';
import { EINKOMMENSARTEN, type Berechnungsfall } from './calculate.js';
import { FRUEHESTER_STICHTAG, rechtsstandAm, type Mietstufe } from './parameters.js';

const isoDate = z
  .string({ error: 'fehlt oder ist kein Text (erwartet: Datum JJJJ-MM-TT)' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'ist kein Datum der Form JJJJ-MM-TT' })
  .refine(istKalenderdatum, { error: 'ist kein gültiges Kalenderdatum' })
  .refine((value) => rechtsstandAm(value) !== undefined, {
    error: `liegt vor dem ${deutschesDatum(FRUEHESTER_STICHTAG)}; für frühere Zeiträume ist kein Recht hinterlegt`,
  });

const betrag = z
  .number({ error: 'fehlt oder ist keine Zahl (Euro, z. B. 600 oder 612.5)' })
  .refine(Number.isFinite, { error: 'ist keine endliche Zahl' })
  .refine((value) => value >= 0, { error: 'darf nicht negativ sein' })
  .refine((value) => value <= 10_000_000, { error: 'ist unplausibel hoch' })
  .refine((value) => Math.round(value * 100) === Number((value * 100).toFixed(6)), { error: 'hat mehr als zwei Nachkommastellen (Cent)' });

const ja = (feld: string) => z.boolean({ error: `muss true oder false sein (${feld})` });

const einkommen = z.object(
  {
    art: z.enum(EINKOMMENSARTEN, { error: (issue) => `unbekannte Einkommensart ${JSON.stringify(issue.input)} (erlaubt: ${EINKOMMENSARTEN.join(', ')})` }),
    jahresbetrag: betrag,
    elterngeldPlus: ja('ElterngeldPlus').optional(),
    monate: z.number({ error: 'muss eine Zahl sein (Monate des Bezugs)' }).int({ error: 'muss eine ganze Zahl sein (Monate des Bezugs)' }).min(1, { error: 'muss mindestens 1 sein (Monate des Bezugs)' }).max(12, { error: 'darf höchstens 12 sein (Monate des Bezugs)' }).optional(),
    minijob: ja('pauschal besteuerter Minijob').optional(),
  },
  { error: 'muss ein Objekt mit art und jahresbetrag sein' },
).strict();

const mitglied = z
  .object(
    {
      name: z.string({ error: 'fehlt oder ist kein Text' }).trim().min(1, { error: 'darf nicht leer sein' }).max(200, { error: 'ist zu lang' }),
      einkommen: z.array(einkommen, { error: 'muss eine Liste sein (leer, wenn kein Einkommen)' }).max(50, { error: 'hat zu viele Einträge' }).default([]),
      abzuege: z
        .object(
          { steuern: ja('Steuern vom Einkommen'), krankenversicherung: ja('Kranken- und Pflegeversicherung'), rentenversicherung: ja('Rentenversicherung') },
          { error: 'muss ein Objekt mit steuern, krankenversicherung und rentenversicherung sein' },
        )
        .strict()
        .default({ steuern: false, krankenversicherung: false, rentenversicherung: false }),
      freibetraege: z
        .object({ schwerbehindert: ja('§ 17 Nr. 1 WoGG').optional(), alleinerziehend: ja('§ 17 Nr. 3 WoGG').optional(), kind: ja('§ 17 Nr. 4 WoGG').optional() }, { error: 'muss ein Objekt sein' })
        .strict()
        .default({}),
      beruecksichtigt: ja('vom Wohngeld ausgeschlossen: false').optional(),
    },
    { error: 'muss ein Objekt sein' },
  )
  .strict();

export const berechnungsfallSchema = z
  .object(
    {
      stichtag: isoDate,
      mietstufe: z
        .number({ error: 'fehlt oder ist keine Zahl (1 bis 7)' })
        .int({ error: 'muss eine ganze Zahl von 1 bis 7 sein' })
        .min(1, { error: 'muss zwischen 1 und 7 liegen (Mietstufen I bis VII)' })
        .max(7, { error: 'muss zwischen 1 und 7 liegen (Mietstufen I bis VII)' }),
      bruttokaltmiete: betrag,
      haushalt: z.array(mitglied, { error: 'fehlt oder ist keine Liste' }).min(1, { error: 'ist leer: mindestens ein Haushaltsmitglied' }).max(40, { error: 'hat mehr als 40 Mitglieder' }),
    },
    { error: 'Die Eingabe muss ein JSON-Objekt sein' },
  )
  .strict();

export class EingabeFehler extends Error {
  constructor(readonly probleme: string[]) {
    super(probleme.join('\n'));
    this.name = 'EingabeFehler';
  }
}

/**
 * The input checked and completed: a missing `mietstufe` is taken from `standardMietstufe` (the
 * deployment's configuration, WOHNGELD_MIETSTUFE), else reported.
 */
export function leseBerechnungsfall(input: unknown, standardMietstufe?: Mietstufe): Berechnungsfall {
  const completed =
    input && typeof input === 'object' && !Array.isArray(input) && (input as Record<string, unknown>).mietstufe === undefined && standardMietstufe !== undefined
      ? { ...(input as Record<string, unknown>), mietstufe: standardMietstufe }
      : input;
  const result = berechnungsfallSchema.safeParse(completed);
  if (result.success) return result.data as Berechnungsfall;
  const missingMietstufe = (completed as Record<string, unknown> | undefined)?.mietstufe === undefined;
  const gefunden = probleme(result.error, '(Eingabe)', (keys) => `unbekanntes Feld ${keys.map((k) => JSON.stringify(k)).join(', ')}`).map((line) =>
    missingMietstufe && line.startsWith('mietstufe: ') ? 'mietstufe: fehlt (und keine Mietstufe konfiguriert: WOHNGELD_MIETSTUFE=1…7)' : line,
  );
  throw new EingabeFehler(gefunden);
}

/** The deployment's Mietstufe from WOHNGELD_MIETSTUFE (1…7 or I…VII), undefined when unset; a wrong value is an error. */
export function konfigurierteMietstufe(env: Record<string, string | undefined>): Mietstufe | undefined {
  const raw = env.WOHNGELD_MIETSTUFE?.trim();
  if (!raw) return undefined;
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'].indexOf(raw.toUpperCase());
  const value = roman >= 0 ? roman + 1 : Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 7) throw new EingabeFehler([`WOHNGELD_MIETSTUFE: ${JSON.stringify(raw)} ist keine Mietstufe (1 bis 7 oder I bis VII)`]);
  return value as Mietstufe;
}
