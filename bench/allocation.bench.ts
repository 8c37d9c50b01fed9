/**
 * The allocation core (deferred acceptance over flat arrays) on programme-shaped instances:
 * `programme` — 20,000 youths (15% priority), 3,000 vacancies with 1–5 places, 10 ranked
 * choices each; `nrmp` — 45,000 youths, 6,400 vacancies, 12 choices. Choices lean towards
 * nearby and popular vacancies (a Zipf-like draw), so places are contested as in a real round.
 * Prints one JSON line per instance: median of 9 runs, the check (stability, places, choices),
 * priority youths matched with and without the tier on the same seed, the size of the run's
 * own arrays and the process's peak resident memory (which includes Jest).
 *
 * Run with `npm run bench -- --testPathPatterns allocation`.
 */
import { type AllocationInstance, allocate, checkAllocation, priorityMatched, seededUint32 } from '../libs/programmes/src/allocation/deferred-acceptance.js';
import { median } from './support.js';

const RUNS = 9;

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

describe('allocation core', () => {
  for (const [name, youths, vacancies, perYouth] of [['programme', 20_000, 3_000, 10], ['nrmp', 45_000, 6_400, 12]] as const) {
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
        allocate_ms_median: Math.round(median(times) * 10) / 10,
        allocate_ms_min: Math.round(Math.min(...times) * 10) / 10,
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
        allocate_arrays_mb: Math.round(((placesTotal * 12 + youths * 20 + vacancies * 8) / 2 ** 20) * 100) / 100,
        peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
      };
      process.stdout.write(`${JSON.stringify(out)}\n`);
      expect(check).toEqual({ overCapacity: [], outsideChoices: [], infeasible: [], blockingPairs: [] });
    });
  }
});
