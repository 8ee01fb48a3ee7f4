/**
 * The office's letterhead and letter settings: configuration of a deployment
 * (WOHNGELD_BRIEFKOPF=/pfad/briefkopf.json, read by the workers and the CLI), checked here.
 */
import { z } from 'zod';
import { probleme } from '../probleme.js';

export const briefkopfSchema = z
  .object({
    /** e.g. "Stadt Leipzig" */
    behoerde: z.string().trim().min(2).max(120),
    /** e.g. "Sozialamt – Abteilung Wohngeld" */
    stelle: z.string().trim().min(2).max(160),
    anschrift: z.object({ strasse: z.string().trim().min(2).max(120), plz: z.string().regex(/^\d{5}$/, { error: 'plz muss fünf Ziffern haben' }), ort: z.string().trim().min(2).max(80) }).strict(),
    telefon: z.string().trim().max(60).optional(),
    email: z.string().trim().max(120).optional(),
    internet: z.string().trim().max(160).optional(),
    /** where documents can be handed in online, for the Nachforderung */
    onlineEinreichung: z.string().trim().max(200).optional(),
    oeffnungszeiten: z.string().trim().max(200).optional(),
    /** days from the letter's date to the deadline of a Nachforderung (default 28) */
    fristTage: z.number().int().min(7).max(90).default(28),
  })
  .strict();

export type Briefkopf = z.infer<typeof briefkopfSchema>;

/** A placeholder letterhead that says what to configure: letters are drafts until an office sets its own. */
export const MUSTER_BRIEFKOPF: Briefkopf = briefkopfSchema.parse({
  behoerde: 'Musterstadt (Briefkopf: WOHNGELD_BRIEFKOPF)',
  stelle: 'Wohngeldbehörde',
  anschrift: { strasse: 'Rathausplatz 1', plz: '00000', ort: 'Musterstadt' },
  telefon: '0000 000000',
  email: 'wohngeld@musterstadt.example',
});

export class BriefkopfFehler extends Error {
  constructor(readonly probleme: string[]) {
    super(`Briefkopf: ${probleme.join('; ')}`);
    this.name = 'BriefkopfFehler';
  }
}

export function leseBriefkopf(input: unknown): Briefkopf {
  const result = briefkopfSchema.safeParse(input);
  if (result.success) return result.data;
  throw new BriefkopfFehler(probleme(result.error, '(Briefkopf)', (keys) => `unbekannte Angabe ${keys.join(', ')}`));
}
