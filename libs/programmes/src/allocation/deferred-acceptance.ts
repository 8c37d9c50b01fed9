/**
 * The allocation core of the summer programme: youth-proposing deferred acceptance over the
 * youths' ranked choices and the vacancies' places. Pure, over flat arrays, no Nest or TypeORM.
 *
 * Each vacancy ranks the youths who chose it by (a) priority tier (priority first), (b) match
 * score (higher first), (c) a lottery number drawn per youth from a recorded seed, and last the
 * youth's index, so every ranking is strict. A choice that fails a hard filter is never
 * proposed. The result is the youth-optimal stable matching for these rankings: no youth and
 * vacancy would both rather have each other than what they got.
 */

export interface AllocationInstance {
  /** Number of youths; youth i's choices are choices[choiceStart[i] .. choiceStart[i+1]), most wished first. */
  youths: number;
  /** Per youth: 1 for priority, 0 otherwise. */
  priority: Uint8Array;
  /** Length youths + 1. */
  choiceStart: Int32Array;
  /** Vacancy index per choice. */
  choices: Int32Array;
  /** Match score 0..100 per choice (the vacancy's view of that youth). */
  scores: Uint8Array;
  /** Per choice: 1 when the hard filters (legal age, availability) pass, else 0. */
  feasible: Uint8Array;
  /** Places per vacancy. */
  places: Int32Array;
}

export interface AllocationResult {
  /** Vacancy index per youth, or -1. */
  matchOf: Int32Array;
  /** The lottery number per youth (from the seed). */
  lottery: Uint32Array;
  /** Proposals made (for the curious: the work done). */
  proposals: number;
}

/**
 * mulberry32: a small, fast, seeded 32-bit generator. The same seed always gives the same
 * lottery, so a run can be reproduced and audited from its recorded seed. (Divide by 2^32 for
 * numbers in [0, 1); the benchmarks' data generators do.)
 */
export function seededUint32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

export function drawLottery(youths: number, seed: number): Uint32Array {
  const next = seededUint32(seed);
  const lottery = new Uint32Array(youths);
  for (let i = 0; i < youths; i++) lottery[i] = next();
  return lottery;
}

const TIER = 2 ** 32 * 101;
const SCORE = 2 ** 32;

/**
 * How a vacancy ranks a youth: lower is better. Tier, then score, then lottery, exactly
 * representable (below 2^53); ties (equal lottery numbers) are broken by the youth's index
 * where keys are compared.
 */
export function rankKey(priority: number, score: number, lottery: number, useTier: boolean): number {
  return (useTier && priority === 0 ? TIER : 0) + (100 - score) * SCORE + lottery;
}

const better = (keyA: number, youthA: number, keyB: number, youthB: number): boolean => keyA < keyB || (keyA === keyB && youthA < youthB);

/**
 * Youth-proposing deferred acceptance. Each vacancy keeps its tentatively accepted youths in
 * a heap with the worst on top; a youth who is pushed out proposes to their next choice.
 * O(total choices × log places).
 */
export function allocate(inst: AllocationInstance, seed: number, opts: { useTier?: boolean; lottery?: Uint32Array } = {}): AllocationResult {
  const useTier = opts.useTier ?? true;
  const lottery = opts.lottery ?? drawLottery(inst.youths, seed);
  const vacancies = inst.places.length;
  const heapStart = new Int32Array(vacancies + 1);
  for (let v = 0; v < vacancies; v++) heapStart[v + 1] = heapStart[v]! + Math.max(0, inst.places[v]!);
  const heapKey = new Float64Array(heapStart[vacancies]!);
  const heapYouth = new Int32Array(heapStart[vacancies]!);
  const heapSize = new Int32Array(vacancies);
  const next = new Int32Array(inst.youths);
  const matchOf = new Int32Array(inst.youths).fill(-1);
  for (let y = 0; y < inst.youths; y++) next[y] = inst.choiceStart[y]!;

  const free: number[] = [];
  for (let y = inst.youths - 1; y >= 0; y--) free.push(y);
  let proposals = 0;

  while (free.length > 0) {
    const y = free.pop()!;
    const end = inst.choiceStart[y + 1]!;
    while (next[y]! < end) {
      const c = next[y]!;
      next[y] = c + 1;
      if (inst.feasible[c] === 0) continue;
      const v = inst.choices[c]!;
      const capacity = heapStart[v + 1]! - heapStart[v]!;
      if (capacity === 0) continue;
      proposals++;
      const key = rankKey(inst.priority[y]!, inst.scores[c]!, lottery[y]!, useTier);
      const base = heapStart[v]!;
      const size = heapSize[v]!;
      if (size < capacity) {
        heapPush(heapKey, heapYouth, base, size, key, y);
        heapSize[v] = size + 1;
        matchOf[y] = v;
        break;
      }
      // Full: the newcomer replaces the worst accepted youth if the vacancy ranks them higher.
      const worstKey = heapKey[base]!;
      const worstYouth = heapYouth[base]!;
      if (better(key, y, worstKey, worstYouth)) {
        heapReplaceTop(heapKey, heapYouth, base, size, key, y);
        matchOf[y] = v;
        matchOf[worstYouth] = -1;
        free.push(worstYouth);
        break;
      }
    }
  }
  return { matchOf, lottery, proposals };
}

// A max-heap on (key, youth) — the worst accepted youth on top — stored in a slice of shared arrays.
const worse = (keys: Float64Array, youths: Int32Array, i: number, j: number): boolean => better(keys[j]!, youths[j]!, keys[i]!, youths[i]!);

function heapPush(keys: Float64Array, youths: Int32Array, base: number, size: number, key: number, youth: number): void {
  let i = base + size;
  keys[i] = key;
  youths[i] = youth;
  while (i > base) {
    const parent = base + ((i - base - 1) >> 1);
    if (!worse(keys, youths, i, parent)) break;
    swap(keys, youths, i, parent);
    i = parent;
  }
}

function heapReplaceTop(keys: Float64Array, youths: Int32Array, base: number, size: number, key: number, youth: number): void {
  keys[base] = key;
  youths[base] = youth;
  let i = base;
  for (;;) {
    const left = base + 2 * (i - base) + 1;
    const right = left + 1;
    let top = i;
    if (left < base + size && worse(keys, youths, left, top)) top = left;
    if (right < base + size && worse(keys, youths, right, top)) top = right;
    if (top === i) return;
    swap(keys, youths, i, top);
    i = top;
  }
}

function swap(keys: Float64Array, youths: Int32Array, i: number, j: number): void {
  const k = keys[i]!;
  keys[i] = keys[j]!;
  keys[j] = k;
  const y = youths[i]!;
  youths[i] = youths[j]!;
  youths[j] = y;
}

export interface AllocationCheck {
  overCapacity: number[];
  outsideChoices: number[];
  infeasible: number[];
  /** Youth and vacancy that would both rather have each other. */
  blockingPairs: [number, number][];
}

/**
 * Checks a result against the instance: no vacancy over its places, every match one of the
 * youth's feasible choices, and no blocking pair under the vacancies' rankings. Independent of
 * `allocate` (it recomputes everything from the instance and the lottery).
 */
export function checkAllocation(inst: AllocationInstance, result: AllocationResult, useTier = true): AllocationCheck {
  const vacancies = inst.places.length;
  const taken = new Int32Array(vacancies);
  const worstKey = new Float64Array(vacancies).fill(-Infinity);
  const worstYouth = new Int32Array(vacancies).fill(-1);
  const out: AllocationCheck = { overCapacity: [], outsideChoices: [], infeasible: [], blockingPairs: [] };
  const choiceOf = (y: number, v: number): number => {
    for (let c = inst.choiceStart[y]!; c < inst.choiceStart[y + 1]!; c++) if (inst.choices[c] === v) return c;
    return -1;
  };
  for (let y = 0; y < inst.youths; y++) {
    const v = result.matchOf[y]!;
    if (v < 0) continue;
    const c = choiceOf(y, v);
    if (c < 0) {
      out.outsideChoices.push(y);
      continue;
    }
    if (inst.feasible[c] === 0) out.infeasible.push(y);
    taken[v]!++;
    const key = rankKey(inst.priority[y]!, inst.scores[c]!, result.lottery[y]!, useTier);
    if (worstYouth[v] === -1 || better(worstKey[v]!, worstYouth[v]!, key, y)) {
      worstKey[v] = key;
      worstYouth[v] = y;
    }
  }
  for (let v = 0; v < vacancies; v++) if (taken[v]! > inst.places[v]!) out.overCapacity.push(v);
  for (let y = 0; y < inst.youths; y++) {
    const matched = result.matchOf[y]!;
    for (let c = inst.choiceStart[y]!; c < inst.choiceStart[y + 1]!; c++) {
      const v = inst.choices[c]!;
      if (v === matched) break; // choices after the match are less wished
      if (inst.feasible[c] === 0 || inst.places[v]! <= 0) continue;
      const key = rankKey(inst.priority[y]!, inst.scores[c]!, result.lottery[y]!, useTier);
      if (taken[v]! < inst.places[v]! || better(key, y, worstKey[v]!, worstYouth[v]!)) out.blockingPairs.push([y, v]);
    }
  }
  return out;
}

/** How many priority youths got a place. */
export function priorityMatched(inst: AllocationInstance, result: AllocationResult): number {
  let n = 0;
  for (let y = 0; y < inst.youths; y++) if (inst.priority[y] === 1 && result.matchOf[y]! >= 0) n++;
  return n;
}
