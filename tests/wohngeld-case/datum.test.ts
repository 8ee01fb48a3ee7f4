/** Calendar helpers of the domain: the end of a deadline day in German local time. */
import { tagesendeInDeutschland } from '../../wohngeld/datum.ts';

describe('tagesendeInDeutschland', () => {
  test('winter and summer time, and the day the clocks go back', () => {
    expect(tagesendeInDeutschland('2026-12-21')).toBe('2026-12-21T23:59:59+01:00');
    expect(tagesendeInDeutschland('2026-07-01')).toBe('2026-07-01T23:59:59+02:00');
    expect(tagesendeInDeutschland('2026-10-25')).toBe('2026-10-25T23:59:59+01:00');
    expect(tagesendeInDeutschland('2026-03-29')).toBe('2026-03-29T23:59:59+02:00');
    expect(new Date(tagesendeInDeutschland('2026-12-21')).toISOString()).toBe('2026-12-21T22:59:59.000Z');
  });

  test('not a calendar date: a RangeError naming the value', () => {
    expect(() => tagesendeInDeutschland('2026-02-30')).toThrow(/kein Kalenderdatum: 2026-02-30/);
    expect(() => tagesendeInDeutschland('morgen')).toThrow(RangeError);
  });
});
