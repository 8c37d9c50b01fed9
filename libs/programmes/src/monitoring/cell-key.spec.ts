import fc from 'fast-check';
import { addKeys, CELL_KEY_METHOD, cellDraws, hash32, MAX_ERROR, mix32, publishedCount, ROUNDING_BASE, roundCount, SHIFT_PROBABILITY, signUpKey } from './cell-key.js';

/** Every rounding slot and every shift outcome once, with their weights: exact expectations without sampling. */
const ROUNDING_SLOTS = [0, 1, 2, 3, 4].map((j) => (j + 0.5) / 5);
const SHIFTS = [
  { shift: SHIFT_PROBABILITY / 4, weight: SHIFT_PROBABILITY / 2 },
  { shift: 0.5, weight: 1 - SHIFT_PROBABILITY },
  { shift: 1 - SHIFT_PROBABILITY / 4, weight: SHIFT_PROBABILITY / 2 },
];
const everyDraw = ROUNDING_SLOTS.flatMap((rounding) => SHIFTS.map(({ shift, weight }) => ({ draws: { rounding, shift }, weight: weight / ROUNDING_SLOTS.length })));

describe('rounding a count', () => {
  it.each(Array.from({ length: 41 }, (_v, n) => n))('rounds %i to an adjacent multiple of 5, unbiased over the slots', (n) => {
    const shown = ROUNDING_SLOTS.map((d) => roundCount(n, d));
    for (const p of shown) {
      expect(p % ROUNDING_BASE).toBe(0);
      expect(Math.abs(p - n)).toBeLessThan(ROUNDING_BASE);
    }
    expect(shown.reduce((s, p) => s + p, 0) / shown.length).toBe(n);
    if (n % ROUNDING_BASE === 0) expect(new Set(shown)).toEqual(new Set([n]));
  });

  it('refuses what is not a count of youths', () => {
    expect(() => roundCount(-1, 0.3)).toThrow(RangeError);
    expect(() => roundCount(2.5, 0.3)).toThrow(RangeError);
  });
});

describe('the published figure', () => {
  it('shows nobody as 0, and anybody as a multiple of 5 within the largest error, 19 in 20 within 4', () => {
    for (let n = 0; n <= 60; n++) {
      let within = 0;
      for (const { draws, weight } of everyDraw) {
        const p = publishedCount(n, draws, false);
        if (n === 0) expect(p).toBe(0);
        expect(p % ROUNDING_BASE).toBe(0);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(Math.abs(p - n)).toBeLessThanOrEqual(MAX_ERROR);
        if (Math.abs(p - n) < ROUNDING_BASE) within += weight;
      }
      expect(within).toBeGreaterThanOrEqual(1 - SHIFT_PROBABILITY - 1e-9);
    }
    expect(MAX_ERROR).toBe(9);
  });

  it('is unbiased from 5 up (below, a figure is not moved under 0)', () => {
    for (let n = 5; n <= 60; n++) {
      const mean = everyDraw.reduce((s, { draws, weight }) => s + weight * publishedCount(n, draws, false), 0);
      expect(mean).toBeCloseTo(n, 9);
    }
  });

  it('never shows a count of 1 to 4 as itself', () => {
    for (let n = 1; n < 5; n++) for (const { draws } of everyDraw) expect(publishedCount(n, draws, false)).not.toBe(n);
  });

  it('never moves a cell that one organisation holds entirely down by the largest error', () => {
    for (let n = 1; n <= 60; n++) {
      for (const { draws } of everyDraw) {
        const held = publishedCount(n, draws, true);
        expect(n - held).toBeLessThan(MAX_ERROR);
        expect(Math.abs(held - n)).toBeLessThanOrEqual(MAX_ERROR);
        // Everything else as without the guard.
        if (n - publishedCount(n, draws, false) !== MAX_ERROR) expect(held).toBe(publishedCount(n, draws, false));
      }
    }
    // Without the shift the edge is one base lower, and the guard keeps to it there too.
    const roundingOnly = { shiftProbability: 0, guard: true };
    for (let n = 1; n <= 30; n++) for (const rounding of ROUNDING_SLOTS) expect(n - publishedCount(n, { rounding, shift: 0.5 }, true, roundingOnly)).toBeLessThan(ROUNDING_BASE - 1);
  });
});

describe('cell keys and draws', () => {
  it('sum keys modulo 2^32 and spread every key over the draws', () => {
    expect(addKeys(0xffffffff, 2)).toBe(1);
    const slots = [0, 0, 0, 0, 0];
    const shifted = { down: 0, up: 0 };
    const n = 50_000;
    for (let k = 0; k < n; k++) {
      // Consecutive sums, as sets of youths that differ by one youth would give.
      const d = cellDraws(addKeys(Math.imul(k, 2654435761) >>> 0, 12345), null);
      const slot = Math.floor(d.rounding * 5); // 0 to 4: rounding is in [0, 1)
      slots[slot]! += 1;
      if (d.shift < SHIFT_PROBABILITY / 2) shifted.down += 1;
      if (d.shift >= 1 - SHIFT_PROBABILITY / 2) shifted.up += 1;
    }
    for (const s of slots) expect(Math.abs(s / n - 0.2)).toBeLessThan(0.01);
    expect(Math.abs(shifted.down / n - SHIFT_PROBABILITY / 2)).toBeLessThan(0.005);
    expect(Math.abs(shifted.up / n - SHIFT_PROBABILITY / 2)).toBeLessThan(0.005);
  });

  it('gives the same draws for the same key, and other draws to each measure of the sign-up family', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (key) => {
        expect(cellDraws(key, null)).toEqual(cellDraws(key, null));
        expect(cellDraws(key, 'priority')).toEqual(cellDraws(key, 'priority'));
        expect(cellDraws(key, 'priority').rounding).not.toBe(cellDraws(key, 'signedUp').rounding);
      }),
    );
    expect(mix32(hash32('priority'))).not.toBe(mix32(hash32('signedUp')));
  });

  it("changes a youth's sign-up key with every save of its sealed record and with priority", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.nat(1000), (key, version) => {
        const keys = [signUpKey(key, version, false), signUpKey(key, version, true), signUpKey(key, version + 1, false), signUpKey(key, version + 1, true)];
        expect(new Set(keys).size).toBe(4);
        for (const k of keys) expect(k).toBe(k >>> 0);
      }),
    );
    expect(CELL_KEY_METHOD).toEqual({ shiftProbability: SHIFT_PROBABILITY, guard: true });
  });
});
