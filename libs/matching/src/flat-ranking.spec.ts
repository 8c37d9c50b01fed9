import fc from 'fast-check';
import { KM_PER_DEG_LAT, KM_PER_DEG_LON, planeKmAtLeast, searchRadius, type VacancyCandidate, type YouthCandidate } from './candidates.js';
import { vacancyArb, SECTOR_OF, youthArb } from './core/arbitraries.js';
import { isFeasible, score, scoreCeiling, withoutVogComponent } from './core/index.js';
import type { LatLon, MatchContext, MatchYouth } from './match.model.js';
import { VacancyIndex } from './vacancy-index.js';
import { RegionPool } from './youth-pool.js';

// The pool and the vacancy index pre-filter and compute score ceilings from flat arrays. Checked
// here against the core: nothing feasible is dropped, and each ceiling equals scoreCeiling on the
// plane's distance bound, so it is never below the real score.

const ctx: MatchContext = { today: '2027-05-01', sectorOf: SECTOR_OF };
const COACH = { coachSide: true, withVog: true } as const;
const WSP = { coachSide: true, withVog: false } as const;

function candidate(y: MatchYouth, i: number): YouthCandidate {
  const from = y.availability.map((w) => w.from).sort()[0] ?? '2027-01-01';
  const to = y.availability.map((w) => w.to).sort().at(-1) ?? '2027-01-01';
  const reach = searchRadius(y.maxTravelKm);
  return {
    ...y,
    id: `y${i}`,
    pseudonym: `P${i}`,
    organisationId: null,
    createdBy: null,
    version: 1,
    x: y.position.lon * KM_PER_DEG_LON,
    y: y.position.lat * KM_PER_DEG_LAT,
    reach2: reach * reach,
    availableFrom: from,
    availableTo: to,
  };
}

/** Near each other and open, so that many random pairs are feasible (and a pre-filter that drops one is caught). */
const near = (p: LatLon, dLat: number, dLon: number): LatLon => ({ lat: p.lat + dLat, lon: p.lon + dLon });
const offset = fc.tuple(fc.double({ min: -0.15, max: 0.15, noNaN: true }), fc.double({ min: -0.15, max: 0.15, noNaN: true }));
const openVacancy = vacancyArb.map((v) => ({ ...v, status: 'open', placesLeft: Math.max(1, v.placesLeft) }));
let feasiblePairs = 0;

afterAll(() => {
  // The properties above are only as strong as the feasible pairs they met.
  expect(feasiblePairs).toBeGreaterThan(1000);
});

describe('ranking from flat arrays', () => {
  it('the youth pool keeps every feasible youth for a vacancy, with the core ceiling', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(youthArb, offset), { minLength: 1, maxLength: 40 }), openVacancy, fc.boolean(), (placed, v, deleteOne) => {
        const pool = new RegionPool('0', '0');
        // The first window, if any, in the vacancy's dates.
        const inDates = (y: MatchYouth) => y.availability.map((w, j) => (j === 0 ? { ...w, from: v.startDate, to: v.endDate } : w));
        const all = placed.map(([y, [dLat, dLon]], i) => candidate({ ...y, position: near(v.position, dLat, dLon), availability: inDates(y) }, i));
        for (const y of all) pool.set(y);
        if (deleteOne) pool.delete(all[0]!.id);
        const kept = deleteOne ? all.slice(1) : all;
        const { youths: found, ceilings } = pool.reachable(v, WSP);
        expect(ceilings).toHaveLength(found.length);
        found.forEach((y, i) => expect(ceilings[i]).toBe(scoreCeiling(y, v, WSP, planeKmAtLeast(y.position, v.position))));
        for (const y of kept) {
          if (!isFeasible(y, v)) continue;
          feasiblePairs++;
          const i = found.indexOf(y);
          expect(i).toBeGreaterThanOrEqual(0);
          expect(ceilings[i]).toBeGreaterThanOrEqual(withoutVogComponent(score(y, v, ctx, { side: 'coach' })).total);
          expect(ceilings[i]).toBeGreaterThanOrEqual(score(y, v, ctx, { side: 'wsp' }).total);
        }
        if (deleteOne) expect(found).not.toContain(all[0]);
      }),
      { numRuns: 1000 },
    );
  });

  it('the vacancy index keeps every feasible vacancy for a youth, with the core ceiling', () => {
    fc.assert(
      fc.property(youthArb, fc.array(fc.tuple(openVacancy, offset), { minLength: 1, maxLength: 40 }), (y, raw) => {
        // Every other vacancy in the dates of the youth's first window, if any.
        const first = y.availability[0];
        const dates = (v: VacancyCandidate, i: number) => (first && i % 2 === 0 ? { startDate: first.from, endDate: first.to } : { startDate: v.startDate, endDate: v.endDate });
        const vacancies: VacancyCandidate[] = raw.map(([v, [dLat, dLon]], i) => ({ ...v, id: `v${i}`, position: near(y.position, dLat, dLon), ...dates(v, i) }));
        const index = new VacancyIndex(vacancies);
        const { vacancies: found, ceilings } = index.reachable(y, y.maxTravelKm, y.wishedKinds, null, null, COACH);
        found.forEach((v, i) => expect(ceilings[i]).toBe(scoreCeiling(y, v, COACH, planeKmAtLeast(y.position, v.position))));
        for (const v of vacancies) {
          if (!isFeasible(y, v)) continue;
          feasiblePairs++;
          const i = found.indexOf(v);
          expect(i).toBeGreaterThanOrEqual(0);
          expect(ceilings[i]).toBeGreaterThanOrEqual(score(y, v, ctx, { side: 'coach' }).total);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
