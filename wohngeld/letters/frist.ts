/**
 * Deadlines: a number of days from the letter's date; a deadline that ends on a Saturday, Sunday
 * or a nationwide public holiday ends on the next working day (§ 26 Abs. 3 SGB X). Holidays of
 * a single Land are not known here: the office sets a period that leaves room for them.
 */

function easterSunday(year: number): Date {
  // Gauss / Meeus: Gregorian calendar
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const plusDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** Nationwide public holidays of a year (ISO dates). */
export function bundesweiteFeiertage(year: number): Set<string> {
  const easter = easterSunday(year);
  return new Set([
    `${year}-01-01`,
    iso(plusDays(easter, -2)), // Karfreitag
    iso(plusDays(easter, 1)), // Ostermontag
    `${year}-05-01`,
    iso(plusDays(easter, 39)), // Christi Himmelfahrt
    iso(plusDays(easter, 50)), // Pfingstmontag
    `${year}-10-03`,
    `${year}-12-25`,
    `${year}-12-26`,
  ]);
}

/** The deadline `tage` days after `datum` (ISO), moved to the next working day where needed. */
export function fristende(datum: string, tage: number): string {
  let day = plusDays(new Date(`${datum}T00:00:00Z`), tage);
  for (;;) {
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !bundesweiteFeiertage(day.getUTCFullYear()).has(iso(day))) return iso(day);
    day = plusDays(day, 1);
  }
}
