import fc from 'fast-check';
import { isoDay, nearlyFeasiblePairArb, position, SECTOR_OF, vacancyArb, vogConcern, youthArb } from './arbitraries.js';
import { vogIndicationForYouth, type VogIndicationInput } from '@startbaan/employers/rules';
import type { MatchContext, MatchYouth } from '../match.model.js';
import {
  isFeasible,
  ageOnDay,
  availabilitySummary,
  latestBirthDay,
  weekdayMask,
  dayNumber,
  FAILURE_CODES,
  feasibility,
  haversineKm,
  score,
  scoreCeiling,
  type Scored,
  withoutVogComponent,
  WEIGHTS,
} from './index.js';


const ctx: MatchContext = { today: '2027-05-01', sectorOf: SECTOR_OF };
const component = (s: Scored, key: string) => s.components.find((c) => c.key === key);
const points = (s: Scored, key: string): number | undefined => component(s, key)?.points;

// ---------------------------------------------------------------------------------------------
// Properties

const coachSide = fc.boolean();
/** Half independent draws (almost never feasible), half pairs at the edge of feasibility. */
const pairArb = fc.oneof(fc.tuple(youthArb, vacancyArb), nearlyFeasiblePairArb);

describe('properties', () => {
  it('the short-circuit isFeasible agrees with feasibility().feasible', () => {
    let feasible = 0;
    fc.assert(
      fc.property(pairArb, ([y, v]) => {
        const f = feasibility(y, v, ctx).feasible;
        if (f) feasible++;
        expect(isFeasible(y, v)).toBe(f);
      }),
      { numRuns: 2000 },
    );
    // Both answers are weighed often, not a handful of times in 2,000.
    expect(feasible).toBeGreaterThan(400);
    expect(feasible).toBeLessThan(1600);
  });

  it('the total is always an integer within 0..100, and every points value has one decimal at most', () => {
    fc.assert(
      fc.property(youthArb, vacancyArb, coachSide, (y, v, cs) => {
        const s = score(y, v, ctx, { side: cs ? 'coach' : 'shared' });
        expect(Number.isInteger(s.total)).toBe(true);
        expect(s.total).toBeGreaterThanOrEqual(0);
        expect(s.total).toBeLessThanOrEqual(100);
        for (const c of s.components) expect(Math.round(c.points * 10) / 10).toBe(c.points);
      }),
      { numRuns: 500 },
    );
  });

  it('scoreCeiling is never below the total, with or without the coach-side and VOG components', () => {
    fc.assert(
      fc.property(pairArb, coachSide, ([y, v], cs) => {
        expect(scoreCeiling(y, v, { coachSide: cs, withVog: true })).toBeGreaterThanOrEqual(score(y, v, ctx, { side: cs ? 'coach' : 'shared' }).total);
        if (cs) {
          expect(scoreCeiling(y, v, { coachSide: true, withVog: false })).toBeGreaterThanOrEqual(withoutVogComponent(score(y, v, ctx, { side: 'coach' })).total);
          expect(scoreCeiling(y, v, { coachSide: true, withVog: false })).toBeGreaterThanOrEqual(score(y, v, ctx, { side: 'wsp' }).total);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('the pre-filters (old enough by date of birth, a shared weekday, at least half the hours somewhere) never drop a feasible pair', () => {
    let checked = 0;
    fc.assert(
      fc.property(pairArb, ([y, v]) => {
        if (!isFeasible(y, v)) return;
        checked++;
        const free = availabilitySummary(y.availability);
        expect(dayNumber(y.dateOfBirth)).toBeLessThanOrEqual(latestBirthDay(v.startDate, Math.max(v.minLegalAge, v.employerMinAge)));
        expect(free.days & weekdayMask(v.weekdays)).not.toBe(0);
        expect(free.maxHours * 2).toBeGreaterThanOrEqual(v.hoursPerWeek);
      }),
      { numRuns: 2000 },
    );
    expect(checked).toBeGreaterThan(400);
  });

  it('latestBirthDay is the last birthday old enough, and at most a day lenient on 29 February', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }).map(isoDay), fc.integer({ min: 13, max: 23 }), (day, minAge) => {
        const last = latestBirthDay(day, minAge);
        const dobOf = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
        expect(ageOnDay(dobOf(last - 1), day)).toBeGreaterThanOrEqual(minAge);
        expect(ageOnDay(dobOf(last + 1), day)).toBeLessThan(minAge);
        if (!day.endsWith('02-29')) expect(ageOnDay(dobOf(last), day)).toBeGreaterThanOrEqual(minAge);
      }),
      { numRuns: 1000 },
    );
  });

  it('on the shared side the score does not depend on priority, criminal ties or the VOG concern', () => {
    fc.assert(
      fc.property(youthArb, vacancyArb, fc.boolean(), fc.boolean(), vogConcern, (y, v, priority, criminalTies, concern) => {
        const flipped: MatchYouth = { ...y, priority, criminalTies, vogConcern: concern };
        expect(score(flipped, v, ctx, { side: 'shared' })).toEqual(score(y, v, ctx, { side: 'shared' }));
      }),
      { numRuns: 300 },
    );
  });

  it("on the WSP's side the score does not depend on criminal ties or the VOG concern, only on priority yes/no", () => {
    fc.assert(
      fc.property(youthArb, vacancyArb, fc.boolean(), vogConcern, (y, v, criminalTies, concern) => {
        const flipped: MatchYouth = { ...y, criminalTies, vogConcern: concern };
        expect(score(flipped, v, ctx, { side: 'wsp' })).toEqual(score(y, v, ctx, { side: 'wsp' }));
      }),
      { numRuns: 300 },
    );
  });

  it('the score never increases when the youth lives farther away', () => {
    fc.assert(
      fc.property(youthArb, vacancyArb, position, position, coachSide, (y, v, p1, p2, cs) => {
        const [nearer, farther] = haversineKm(p1, v.position) <= haversineKm(p2, v.position) ? [p1, p2] : [p2, p1];
        const a = score({ ...y, position: nearer }, v, ctx, { side: cs ? 'coach' : 'shared' });
        const b = score({ ...y, position: farther }, v, ctx, { side: cs ? 'coach' : 'shared' });
        expect(b.total).toBeLessThanOrEqual(a.total);
        expect(points(b, 'distance')!).toBeLessThanOrEqual(points(a, 'distance')!);
      }),
      { numRuns: 300 },
    );
  });

  it('feasibility never depends on priority (nor on criminal ties or the VOG concern)', () => {
    fc.assert(
      fc.property(youthArb, vacancyArb, fc.boolean(), fc.boolean(), vogConcern, (y, v, priority, criminalTies, concern) => {
        const flipped: MatchYouth = { ...y, priority, criminalTies, vogConcern: concern };
        expect(feasibility(flipped, v, ctx)).toEqual(feasibility(y, v, ctx));
        expect(feasibility({ ...y, priority: !y.priority }, v, ctx)).toEqual(feasibility(y, v, ctx));
      }),
      { numRuns: 300 },
    );
  });

  it('feasible means no failures, and each failure has a known code and both texts', () => {
    fc.assert(
      fc.property(youthArb, vacancyArb, (y, v) => {
        const r = feasibility(y, v, ctx);
        expect(r.feasible).toBe(r.failures.length === 0);
        for (const f of r.failures) {
          expect(FAILURE_CODES).toContain(f.code);
          expect(f.text.nl.length).toBeGreaterThan(0);
          expect(f.text.en.length).toBeGreaterThan(0);
        }
        expect(new Set(r.failures.map((f) => f.code)).size).toBe(r.failures.length);
      }),
      { numRuns: 300 },
    );
  });

  it('the remembered VOG indication equals a direct call', () => {
    fc.assert(
      fc.property(youthArb, vacancyArb, fc.integer({ min: 0, max: 900 }).map(isoDay), (y, v, today) => {
        const c = y.vogConcern;
        const known = ['property', 'violence', 'drugs', 'weapons', 'fraud', 'traffic', 'sexual', 'other'];
        const concern: VogIndicationInput['concern'] = { level: c.level };
        if (c.offenceCategory && known.includes(c.offenceCategory)) concern.offenceCategory = c.offenceCategory as VogIndicationInput['concern']['offenceCategory'];
        if (c.lastOffenceDate) concern.lastOffenceDate = c.lastOffenceDate;
        const direct = vogIndicationForYouth({
          vog: v.vog as VogIndicationInput['vog'],
          concern,
          youthAgeAtApplication: Math.max(0, ageOnDay(y.dateOfBirth, today)),
          onDate: today,
        });
        const vog = component(score(y, v, { ...ctx, today }, { side: 'coach' }), 'vog')!;
        expect(vog.reason).toEqual(direct.reason);
        expect(vog.points).toBe(WEIGHTS.coachOnly.vog[direct.code]);
      }),
      { numRuns: 500 },
    );
  });
});
