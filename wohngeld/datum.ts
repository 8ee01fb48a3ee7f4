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

/**
 * The last second of a calendar day in German local time, as ISO date-time with its offset
 * ("2026-12-21T23:59:59+01:00"; in summer "+02:00"): a deadline "bis zum 21.12.2026" ends then,
 * and a BPMN timer needs the instant with its zone.
 */
export function tagesendeInDeutschland(datum: string): string {
  if (!istKalenderdatum(datum)) throw new RangeError(`kein Kalenderdatum: ${datum}`);
  // the offset at noon of that day: a change of offset happens at night, never between noon and midnight
  const mittag = new Date(`${datum}T12:00:00Z`);
  const teil = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin', timeZoneName: 'longOffset' }).formatToParts(mittag).find((p) => p.type === 'timeZoneName');
  const offset = teil?.value.replace('GMT', '') || '+00:00';
  return `${datum}T23:59:59${offset}`;
}
