/**
 * How values are printed: amounts, dates, months, areas, names, IBANs. Each document draws one
 * style per kind (documents are consistent with themselves); some styles are reserved for the
 * holdout split, so the holdout shows printings the rules were never tuned on.
 */
import { parts, type IsoDate } from './dates.js';
import { groupIban, MONTHS_DE, type Person } from './fake.js';
import type { Rng } from './random.js';

export type Split = 'dev' | 'holdout';

export type MoneyStyle = 'eur-sign' | 'EUR' | 'EUR-prefix' | 'plain-eur-sign' | 'sign-prefix' | 'Euro-word' | 'space-thousands' | 'bare';
export type DateStyle = 'dd.mm.yyyy' | 'd. Monat yyyy' | 'dd.mm.yy' | 'd.m.yyyy' | 'dd. Mon. yyyy';
export type AreaStyle = 'm²' | 'm²-2' | 'qm' | 'm2' | 'Quadratmeter';
export type NameOrder = 'first-last' | 'last-first';

const MONEY: Record<Split, readonly MoneyStyle[]> = {
  dev: ['eur-sign', 'eur-sign', 'EUR', 'EUR', 'EUR-prefix', 'plain-eur-sign', 'sign-prefix'],
  holdout: ['Euro-word', 'space-thousands', 'eur-sign', 'EUR', 'EUR-prefix'],
};
const DATE: Record<Split, readonly DateStyle[]> = {
  dev: ['dd.mm.yyyy', 'dd.mm.yyyy', 'dd.mm.yyyy', 'd. Monat yyyy', 'dd.mm.yy'],
  holdout: ['d.m.yyyy', 'dd. Mon. yyyy', 'dd.mm.yyyy', 'd. Monat yyyy'],
};
const AREA: Record<Split, readonly AreaStyle[]> = {
  dev: ['m²', 'm²', 'm²-2', 'qm', 'm2'],
  holdout: ['Quadratmeter', 'm²', 'qm'],
};

export interface Style {
  money: MoneyStyle;
  date: DateStyle;
  area: AreaStyle;
  nameOrder: NameOrder;
  ibanGrouped: boolean;
}

export function drawStyle(rng: Rng, split: Split): Style {
  return {
    money: rng.pick(MONEY[split]),
    date: rng.pick(DATE[split]),
    area: rng.pick(AREA[split]),
    nameOrder: rng.chance(0.35) ? 'last-first' : 'first-last',
    ibanGrouped: rng.chance(0.7),
  };
}

/** "1.234,56" */
export function decimal(value: number, decimals = 2, thousands = '.'): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return (value < 0 ? '-' : '') + grouped + (frac ? ',' + frac : '');
}

export function money(value: number, style: MoneyStyle): string {
  switch (style) {
    case 'eur-sign':
      return `${decimal(value)} €`;
    case 'EUR':
      return `${decimal(value)} EUR`;
    case 'EUR-prefix':
      return `EUR ${decimal(value)}`;
    case 'plain-eur-sign':
      return `${decimal(value, 2, '')} €`;
    case 'sign-prefix':
      return `€ ${decimal(value)}`;
    case 'Euro-word':
      return `${decimal(value)} Euro`;
    case 'space-thousands':
      return `${decimal(value, 2, ' ')} €`;
    case 'bare':
      return decimal(value);
  }
}

const MONTH_ABBR = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'];
const pad = (n: number) => String(n).padStart(2, '0');

export function date(value: IsoDate, style: DateStyle): string {
  const { y, m, d } = parts(value);
  switch (style) {
    case 'dd.mm.yyyy':
      return `${pad(d)}.${pad(m)}.${y}`;
    case 'd. Monat yyyy':
      return `${d}. ${MONTHS_DE[m - 1]} ${y}`;
    case 'dd.mm.yy':
      return `${pad(d)}.${pad(m)}.${String(y).slice(2)}`;
    case 'd.m.yyyy':
      return `${d}.${m}.${y}`;
    case 'dd. Mon. yyyy':
      return `${pad(d)}. ${MONTH_ABBR[m - 1]} ${y}`;
  }
}

/** a month (`YYYY-MM`) as payslips print it */
export function monthText(value: string, style: 'Monat yyyy' | 'mm/yyyy' | 'mm.yyyy' | 'Monat yy' | 'mm/yy'): string {
  const [y, m] = value.split('-').map(Number);
  switch (style) {
    case 'Monat yyyy':
      return `${MONTHS_DE[m - 1]} ${y}`;
    case 'mm/yyyy':
      return `${pad(m)}/${y}`;
    case 'mm.yyyy':
      return `${pad(m)}.${y}`;
    case 'Monat yy':
      return `${MONTHS_DE[m - 1]} ${String(y).slice(2)}`;
    case 'mm/yy':
      return `${pad(m)}/${String(y).slice(2)}`;
  }
}

export function area(value: number, style: AreaStyle): string {
  const twoDecimals = Math.round(value * 100) % 10 !== 0;
  const n = style === 'm²-2' || twoDecimals ? decimal(value, 2) : Number.isInteger(value) && style !== 'Quadratmeter' ? decimal(value, 0) : decimal(value, 1);
  switch (style) {
    case 'm²':
    case 'm²-2':
      return `${n} m²`;
    case 'qm':
      return `${n} qm`;
    case 'm2':
      return `${n} m2`;
    case 'Quadratmeter':
      return `${n} Quadratmeter`;
  }
}

export function name(p: Person, order: NameOrder): string {
  return order === 'last-first' ? `${p.last}, ${p.first}` : `${p.first} ${p.last}`;
}

export const iban = (value: string, grouped: boolean) => (grouped ? groupIban(value) : value);

/** round to cents, as amounts are normalised */
export const cents = (v: number) => Math.round(v * 100) / 100;

/** numbers in words for small counts, as running text sometimes prints them */
export const COUNT_WORDS = ['null', 'eine', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn'];
