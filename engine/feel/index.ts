/**
 * FEEL evaluation for the embedded engine, built on `feelin` and shaped after Zeebe 8.8:
 *
 * - `=`-prefixed attribute values are FEEL, anything else is a static string;
 * - results are plain JSON values, temporal values are serialised as Zeebe writes them;
 * - undefined variables evaluate to null (FEEL is null-friendly), while failures that in
 *   our setting almost always mean a broken model (syntax errors, unknown functions, wrong
 *   arity, `assert`, unrepresentable results) throw an {@link ExpressionError}, which the
 *   engine turns into an incident;
 * - number arithmetic is decimal (see "Decimal arithmetic" below), like Zeebe's BigDecimal;
 * - the Camunda built-ins feelin lacks, or implements differently, are supplied here.
 */
import {
  evaluate,
  parseExpression,
  dateAndTime,
  duration,
  parseDate,
  FeelDate,
  FeelDateTime,
  FeelDuration,
  FeelFunction,
  FeelRange,
  FeelTime,
  type Warning,
} from 'feelin';

export interface FeelOptions {
  /** Clock for `now()` / `today()`; defaults to the system clock. */
  now?: Date;
}

export class ExpressionError extends Error {
  expression: string;

  constructor(expression: string, message: string) {
    super(message);
    this.name = 'ExpressionError';
    this.expression = expression;
  }
}

const failure = (expression: string, reason: string) =>
  new ExpressionError(expression, `failed to evaluate expression '${expression}': ${reason}`);

// ---------------------------------------------------------------------------------------------
// Decimal arithmetic
//
// Zeebe computes with BigDecimal, so `0.1 + 0.2` is exactly `0.3` there. feelin computes with
// IEEE doubles and offers no hook into its operators, so we rewrite every binary arithmetic
// expression `a op b` into a call `__feel_arith("op", a, b)` before handing the expression to
// feelin (see `rewrite`). For two numbers that function reads each operand as the shortest
// decimal that round-trips to it (`String(n)`, i.e. exactly the literal or JSON value the user
// wrote), computes the exact decimal result with BigInt (division: rounded to 34 significant
// digits HALF_EVEN, Zeebe's DECIMAL128) and rounds that once to the nearest double.
//
// Why this is sound: every decimal with at most 15 significant digits survives the trip
// decimal -> nearest double -> shortest string unchanged. So whenever the exact result of an
// operation fits in 15 digits (any realistic amount), the double we hand back prints as exactly
// that decimal and compares equal to the same literal; it is the same double a literal would
// give, so `0.1 + 0.2 = 0.3` holds for intermediate results too, not just the final one.
// Rounding every result to 15 digits instead would silently corrupt results that need more
// digits, which is why we do exact arithmetic and only the unavoidable final rounding.
// Limitation: an inexact quotient (1/3) is carried on as a double with ~17 digits, not 34.
// ---------------------------------------------------------------------------------------------

/** The decimal `c × 10^e`. */
interface Dec {
  c: bigint;
  e: number;
}

function toDec(n: number): Dec {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(n));
  if (!m) throw new RangeError(`not a finite number: ${n}`);
  const fraction = m[3] ?? '';
  return { c: BigInt(m[1] + m[2] + fraction), e: Number(m[4] ?? 0) - fraction.length };
}

/** Nearest double; `+ 0` turns -0 into 0 (JSON has no negative zero). */
const toNum = (d: Dec): number => Number(`${d.c}e${d.e}`) + 0;
const pow10 = (k: number) => 10n ** BigInt(k);
const digits = (n: bigint) => (n < 0n ? -n : n).toString().length;

function align(a: Dec, b: Dec): [bigint, bigint, number] {
  const e = Math.min(a.e, b.e);
  return [a.c * pow10(a.e - e), b.c * pow10(b.e - e), e];
}

const add = (a: Dec, b: Dec): Dec => {
  const [x, y, e] = align(a, b);
  return { c: x + y, e };
};
const neg = (a: Dec): Dec => ({ c: -a.c, e: a.e });
const mul = (a: Dec, b: Dec): Dec => ({ c: a.c * b.c, e: a.e + b.e });

type RoundingMode = 'UP' | 'DOWN' | 'CEILING' | 'FLOOR' | 'HALF_UP' | 'HALF_DOWN' | 'HALF_EVEN';
const ROUNDING_MODES: readonly string[] = ['UP', 'DOWN', 'CEILING', 'FLOOR', 'HALF_UP', 'HALF_DOWN', 'HALF_EVEN'];

/**
 * Drops the last `drop` digits of the magnitude `mag` (of a number that is negative if
 * `negative`), rounding by `mode`; `sticky` says a non-zero remainder lies beyond those digits.
 */
function roundMagnitude(mag: bigint, drop: number, negative: boolean, mode: RoundingMode, sticky = false): bigint {
  if (drop <= 0) return mag;
  const p = pow10(drop);
  const q = mag / p;
  const r = mag % p;
  const twice = r * 2n;
  const half = twice > p || (twice === p && sticky) ? 1 : twice === p ? 0 : -1; // vs. exactly half
  const inexact = r !== 0n || sticky;
  const away = {
    UP: inexact,
    DOWN: false,
    CEILING: inexact && !negative,
    FLOOR: inexact && negative,
    HALF_UP: half >= 0,
    HALF_DOWN: half > 0,
    HALF_EVEN: half > 0 || (half === 0 && q % 2n === 1n),
  }[mode];
  return away ? q + 1n : q;
}

/** Rounds to `scale` digits after the decimal point (BigDecimal.setScale). */
function setScale(d: Dec, scale: number, mode: RoundingMode): Dec {
  if (d.e >= -scale) return d;
  const negative = d.c < 0n;
  const mag = roundMagnitude(negative ? -d.c : d.c, -scale - d.e, negative, mode);
  return { c: negative ? -mag : mag, e: -scale };
}

/** Division rounded to 34 significant digits, HALF_EVEN (MathContext.DECIMAL128). */
function div(a: Dec, b: Dec): Dec | null {
  if (b.c === 0n) return null;
  if (a.c === 0n) return { c: 0n, e: 0 };
  const negative = a.c < 0n !== b.c < 0n;
  const x = a.c < 0n ? -a.c : a.c;
  const y = b.c < 0n ? -b.c : b.c;
  const shift = Math.max(0, 35 + digits(y) - digits(x)); // quotient gets at least 35 digits
  const scaled = x * pow10(shift);
  const q = scaled / y;
  const drop = digits(q) - 34;
  const mag = roundMagnitude(q, drop, negative, 'HALF_EVEN', scaled % y !== 0n);
  return { c: negative ? -mag : mag, e: a.e - b.e - shift + drop };
}

/** FEEL modulo: the remainder takes the sign of the divisor (DMN 1.3, 10.3.4.5). */
function mod(a: Dec, b: Dec): Dec | null {
  if (b.c === 0n) return null;
  const [x, y, e] = align(a, b);
  let r = x % y;
  if (r !== 0n && r < 0n !== y < 0n) r += y;
  return { c: r, e };
}

function power(base: number, exponent: number): number | null {
  // exact for integer exponents like BigDecimal.pow; bounded so a typo cannot stall the engine
  if (Number.isInteger(exponent) && Math.abs(exponent) * digits(toDec(base).c) <= 10_000) {
    const d = toDec(base);
    const n = Math.abs(exponent);
    const p: Dec = { c: d.c ** BigInt(n), e: d.e * n };
    if (exponent >= 0) return toNum(p);
    const q = div({ c: 1n, e: 0 }, p);
    return q && toNum(q);
  }
  const result = Math.pow(base, exponent);
  return Number.isFinite(result) ? result : null;
}

/** A duration in its unit: months (years and months) or seconds (days and time). */
function durationUnits(d: FeelDuration): Dec {
  if (d.yearsMonths) return toDec(d.years * 12 + d.months);
  const t = d.unwrap();
  const seconds = t.days * 86400 + t.hours * 3600 + t.minutes * 60 + t.seconds;
  return add(toDec(seconds), { c: BigInt(t.milliseconds * 1e6 + t.microseconds * 1e3 + t.nanoseconds), e: -9 });
}

/**
 * Duration arithmetic feelin lacks but Zeebe has: `duration * number`, `number * duration`,
 * `duration / number` and `duration / duration`. Undefined for everything else.
 */
function durationArith(op: string, a: unknown, b: unknown): unknown {
  const scale = (d: FeelDuration, compute: (units: Dec) => Dec | null) => {
    const units = compute(durationUnits(d));
    if (!units) return null;
    // whole months, or seconds to the millisecond (the engine clock's precision)
    const n = toNum(units);
    const text = d.yearsMonths ? `${Math.trunc(Math.abs(n))}M` : `T${+Math.abs(n).toFixed(3)}S`;
    return duration(`${n < 0 ? '-' : ''}P${text}`);
  };
  if (op === '*' && a instanceof FeelDuration && typeof b === 'number') return scale(a, (u) => mul(u, toDec(b)));
  if (op === '*' && typeof a === 'number' && b instanceof FeelDuration) return scale(b, (u) => mul(u, toDec(a)));
  if (op === '/' && a instanceof FeelDuration && typeof b === 'number') return scale(a, (u) => div(u, toDec(b)));
  if (op === '/' && a instanceof FeelDuration && b instanceof FeelDuration && a.yearsMonths === b.yearsMonths) {
    const q = div(durationUnits(a), durationUnits(b));
    return q && toNum(q);
  }
  return undefined;
}

const ARITH = '__feel_arith';

/** Target of the rewritten arithmetic operators. */
function arith(op: string, a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number' && Number.isFinite(a) && Number.isFinite(b)) {
    const x = toDec(a);
    const y = toDec(b);
    switch (op) {
      case '+': return toNum(add(x, y));
      case '-': return toNum(add(x, neg(y)));
      case '*': return toNum(mul(x, y));
      case '/': {
        const q = div(x, y);
        return q && toNum(q);
      }
      case '**':
      case '^': return power(a, b);
    }
  }
  // the common cases directly, everything else (temporal values, type mismatches) by feelin
  if (a === null || a === undefined || b === null || b === undefined) return null;
  if (a instanceof FeelDuration || b instanceof FeelDuration) {
    const scaled = durationArith(op, a, b);
    if (scaled !== undefined) return scaled;
  }
  if (op === '+' && typeof a === 'string' && typeof b === 'string') return a + b;
  return evaluate(`a ${op} b`, { a, b }).value;
}
arith.$args = ['op', 'a', 'b'];

// ---------------------------------------------------------------------------------------------
// Built-ins: Camunda functions feelin lacks, and replacements where feelin differs from Camunda
// (missing overloads, float arithmetic, zone handling). Everything else is feelin's own.
// ---------------------------------------------------------------------------------------------

// feelin passes a plain function its arguments positionally; `$args` names the parameters so
// that named invocation (`get or else(value: x, default: 1)`) works as well.
type Builtin = ((...args: any[]) => unknown) & { $args: string[] };
const builtin = (params: string[], impl: (...args: any[]) => unknown): Builtin => Object.assign(impl, { $args: params });

const isContext = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;

/** Numbers given as one list or as varargs (like feelin's list functions); null if any is not a number. */
function numbers(args: unknown[]): Dec[] | null {
  const list: unknown[] = args.length === 1 && Array.isArray(args[0]) ? args[0] : args;
  const ok = list.length > 0 && list.every((n) => typeof n === 'number' && Number.isFinite(n));
  return ok ? (list as number[]).map(toDec) : null;
}

function round(n: unknown, scale: unknown, mode: RoundingMode): number | null {
  if (typeof n !== 'number' || !Number.isFinite(n) || typeof scale !== 'number' || !Number.isInteger(scale)) return null;
  return toNum(setScale(toDec(n), scale, mode));
}
const rounding = (mode: RoundingMode) => builtin(['n', 'scale'], (n, scale = 0) => round(n, scale, mode));

/** `context put` with a key path: missing or non-context intermediate entries become contexts. */
function putPath(context: Record<string, unknown>, [key, ...rest]: string[], value: unknown): Record<string, unknown> {
  const nested = context[key];
  return { ...context, [key]: rest.length ? putPath(isContext(nested) ? nested : {}, rest, value) : value };
}

/** A key or a list of keys as a path, or null if it is neither. */
function keyPath(keyOrKeys: unknown): string[] | null {
  const path = Array.isArray(keyOrKeys) ? keyOrKeys : [keyOrKeys];
  return path.length > 0 && path.every((k) => typeof k === 'string') ? path : null;
}

/** Calls feelin's own built-in, for the cases our replacement does not handle itself. */
function callFeelin(name: string, args: unknown[]): unknown {
  const params = args.map((_, i) => `p${i}`);
  return evaluate(`${name}(${params.join(', ')})`, Object.fromEntries(args.map((v, i) => [params[i], v]))).value;
}

class AssertionFailure extends Error {}

const BUILTINS: Record<string, Builtin> = {
  'get or else': builtin(['value', 'default'], (value, fallback) => value ?? fallback ?? null),
  'is defined': builtin(['value'], (value) => value !== null && value !== undefined),
  'is empty': builtin(['list'], (list) => (Array.isArray(list) ? list.length === 0 : null)),
  assert: builtin(['value', 'condition', 'cause'], (value, condition, cause) => {
    if (condition === true) return value;
    throw new AssertionFailure(typeof cause === 'string' ? cause : 'The condition is not fulfilled');
  }),

  // feelin lacks the key-path overloads
  'get value': builtin(['context', 'key', 'keys'], (context, key, keys) => {
    const path = keyPath(keys ?? key);
    if (!path) return null;
    let current: unknown = context;
    for (const k of path) {
      if (!isContext(current) || !Object.hasOwn(current, k)) return null;
      current = current[k];
    }
    return current ?? null;
  }),
  'context put': builtin(['context', 'key', 'value', 'keys'], (context, key, value, keys) => {
    const path = keyPath(keys ?? key);
    return isContext(context) && path ? putPath(context, path, value ?? null) : null;
  }),

  // feelin lacks prefix and suffix
  'string join': builtin(['list', 'delimiter', 'prefix', 'suffix'], (list, delimiter, prefix, suffix) => {
    const affixes = [delimiter ?? '', prefix ?? '', suffix ?? ''];
    if (!Array.isArray(list) || !affixes.every((s) => typeof s === 'string')) return null;
    const items = list.filter((item) => item !== null);
    if (!items.every((item) => typeof item === 'string')) return null;
    return affixes[1] + items.join(affixes[0]) + affixes[2];
  }),

  // decimal replacements of feelin's float implementations
  sum: builtin(['...list'], (...args) => {
    const list = numbers(args);
    return list && toNum(list.reduce(add));
  }),
  product: builtin(['...list'], (...args) => {
    const list = numbers(args);
    return list && toNum(list.reduce(mul));
  }),
  mean: builtin(['...list'], (...args) => {
    const list = numbers(args);
    const mean = list && div(list.reduce(add), { c: BigInt(list.length), e: 0 });
    return mean && toNum(mean);
  }),
  median: builtin(['...list'], (...args) => {
    const list = numbers(args)?.sort((a, b) => toNum(a) - toNum(b));
    if (!list) return null;
    const middle = list.length >> 1;
    const median = list.length % 2 ? list[middle] : div(add(list[middle - 1], list[middle]), { c: 2n, e: 0 });
    return median && toNum(median);
  }),
  modulo: builtin(['dividend', 'divisor'], (dividend, divisor) => {
    if (typeof dividend !== 'number' || typeof divisor !== 'number' || !Number.isFinite(dividend) || !Number.isFinite(divisor)) return null;
    const r = mod(toDec(dividend), toDec(divisor));
    return r && toNum(r);
  }),
  decimal: builtin(['n', 'scale', 'mode'], (n, scale, mode = 'HALF_EVEN') => {
    const m = typeof mode === 'string' ? mode.toUpperCase() : '';
    if (m === 'UNNECESSARY') return round(n, scale, 'DOWN') === n ? n : null;
    return ROUNDING_MODES.includes(m) ? round(n, scale, m as RoundingMode) : null;
  }),
  floor: rounding('FLOOR'),
  ceiling: rounding('CEILING'),
  'round up': rounding('UP'),
  'round down': rounding('DOWN'),
  'round half up': rounding('HALF_UP'),
  'round half down': rounding('HALF_DOWN'),

  // feelin drops the zone of `...+02:00[Europe/Berlin]` and lacks `date and time(date, timezone)`
  'date and time': builtin(['from', 'time', 'date', 'timezone'], (from, time, date, timezone) => {
    const first = from ?? date;
    const second = time ?? timezone;
    if (typeof first === 'string' && second === undefined) {
      return callFeelin('date and time', [first.replace(/(?:Z|[+-]\d\d:\d\d)\[([^\]]+)\]$/, '@$1')]);
    }
    if (first instanceof FeelDateTime && typeof second === 'string') {
      try {
        // a local date-time is taken to be UTC, the zone of our "broker"
        const zone = second === 'Z' ? 'UTC' : second;
        const zoned = first.unwrap().toZonedDateTime(first.zone ?? 'UTC').withTimeZone(zone);
        return new FeelDateTime(zoned.toPlainDateTime(), zone);
      } catch {
        return null; // unknown time zone
      }
    }
    return callFeelin('date and time', second === undefined ? [first ?? null] : [first ?? null, second]);
  }),
};

/**
 * `now()` and `today()` read the injected clock. Zeebe uses the broker's default zone; our
 * engine behaves like a broker running in UTC (the default of Camunda's container images).
 */
function clockBuiltins(options: FeelOptions): Record<string, Builtin> {
  const clock = () => (options.now ?? new Date()).toISOString();
  return {
    now: builtin([], () => dateAndTime(clock())),
    today: builtin([], () => parseDate(clock().slice(0, 10))),
  };
}

// The parser reads a multi-word name as one name only if it knows it. It knows the standard
// built-ins; Camunda's extensions (`get or else`, ...) must be announced through the parse
// context. Only those few: the parser slows down with every context entry.
const PARSER_UNKNOWN_NAMES = Object.fromEntries(
  Object.keys(BUILTINS)
    .filter((name) => {
      let known = true;
      parseExpression(`${name}(1)`, {}, undefined).iterate({ enter: (node) => void (known &&= !node.type.isError) });
      return !known;
    })
    .map((name) => [name, BUILTINS[name]]),
);

// Calls of built-ins are redirected to identifiers no variable can take. In feelin a variable
// shadows a built-in of the same name, so a process variable `count` or `sum` would break
// `count(list)`; in Zeebe functions and variables do not clash. (A FEEL-defined function that
// is named like a built-in is the price: its calls reach the built-in.)
const MANGLE_PREFIX = '__feel_fn_';
const mangle = (name: string) => MANGLE_PREFIX + name.replace(/ /g, '_');
const demangled = new Map<string, string>();

const feelinBuiltins = new Map<string, unknown>();
/** feelin's built-in function of that name, or null; resolved once through feelin itself. */
function feelinBuiltin(name: string): unknown {
  if (!feelinBuiltins.has(name)) {
    let fn: unknown = null;
    try {
      const { value } = evaluate(name);
      if (typeof value === 'function') fn = value;
    } catch {
      // not a plain name
    }
    feelinBuiltins.set(name, fn);
  }
  return feelinBuiltins.get(name);
}

// ---------------------------------------------------------------------------------------------
// Rewriting
// ---------------------------------------------------------------------------------------------

type SyntaxNode = ReturnType<typeof parseExpression>['topNode'];

function children(node: SyntaxNode): SyntaxNode[] {
  const result: SyntaxNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) result.push(child);
  return result;
}

/**
 * Rewrites arithmetic into calls of {@link arith} and calls of built-ins into their mangled
 * names, copying all other source text verbatim. Returns the new source and the functions
 * it calls, by their new names.
 */
function rewrite(source: string, expression: string, top: SyntaxNode, own: Record<string, Builtin>): { text: string; functions: Record<string, unknown> } {
  // only what the expression calls goes into the evaluation context: feelin's parser slows
  // down with every context entry
  const functions: Record<string, unknown> = {};
  const use = (name: string, fn: unknown): string | null => {
    if (!fn) return null;
    const mangled = mangle(name);
    functions[mangled] = fn;
    demangled.set(mangled, name);
    return mangled;
  };
  const walk = (node: SyntaxNode): string => {
    if (node.type.isError) {
      const rest = source.slice(node.from).trim();
      throw failure(expression, rest
        ? `syntax error at position ${node.from}: unexpected '${rest.split(/\s/)[0].slice(0, 20)}'`
        : `syntax error: unexpected end of expression (incomplete ${node.parent?.name ?? 'expression'})`);
    }
    if (node.name === 'LineComment' || node.name === 'BlockComment') return ' ';
    const kids = children(node);
    if (node.name === 'ArithmeticExpression' && kids.length === 3 && kids[1].name === 'ArithOp') {
      const op = source.slice(kids[1].from, kids[1].to);
      functions[ARITH] = arith;
      return `${ARITH}("${op}", (${walk(kids[0])}), (${walk(kids[2])}))`;
    }
    const isCallee = node.name === 'VariableName' && node.parent?.name === 'FunctionInvocation' && !node.prevSibling;
    if (isCallee || node.name === 'DateTimeConstructor') {
      const name = source.slice(node.from, node.to).trim().split(/\s+/).join(' ');
      const mangled = use(name, Object.hasOwn(own, name) ? own[name] : isCallee ? feelinBuiltin(name) : null);
      if (mangled) return mangled;
    }
    let text = '';
    let position = node.from;
    for (const child of kids) {
      text += source.slice(position, child.from) + walk(child);
      position = child.to;
    }
    return text + source.slice(position, node.to);
  };
  return { text: walk(top), functions };
}

// ---------------------------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------------------------

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** ISO_OFFSET_DATE_TIME as Zeebe writes zoned date-times: a named zone becomes its offset. */
function formatDateTime(value: FeelDateTime): string {
  const local = value.unwrap().toString(); // ISO_LOCAL_DATE_TIME, seconds always present
  if (value.zone === null) return local;
  const offset = value['time offset'];
  const seconds = offset.hours * 3600 + offset.minutes * 60 + offset.seconds;
  if (seconds === 0) return `${local}Z`;
  const abs = Math.abs(seconds);
  const ss = abs % 60 ? `:${pad(abs % 60)}` : '';
  return `${local}${seconds < 0 ? '-' : '+'}${pad(Math.floor(abs / 3600))}:${pad(Math.floor(abs / 60) % 60)}${ss}`;
}

/** A local time as java.time.LocalTime#toString (Zeebe's format): `10:00`, `10:00:30`, `10:00:30.500`. */
function formatTime(value: FeelTime): string {
  if (value.zone !== null) return value.iso;
  const t = value.unwrap();
  const nanos = t.millisecond * 1e6 + t.microsecond * 1e3 + t.nanosecond;
  let text = `${pad(t.hour)}:${pad(t.minute)}`;
  if (t.second || nanos) text += `:${pad(t.second)}`;
  if (nanos) text += nanos % 1e6 === 0 ? `.${pad(nanos / 1e6, 3)}` : nanos % 1e3 === 0 ? `.${pad(nanos / 1e3, 6)}` : `.${pad(nanos, 9)}`;
  return text;
}

/** Durations as feel-scala prints them: `P1Y2M`, `P0Y`; `P1DT2H30M`, `PT5M`, `P0D` (whole seconds). */
function formatDuration(value: FeelDuration): string {
  if (value.yearsMonths) {
    const total = value.years * 12 + value.months;
    if (total === 0) return 'P0Y';
    const abs = Math.abs(total);
    const y = Math.floor(abs / 12);
    const m = abs % 12;
    return `${total < 0 ? '-' : ''}P${y ? `${y}Y` : ''}${m ? `${m}M` : ''}`;
  }
  const total = value.days * 86400 + value.hours * 3600 + value.minutes * 60 + Math.trunc(value.seconds);
  if (total === 0) return 'P0D';
  const abs = Math.abs(total);
  const [d, h, m, s] = [Math.floor(abs / 86400), Math.floor(abs / 3600) % 24, Math.floor(abs / 60) % 60, abs % 60];
  const time = `${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s ? `${s}S` : ''}`;
  return `${total < 0 ? '-' : ''}P${d ? `${d}D` : ''}${time ? `T${time}` : ''}`;
}

/** Converts a feelin value to JSON, or throws for values JSON cannot hold (functions, ranges). */
function toJson(value: unknown, expression: string): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw failure(expression, `the result ${value} cannot be represented as JSON`);
    return value + 0;
  }
  if (Array.isArray(value)) return value.map((item) => toJson(item, expression));
  if (value instanceof FeelDate) return value.iso;
  if (value instanceof FeelDateTime) return formatDateTime(value);
  if (value instanceof FeelTime) return formatTime(value);
  if (value instanceof FeelDuration) return formatDuration(value);
  if (isContext(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v, expression)]));
  }
  const kind = value instanceof FeelRange ? 'a range' : value instanceof FeelFunction || typeof value === 'function' ? 'a function' : `of type ${typeof value}`;
  throw failure(expression, `the result is ${kind}, which cannot be represented as JSON`);
}

/** Warnings that mean the model is broken rather than that a value is missing. */
function fatal(warning: Warning, text: string): string | null {
  const callee = () => {
    const name = text.slice(warning.position.from, warning.position.to).split('(')[0].trim();
    return demangled.get(name) ?? name;
  };
  switch (warning.type) {
    case 'NO_FUNCTION_FOUND': return `no function found with name '${callee()}'`;
    case 'FUNCTION_INVOCATION_FAILURE': return `function '${callee()}' cannot be invoked with these arguments (${warning.message})`;
    case 'UNSUPPORTED': return warning.message;
    default: return null;
  }
}

// ---------------------------------------------------------------------------------------------
// API
// ---------------------------------------------------------------------------------------------

/** Whether an attribute value is a FEEL expression (`=` after optional whitespace). */
export function isExpression(raw: string): boolean {
  return /^\s*=/.test(raw);
}

/** Evaluates FEEL; a leading `=` is optional. Returns a JSON value or throws ExpressionError. */
export function evaluateFeel(expression: string, context: Record<string, unknown> = {}, options: FeelOptions = {}): unknown {
  const source = expression.replace(/^\s*=/, '');
  const shown = source.trim();
  const tree = parseExpression(source, { ...PARSER_UNKNOWN_NAMES, ...context }, undefined);
  const { text, functions } = rewrite(source, shown, tree.topNode, { ...BUILTINS, ...clockBuiltins(options) });

  let result: { value: unknown; warnings: Warning[] };
  try {
    result = evaluate(text, { ...context, ...functions });
  } catch (err) {
    if (err instanceof AssertionFailure) throw failure(shown, `assertion failed: ${err.message}`);
    throw failure(shown, err instanceof Error ? err.message : String(err));
  }
  for (const warning of result.warnings) {
    const reason = fatal(warning, text);
    if (reason) throw failure(shown, reason);
  }
  return toJson(result.value, shown);
}

/**
 * Zeebe's attribute convention: `=expr` is FEEL, anything else is the static string itself.
 */
export function evaluateExpression(raw: string, context: Record<string, unknown> = {}, options: FeelOptions = {}): unknown {
  return isExpression(raw) ? evaluateFeel(raw, context, options) : raw;
}

/**
 * Sequence-flow and completion conditions: always FEEL, and the result must be a boolean
 * (Zeebe raises an incident otherwise).
 */
export function evaluateCondition(raw: string, context: Record<string, unknown> = {}, options: FeelOptions = {}): boolean {
  const result = evaluateFeel(raw, context, options);
  if (typeof result !== 'boolean') {
    const shown = raw.replace(/^\s*=/, '').trim();
    const got = JSON.stringify(result) ?? String(result);
    throw new ExpressionError(shown, `expected a boolean for condition '${shown}' but got ${got.length > 100 ? `${got.slice(0, 100)}...` : got}`);
  }
  return result;
}
