import fc from 'fast-check';
import { attack, type Attack, ATTACKS } from '../../../../test/support/disclosure/attacker.js';
import { CELL_KEY, OLD_RULE } from '../../../../test/support/disclosure/methods.js';
import { generateProgramme, programmeParams } from '../../../../test/support/disclosure/programmes.js';

/**
 * The attacks of the issue "What people read, and what the figures give away", played over
 * generated summer programmes against the real pure code (tabulation, cell keys, the view WSP
 * staff get): every report on its own, the weekly series, `current` just before and after single
 * enrolments, saves of a sealed record and erasures, and a coach who holds the reports beside the
 * own organisation's exact figures, all together. test/support/disclosure/attacker.ts says what the
 * attacker knows and what is protected; it checks its own soundness on every run. The figures
 * before and after, per attack, come from `npm run bench -- --testPathPatterns disclosure`.
 */
const PROGRAMMES = fc.sample(programmeParams, { seed: 20270601, numRuns: 200 }).map(generateProgramme);

describe('the disclosure harness', () => {
  it('has programmes with weekly series, watched enrolments, saves and erasures, and a coach with youths of its own', () => {
    const links = PROGRAMMES.flatMap((p) => p.links);
    const watched = (event: string) => links.filter((l) => l.kind === 'single' && l.event === event).length;
    expect(PROGRAMMES).toHaveLength(200);
    expect(links.filter((l) => l.kind === 'week').length).toBeGreaterThan(800);
    expect([watched('enrol'), watched('save'), watched('erase')].every((n) => n >= 30)).toBe(true);
    expect(PROGRAMMES.every((p) => p.moments.some((m) => m.youths.some((y) => y.organisationId === 'org-a')))).toBe(true);
  });

  it('pins protected counts under the old rule, and each attack adds to what one report gives', () => {
    const sample = PROGRAMMES.slice(0, 20);
    const pinned = (attacks: Attack[]) => sample.reduce((n, p) => n + attack(p, OLD_RULE, attacks).pinned.length, 0);
    const alone = pinned(['release']);
    expect(alone).toBeGreaterThan(0);
    for (const more of ['weekly', 'current', 'coach'] as const) expect(pinned(['release', more])).toBeGreaterThan(alone);
  }, 300_000);

  it('pins no protected count, priority count or complement with the cell-key method, all attacks together, over 200 programmes', () => {
    let protectedCount = 0;
    let areasLearned = 0;
    const pinned: string[] = [];
    for (const p of PROGRAMMES) {
      const r = attack(p, CELL_KEY, ATTACKS);
      protectedCount += r.protectedCount;
      areasLearned += r.areasLearned;
      pinned.push(...r.pinned.map((x) => `programme ${p.seed}: ${x.what} = ${x.truth}`));
    }
    expect(pinned).toEqual([]);
    expect(protectedCount).toBeGreaterThan(100_000);
    // The attacker is not idle: it still works out where a watched youth lives, now and then (README, what remains).
    expect(areasLearned).toBeGreaterThan(0);
  }, 600_000);
});
