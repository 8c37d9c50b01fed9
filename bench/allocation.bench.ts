/**
 * The allocation core (deferred acceptance over flat arrays) on programme-shaped instances:
 * `programme` — 20,000 youths (15% priority), 3,000 vacancies with 1–5 places, 10 ranked
 * choices each; `nrmp` — 45,000 youths, 6,400 vacancies, 12 choices. Choices lean towards
 * nearby and popular vacancies (a Zipf-like draw), so places are contested as in a real round.
 * Both cores run first, then both linear programs, so the core's memory figures are not
 * inflated by the solver's.
 *
 * Prints one JSON line per instance:
 * - the core: median and minimum of 9 runs (`allocate_ms_*`), the check (stability, places,
 *   choices), proposals, matched and unmatched youths, priority youths matched with and without
 *   the tier on the same seed, and the size of the run's own arrays (`allocate_arrays_mb`);
 * - `peak_rss_mb`: the whole process's peak resident memory (Jest and the instances generated
 *   so far included) right after this instance's core runs, before any linear program;
 * - `memory`: that peak again under a plain name and the process's peak after this instance's
 *   linear program; the V8 heap in use and the typed arrays' backing stores (outside the V8
 *   heap) just before and just after one more core run, outside the timing (no collection is
 *   forced, so one that runs meanwhile can leave `after` below `before`); and the solver's
 *   WebAssembly memory (it never shrinks, so it is the largest any solve so far needed);
 * - `lp`: the same instance solved for the most total match score, as a linear program in
 *   CPLEX LP format with HiGHS (WebAssembly, dual simplex): one variable per feasible choice,
 *   each youth at most one place, each vacancy at most its places. Bipartite b-matching has an
 *   integral polytope, so the relaxation's optimum is a matching; the bench fails if any value
 *   is not 0 or 1. Given are the model's size, `lp_ms` (`text`: writing the LP, `read`: HiGHS
 *   parsing it, `solve`: the solver run, `total`: all three), `time_ratio` (the core's median ÷
 *   the LP's total and ÷ its solve alone), `welfare` (the sum of the matched choices' scores)
 *   for the core and the LP with `welfare_ratio` (core ÷ LP), and `matched`, `priority_matched`
 *   and `blocking_pairs` (counted under the vacancies' tiered rankings) for each. The core's
 *   blocking pairs must be 0. If the solver runs out of WebAssembly memory, `lp` is
 *   `{ skipped: reason }` instead.
 *
 * Run with `npm run bench -- --testPathPatterns allocation`.
 */
import highsPackage, { type Highs } from 'highs';
import {
  type AllocationInstance,
  type AllocationResult,
  allocate,
  checkAllocation,
  priorityMatched,
  rankKey,
  seededUint32,
} from '@startbaan/programmes/allocation';
import { median } from './support.js';

const RUNS = 9;
// The package's types describe its CommonJS build, whose exports carry the loader as `default`;
// its ES build, which an ES module gets, exports the loader itself as default.
const loadHighs = (typeof highsPackage === 'function' ? highsPackage : highsPackage.default) as typeof highsPackage.default;
const MB = 2 ** 20;
// HiGHS reads LP lines of up to 560 characters; a constraint longer than that continues on the next line.
const LP_LINE = 240;
const HIGHS_OPTIONS = { output_flag: false, solver: 'simplex', presolve: 'off' } as const;

function generate(youths: number, vacancies: number, perYouth: number, seed: number): AllocationInstance {
  const rnd = seededUint32(seed);
  const unit = () => rnd() / 2 ** 32;
  const places = new Int32Array(vacancies);
  for (let v = 0; v < vacancies; v++) places[v] = 1 + Math.floor(unit() * 5);
  const priority = new Uint8Array(youths);
  const choiceStart = new Int32Array(youths + 1);
  const choices = new Int32Array(youths * perYouth);
  const scores = new Uint8Array(youths * perYouth);
  const feasible = new Uint8Array(youths * perYouth);
  for (let y = 0; y < youths; y++) {
    priority[y] = unit() < 0.15 ? 1 : 0;
    choiceStart[y + 1] = choiceStart[y]! + perYouth;
    const picked = new Set<number>();
    while (picked.size < perYouth) picked.add(Math.floor(vacancies * unit() ** 1.6));
    let c = choiceStart[y]!;
    for (const v of picked) {
      choices[c] = v;
      scores[c] = 30 + Math.floor(unit() * 71);
      feasible[c] = unit() < 0.97 ? 1 : 0;
      c++;
    }
  }
  return { youths, priority, choiceStart, choices, scores, feasible, places };
}

const mb = (bytes: number, digits = 1): number => Math.round((bytes / MB) * 10 ** digits) / 10 ** digits;
const ms = (x: number): number => Math.round(x * 10) / 10;
const ratio = (x: number): number => Number(x.toPrecision(4));

/** The sum of the scores of the choices the youths are matched on. */
function welfare(inst: AllocationInstance, matchOf: Int32Array): number {
  let sum = 0;
  for (let y = 0; y < inst.youths; y++) {
    const v = matchOf[y]!;
    if (v < 0) continue;
    for (let c = inst.choiceStart[y]!; c < inst.choiceStart[y + 1]!; c++) {
      if (inst.choices[c] === v) {
        sum += inst.scores[c]!;
        break;
      }
    }
  }
  return sum;
}

/**
 * Blocking pairs of any matching under the vacancies' tiered rankings: youth y and a feasible
 * choice v that y lists above its match (or y is unmatched) where v has a free place or ranks y
 * above the worst youth it holds. One pass finds each vacancy's worst held youth, one more
 * walks each youth's choices down to its match: linear in the choices.
 */
function countBlockingPairs(inst: AllocationInstance, matchOf: Int32Array, lottery: Uint32Array): number {
  const vacancies = inst.places.length;
  const taken = new Int32Array(vacancies);
  const worstKey = new Float64Array(vacancies);
  const worstYouth = new Int32Array(vacancies).fill(-1);
  const keyOf = (y: number, c: number): number => rankKey(inst.priority[y]!, inst.scores[c]!, lottery[y]!, true);
  // Lower key first, then lower youth index: the core's strict order.
  const ranksAbove = (keyA: number, a: number, keyB: number, b: number): boolean => keyA < keyB || (keyA === keyB && a < b);
  for (let y = 0; y < inst.youths; y++) {
    const v = matchOf[y]!;
    if (v < 0) continue;
    let c = inst.choiceStart[y]!;
    while (c < inst.choiceStart[y + 1]! && inst.choices[c] !== v) c++;
    if (c === inst.choiceStart[y + 1]) throw new Error(`youth ${y} is matched outside its choices`);
    taken[v]!++;
    const key = keyOf(y, c);
    if (worstYouth[v] === -1 || ranksAbove(worstKey[v]!, worstYouth[v]!, key, y)) {
      worstKey[v] = key;
      worstYouth[v] = y;
    }
  }
  let pairs = 0;
  for (let y = 0; y < inst.youths; y++) {
    const matched = matchOf[y]!;
    for (let c = inst.choiceStart[y]!; c < inst.choiceStart[y + 1]!; c++) {
      const v = inst.choices[c]!;
      if (v === matched) break;
      if (inst.feasible[c] === 0 || inst.places[v]! <= 0) continue;
      if (taken[v]! < inst.places[v]! || ranksAbove(keyOf(y, c), y, worstKey[v]!, worstYouth[v]!)) pairs++;
    }
  }
  return pairs;
}

interface LpModel {
  text: string;
  /** The choice behind each column, in column order (the order the variables first appear). */
  columnChoice: Int32Array;
  rows: number;
}

/**
 * The welfare LP in CPLEX LP format: maximise Σ score·x over the feasible choices, each youth
 * at most one, each vacancy at most its places. Columns are x0, x1, … in choice order. A
 * vacancy chosen by no more youths than it has places gets no row: it could never bind.
 */
function lpModel(inst: AllocationInstance): LpModel {
  const total = inst.choices.length;
  const vacancies = inst.places.length;
  const columnOf = new Int32Array(total).fill(-1);
  const columnStart = new Int32Array(vacancies + 1);
  let columns = 0;
  for (let c = 0; c < total; c++) {
    const v = inst.choices[c]!;
    if (inst.feasible[c] === 0 || inst.places[v]! <= 0) continue;
    columnOf[c] = columns++;
    columnStart[v + 1]!++;
  }
  const columnChoice = new Int32Array(columns);
  for (let c = 0; c < total; c++) if (columnOf[c]! >= 0) columnChoice[columnOf[c]!] = c;
  for (let v = 0; v < vacancies; v++) columnStart[v + 1]! += columnStart[v]!;
  const byVacancy = new Int32Array(columns);
  const fill = columnStart.slice(0, vacancies);
  for (let j = 0; j < columns; j++) byVacancy[fill[inst.choices[columnChoice[j]!]!]!++] = j;

  const lines: string[] = ['Maximize'];
  let line = ' welfare:';
  const term = (t: string): void => {
    if (line.length + t.length > LP_LINE) {
      lines.push(line);
      line = '';
    }
    line += t;
  };
  for (let j = 0; j < columns; j++) term(` + ${inst.scores[columnChoice[j]!]!} x${j}`);
  lines.push(line, 'Subject To');
  let rows = 0;
  for (let y = 0; y < inst.youths; y++) {
    line = ` y${y}:`;
    let terms = 0;
    for (let c = inst.choiceStart[y]!; c < inst.choiceStart[y + 1]!; c++) {
      if (columnOf[c]! < 0) continue;
      term(` + x${columnOf[c]!}`);
      terms++;
    }
    if (terms === 0) continue;
    term(' <= 1');
    lines.push(line);
    rows++;
  }
  for (let v = 0; v < vacancies; v++) {
    if (columnStart[v + 1]! - columnStart[v]! <= inst.places[v]!) continue;
    line = ` v${v}:`;
    for (let k = columnStart[v]!; k < columnStart[v + 1]!; k++) term(` + x${byVacancy[k]!}`);
    term(` <= ${inst.places[v]!}`);
    lines.push(line);
    rows++;
  }
  lines.push('End', '');
  return { text: lines.join('\n'), columnChoice, rows };
}

let highsRuntime: Promise<Highs> | undefined;

/** An error from the WebAssembly runtime running out of memory (or aborting because of it). */
const isOutOfMemory = (e: unknown): boolean =>
  e instanceof RangeError || (e instanceof Error && /out of memory|\bOOM\b|Cannot enlarge memory|bad_alloc|Array buffer allocation failed/i.test(e.message));

interface LpSide {
  matchOf: Int32Array;
  objective: number;
  columns: number;
  rows: number;
  textMb: number;
  textMs: number;
  readMs: number;
  solveMs: number;
  iterations: number;
}

function solveLp(highs: Highs, inst: AllocationInstance): LpSide {
  const t0 = performance.now();
  const { text, columnChoice, rows } = lpModel(inst);
  const t1 = performance.now();
  const model = highs.createModel({ format: 'lp', data: text });
  try {
    const t2 = performance.now();
    model.options.set(HIGHS_OPTIONS);
    const run = model.run();
    const t3 = performance.now();
    if (run.modelStatus !== highs.constants.modelStatus.optimal) throw new Error(`HiGHS ended with model status ${run.modelStatus}, not optimal`);
    const { colValue } = model.getSolution();
    if (colValue.length !== columnChoice.length) throw new Error(`HiGHS returned ${colValue.length} columns, the model has ${columnChoice.length}`);
    // The reader numbers columns as they first appear (the objective lists x0, x1, … in order): check it did.
    for (let j = 0; j < columnChoice.length; j++) if (model.getColName(j) !== `x${j}`) throw new Error(`column ${j} is ${model.getColName(j)}, not x${j}`);
    const choiceYouth = new Int32Array(inst.choices.length);
    for (let y = 0; y < inst.youths; y++) choiceYouth.fill(y, inst.choiceStart[y]!, inst.choiceStart[y + 1]!);
    const matchOf = new Int32Array(inst.youths).fill(-1);
    const taken = new Int32Array(inst.places.length);
    for (let j = 0; j < colValue.length; j++) {
      const x = colValue[j]!;
      if (Math.abs(x) <= 1e-6) continue;
      if (Math.abs(x - 1) > 1e-6) throw new Error(`the LP optimum is fractional: x${j} = ${x}`);
      const c = columnChoice[j]!;
      const y = choiceYouth[c]!;
      const v = inst.choices[c]!;
      if (matchOf[y] !== -1) throw new Error(`youth ${y} has two places in the LP optimum`);
      matchOf[y] = v;
      if (++taken[v]! > inst.places[v]!) throw new Error(`vacancy ${v} is over its places in the LP optimum`);
    }
    return {
      matchOf,
      objective: model.getObjectiveValue(),
      columns: columnChoice.length,
      rows,
      textMb: mb(text.length),
      textMs: t1 - t0,
      readMs: t2 - t1,
      solveMs: t3 - t2,
      iterations: Number(model.info.get('simplex_iteration_count')),
    };
  } finally {
    model.dispose();
  }
}

interface CoreRun {
  inst: AllocationInstance;
  result: AllocationResult;
  out: Record<string, unknown>;
  memory: Record<string, number>;
}

const INSTANCES = [
  ['programme', 20_000, 3_000, 10],
  ['nrmp', 45_000, 6_400, 12],
] as const;

describe('allocation core', () => {
  const cores = new Map<string, CoreRun>();

  for (const [name, youths, vacancies, perYouth] of INSTANCES) {
    it(`${name}: ${youths} youths, ${vacancies} vacancies, ${perYouth} choices`, () => {
      const inst = generate(youths, vacancies, perYouth, 20270601);
      const seed = 424242;
      const times: number[] = [];
      let result = allocate(inst, seed);
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        result = allocate(inst, seed);
        times.push(performance.now() - t0);
      }
      // One more run, outside the timing, between two memory readings.
      const before = process.memoryUsage();
      result = allocate(inst, seed);
      const after = process.memoryUsage();
      const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
      const check = checkAllocation(inst, result);
      let placesTotal = 0;
      for (const p of inst.places) placesTotal += p;
      const withoutTier = allocate(inst, seed, { useTier: false });
      let matched = 0;
      for (const v of result.matchOf) if (v >= 0) matched++;
      const out = {
        instance: name,
        youths,
        vacancies,
        places: placesTotal,
        choices_per_youth: perYouth,
        allocate_ms_median: ms(median(times)),
        allocate_ms_min: ms(Math.min(...times)),
        proposals: result.proposals,
        matched,
        unmatched: youths - matched,
        priority_youths: inst.priority.reduce((a, b) => a + b, 0),
        priority_matched: priorityMatched(inst, result),
        priority_matched_without_tier: priorityMatched(inst, withoutTier),
        blocking_pairs: check.blockingPairs.length,
        over_capacity: check.overCapacity.length,
        outside_choices: check.outsideChoices.length + check.infeasible.length,
        // The run's own arrays: heaps (12 bytes a place), next/match/lottery (12 bytes a youth), the free list (at most 8 bytes a youth).
        allocate_arrays_mb: Math.round(((placesTotal * 12 + youths * 20 + vacancies * 8) / MB) * 100) / 100,
        peak_rss_mb: peakRssMb,
      };
      cores.set(name, {
        inst,
        result,
        out,
        memory: {
          process_peak_rss_mb_after_core: peakRssMb,
          core_heap_used_mb_before: mb(before.heapUsed, 2),
          core_heap_used_mb_after: mb(after.heapUsed, 2),
          core_array_buffers_mb_before: mb(before.arrayBuffers, 2),
          core_array_buffers_mb_after: mb(after.arrayBuffers, 2),
        },
      });
      expect(check).toEqual({ overCapacity: [], outsideChoices: [], infeasible: [], blockingPairs: [] });
      expect(countBlockingPairs(inst, result.matchOf, result.lottery)).toBe(0);
    });
  }

  for (const [name] of INSTANCES) {
    it(`${name}: side by side with the welfare optimum (linear program, HiGHS)`, async () => {
      const core = cores.get(name);
      if (!core) throw new Error(`the core run of ${name} did not complete`);
      const { inst, result } = core;
      highsRuntime ??= loadHighs();
      const highs = await highsRuntime;
      let lp: Record<string, unknown>;
      let lpMatchOf: Int32Array | undefined;
      let lpObjective = 0;
      try {
        const side = solveLp(highs, inst);
        lpMatchOf = side.matchOf;
        lpObjective = side.objective;
        const oursMs = core.out.allocate_ms_median as number;
        const totalMs = side.textMs + side.readMs + side.solveMs;
        const welfareOurs = welfare(inst, result.matchOf);
        const welfareLp = welfare(inst, side.matchOf);
        let lpMatched = 0;
        for (const v of side.matchOf) if (v >= 0) lpMatched++;
        lp = {
          solver: `HiGHS ${highs.version.string} (WebAssembly), ${HIGHS_OPTIONS.solver}, presolve ${HIGHS_OPTIONS.presolve}`,
          columns: side.columns,
          rows: side.rows,
          lp_text_mb: side.textMb,
          simplex_iterations: side.iterations,
          lp_ms: { total: ms(totalMs), text: ms(side.textMs), read: ms(side.readMs), solve: ms(side.solveMs) },
          time_ratio: { vs_lp_total: ratio(oursMs / totalMs), vs_lp_solve: ratio(oursMs / side.solveMs) },
          welfare: { ours: welfareOurs, lp: welfareLp },
          welfare_ratio: ratio(welfareOurs / welfareLp),
          matched: { ours: core.out.matched, lp: lpMatched },
          priority_matched: { ours: core.out.priority_matched, lp: priorityMatched(inst, { ...result, matchOf: side.matchOf }) },
          blocking_pairs: { ours: countBlockingPairs(inst, result.matchOf, result.lottery), lp: countBlockingPairs(inst, side.matchOf, result.lottery) },
        };
      } catch (e) {
        if (!isOutOfMemory(e)) throw e;
        lp = { skipped: `HiGHS ran out of WebAssembly memory (${e instanceof Error ? e.message : String(e)})` };
        highsRuntime = undefined;
      }
      let wasmMemoryMb: number | null = null;
      try {
        wasmMemoryMb = mb(highs.memoryBytes);
      } catch {
        // An aborted runtime may no longer report its memory.
      }
      const memory = { ...core.memory, process_peak_rss_mb_after_lp: Math.round(process.resourceUsage().maxRSS / 1024), highs_wasm_memory_mb: wasmMemoryMb };
      process.stdout.write(`${JSON.stringify({ ...core.out, memory, lp })}\n`);
      if (lpMatchOf) {
        const blocking = lp.blocking_pairs as { ours: number; lp: number };
        const w = lp.welfare as { ours: number; lp: number };
        expect(blocking.ours).toBe(0);
        // The bench's own counter and the core's checker agree on the LP's matching too.
        expect(blocking.lp).toBe(checkAllocation(inst, { ...result, matchOf: lpMatchOf }).blockingPairs.length);
        expect(Math.abs(w.lp - lpObjective)).toBeLessThanOrEqual(1e-6 * w.lp);
        expect(w.ours).toBeLessThanOrEqual(w.lp);
      }
    }, 600_000);
  }
});
