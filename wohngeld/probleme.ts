/** zod's findings as German lines that name the place: `haushalt[0].einkommen[1].art: …`. */
import type { z } from 'zod';

/** The place of a finding: `regeln[2].wenn.einkommensart`; `ganz` when it is the whole input. */
export function pfad(path: readonly PropertyKey[], ganz: string): string {
  let text = '';
  for (const part of path) text += typeof part === 'number' ? `[${part}]` : text ? `.${String(part)}` : String(part);
  return text || ganz;
}

/** One line per finding; `unbekannt` words keys the schema does not know ("unbekanntes Feld …"). */
export function probleme(error: z.ZodError, ganz: string, unbekannt: (keys: string[]) => string): string[] {
  return error.issues.map((issue) => `${pfad(issue.path, ganz)}: ${issue.code === 'unrecognized_keys' ? unbekannt((issue as { keys: string[] }).keys) : issue.message}`);
}
