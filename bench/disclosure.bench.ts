/**
 * The disclosure harness's figures, before and after: the attacks of the issue "What people read,
 * and what the figures give away" over the same generated programmes as the unit suite
 * (libs/programmes/src/monitoring/disclosure.spec.ts), against the old suppression rule, the
 * cell-key method, and the method without its shift or its guard, attack by attack; and the
 * accuracy WSP staff keep.
 *
 * Prints one JSON line per method and set of attacks:
 *   {"method":..,"attacks":"release+weekly",..,"programmes":200,"protected":..,"pinned":..,
 *    "programmes_with_a_pin":..,"pinned_by_kind":{"count 1-4":..,"priority or complement":..,
 *    "watched youth":..},"watched":..,"areas_learned":..,"example":".."}
 * and one line `accuracy` for the cell-key method over every figure of every report: the largest
 * error on a total (the overall row) and on any figure, the share within 4 and the mean absolute
 * error (of all figures, of those of at least one youth, of the overall signed-up figure), and
 * how many true non-zero counts are left empty.
 *
 * Run with `npm run bench -- --testPathPatterns disclosure` (about 15 minutes;
 * `DISCLOSURE_PROGRAMMES=50` for fewer programmes).
 */
import fc from 'fast-check';
import { MEASURES, type RowView, snapshotFigures } from '@startbaan/programmes/monitoring';
import { type Attack, attack, ATTACKS, type Method } from '../test/support/disclosure/attacker.js';
import { CELL_KEY, OLD_RULE, ROUNDING_AND_GUARD, ROUNDING_ONLY, SHIFT_WITHOUT_GUARD } from '../test/support/disclosure/methods.js';
import { generateProgramme, programmeParams, SECTOR_LABELS } from '../test/support/disclosure/programmes.js';

const COUNT = Number(process.env.DISCLOSURE_PROGRAMMES ?? 200);
const PROGRAMMES = fc.sample(programmeParams, { seed: 20270601, numRuns: COUNT }).map(generateProgramme);

const SETS: Attack[][] = [['release'], ['release', 'weekly'], ['release', 'current'], ['release', 'coach'], [...ATTACKS], [...ATTACKS, 'insider']];

const kindOf = (what: string): string =>
  /^(enrol|erase|save) /.test(what) ? 'watched youth' : /priority/.test(what) ? 'priority or complement' : 'count 1-4';

function run(method: Method, attacks: Attack[]): void {
  const started = Date.now();
  let protectedCount = 0;
  let watched = 0;
  let areasLearned = 0;
  const byKind: Record<string, number> = { 'count 1-4': 0, 'priority or complement': 0, 'watched youth': 0 };
  let pinned = 0;
  let withPin = 0;
  let example = '';
  for (const p of PROGRAMMES) {
    const r = attack(p, method, attacks);
    protectedCount += r.protectedCount;
    watched += r.watched;
    areasLearned += r.areasLearned;
    pinned += r.pinned.length;
    if (r.pinned.length) withPin += 1;
    for (const x of r.pinned) byKind[kindOf(x.what)]! += 1;
    if (!example && r.pinned.length) example = `${r.pinned[0]!.what} = ${r.pinned[0]!.truth}`;
  }
  process.stdout.write(
    `${JSON.stringify({
      method: method.name,
      attacks: attacks.join('+'),
      programmes: PROGRAMMES.length,
      protected: protectedCount,
      pinned,
      programmes_with_a_pin: withPin,
      pinned_by_kind: byKind,
      watched,
      areas_learned: areasLearned,
      example,
      s: Math.round((Date.now() - started) / 100) / 10,
    })}\n`,
  );
}

describe('disclosure: the attacks before and after', () => {
  for (const attacks of SETS) it(`the old rule: ${attacks.join('+')}`, () => run(OLD_RULE, attacks), 3_600_000);
  for (const attacks of SETS) it(`the cell-key method: ${attacks.join('+')}`, () => run(CELL_KEY, attacks), 3_600_000);
  for (const method of [ROUNDING_ONLY, ROUNDING_AND_GUARD, SHIFT_WITHOUT_GUARD]) it(`${method.name}: all attacks`, () => run(method, [...ATTACKS]), 3_600_000);

  it('the accuracy WSP staff keep', () => {
    let figures = 0;
    let within4 = 0;
    let absolute = 0;
    let largest = 0;
    let largestOnTotal = 0;
    let largestOnSignedUp = 0;
    let largestRelativeOnSignedUp50 = 0;
    let nonZero = 0;
    let emptied = 0;
    let nonZeroWithin4 = 0;
    let nonZeroAbsolute = 0;
    let signedUpTotals = 0;
    let signedUpAbsolute = 0;
    for (const p of PROGRAMMES) {
      for (const m of p.moments) {
        const f = snapshotFigures(m.youths, SECTOR_LABELS);
        const view = CELL_KEY.publish(m);
        const rows: [RowView, Record<string, number>, boolean][] = [[view.overall, f.programme.overall, true]];
        for (const [shown, all] of [[view.byKind, f.programme.byKind], [view.bySector, f.programme.bySector], [view.byArea, f.programme.byArea]] as const) {
          for (const r of shown) rows.push([r, all.find((x) => x.key === r.key)!.counts, false]);
        }
        for (const [shown, truth, total] of rows) {
          for (const measure of MEASURES) {
            const n = truth[measure] ?? 0;
            const err = Math.abs((shown.counts[measure] ?? 0) - n);
            figures += 1;
            absolute += err;
            if (err <= 4) within4 += 1;
            largest = Math.max(largest, err);
            if (total) largestOnTotal = Math.max(largestOnTotal, err);
            if (total && measure === 'signedUp') {
              signedUpTotals += 1;
              signedUpAbsolute += err;
              largestOnSignedUp = Math.max(largestOnSignedUp, err);
              if (n >= 50) largestRelativeOnSignedUp50 = Math.max(largestRelativeOnSignedUp50, err / n);
            }
            if (n > 0) {
              nonZero += 1;
              nonZeroAbsolute += err;
              if (err <= 4) nonZeroWithin4 += 1;
              if (shown.counts[measure] === null) emptied += 1;
            }
          }
        }
      }
    }
    process.stdout.write(
      `${JSON.stringify({
        accuracy: CELL_KEY.name,
        reports: PROGRAMMES.reduce((n, p) => n + p.moments.length, 0),
        figures,
        within_4: Math.round((within4 / figures) * 10_000) / 10_000,
        mean_absolute_error: Math.round((absolute / figures) * 100) / 100,
        non_zero_within_4: Math.round((nonZeroWithin4 / nonZero) * 10_000) / 10_000,
        non_zero_mean_absolute_error: Math.round((nonZeroAbsolute / nonZero) * 100) / 100,
        signed_up_mean_absolute_error: Math.round((signedUpAbsolute / signedUpTotals) * 100) / 100,
        largest_error: largest,
        largest_error_on_a_total: largestOnTotal,
        largest_error_on_signed_up: largestOnSignedUp,
        largest_relative_error_on_signed_up_from_50: Math.round(largestRelativeOnSignedUp50 * 1000) / 1000,
        non_zero_counts_left_empty: Math.round((emptied / nonZero) * 1000) / 1000,
      })}\n`,
    );
  });
});
