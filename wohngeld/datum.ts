/** Calendar dates of the domain as ISO strings (JJJJ-MM-TT): checking, printing, counting. */

/** A real calendar day in the form JJJJ-MM-TT (never throws, also not for arbitrary text). */
export function istKalenderdatum(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** "2025-03-14" → "14.03.2025" */
export function deutschesDatum(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}.${m}.${y}`;
}

/** The first day of the date's month (§ 25 Abs. 2 WoGG: the approval period starts there). */
export function ersterDesMonats(isoDate: string): string {
  return `${isoDate.slice(0, 7)}-01`;
}

/** Full years of age on `stichtag`. */
export function alterAm(geburtsdatum: string, stichtag: string): number {
  const [gy, gm, gd] = geburtsdatum.split('-').map(Number);
  const [sy, sm, sd] = stichtag.split('-').map(Number);
  return sy - gy - (sm < gm || (sm === gm && sd < gd) ? 1 : 0);
}
