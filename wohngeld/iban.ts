/** IBANs: the length per country and the ISO 13616 mod-97 check. */

/** Length of an IBAN per country code, for the countries a German office meets. */
export const IBAN_LENGTH: Record<string, number> = {
  DE: 22, AT: 20, CH: 21, LI: 21, NL: 18, BE: 16, LU: 20, FR: 27, IT: 27, ES: 24, PT: 25, PL: 28, CZ: 24, SK: 24, DK: 18, SE: 24, FI: 18, NO: 15,
  IE: 22, GB: 22, HU: 28, SI: 19, HR: 21, RO: 24, BG: 22, GR: 27, LT: 20, LV: 21, EE: 20, MT: 31, CY: 28, IS: 26, MC: 27, SM: 27, TR: 26, UA: 29,
};

/** ISO 13616 mod-97 check of a compact IBAN. */
export function ibanChecksumValid(iban: string): boolean {
  if (typeof iban !== 'string' || !/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  const expected = IBAN_LENGTH[iban.slice(0, 2)];
  if (expected && iban.length !== expected) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of code) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}
