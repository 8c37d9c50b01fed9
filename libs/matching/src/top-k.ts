/**
 * The k best items seen so far under `better` (a comparator: negative when a ranks before b),
 * in order: a sorted buffer of at most k, where most items lose against the current k-th and
 * cost one comparison.
 */
export class BestK<T> {
  readonly items: T[] = [];

  constructor(
    private readonly k: number,
    private readonly better: (a: T, b: T) => number,
  ) {}

  get full(): boolean {
    return this.items.length >= this.k;
  }

  /** The k-th best so far, once there are k. */
  get last(): T | undefined {
    return this.full ? this.items[this.k - 1] : undefined;
  }

  add(item: T): void {
    if (this.k <= 0) return;
    const { items, better } = this;
    if (items.length === this.k && better(item, items[this.k - 1]!) >= 0) return;
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (better(item, items[mid]!) < 0) hi = mid;
      else lo = mid + 1;
    }
    items.splice(lo, 0, item);
    if (items.length > this.k) items.pop();
  }
}

/** The k best items, in order; equal to `[...items].sort(better).slice(0, k)` for a total order. */
export function topK<T>(items: Iterable<T>, k: number, better: (a: T, b: T) => number): T[] {
  const best = new BestK(k, better);
  for (const item of items) best.add(item);
  return best.items;
}

/**
 * The k best results when evaluating a candidate is costly but a ceiling on its score is cheap:
 * candidates are visited from the highest ceiling down, and the search stops as soon as the
 * next ceiling is below the k-th score found (no later candidate can enter, not even on a tie).
 * `evaluate` returns undefined for a candidate that does not qualify. Gives the same result as
 * evaluating everything whenever `ceiling(c) >= score(evaluate(c))` for every candidate. The
 * ceilings are a function, or already made (an array in the candidates' order). With `k`
 * undefined, every qualifying candidate is evaluated and all are returned in order.
 */
export function topKByCeiling<C, R>(
  candidates: Iterable<C>,
  k: number | undefined,
  ceiling: ((c: C) => number) | readonly number[],
  evaluate: (c: C) => R | undefined,
  scoreOf: (r: R) => number,
  better: (a: R, b: R) => number,
): R[] {
  if (k === undefined) {
    const all: R[] = [];
    for (const c of candidates) {
      const r = evaluate(c);
      if (r !== undefined) all.push(r);
    }
    return all.sort(better);
  }
  let items: C[];
  let ceilings: readonly number[];
  if (typeof ceiling === 'function') {
    items = [];
    const made: number[] = [];
    for (const c of candidates) {
      items.push(c);
      made.push(ceiling(c));
    }
    ceilings = made;
  } else {
    items = Array.isArray(candidates) ? candidates : [...candidates];
    if (items.length !== ceiling.length) throw new Error(`topKByCeiling: ${ceiling.length} ceilings for ${items.length} candidates`);
    ceilings = ceiling;
  }
  const best = new BestK(k, better);
  for (const i of highestFirst(ceilings)) {
    const last = best.last;
    if (last !== undefined && ceilings[i]! < scoreOf(last)) break;
    const r = evaluate(items[i]!);
    if (r !== undefined) best.add(r);
  }
  return best.items;
}

/** Largest whole ceiling that is ordered by counting (scores are whole points, 0..100). */
const MAX_BUCKET = 1024;

/**
 * Indices of `values` from the highest value down, equal values in their original order. Whole
 * numbers in 0..MAX_BUCKET (every score ceiling) are ordered by counting, in linear time and
 * without sorting objects; anything else falls back to a stable sort.
 */
export function highestFirst(values: readonly number[]): Int32Array {
  const n = values.length;
  const order = new Int32Array(n);
  let top = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (!(Number.isInteger(v) && v >= 0 && v <= MAX_BUCKET)) {
      const sorted = Array.from({ length: n }, (_, j) => j).sort((a, b) => values[b]! - values[a]!);
      order.set(sorted);
      return order;
    }
    if (v > top) top = v;
  }
  // starts[v]: where the first index of value v goes, counting from the highest value.
  const starts = new Int32Array(top + 2);
  for (let i = 0; i < n; i++) starts[top - values[i]! + 1]!++;
  for (let b = 1; b <= top + 1; b++) starts[b]! += starts[b - 1]!;
  for (let i = 0; i < n; i++) order[starts[top - values[i]!]!++] = i;
  return order;
}
