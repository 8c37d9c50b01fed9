/**
 * The matching core's answers, pinned: a fixed sample of youth–vacancy pairs (drawn with a fixed
 * seed, mostly at the edge of feasibility) with every score component, its points and its reason
 * in both languages, every failure of feasibility with its text, and the ceilings, for each
 * audience. A change to a reason's wording, a boundary or a weight changes this file's answers;
 * when the change is meant, write them again with `UPDATE_GOLDEN=1` and review the difference
 * (a new fast-check version may draw other pairs from the same seed: write them again then too).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { nearlyFeasiblePairArb, SECTOR_OF, vacancyArb, youthArb } from './arbitraries.js';
import type { MatchContext } from '../match.model.js';
import { feasibility, isFeasible, score, scoreCeiling, withoutVogComponent } from './index.js';

const GOLDEN = fileURLToPath(new URL('./golden.json', import.meta.url));
const ctx: MatchContext = { today: '2027-05-01', sectorOf: SECTOR_OF };

function answers(): unknown[] {
  const pairs = [
    ...fc.sample(nearlyFeasiblePairArb, { seed: 20270501, numRuns: 80 }),
    ...fc.sample(fc.tuple(youthArb, vacancyArb), { seed: 20270502, numRuns: 20 }),
  ];
  return pairs.map(([y, v]) => {
    const f = feasibility(y, v, ctx);
    const coach = score(y, v, ctx, { side: 'coach' });
    return {
      feasible: f.feasible,
      isFeasible: isFeasible(y, v),
      failures: f.failures.map((x) => `${x.code}: ${x.text.nl} | ${x.text.en}`),
      distanceKm: Math.round(f.distanceKm * 1000) / 1000,
      shared: score(y, v, ctx, { side: 'shared' }).total,
      wsp: score(y, v, ctx, { side: 'wsp' }).total,
      coach: coach.total,
      coachWithoutVog: withoutVogComponent(coach).total,
      weightsVersion: coach.weightsVersion,
      components: coach.components.map((c) => `${c.key} ${c.points}/${c.max}${c.coachOnly ? ' coach-only' : ''}: ${c.reason.nl} | ${c.reason.en}`),
      ceilings: [scoreCeiling(y, v, { coachSide: false, withVog: false }), scoreCeiling(y, v, { coachSide: true, withVog: false }), scoreCeiling(y, v, { coachSide: true, withVog: true })],
    };
  });
}

describe('the matching core, pinned', () => {
  it('gives the same components, reasons, failures and ceilings as written in golden.json', () => {
    const got = answers();
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, `${JSON.stringify(got, null, 1)}\n`);
    const want = JSON.parse(readFileSync(GOLDEN, 'utf8')) as unknown[];
    expect(got).toHaveLength(want.length);
    for (let i = 0; i < want.length; i++) expect([i, got[i]]).toEqual([i, want[i]]);
  });
});
