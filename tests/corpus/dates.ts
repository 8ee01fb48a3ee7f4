/** Calendar arithmetic on ISO dates (`YYYY-MM-DD`), in UTC so that no time zone shifts a day. */
export type IsoDate = string;

export function iso(y: number, m: number, d: number): IsoDate {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.toISOString().slice(0, 10);
}

export function parts(date: IsoDate): { y: number; m: number; d: number } {
  const [y, m, d] = date.split('-').map(Number);
  return { y, m, d };
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const { y, m, d } = parts(date);
  return iso(y, m, d + days);
}

/** the same day `months` later, clamped to the month's end */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { y, m, d } = parts(date);
  const last = daysInMonth(y, m + months);
  return iso(y, m + months, Math.min(d, last));
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function firstOfMonth(date: IsoDate): IsoDate {
  const { y, m } = parts(date);
  return iso(y, m, 1);
}

export function lastOfMonth(date: IsoDate): IsoDate {
  const { y, m } = parts(date);
  return iso(y, m, daysInMonth(y, m));
}

export function month(date: IsoDate): string {
  return date.slice(0, 7);
}

export function weekday(date: IsoDate): number {
  const { y, m, d } = parts(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** the next working day on or after the date */
export function workday(date: IsoDate): IsoDate {
  let out = date;
  while (weekday(out) === 0 || weekday(out) === 6) out = addDays(out, 1);
  return out;
}

export function compare(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
