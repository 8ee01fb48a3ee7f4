/**
 * Exact decimal arithmetic for the Wohngeld calculation. Anlage 3 Nr. 2 WoGG prescribes
 * "Festkommazahlen mit zehn Nachkommastellen": every value is a BigInt of units of 10⁻¹⁰, every
 * product and quotient is cut to ten places (towards zero — the published intermediate values of
 * the Länderhinweise to WoGVwV 19.31 are cut, not rounded). Floating point never enters.
 */
const PLACES = 10;
const SCALE = 10n ** BigInt(PLACES);

export class Dezimal {
  private constructor(
    /** the value in units of 10⁻¹⁰ */
    readonly units: bigint,
  ) {}

  static readonly ZERO = new Dezimal(0n);

  /** From a decimal string ("1230", "0.0004797", "-0.12") or a finite number (taken by its shortest decimal representation). */
  static of(value: string | number | bigint | Dezimal): Dezimal {
    if (value instanceof Dezimal) return value;
    if (typeof value === 'bigint') return new Dezimal(value * SCALE);
    const text = typeof value === 'number' ? numberText(value) : value.trim();
    const m = /^([+-])?(\d+)(?:\.(\d+))?$/.exec(text);
    if (!m) throw new RangeError(`keine Dezimalzahl: ${JSON.stringify(value)}`);
    const fraction = (m[3] ?? '').padEnd(PLACES, '0');
    if (fraction.length > PLACES && /[1-9]/.test(fraction.slice(PLACES))) throw new RangeError(`mehr als ${PLACES} Nachkommastellen: ${text}`);
    const units = BigInt(m[2]) * SCALE + BigInt(fraction.slice(0, PLACES));
    return new Dezimal(m[1] === '-' ? -units : units);
  }

  plus(other: Dezimal | string | number): Dezimal {
    return new Dezimal(this.units + Dezimal.of(other).units);
  }

  minus(other: Dezimal | string | number): Dezimal {
    return new Dezimal(this.units - Dezimal.of(other).units);
  }

  /** The product, cut to ten decimal places. */
  times(other: Dezimal | string | number): Dezimal {
    return new Dezimal((this.units * Dezimal.of(other).units) / SCALE);
  }

  /** The quotient, cut to ten decimal places. */
  dividedBy(other: Dezimal | string | number): Dezimal {
    const divisor = Dezimal.of(other).units;
    if (divisor === 0n) throw new RangeError('Division durch null');
    return new Dezimal((this.units * SCALE) / divisor);
  }

  compare(other: Dezimal | string | number): number {
    const o = Dezimal.of(other).units;
    return this.units < o ? -1 : this.units > o ? 1 : 0;
  }

  isNegative(): boolean {
    return this.units < 0n;
  }

  static min(a: Dezimal, b: Dezimal): Dezimal {
    return a.compare(b) <= 0 ? a : b;
  }

  static max(a: Dezimal, b: Dezimal): Dezimal {
    return a.compare(b) >= 0 ? a : b;
  }

  /** Rounded to `places` decimals, half away from zero (Anlage 3 Nr. 3: from 0,50 up). */
  round(places = 0): Dezimal {
    const unit = 10n ** BigInt(PLACES - places);
    const magnitude = this.units < 0n ? -this.units : this.units;
    const rounded = ((magnitude + unit / 2n) / unit) * unit;
    return new Dezimal(this.units < 0n ? -rounded : rounded);
  }

  /** The largest whole number not above the value. */
  floor(): Dezimal {
    const rest = ((this.units % SCALE) + SCALE) % SCALE;
    return new Dezimal(this.units - rest);
  }

  /** The exact value as a plain decimal string without trailing zeros ("908.25", "0.2070693450" → "0.207069345"). */
  toString(): string {
    const negative = this.units < 0n;
    const magnitude = negative ? -this.units : this.units;
    const whole = magnitude / SCALE;
    const fraction = (magnitude % SCALE).toString().padStart(PLACES, '0').replace(/0+$/, '');
    return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
  }

  /** A JavaScript number, for JSON output; exact for amounts in cents. */
  toNumber(): number {
    return Number(this.toString());
  }

  /** German notation with thousands separators: "1.234,56" (`places` decimals, rounded half up). */
  format(places = 2): string {
    const rounded = this.round(places);
    const negative = rounded.units < 0n;
    const magnitude = negative ? -rounded.units : rounded.units;
    const whole = (magnitude / SCALE).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    const fraction = (magnitude % SCALE).toString().padStart(PLACES, '0').slice(0, places);
    return `${negative ? '−' : ''}${whole}${places > 0 ? `,${fraction}` : ''}`;
  }
}

function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`keine endliche Zahl: ${value}`);
  const text = String(value);
  if (!/e/i.test(text)) return text;
  // exponent notation (1e-7, 1.5e+21): spelt out
  return value.toFixed(20).replace(/\.?0+$/, '');
}

export const dez = Dezimal.of;
