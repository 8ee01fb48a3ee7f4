/**
 * ISO 8601 timer definitions as Zeebe accepts them: a duration (`PT5M`), a date-time
 * (`2025-03-01T10:00:00Z`) or a repeating cycle (`R3/PT10S`, `R/PT1H`, `R2/2025-03-01T10:00:00Z/P1D`).
 */

const DURATION = /^(-)?P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

export class TimerSpecError extends Error {}

/** Adds an ISO 8601 duration to a point in time, with calendar arithmetic for years and months. */
export function addDuration(fromMillis: number, duration: string): number {
  const match = DURATION.exec(duration.trim());
  if (!match || duration.trim() === 'P' || duration.trim().endsWith('T')) {
    throw new TimerSpecError(`'${duration}' is not an ISO 8601 duration such as PT5M or P1D`);
  }
  const num = (i: number) => (match[i] ? Number(match[i].replace(',', '.')) : 0);
  const sign = match[1] ? -1 : 1;
  const date = new Date(fromMillis);
  if (num(2) || num(3)) {
    date.setUTCMonth(date.getUTCMonth() + sign * (Math.trunc(num(2)) * 12 + Math.trunc(num(3))));
  }
  const millis =
    ((num(4) * 7 + num(5)) * 86_400 + num(6) * 3_600 + num(7) * 60 + num(8)) * 1000 * sign;
  return date.getTime() + Math.round(millis);
}

export function parseDate(text: string): number {
  const millis = Date.parse(text.trim());
  if (Number.isNaN(millis)) throw new TimerSpecError(`'${text}' is not an ISO 8601 date-time`);
  return millis;
}

export interface Cycle {
  /** -1 for an unbounded repetition */
  repetitions: number;
  interval: string;
  firstDue: number;
}

export function parseCycle(text: string, nowMillis: number): Cycle {
  const parts = text.trim().split('/');
  const rep = /^R(\d*)$/.exec(parts[0] ?? '');
  if (!rep || parts.length < 2 || parts.length > 3) {
    throw new TimerSpecError(`'${text}' is not an ISO 8601 repeating interval such as R3/PT10S`);
  }
  const repetitions = rep[1] === '' ? -1 : Number(rep[1]);
  if (parts.length === 3) {
    const start = parseDate(parts[1]);
    addDuration(0, parts[2]);
    return { repetitions, interval: parts[2], firstDue: start };
  }
  return { repetitions, interval: parts[1], firstDue: addDuration(nowMillis, parts[1]) };
}
