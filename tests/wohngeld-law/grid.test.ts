/**
 * Cases derived from the law text by a second, independent implementation
 * (tests/wohngeld-law/oracle.py, Python's decimal module; `python3 oracle.py grid` writes
 * grid.json): both periods, every household size from 1 to 14, every Mietstufe, rent above and
 * below the Höchstbetrag, the least values of M and Y, and results just above and below 10 €.
 */
import { readFileSync } from 'node:fs';
import { berechneWohngeld, type Haushaltsmitglied } from '../../wohngeld/law/calculate.ts';
import type { Mietstufe } from '../../wohngeld/law/parameters.ts';

interface GridCase {
  name: string;
  stichtag: string;
  n: number;
  mietstufe: number;
  miete: number;
  Y: string;
  wohngeld: number;
  M: string;
}

const GRID: GridCase[] = JSON.parse(readFileSync(new URL('./grid.json', import.meta.url), 'utf8'));
const keine = { steuern: false, krankenversicherung: false, rentenversicherung: false };

test('the grid covers what the law distinguishes', () => {
  expect(new Set(GRID.map((c) => c.n)).size).toBe(14);
  expect(new Set(GRID.map((c) => c.mietstufe)).size).toBe(7);
  expect(GRID.some((c) => c.wohngeld === 10)).toBe(true);
  expect(GRID.some((c) => c.name.includes('knapp unter') && c.wohngeld === 0)).toBe(true);
});

test.each(GRID.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const jahresbetrag = Math.round(Number(c.Y) * 1200) / 100;
  const haushalt: Haushaltsmitglied[] = Array.from({ length: c.n }, (_, i) => ({ name: `M${i + 1}`, einkommen: i === 0 && jahresbetrag > 0 ? [{ art: 'sonstiges', jahresbetrag }] : [], abzuege: keine }));
  const e = berechneWohngeld({ stichtag: c.stichtag, mietstufe: c.mietstufe as Mietstufe, bruttokaltmiete: c.miete, haushalt });
  expect({ wohngeld: e.wohngeld, M: e.M }).toEqual({ wohngeld: c.wohngeld, M: Number(c.M) });
});
