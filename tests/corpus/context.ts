/**
 * What a layout works with while it draws one document: its random stream, its split (dev or
 * holdout: which label synonyms and printings it may use), its printing style, the Doc, and the
 * ground truth it records.
 */
import type { DocumentTypeId } from '../../wohngeld/catalog.js';
import { addDays, iso, type IsoDate } from './dates.js';
import { Doc, markField, type DocOptions } from './doc.js';
import type { Person } from './fake.js';
import * as fmt from './format.js';
import type { Rng } from './random.js';

export type Value = string | number;

export class Ctx {
  readonly style: fmt.Style;
  doc: Doc = new Doc();
  readonly values: Record<string, Value> = {};
  /** the date the document was issued */
  readonly today: IsoDate;
  /** metadata for the PDF */
  meta: { title?: string; author?: string; creator?: string; producer?: string } = {};

  constructor(
    readonly rng: Rng,
    readonly split: fmt.Split,
    readonly type: DocumentTypeId,
  ) {
    this.style = fmt.drawStyle(rng.fork('style'), split);
    this.today = addDays(iso(2024, 6, 1), rng.fork('today').int(0, 480));
  }

  get holdout(): boolean {
    return this.split === 'holdout';
  }

  /** start drawing on a fresh Doc */
  start(options: DocOptions = {}): Doc {
    this.doc = new Doc(options);
    return this.doc;
  }

  /** the ground-truth value of a field (normalised as the catalog says) */
  set(field: string, value: Value): void {
    this.values[field] = value;
  }

  /** a field's printed value inside running text: kept on one line, its page recorded */
  v(field: string, printed: string): string {
    return markField(field, printed);
  }

  /**
   * One of several labels for the same thing. `shared` may appear anywhere; `reserved` only in
   * the holdout split, where it is preferred, so the holdout reads labels tuning never saw.
   */
  pick(shared: readonly string[], reserved: readonly string[] = []): string {
    if (this.holdout && reserved.length && (this.rng.chance(0.7) || shared.length === 0)) return this.rng.pick(reserved);
    return this.rng.pick(shared.length ? shared : reserved);
  }

  money(value: number, style: fmt.MoneyStyle = this.style.money): string {
    return fmt.money(value, style);
  }

  date(value: IsoDate, style: fmt.DateStyle = this.style.date): string {
    return fmt.date(value, style);
  }

  /** a date in numeric style (forms and tables rarely print month names) */
  ndate(value: IsoDate): string {
    const s = this.style.date;
    return fmt.date(value, s === 'd. Monat yyyy' || s === 'dd. Mon. yyyy' ? (this.holdout ? 'd.m.yyyy' : 'dd.mm.yyyy') : s);
  }

  area(value: number): string {
    return fmt.area(value, this.style.area);
  }

  name(p: Person, order: fmt.NameOrder = this.style.nameOrder): string {
    return fmt.name(p, order);
  }

  iban(value: string, grouped = this.style.ibanGrouped): string {
    return fmt.iban(value, grouped);
  }
}
