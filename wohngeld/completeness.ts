/**
 * Which proofs a case still needs: rules kept as data (wohngeld/regeln/nachweise.json, or an
 * office's own file), checked against the application and the analysed documents. Each missing
 * proof comes with its reason in plain German, for the caseworker and the Nachforderung letter.
 *
 * A rule applies to each member (`fuer: "mitglied"`) or to the household (`"haushalt"`) when all
 * conditions of `wenn` hold; it is met by documents of one of the `nachweis` types that name the
 * member (payslips: one for each of the last `monate` months).
 */
import { z } from 'zod';
import { antragsteller, BEZIEHUNGEN, vollerName, type Antrag, type HaushaltsmitgliedAngaben } from './antrag.js';
import { DOCUMENT_TYPES, type AnalyzedDocument, type DocumentTypeId } from './catalog.js';
import { alterAm, ersterDesMonats } from './datum.js';
import { nameGehoertZu, PERSON_FIELD } from './household.js';
import { probleme } from './probleme.js';
import { EINKOMMENSARTEN } from './law/calculate.js';


const bedingungSchema = z
  .object({
    einkommensart: z.enum(EINKOMMENSARTEN).optional(),
    minijob: z.boolean().optional(),
    freibetrag: z.enum(['schwerbehindert', 'alleinerziehend']).optional(),
    beziehung: z.union([z.enum(BEZIEHUNGEN), z.array(z.enum(BEZIEHUNGEN)).min(1)]).optional(),
    alterAb: z.number().int().min(0).max(130).optional(),
    alterUnter: z.number().int().min(0).max(130).optional(),
    inAusbildung: z.boolean().optional(),
    beruecksichtigt: z.boolean().optional(),
    wohnverhaeltnis: z.enum(['miete', 'eigentum']).optional(),
  })
  .strict();

export const regelSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9_-]+$/, { error: 'id: nur Kleinbuchstaben, Ziffern, _ und -' }),
    fuer: z.enum(['mitglied', 'haushalt']),
    wenn: bedingungSchema.default({}),
    nachweis: z.array(z.enum(DOCUMENT_TYPES)).min(1),
    /** payslips and the like: one document for each of the last N months before the application */
    monate: z.number().int().min(1).max(24).optional(),
    /** how many documents, when not by month (default 1) */
    anzahl: z.number().int().min(1).max(24).optional(),
    bezeichnung: z.string().min(3),
    /** German; {name} is the member's name, {fehlend} the missing months */
    grund: z.string().min(10),
  })
  .strict()
  .refine((r) => r.fuer === 'mitglied' || !['einkommensart', 'minijob', 'freibetrag', 'beziehung', 'alterAb', 'alterUnter', 'inAusbildung', 'beruecksichtigt'].some((k) => k in r.wenn), {
    error: 'Bedingungen über ein Mitglied passen nur zu fuer: "mitglied"',
  });

export const regelwerkSchema = z
  .object({
    $comment: z.string().optional(),
    version: z.literal(1, { error: 'version muss 1 sein' }),
    regeln: z.array(regelSchema).min(1),
  })
  .strict()
  .refine((w) => new Set(w.regeln.map((r) => r.id)).size === w.regeln.length, { error: 'Jede Regel braucht eine eigene id' });

export type Regel = z.infer<typeof regelSchema>;
export type Regelwerk = z.infer<typeof regelwerkSchema>;

export class RegelFehler extends Error {
  constructor(readonly probleme: string[]) {
    super(probleme.join('\n'));
    this.name = 'RegelFehler';
  }
}

/** A rules file's content checked; every problem named with its place (`regeln[2].wenn.einkommensart`). */
export function leseRegelwerk(input: unknown): Regelwerk {
  const result = regelwerkSchema.safeParse(input);
  if (result.success) return result.data;
  throw new RegelFehler(probleme(result.error, '(Regelwerk)', (keys) => `unbekannte Angabe ${keys.join(', ')}`));
}

export interface FehlenderNachweis {
  regel: string;
  mitglied?: { id: string; name: string };
  nachweis: DocumentTypeId[];
  bezeichnung: string;
  /** plain German: why it is needed and what exactly is missing */
  grund: string;
  /** months (JJJJ-MM) still missing, for rules by month */
  fehlendeMonate?: string[];
}

export interface Vollstaendigkeit {
  vollstaendig: boolean;
  fehlend: FehlenderNachweis[];
  /** rules met, with the documents that meet them */
  erfuellt: { regel: string; mitglied?: { id: string; name: string }; dokumente: string[] }[];
}


function giltFuerMitglied(wenn: Regel['wenn'], m: HaushaltsmitgliedAngaben, stichtag: string): boolean {
  if (wenn.einkommensart !== undefined) {
    const matching = m.einkommen.filter((e) => e.art === wenn.einkommensart && (wenn.minijob === undefined || (e.minijob === true) === wenn.minijob));
    if (matching.length === 0) return false;
  } else if (wenn.minijob !== undefined && m.einkommen.some((e) => e.minijob === true) !== wenn.minijob) return false;
  if (wenn.freibetrag !== undefined && !m[wenn.freibetrag]) return false;
  if (wenn.beziehung !== undefined && !(Array.isArray(wenn.beziehung) ? wenn.beziehung : [wenn.beziehung]).includes(m.beziehung)) return false;
  const alter = alterAm(m.geburtsdatum, stichtag);
  if (wenn.alterAb !== undefined && alter < wenn.alterAb) return false;
  if (wenn.alterUnter !== undefined && alter >= wenn.alterUnter) return false;
  if (wenn.inAusbildung !== undefined && m.inAusbildung !== wenn.inAusbildung) return false;
  if (wenn.beruecksichtigt !== undefined && !m.vomWohngeldAusgeschlossen !== wenn.beruecksichtigt) return false;
  return true;
}

/** The `count` months before the month of `stichtag`, latest first (JJJJ-MM). */
export function letzteMonate(stichtag: string, count: number): string[] {
  const start = Number(stichtag.slice(0, 4)) * 12 + Number(stichtag.slice(5, 7)) - 1;
  return Array.from({ length: count }, (_, i) => {
    const k = start - 1 - i;
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
  });
}

const monatText = (m: string) => {
  const names = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
  return `${names[Number(m.slice(5, 7)) - 1]} ${m.slice(0, 4)}`;
};

/** The missing months as German text: "Januar 2025, März 2025 und April 2025". */
function aufzaehlung(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} und ${items[items.length - 1]}`;
}

export function pruefeVollstaendigkeit(antrag: Antrag, dokumente: readonly AnalyzedDocument[], regelwerk: Regelwerk): Vollstaendigkeit {
  const stichtag = ersterDesMonats(antrag.eingangsdatum);
  const fehlend: FehlenderNachweis[] = [];
  const erfuellt: Vollstaendigkeit['erfuellt'] = [];
  const ids = new Map(antrag.haushalt.map((m, i) => [m, `m${i + 1}`]));
  const antragstellerName = vollerName(antragsteller(antrag));

  for (const regel of regelwerk.regeln) {
    if (regel.fuer === 'haushalt') {
      if (regel.wenn.wohnverhaeltnis !== undefined && antrag.wohnung.verhaeltnis !== regel.wenn.wohnverhaeltnis) continue;
      const docs = dokumente.filter((d) => regel.nachweis.includes(d.documentType));
      if (docs.length >= (regel.anzahl ?? 1)) erfuellt.push({ regel: regel.id, dokumente: docs.map((d) => d.file) });
      else fehlend.push({ regel: regel.id, nachweis: regel.nachweis, bezeichnung: regel.bezeichnung, grund: fill(regel.grund, antragstellerName, '') });
      continue;
    }
    for (const m of antrag.haushalt) {
      if (regel.wenn.wohnverhaeltnis !== undefined && antrag.wohnung.verhaeltnis !== regel.wenn.wohnverhaeltnis) continue;
      if (!giltFuerMitglied(regel.wenn, m, stichtag)) continue;
      const mitglied = { id: ids.get(m)!, name: vollerName(m) };
      const docs = dokumente.filter((d) => {
        if (!regel.nachweis.includes(d.documentType)) return false;
        const field = PERSON_FIELD[d.documentType];
        const name = field ? d.fields[field]?.value : undefined;
        // a document without a readable name counts for the applicant only
        return typeof name === 'string' ? nameGehoertZu(name, m) : m.beziehung === 'antragsteller';
      });
      if (regel.monate) {
        const wanted = letzteMonate(stichtag, regel.monate);
        const have = new Set(docs.map((d) => d.fields.abrechnungsmonat?.value).filter((v): v is string => typeof v === 'string'));
        const missing = wanted.filter((month) => !have.has(month)).reverse();
        if (missing.length === 0) erfuellt.push({ regel: regel.id, mitglied, dokumente: docs.map((d) => d.file) });
        else {
          const text = missing.length === wanted.length ? `alle ${wanted.length} Monate (${monatText(missing[0])} bis ${monatText(missing[missing.length - 1])})` : aufzaehlung(missing.map(monatText));
          fehlend.push({ regel: regel.id, mitglied, nachweis: regel.nachweis, bezeichnung: regel.bezeichnung, grund: fill(regel.grund, mitglied.name, text), fehlendeMonate: missing });
        }
      } else if (docs.length >= (regel.anzahl ?? 1)) erfuellt.push({ regel: regel.id, mitglied, dokumente: docs.map((d) => d.file) });
      else fehlend.push({ regel: regel.id, mitglied, nachweis: regel.nachweis, bezeichnung: regel.bezeichnung, grund: fill(regel.grund, mitglied.name, '') });
    }
  }
  return { vollstaendig: fehlend.length === 0, fehlend, erfuellt };
}

function fill(template: string, name: string, fehlend: string): string {
  return template.replaceAll('{name}', name).replaceAll('{fehlend}', fehlend);
}
