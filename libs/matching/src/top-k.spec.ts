import fc from 'fast-check';
import { highestFirst, topK, topKByCeiling } from './top-k.js';

describe('topK', () => {
  const byValueThenId = (a: { v: number; id: number }, b: { v: number; id: number }) => b.v - a.v || a.id - b.id;

  it('equals sorting everything and taking the first k', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 300 }), fc.integer({ min: 0, max: 60 }), (values, k) => {
        const items = values.map((v, id) => ({ v, id }));
        expect(topK(items, k, byValueThenId)).toEqual([...items].sort(byValueThenId).slice(0, k));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the earlier of equal items when the order cannot tell them apart', () => {
    const items = [{ v: 1, tag: 'a' }, { v: 2, tag: 'b' }, { v: 2, tag: 'c' }, { v: 1, tag: 'd' }];
    expect(topK(items, 2, (a, b) => b.v - a.v).map((i) => i.tag)).toEqual(['b', 'c']);
  });
});

describe('topKByCeiling', () => {
  const better = (a: { v: number; id: number }, b: { v: number; id: number }) => b.v - a.v || a.id - b.id;

  it('finds the same k as evaluating everything, whenever the ceiling holds, while visiting fewer', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ v: fc.integer({ min: 0, max: 100 }), slack: fc.integer({ min: 0, max: 30 }), ok: fc.boolean() }), { maxLength: 300 }),
        fc.integer({ min: 0, max: 20 }),
        (raw, k) => {
          const items = raw.map((r, id) => ({ ...r, id }));
          let visited = 0;
          const got = topKByCeiling(
            items,
            k,
            (c) => c.v + c.slack,
            (c) => (visited++, c.ok ? { v: c.v, id: c.id } : undefined),
            (r) => r.v,
            better,
          );
          const all = items.filter((c) => c.ok).map((c) => ({ v: c.v, id: c.id }));
          expect(got).toEqual(all.sort(better).slice(0, k));
          expect(visited).toBeLessThanOrEqual(items.length);
          // Without k: every qualifying candidate, in order.
          expect(topKByCeiling(items, undefined, (c) => c.v + c.slack, (c) => (c.ok ? { v: c.v, id: c.id } : undefined), (r) => r.v, better)).toEqual(all);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('highestFirst', () => {
  const stableOrder = (values: number[]) => values.map((v, i) => ({ v, i })).sort((a, b) => b.v - a.v || a.i - b.i).map((x) => x.i);

  it('orders whole ceilings by counting exactly as a stable sort from the highest down', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1024 }), { maxLength: 400 }), (values) => {
        expect([...highestFirst(values)]).toEqual(stableOrder(values));
      }),
      { numRuns: 500 },
    );
  });

  it('falls back to sorting for fractions, negatives and values beyond the buckets', () => {
    for (const odd of [2.5, -1, 5000]) {
      const values = [3, odd, 7, 3, 0];
      expect([...highestFirst(values)]).toEqual(stableOrder(values));
    }
  });
});

describe('topKByCeiling pruning', () => {
  const better = (a: { v: number; id: number }, b: { v: number; id: number }) => b.v - a.v || a.id - b.id;

  it('evaluates exactly k candidates when each ceiling is its exact score and all differ', () => {
    const items = Array.from({ length: 100 }, (_, id) => ({ v: (id * 37) % 100, id }));
    let visited = 0;
    const got = topKByCeiling(items, 3, (c) => c.v, (c) => (visited++, c), (r) => r.v, better);
    expect(got.map((r) => r.v)).toEqual([99, 98, 97]);
    expect(visited).toBe(3);
  });

  it('never evaluates a candidate whose ceiling is below the k-th score found', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ v: fc.integer({ min: 0, max: 100 }), slack: fc.integer({ min: 0, max: 30 }), ok: fc.boolean() }), { maxLength: 300 }),
        fc.integer({ min: 1, max: 20 }),
        (raw, k) => {
          const items = raw.map((r, id) => ({ ...r, id }));
          const ceilings: number[] = [];
          const got = topKByCeiling(items, k, (c) => c.v + c.slack, (c) => (ceilings.push(c.v + c.slack), c.ok ? { v: c.v, id: c.id } : undefined), (r) => r.v, better);
          if (got.length < k) return;
          const kth = got[k - 1]!.v;
          for (const c of ceilings) expect(c).toBeGreaterThanOrEqual(kth);
        },
      ),
      { numRuns: 500 },
    );
  });
});
