import fc from 'fast-check';
import { decimalPlaces, fieldsWithNul, isCalendarDate, isDateTime, tooDeep } from './input-rules.js';

describe('decimal places, however the number prints', () => {
  it.each([
    [0, 0],
    [12, 0],
    [12.5, 1],
    [-0.25, 2],
    [8.005, 3],
    [1e-7, 7],
    [-1e-7, 7],
    [1.5e-7, 8],
    [1.25e-5, 7],
    [5e-324, 324],
    [1e21, 0],
    [1.5e21, 0],
    [1.5e300, 0],
    [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY],
    [Number.NaN, Number.POSITIVE_INFINITY],
  ])('%p has %p', (n, places) => {
    expect(decimalPlaces(n)).toBe(places);
  });

  it('is the fewest decimals that write the number exactly', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e20, max: 1e20, noNaN: true }), (x) => {
        const d = decimalPlaces(x);
        fc.pre(d <= 100);
        expect(Number(x.toFixed(d)) === x).toBe(true);
        if (d > 0) expect(Number(x.toFixed(d - 1)) === x).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('calendar dates', () => {
  it.each([
    ['2027-07-05', true],
    ['2028-02-29', true],
    ['2000-02-29', true],
    ['0001-01-01', true],
    ['9999-12-31', true],
    ['2027-02-29', false],
    ['1900-02-29', false],
    ['2027-02-30', false],
    ['2027-04-31', false],
    ['2027-13-01', false],
    ['2027-00-10', false],
    ['2027-01-00', false],
    ['0000-01-01', false],
    ['2027-7-5', false],
    ['2027-07-05T00:00:00Z', false],
    [' 2027-07-05', false],
    ['20270705', false],
  ])('%p is %p', (s, ok) => {
    expect(isCalendarDate(s)).toBe(ok);
  });

  it('is not fooled by what is not text', () => {
    expect(isCalendarDate(20270705)).toBe(false);
    expect(isCalendarDate(null)).toBe(false);
    expect(isCalendarDate(new Date('2027-07-05'))).toBe(false);
  });

  it('agrees with the calendar on every YYYY-MM-DD', () => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const s = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        const t = new Date(`${s}T00:00:00Z`);
        const real = !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === s;
        expect(isCalendarDate(s)).toBe(real);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('date-times', () => {
  it.each([
    ['2027-07-05T10:00:00Z', true],
    ['2027-07-05T10:00:00+02:00', true],
    ['2027-07-05T10:00:00.123456-05:30', true],
    ['2027-07-05T23:59:59+14:00', true],
    ['2028-02-29T00:00:00Z', true],
    ['2027-02-30T10:00:00Z', false],
    ['2027-07-05T24:00:00Z', false],
    ['2027-07-05T10:60:00Z', false],
    ['2027-07-05T10:00:60Z', false],
    ['2027-07-05T10:00:00', false],
    ['2027-07-05T10:00Z', false],
    ['2027-07-05', false],
    ['2027-07-05t10:00:00z', false],
    ['2027-07-05 10:00:00Z', false],
    ['2027-07-05T10:00:00+14:30', false],
    ['2027-07-05T10:00:00+23:59', false],
    ['2027-W01-1', false],
    ['2027-001', false],
    ['20270705T1000Z', false],
    ['0000-01-01T00:00:00Z', false],
  ])('%p is %p', (s, ok) => {
    expect(isDateTime(s)).toBe(ok);
  });

  it('takes every moment written with its offset, and Date reads it as that moment', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0100-01-01T00:00:00Z'), max: new Date('9998-12-31T23:59:59Z'), noInvalidDate: true }), fc.integer({ min: -14 * 60, max: 14 * 60 }), (d, offset) => {
        const local = new Date(d.getTime() + offset * 60_000).toISOString().slice(0, 19);
        const sign = offset < 0 ? '-' : '+';
        const abs = Math.abs(offset);
        const s = `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
        expect(isDateTime(s)).toBe(true);
        expect(new Date(s).getTime()).toBe(Math.floor(d.getTime() / 1000) * 1000);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('fields holding a NUL character', () => {
  it('names each, by path, in text, in array items and in field names', () => {
    const body = {
      name: 'A\u0000B',
      fine: 'AB',
      vog: { basis: '\u0000', functionAspects: [21] },
      languages: ['nl', 'e\u0000n'],
      availability: [{ from: '2027-07-05' }, { to: '\u0000' }],
      'x\u0000y': 'z',
      n: 1,
      nothing: null,
    };
    expect(fieldsWithNul(body)).toEqual(['name', 'vog.basis', 'languages[1]', 'availability[1].to', 'x\u0000y']);
  });

  it('starts from the parameter name for a query or path value', () => {
    expect(fieldsWithNul('a\u0000', 'id')).toEqual(['id']);
    expect(fieldsWithNul({ from: '\u0000' }, '')).toEqual(['from']);
    expect(fieldsWithNul(['\u0000'], 'skill')).toEqual(['skill[0]']);
    expect(fieldsWithNul('plain', 'id')).toEqual([]);
    expect(fieldsWithNul(undefined, 'id')).toEqual([]);
  });

  it('walks a value nested far deeper than the stack would take', () => {
    let v: unknown = '\u0000';
    for (let i = 0; i < 200_000; i++) v = [v];
    expect(fieldsWithNul(v)).toHaveLength(1);
  });
});

describe('depth of a JSON value', () => {
  const nest = (levels: number, leaf: unknown = 1): unknown => {
    let v = leaf;
    for (let i = 0; i < levels; i++) v = i % 2 ? [v] : { a: v };
    return v;
  };

  it('allows as deep as the limit and no deeper', () => {
    expect(tooDeep(nest(32), 32)).toBeUndefined();
    expect(tooDeep(nest(33), 32)).toEqual({ field: expect.any(String) });
    expect(tooDeep({ a: 1, b: [1, 2, { c: 3 }] }, 3)).toBeUndefined();
    expect(tooDeep({ a: 1, b: [1, 2, { c: [] }] }, 3)).toEqual({ field: 'b' });
    expect(tooDeep('text', 0)).toBeUndefined();
    expect(tooDeep(null, 1)).toBeUndefined();
  });

  it('names the top-level field it happens under, or none when the body is itself an array', () => {
    expect(tooDeep({ ok: [[1]], email: nest(40) }, 32)).toEqual({ field: 'email' });
    expect(tooDeep([[[[1]]]], 3)).toEqual({ field: '' });
  });

  it('stops at the first place that is too deep, without recursion, however deep the value', () => {
    let v: unknown = 1;
    for (let i = 0; i < 500_000; i++) v = [v];
    const started = performance.now();
    expect(tooDeep({ body: v }, 32)).toEqual({ field: 'body' });
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
