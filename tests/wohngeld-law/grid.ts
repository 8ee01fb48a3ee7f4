/**
 * The grid of cases derived from the law text by a second, independent implementation
 * (oracle.py, `python3 oracle.py grid` writes grid.json), as calculation inputs: the first member
 * has the monthly income Y (as a yearly amount, no deductions), the others none.
 */
import { readFileSync } from 'node:fs';
import type { Berechnungsfall } from '../../wohngeld/law/calculate.ts';
import type { Mietstufe } from '../../wohngeld/law/parameters.ts';

export interface GridCase {
  name: string;
  stichtag: string;
  n: number;
  mietstufe: number;
  miete: number;
  Y: string;
  wohngeld: number;
  M: string;
}

export const GRID: GridCase[] = JSON.parse(readFileSync(new URL('./grid.json', import.meta.url), 'utf8'));

export function gridFall(c: GridCase): Berechnungsfall {
  const jahresbetrag = Math.round(Number(c.Y) * 1200) / 100;
  const keine = { steuern: false, krankenversicherung: false, rentenversicherung: false };
  return {
    stichtag: c.stichtag,
    mietstufe: c.mietstufe as Mietstufe,
    bruttokaltmiete: c.miete,
    haushalt: Array.from({ length: c.n }, (_, i) => ({ name: `M${i + 1}`, einkommen: i === 0 && jahresbetrag > 0 ? [{ art: 'sonstiges' as const, jahresbetrag }] : [], abzuege: keine })),
  };
}
