import fc from 'fast-check';
import { topK } from './top-k.js';

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
