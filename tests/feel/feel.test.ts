import {
  ExpressionError,
  evaluateCondition,
  evaluateExpression,
  evaluateFeel,
  isExpression,
} from '../../engine/feel/index.js';

const NOW = new Date('2025-03-01T10:15:30.250Z');
const feel = (expression: string, context: Record<string, unknown> = {}) => evaluateFeel(expression, context, { now: NOW });

/** The ExpressionError thrown by `fn` (fails the test if it does not throw one). */
function errorOf(fn: () => unknown): ExpressionError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ExpressionError);
    return err as ExpressionError;
  }
  throw new Error('expected an ExpressionError');
}

describe('static values and expressions', () => {
  test('isExpression recognises a leading = after optional whitespace', () => {
    expect(isExpression('=a')).toBe(true);
    expect(isExpression('  = a')).toBe(true);
    expect(isExpression('a = b')).toBe(false);
    expect(isExpression('payment-service')).toBe(false);
    expect(isExpression('')).toBe(false);
  });

  test('a value without = is returned as the static string', () => {
    expect(evaluateExpression('payment-service', { a: 1 })).toBe('payment-service');
    expect(evaluateExpression('3', {})).toBe('3');
    expect(evaluateExpression('a + 1', { a: 1 })).toBe('a + 1');
    expect(evaluateExpression('', {})).toBe('');
  });

  test('a value with = is evaluated as FEEL', () => {
    expect(evaluateExpression('=a + 1', { a: 1 })).toBe(2);
    expect(evaluateExpression('  = "job-" + kind', { kind: 'x' })).toBe('job-x');
    expect(evaluateExpression('=[1, 2]', {})).toEqual([1, 2]);
  });

  test('evaluateFeel needs no = but strips one', () => {
    expect(evaluateFeel('1 + 1', {})).toBe(2);
    expect(evaluateFeel('=1 + 1', {})).toBe(2);
  });
});

describe('variables', () => {
  const context = {
    order: { customer: { name: 'Ada', 'post code': '10115' }, items: [{ price: 10, qty: 2 }, { price: 2.5, qty: 4 }] },
    'monthly rent': 612.5,
    count: 7,
  };

  test('variables, nested paths, filters and projections', () => {
    expect(feel('order.customer.name', context)).toBe('Ada');
    expect(feel('order.customer.post code', context)).toBe('10115');
    expect(feel('order.items[1].price', context)).toBe(10);
    expect(feel('order.items.qty', context)).toEqual([2, 4]);
    expect(feel('order.items[price > 5]', context)).toEqual([{ price: 10, qty: 2 }]);
    expect(feel('monthly rent * 12', context)).toBe(7350);
  });

  test('undefined variables and missing entries yield null, not an error', () => {
    expect(feel('missing', context)).toBeNull();
    expect(feel('missing.a.b', context)).toBeNull();
    expect(feel('order.nothing', context)).toBeNull();
    expect(feel('missing + 1', context)).toBeNull();
    expect(feel('missing = null', context)).toBe(true);
  });

  test('a variable named like a built-in does not hide the function', () => {
    expect(feel('count(order.items) + count', context)).toBe(9);
    expect(feel('sum([1, 2]) + sum', { sum: 10 })).toBe(13);
  });

  test('arithmetic inside other constructs keeps its meaning', () => {
    const vars = { x: 2, items: [1, 2, 3], 'a-b': 5 };
    expect(feel('1 + /* comment */ 2')).toBe(3);
    expect(feel('(1 // comment\n) + 2')).toBe(3);
    expect(feel('x between 1 and 2 + 1', vars)).toBe(true);
    expect(feel('5 in [1..2 + 3]', vars)).toBe(true);
    expect(feel('some i in items satisfies i * 2 > 5', vars)).toBe(true);
    expect(feel('items[item * 2 > 2]', vars)).toEqual([2, 3]);
    expect(feel('{a: 1 + 1, "b c": 2 * 3}')).toEqual({ a: 2, 'b c': 6 });
    expect(feel('(function(a, b) a * b)(1.1, 3)')).toBe(3.3);
    expect(feel('2 * 3 + 4 * 5 - -1')).toBe(27);
    expect(feel('-x * 1.5', vars)).toBe(-3);
    expect(feel('a-b + 1', vars)).toBe(6);
    expect(feel('"a" + "b" + string(x)', vars)).toBe('ab2');
  });

  test('contexts and lists come back as plain JSON', () => {
    expect(feel('{a: 1, b: {c: [true, null, "x"]}}')).toEqual({ a: 1, b: { c: [true, null, 'x'] } });
    expect(feel('for i in [1, 2, 3] return i * 2')).toEqual([2, 4, 6]);
    expect(feel('if 1 > 2 then "a" else "b"')).toBe('b');
  });
});

describe('conditions', () => {
  test('true and false', () => {
    expect(evaluateCondition('=amount > 100', { amount: 150 })).toBe(true);
    expect(evaluateCondition('=amount > 100', { amount: 50 })).toBe(false);
    expect(evaluateCondition('= approved', { approved: false })).toBe(false);
  });

  test('a value without = is still FEEL', () => {
    expect(evaluateCondition('amount > 100', { amount: 150 })).toBe(true);
    expect(evaluateCondition('true', {})).toBe(true);
  });

  test('a non-boolean result is an error naming the condition', () => {
    const error = errorOf(() => evaluateCondition('=x > 1', {}));
    expect(error.message).toBe("expected a boolean for condition 'x > 1' but got null");
    expect(error.expression).toBe('x > 1');
    expect(errorOf(() => evaluateCondition('=amount', { amount: 5 })).message).toBe("expected a boolean for condition 'amount' but got 5");
    expect(errorOf(() => evaluateCondition('"yes"', {})).message).toContain('but got "yes"');
  });
});

describe('errors', () => {
  test('a syntax error names the expression', () => {
    const error = errorOf(() => evaluateExpression('=a +', { a: 1 }));
    expect(error.expression).toBe('a +');
    expect(error.message).toMatch(/^failed to evaluate expression 'a \+': syntax error/);
    expect(errorOf(() => feel('1 +* 2')).message).toContain("syntax error at position 3: unexpected '*'");
    expect(errorOf(() => evaluateExpression('=', {})).message).toContain('syntax error');
    expect(errorOf(() => evaluateCondition('x >', {}))).toBeInstanceOf(ExpressionError);
  });

  test('an unknown function or a wrong number of arguments is an error', () => {
    expect(errorOf(() => feel('foo(1)')).message).toBe("failed to evaluate expression 'foo(1)': no function found with name 'foo'");
    expect(errorOf(() => feel('substring("abc", 1, 2, 3)')).message).toContain("function 'substring' cannot be invoked");
  });

  test('a result JSON cannot hold is an error', () => {
    expect(errorOf(() => feel('function(x) x')).message).toContain('the result is a function');
    expect(errorOf(() => feel('[1..3]')).message).toContain('the result is a range');
  });

  test('a failed assert is an error with its cause', () => {
    expect(feel('assert(x, x > 0)', { x: 1 })).toBe(1);
    expect(errorOf(() => feel('assert(x, x > 0, "x must be positive")', { x: -1 })).message).toBe(
      "failed to evaluate expression 'assert(x, x > 0, \"x must be positive\")': assertion failed: x must be positive",
    );
  });

  test('values that FEEL cannot combine give null, as in Zeebe', () => {
    expect(feel('1 + "a"')).toBeNull();
    expect(feel('date("not a date")')).toBeNull();
    expect(feel('10 / 0')).toBeNull();
  });
});

describe('exact decimals', () => {
  test.each([
    ['0.1 + 0.2', 0.3],
    ['612.5 * 12', 7350],
    ['1.1 * 3', 3.3],
    ['10 / 4', 2.5],
    ['19.99 - 0.99', 19],
    ['sum([0.1, 0.2, 0.3])', 0.6],
    ['0.3 - 0.1', 0.2],
    ['1.15 * 100', 115],
    ['-0.1 + 0.3', 0.2],
    ['1.1 ** 2', 1.21],
    ['2 ** -2', 0.25],
    ['2 ** 10', 1024],
    ['(0.1 + 0.7) * 10', 8],
    ['1 / 3', 0.3333333333333333],
  ])('%s = %p', (expression, expected) => {
    expect(feel(expression)).toBe(expected);
  });

  test('intermediate results compare exactly', () => {
    expect(feel('0.1 + 0.2 = 0.3')).toBe(true);
    expect(feel('0.1 * 3 > 0.3')).toBe(false);
    expect(feel('rent * 12 = 7350', { rent: 612.5 })).toBe(true);
    expect(feel('items[price * qty = 59.97]', { items: [{ price: 19.99, qty: 3 }] })).toHaveLength(1);
    expect(evaluateCondition('=sum(for i in items return i.price * i.qty) >= 60.96', {
      items: [{ price: 19.99, qty: 3 }, { price: 0.99, qty: 1 }],
    })).toBe(true);
  });

  test('random decimal amounts add, subtract and multiply exactly', () => {
    // deterministic pseudo-random amounts; the exact result is computed independently with BigInt
    let seed = 42;
    const random = (max: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % max;
    };
    const decimal = (units: bigint, scale: number) => {
      const sign = units < 0n ? '-' : '';
      const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
      return `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
    };
    for (let i = 0; i < 300; i++) {
      // up to 9 integer and 4 fraction digits: sums and differences fit in 15 digits
      const a = BigInt(random(1e9)) * 10000n + BigInt(random(10000));
      const b = BigInt(random(1e9)) * 10000n + BigInt(random(10000));
      const vars = { a: Number(decimal(a, 4)), b: Number(decimal(b, 4)) };
      expect(feel('a + b', vars)).toBe(Number(decimal(a + b, 4)));
      expect(feel('a - b', vars)).toBe(Number(decimal(a - b, 4)));
      expect(feel('a - b = c', { ...vars, c: Number(decimal(a - b, 4)) })).toBe(true);
      // up to 4 integer and 3 fraction digits: products fit in 14 digits
      const x = BigInt(random(1e7));
      const y = BigInt(random(1e7)) - 5000000n;
      expect(feel('x * y', { x: Number(decimal(x, 3)), y: Number(decimal(y, 3)) })).toBe(Number(decimal(x * y, 6)));
    }
  });

  test('number results keep working in strings and functions', () => {
    expect(feel('string(0.1 + 0.2)')).toBe('0.3');
    expect(feel('"total: " + string(1.1 * 3)')).toBe('total: 3.3');
    expect(feel('{f: function(x) x * 1.1}.f(3)')).toBe(3.3);
  });

  test('numeric built-ins are decimal too', () => {
    expect(feel('product(0.1, 3)')).toBe(0.3);
    expect(feel('mean([0.1, 0.2])')).toBe(0.15);
    expect(feel('median([0.1, 0.2, 0.9, 0.3])')).toBe(0.25);
    expect(feel('median(8, 2, 5, 3, 4)')).toBe(4);
    expect(feel('modulo(12, 5)')).toBe(2);
    expect(feel('modulo(-12, 5)')).toBe(3);
    expect(feel('modulo(12, -5)')).toBe(-3);
    expect(feel('modulo(10.1, 4.5)')).toBe(1.1);
    expect(feel('sum([])')).toBeNull();
    expect(feel('sum([1, "a"])')).toBeNull();
  });
});

describe('Camunda built-ins', () => {
  test('get or else', () => {
    expect(feel('get or else("this", "default")')).toBe('this');
    expect(feel('get or else(null, "default")')).toBe('default');
    expect(feel('get or else(missing, 0)')).toBe(0);
    expect(feel('get or else(null, null)')).toBeNull();
    expect(feel('get or else(value: x, default: 5)', { x: 1 })).toBe(1);
    expect(feel('get or else(false, true)')).toBe(false);
  });

  test('is defined', () => {
    expect(feel('is defined(1)')).toBe(true);
    expect(feel('is defined(null)')).toBe(false);
    expect(feel('is defined(x)')).toBe(false);
    expect(feel('is defined(x.y)', { x: { y: 0 } })).toBe(true);
    expect(feel('is defined(x.z)', { x: { y: 0 } })).toBe(false);
  });

  test('is empty', () => {
    expect(feel('is empty([])')).toBe(true);
    expect(feel('is empty([1, 2, 3])')).toBe(false);
  });

  test('get value with a key and with a key path', () => {
    expect(feel('get value({foo: 123}, "foo")')).toBe(123);
    expect(feel('get value({a: 1}, "b")')).toBeNull();
    expect(feel('get value({x: 1, y: {z: 0}}, ["y", "z"])')).toBe(0);
    expect(feel('get value({x: {y: {z: 0}}}, ["x", "y"])')).toEqual({ z: 0 });
    expect(feel('get value({a: {b: 3}}, ["b"])')).toBeNull();
    expect(feel('get value({a: 1}, [])')).toBeNull();
  });

  test('context put with a key and with a key path', () => {
    expect(feel('context put({x: 1}, "y", 2)')).toEqual({ x: 1, y: 2 });
    expect(feel('context put({x: 1}, "x", 2)')).toEqual({ x: 2 });
    expect(feel('context put({x: 1}, ["y"], 2)')).toEqual({ x: 1, y: 2 });
    expect(feel('context put({x: 1, y: {z: 0}}, ["y", "z"], 2)')).toEqual({ x: 1, y: { z: 2 } });
    expect(feel('context put({x: 1}, ["y", "z"], 2)')).toEqual({ x: 1, y: { z: 2 } });
    expect(feel('context put({x: 1}, [], 2)')).toBeNull();
  });

  test('context merge', () => {
    expect(feel('context merge([{x: 1}, {y: 2}])')).toEqual({ x: 1, y: 2 });
    expect(feel('context merge([{x: 1, y: 0}, {y: 2}])')).toEqual({ x: 1, y: 2 });
  });

  test('string join with delimiter, prefix and suffix', () => {
    expect(feel('string join(["a", "b", "c"])')).toBe('abc');
    expect(feel('string join(["a"], "X")')).toBe('a');
    expect(feel('string join(["a", "b", "c"], ", ")')).toBe('a, b, c');
    expect(feel('string join(["a", "b", "c"], ", ", "[", "]")')).toBe('[a, b, c]');
    expect(feel('string join(["a", null, "c"])')).toBe('ac');
    expect(feel('string join([])')).toBe('');
    expect(feel('string join(["a", 1])')).toBeNull();
  });

  test('numeric rounding', () => {
    expect(feel('decimal(1/3, 2)')).toBe(0.33);
    expect(feel('decimal(1.5, 0)')).toBe(2);
    expect(feel('decimal(2.5, 0)')).toBe(2);
    expect(feel('decimal(2.5, 0, "half_up")')).toBe(3);
    expect(feel('decimal(1.005, 2, "HALF_UP")')).toBe(1.01);
    expect(feel('decimal(1234.5, -2)')).toBe(1200);
    expect(feel('round half up(5.5)')).toBe(6);
    expect(feel('round half up(-5.5)')).toBe(-6);
    expect(feel('round half up(1.121, 2)')).toBe(1.12);
    expect(feel('round half up(-1.126, 2)')).toBe(-1.13);
    expect(feel('round half up(1.005, 2)')).toBe(1.01);
    expect(feel('round half up(2.675, 2)')).toBe(2.68);
    expect(feel('round half down(5.5)')).toBe(5);
    expect(feel('round half down(-1.126, 2)')).toBe(-1.13);
    expect(feel('round up(1.121, 2)')).toBe(1.13);
    expect(feel('round up(-5.5)')).toBe(-6);
    expect(feel('round down(-1.126, 2)')).toBe(-1.12);
    expect(feel('floor(-1.56, 1)')).toBe(-1.6);
    expect(feel('floor(1.5)')).toBe(1);
    expect(feel('ceiling(-1.56, 1)')).toBe(-1.5);
    expect(feel('ceiling(1.5)')).toBe(2);
  });

  test('list functions', () => {
    expect(feel('sum(1, 2, 3)')).toBe(6);
    expect(feel('count([1, 2, 3])')).toBe(3);
    expect(feel('min([3, 1, 2])')).toBe(1);
    expect(feel('max(3, 1, 2)')).toBe(3);
    expect(feel('list contains([1, 2, 3], 2)')).toBe(true);
    expect(feel('list contains([1, 2, 3], 4)')).toBe(false);
    expect(feel('append([1], 2, 3)')).toEqual([1, 2, 3]);
    expect(feel('distinct values([1, 2, 3, 2, 1])')).toEqual([1, 2, 3]);
    expect(feel('flatten([[1, 2], [[3]], 4])')).toEqual([1, 2, 3, 4]);
    expect(feel('index of([1, 2, 3, 2], 2)')).toEqual([2, 4]);
    expect(feel('sort([3, 1, 4, 5, 2], function(x, y) x < y)')).toEqual([1, 2, 3, 4, 5]);
    expect(feel('sort(list: [{n: 2}, {n: 1}], precedes: function(x, y) x.n < y.n)')).toEqual([{ n: 1 }, { n: 2 }]);
  });

  test('string functions', () => {
    expect(feel('upper case("aBc4")')).toBe('ABC4');
    expect(feel('lower case("aBc4")')).toBe('abc4');
    expect(feel('contains("foobar", "of")')).toBe(false);
    expect(feel('contains("foobar", "ob")')).toBe(true);
    expect(feel('starts with("foobar", "fo")')).toBe(true);
    expect(feel('substring("foobar", 3)')).toBe('obar');
    expect(feel('substring("foobar", 3, 3)')).toBe('oba');
    expect(feel('substring("foobar", -3, 2)')).toBe('ba');
    expect(feel('string length("foo")')).toBe(3);
  });

  test('conversion functions', () => {
    expect(feel('number("1500.5")')).toBe(1500.5);
    expect(feel('number("1,500", ",")')).toBe(1500);
    expect(feel('number("1 500,5", " ", ",")')).toBe(1500.5);
    expect(feel('number("abc")')).toBeNull();
    expect(feel('string(1.1)')).toBe('1.1');
    expect(feel('string(date("2012-12-25"))')).toBe('2012-12-25');
    expect(feel('string(true)')).toBe('true');
  });
});

describe('temporal values', () => {
  test('now() and today() use the injected clock', () => {
    expect(feel('now()')).toBe('2025-03-01T10:15:30.25Z');
    expect(feel('today()')).toBe('2025-03-01');
    expect(evaluateFeel('now()', {}, { now: new Date('2030-12-31T23:59:59Z') })).toBe('2030-12-31T23:59:59Z');
    expect(feel('now() + duration("PT1H")')).toBe('2025-03-01T11:15:30.25Z');
    expect(feel('today() - duration("P1D")')).toBe('2025-02-28');
    expect(feel('now() > date and time("2025-03-01T10:00:00Z")')).toBe(true);
    expect(feel('now().year')).toBe(2025);
  });

  test('now() defaults to the system clock', () => {
    const before = Date.now();
    const now = Date.parse(evaluateFeel('now()', {}) as string);
    expect(now).toBeGreaterThanOrEqual(before - 1000);
    expect(now).toBeLessThanOrEqual(Date.now() + 1000);
  });

  test('dates and date-times become ISO 8601 strings as Zeebe writes them', () => {
    expect(feel('date("2025-03-01")')).toBe('2025-03-01');
    expect(feel('@"2025-03-01"')).toBe('2025-03-01');
    expect(feel('date and time("2025-03-01T10:00:00Z")')).toBe('2025-03-01T10:00:00Z');
    expect(feel('date and time("2025-03-01T10:00:00+01:00")')).toBe('2025-03-01T10:00:00+01:00');
    expect(feel('date and time("2025-03-01T10:00:00")')).toBe('2025-03-01T10:00:00');
    // a named zone is written as its offset (ISO_OFFSET_DATE_TIME), summer and winter time
    expect(feel('date and time("2025-07-01T10:00:00@Europe/Berlin")')).toBe('2025-07-01T10:00:00+02:00');
    expect(feel('date and time("2025-01-01T10:00:00@Europe/Berlin")')).toBe('2025-01-01T10:00:00+01:00');
    expect(feel('date and time("2018-04-29T09:30:00+02:00[Europe/Berlin]")')).toBe('2018-04-29T09:30:00+02:00');
    expect(feel('date and time("2018-04-29T09:30:00+02:00[Europe/Berlin]").timezone')).toBe('Europe/Berlin');
    expect(feel('date and time(date("2012-12-24"), time("23:59:00"))')).toBe('2012-12-24T23:59:00');
    expect(feel('date and time(@"2020-07-31T14:27:30@Europe/Berlin", "America/Los_Angeles")')).toBe('2020-07-31T05:27:30-07:00');
    expect(feel('date and time(@"2020-07-31T14:27:30", "Z")')).toBe('2020-07-31T14:27:30Z');
    expect(feel('date("2025-03-01") + duration("P1D")')).toBe('2025-03-02');
    expect(feel('{due: date("2025-03-01")}')).toEqual({ due: '2025-03-01' });
  });

  test('times', () => {
    expect(feel('time("10:00:00")')).toBe('10:00');
    expect(feel('time("10:00:30")')).toBe('10:00:30');
    expect(feel('time("10:00:30.5")')).toBe('10:00:30.500');
    expect(feel('time("10:00:00+01:00")')).toBe('10:00:00+01:00');
  });

  test('durations', () => {
    expect(feel('duration("PT5M")')).toBe('PT5M');
    expect(feel('duration("P1D")')).toBe('P1D');
    expect(feel('duration("PT36H")')).toBe('P1DT12H');
    expect(feel('duration("-PT90M")')).toBe('-PT1H30M');
    expect(feel('duration("PT0S")')).toBe('P0D');
    expect(feel('duration("P14M")')).toBe('P1Y2M');
    expect(feel('duration("P0Y")')).toBe('P0Y');
    expect(feel('duration("PT1H") * 2')).toBe('PT2H');
    expect(feel('3 * duration("PT1M")')).toBe('PT3M');
    expect(feel('duration("PT1M") * retries', { retries: 2.5 })).toBe('PT2M30S');
    expect(feel('duration("P1D") / 4')).toBe('PT6H');
    expect(feel('duration("P1Y") * 2')).toBe('P2Y');
    expect(feel('duration("-PT1H") * 2')).toBe('-PT2H');
    expect(feel('duration("PT1H") / duration("PT15M")')).toBe(4);
    expect(feel('duration("PT1H") / 0')).toBeNull();
    expect(feel('date and time("2025-03-01T10:00:00Z") - date and time("2025-03-01T09:55:00Z")')).toBe('PT5M');
    expect(feel('years and months duration(date("2011-12-22"), date("2013-08-24"))')).toBe('P1Y8M');
  });
});
