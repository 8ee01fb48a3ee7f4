/**
 * Cases derived from the law text by a second, independent implementation
 * (tests/wohngeld-law/oracle.py, Python's decimal module; `python3 oracle.py grid` writes
 * grid.json): both periods, every household size from 1 to 14, every Mietstufe, rent above and
 * below the Höchstbetrag, the least values of M and Y, and results just above and below 10 €.
 */
import { berechneWohngeld } from '../../wohngeld/law/calculate.ts';
import { GRID, gridFall } from './grid.ts';

test('the grid covers what the law distinguishes', () => {
  expect(new Set(GRID.map((c) => c.n)).size).toBe(14);
  expect(new Set(GRID.map((c) => c.mietstufe)).size).toBe(7);
  expect(GRID.some((c) => c.wohngeld === 10)).toBe(true);
  expect(GRID.some((c) => c.name.includes('knapp unter') && c.wohngeld === 0)).toBe(true);
});

test.each(GRID.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const e = berechneWohngeld(gridFall(c));
  expect({ wohngeld: e.wohngeld, M: e.M }).toEqual({ wohngeld: c.wohngeld, M: Number(c.M) });
});
