import fc from 'fast-check';
import { type AllocationInstance, allocate, checkAllocation, drawLottery, priorityMatched, rankKey } from './deferred-acceptance.js';

interface Plain {
  priority: number[];
  choices: { v: number; score: number; feasible: boolean }[][];
  places: number[];
}

function instance(p: Plain): AllocationInstance {
  const choiceStart = new Int32Array(p.choices.length + 1);
  p.choices.forEach((cs, y) => (choiceStart[y + 1] = choiceStart[y]! + cs.length));
  const flat = p.choices.flat();
  return {
    youths: p.choices.length,
    priority: Uint8Array.from(p.priority),
    choiceStart,
    choices: Int32Array.from(flat.map((c) => c.v)),
    scores: Uint8Array.from(flat.map((c) => c.score)),
    feasible: Uint8Array.from(flat.map((c) => (c.feasible ? 1 : 0))),
    places: Int32Array.from(p.places),
  };
}

/** A deliberately plain deferred acceptance (lists and sorts) to compare the fast one against. */
function reference(p: Plain, lottery: Uint32Array, useTier = true): number[] {
  const held: number[][] = p.places.map(() => []);
  const next = p.choices.map(() => 0);
  const keyOf = (y: number, v: number) => rankKey(p.priority[y]!, p.choices[y]!.find((c) => c.v === v)!.score, lottery[y]!, useTier);
  const free = p.choices.map((_, y) => y);
  while (free.length) {
    const y = free.shift()!;
    while (next[y]! < p.choices[y]!.length) {
      const c = p.choices[y]![next[y]!]!;
      next[y]!++;
      if (!c.feasible || p.places[c.v]! <= 0) continue;
      held[c.v]!.push(y);
      held[c.v]!.sort((a, b) => keyOf(a, c.v) - keyOf(b, c.v) || a - b);
      if (held[c.v]!.length > p.places[c.v]!) {
        const out = held[c.v]!.pop()!;
        if (out === y) continue;
        free.push(out);
      }
      break;
    }
  }
  const match = p.choices.map(() => -1);
  held.forEach((ys, v) => ys.forEach((y) => (match[y] = v)));
  return match;
}

const plainArbOf = (maxPlaces: number): fc.Arbitrary<Plain> => fc
  .record({ vacancies: fc.integer({ min: 1, max: 12 }), youths: fc.integer({ min: 0, max: 60 }) })
  .chain(({ vacancies, youths }) =>
    fc.record({
      places: fc.array(fc.integer({ min: 0, max: maxPlaces }), { minLength: vacancies, maxLength: vacancies }),
      priority: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: youths, maxLength: youths }),
      choices: fc.array(
        fc.uniqueArray(fc.integer({ min: 0, max: vacancies - 1 }), { maxLength: 5 }).chain((vs) =>
          fc.tuple(...vs.map((v) => fc.record({ v: fc.constant(v), score: fc.integer({ min: 0, max: 100 }), feasible: fc.integer({ min: 0, max: 6 }).map((n) => n > 0) }))),
        ),
        { minLength: youths, maxLength: youths },
      ),
    }),
  );
const plainArb = plainArbOf(3);

/** Youth i's choices, each feasible, as [vacancy, score] pairs. */
const feasibleChoices = (...cs: [number, number][][]): Plain['choices'] => cs.map((ys) => ys.map(([v, score]) => ({ v, score, feasible: true })));
const NOTHING_WRONG = { overCapacity: [], outsideChoices: [], infeasible: [], blockingPairs: [] };

describe('deferred acceptance', () => {
  it('is stable, within places, within feasible choices, and equal to a plain implementation, on random instances', () => {
    fc.assert(
      fc.property(plainArb, fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.boolean(), (p, seed, useTier) => {
        const inst = instance(p);
        const result = allocate(inst, seed, { useTier });
        expect(checkAllocation(inst, result, useTier)).toEqual({ overCapacity: [], outsideChoices: [], infeasible: [], blockingPairs: [] });
        expect(Array.from(result.matchOf)).toEqual(reference(p, result.lottery, useTier));
      }),
      // With strict rankings the youth-optimal stable matching is unique: thousands of instances, one answer each.
      { numRuns: 3000 },
    );
  });

  it('keeps the heap of a vacancy with many places in order: equal to the plain implementation', () => {
    fc.assert(
      fc.property(plainArbOf(9), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (p, seed) => {
        const inst = instance(p);
        const result = allocate(inst, seed);
        expect(checkAllocation(inst, result)).toEqual(NOTHING_WRONG);
        expect(Array.from(result.matchOf)).toEqual(reference(p, result.lottery));
      }),
      { numRuns: 300 },
    );
  });

  it('draws the lottery with mulberry32, so a recorded seed gives the same numbers in every version', () => {
    expect(drawLottery(3, 1)[0]! / 2 ** 32).toBe(0.6270739405881613);
    expect(Array.from(drawLottery(3, 1))).toEqual([2693262067, 11749833, 2265367787]);
    expect(Array.from(drawLottery(3, 2026))).toEqual([1955961175, 1324980858, 2839649622]);
    expect(drawLottery(0, 1)).toHaveLength(0);
  });

  it('breaks a tie of equal keys by the youth index, whoever proposes last', () => {
    // Youth 0 is pushed out of vacancy 1 by youth 2 and only then proposes to vacancy 0, held by
    // youth 1 with the same priority, score and lottery number: the lower index wins.
    const p: Plain = { places: [1, 1], priority: [0, 0, 0], choices: feasibleChoices([[1, 50], [0, 60]], [[0, 60]], [[1, 90]]) };
    const inst = instance(p);
    const same = Uint32Array.from([7, 7, 7]);
    const result = allocate(inst, 0, { lottery: same });
    expect(Array.from(result.matchOf)).toEqual([0, -1, 1]);
    expect(result.lottery).toBe(same);
    expect(result.proposals).toBe(4);
    expect(checkAllocation(inst, result)).toEqual(NOTHING_WRONG);
    // With the tie the other way round, youth 1 would block: the checker breaks ties by index too.
    expect(checkAllocation(inst, { ...result, matchOf: Int32Array.from([-1, 0, 1]) }).blockingPairs).toEqual([[0, 0]]);
  });

  it('counts the proposals made, not the choices skipped as infeasible or without places', () => {
    const p: Plain = {
      places: [0, 1, 1],
      priority: [0, 0],
      choices: [[{ v: 0, score: 90, feasible: true }, { v: 1, score: 90, feasible: false }, { v: 2, score: 40, feasible: true }], [{ v: 1, score: 10, feasible: true }]],
    };
    const result = allocate(instance(p), 5);
    expect(Array.from(result.matchOf)).toEqual([2, 1]);
    expect(result.proposals).toBe(2);
    // Youth 1 pushes youth 0 out of vacancy 2, and youth 0 proposes again: three proposals.
    const pushed = allocate(instance({ places: [0, 1, 1], priority: [0, 0], choices: feasibleChoices([[2, 40], [1, 10]], [[2, 80]]) }), 5);
    expect(Array.from(pushed.matchOf)).toEqual([1, 2]);
    expect(pushed.proposals).toBe(3);
  });

  it("checks against the vacancies' rankings with the tier by default", () => {
    const p: Plain = { places: [1], priority: [0, 1], choices: feasibleChoices([[0, 90]], [[0, 60]]) };
    const inst = instance(p);
    const withTier = allocate(inst, 7);
    expect(Array.from(withTier.matchOf)).toEqual([-1, 0]);
    expect(checkAllocation(inst, withTier)).toEqual(NOTHING_WRONG);
    expect(checkAllocation(inst, withTier, false).blockingPairs).toEqual([[0, 0]]);
  });

  it('catches a youth left out while a wished vacancy has room, one outside their choices, and one on an infeasible choice', () => {
    const p: Plain = {
      places: [2, 1],
      priority: [0, 0],
      choices: [[{ v: 0, score: 70, feasible: true }], [{ v: 1, score: 70, feasible: false }]],
    };
    const inst = instance(p);
    const result = allocate(inst, 1);
    expect(Array.from(result.matchOf)).toEqual([0, -1]);
    expect(checkAllocation(inst, { ...result, matchOf: Int32Array.from([-1, -1]) }).blockingPairs).toEqual([[0, 0]]);
    // Vacancy 1 is youth 1's choice, not youth 0's.
    expect(checkAllocation(inst, { ...result, matchOf: Int32Array.from([1, -1]) })).toMatchObject({ outsideChoices: [0], infeasible: [] });
    expect(checkAllocation(inst, { ...result, matchOf: Int32Array.from([0, 1]) })).toMatchObject({ outsideChoices: [], infeasible: [1], blockingPairs: [] });
  });

  it("weighs a blocking pair against the vacancy's worst accepted youth, wherever that youth is in the list", () => {
    // Vacancy 0 holds youths 0 (90), 1 (40) and 2 (80); youth 3 (60) wishes it above vacancy 1.
    const p: Plain = { places: [3, 1], priority: [0, 0, 0, 0], choices: feasibleChoices([[0, 90]], [[0, 40]], [[0, 80]], [[0, 60], [1, 50]]) };
    const inst = instance(p);
    const held = { matchOf: Int32Array.from([0, 0, 0, 1]), lottery: Uint32Array.from([1, 2, 3, 4]), proposals: 0 };
    expect(checkAllocation(inst, held).blockingPairs).toEqual([[3, 0]]);
    // Youth 3 worse than all three: no blocking pair.
    const weaker = instance({ ...p, choices: feasibleChoices([[0, 90]], [[0, 40]], [[0, 80]], [[0, 30], [1, 50]]) });
    expect(checkAllocation(weaker, held)).toEqual(NOTHING_WRONG);
  });

  it('gives the same result for the same seed, and draws the lottery from the seed alone', () => {
    fc.assert(
      fc.property(plainArb, fc.integer({ min: 0, max: 2 ** 31 - 1 }), (p, seed) => {
        const inst = instance(p);
        expect(Array.from(allocate(inst, seed).matchOf)).toEqual(Array.from(allocate(inst, seed).matchOf));
        expect(Array.from(drawLottery(p.choices.length, seed))).toEqual(Array.from(allocate(inst, seed).lottery));
      }),
      { numRuns: 100 },
    );
    expect(Array.from(drawLottery(5, 1))).not.toEqual(Array.from(drawLottery(5, 2)));
  });

  it('ranks by priority tier first, then score, then lottery', () => {
    // One place; three youths want it: a priority youth with a lower score wins with the tier, loses without it.
    const p: Plain = {
      places: [1],
      priority: [0, 1, 0],
      choices: [[{ v: 0, score: 90, feasible: true }], [{ v: 0, score: 60, feasible: true }], [{ v: 0, score: 90, feasible: true }]],
    };
    const inst = instance(p);
    expect(Array.from(allocate(inst, 7).matchOf)).toEqual([-1, 0, -1]);
    const withoutTier = allocate(inst, 7, { useTier: false });
    expect(withoutTier.matchOf[1]).toBe(-1);
    // Equal scores without the tier: the lottery decides between youth 0 and youth 2.
    const lotteryWinner = withoutTier.lottery[0]! < withoutTier.lottery[2]! ? 0 : 2;
    expect(withoutTier.matchOf[lotteryWinner]).toBe(0);
    expect(priorityMatched(inst, allocate(inst, 7))).toBe(1);
    expect(priorityMatched(inst, withoutTier)).toBe(0);
  });

  it('never places a youth on a choice that fails a hard filter, even when it has room', () => {
    const p: Plain = { places: [2, 1], priority: [0], choices: [[{ v: 0, score: 99, feasible: false }, { v: 1, score: 10, feasible: true }]] };
    expect(Array.from(allocate(instance(p), 1).matchOf)).toEqual([1]);
  });

  it('catches a result that is not stable or over capacity: the checker is not blind', () => {
    const p: Plain = {
      places: [1, 1],
      priority: [0, 0],
      choices: [[{ v: 0, score: 80, feasible: true }, { v: 1, score: 80, feasible: true }], [{ v: 0, score: 50, feasible: true }]],
    };
    const inst = instance(p);
    const good = allocate(inst, 3);
    expect(Array.from(good.matchOf)).toEqual([0, -1]);
    const swapped = { ...good, matchOf: Int32Array.from([1, 0]) };
    expect(checkAllocation(inst, swapped).blockingPairs).toEqual([[0, 0]]);
    const crowded = { ...good, matchOf: Int32Array.from([0, 0]) };
    expect(checkAllocation(inst, crowded).overCapacity).toEqual([0]);
  });
});
