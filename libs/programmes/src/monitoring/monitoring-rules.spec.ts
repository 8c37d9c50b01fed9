import fc from 'fast-check';
import { csvRecords, parseCsv } from '../../../../test/support/csv.js';
import {
  cellsToSuppress,
  CSV_COLUMNS,
  csvField,
  firstInterviewOutcome,
  followUpStatus,
  isoWeek,
  MEASURES,
  measuresOf,
  openView,
  organisationTable,
  type ProposalFacts,
  reportCsv,
  reportFilename,
  snapshotFigures,
  suppressedView,
  type Table,
  tabulate,
  type YouthFacts,
  zeroCounts,
} from './monitoring-rules.js';

const SECTORS = new Map([
  ['G', 'Handel'],
  ['I', 'Logies-, maaltijd- en drankverstrekking'],
]);

const proposal = (o: Partial<ProposalFacts> = {}): ProposalFacts => ({
  kind: 'summer_job',
  sector: 'I',
  reached: ['proposed'],
  interview: null,
  placementStart: null,
  outcomes: {},
  ...o,
});

const youth = (o: Partial<YouthFacts> = {}): YouthFacts => ({
  source: 'coach',
  priority: false,
  organisationId: 'org-a',
  municipality: 'Rotterdam',
  choices: [],
  proposals: [],
  ...o,
});

const many = (n: number, o: Partial<YouthFacts> = {}): YouthFacts[] => Array.from({ length: n }, () => youth(o));

/** A table whose overall row has these counts (the rest zero) and no other rows. */
const overallOnly = (counts: Record<string, number>): Table => ({ overall: { ...zeroCounts(), ...counts }, byKind: [], bySector: [], byArea: [] });

describe('the measures', () => {
  it('lists every count once, the follow-up statuses from the placement rules', () => {
    expect(new Set(MEASURES).size).toBe(MEASURES.length);
    expect(MEASURES).toEqual(expect.arrayContaining(['signedUp', 'signedUpIntake', 'signedUpCoach', 'priority', 'proposed', 'introduced', 'placed', 'completed', 'endedEarly']));
    expect(MEASURES.filter((m) => m.startsWith('threeMonths'))).toEqual([
      'threeMonthsFollowedUp',
      'threeMonthsStillWorkingThere',
      'threeMonthsOtherJob',
      'threeMonthsEducation',
      'threeMonthsNothing',
      'threeMonthsUnknown',
    ]);
  });

  it('counts a youth from open intake with priority and no proposal as signed up only', () => {
    expect(measuresOf(youth({ source: 'intake', priority: true }), []).sort()).toEqual(['priority', 'signedUp', 'signedUpIntake']);
  });

  it('counts a stage once any proposal ever reached it, also when that proposal later ended otherwise', () => {
    const withdrawn = proposal({ reached: ['proposed', 'viewed', 'invited', 'introduced', 'withdrawn'] });
    const ended = proposal({ reached: ['proposed', 'introduced', 'interview_planned', 'interviewed', 'offered', 'accepted', 'placed', 'ended_early'] });
    expect(measuresOf(youth(), [withdrawn])).toEqual(['signedUp', 'signedUpCoach', 'proposed', 'introduced']);
    expect(measuresOf(youth(), [withdrawn, ended])).toEqual(['signedUp', 'signedUpCoach', 'proposed', 'introduced', 'placed', 'endedEarly']);
  });

  it.each<[string, ProposalFacts[], 'showed_up' | 'no_show' | null]>([
    ['no interview yet', [proposal()], null],
    ['an interview planned, not held yet', [proposal({ interview: { at: '2027-06-01T10:00:00Z', history: [] } })], null],
    ['showed up at the only interview', [proposal({ interview: { at: '2027-06-01T10:00:00Z', outcome: 'showed_up', history: [] } })], 'showed_up'],
    [
      'a no-show first, then showed up at the new date',
      [proposal({ interview: { at: '2027-06-08T10:00:00Z', outcome: 'showed_up', history: [{ at: '2027-06-01T10:00:00Z', outcome: 'no_show' }] } })],
      'no_show',
    ],
    [
      'rescheduled first (no appointment yet), then showed up',
      [proposal({ interview: { at: '2027-06-08T10:00:00Z', outcome: 'showed_up', history: [{ at: '2027-06-01T10:00:00Z', outcome: 'rescheduled' }] } })],
      'showed_up',
    ],
    [
      'the earliest held interview across two proposals',
      [
        proposal({ interview: { at: '2027-06-03T10:00:00Z', outcome: 'showed_up', history: [] } }),
        proposal({ interview: { at: '2027-06-02T10:00:00Z', outcome: 'no_show', history: [] } }),
      ],
      'no_show',
    ],
  ])('first interview: %s', (_what, proposals, outcome) => {
    expect(firstInterviewOutcome(proposals)).toBe(outcome);
    const m = measuresOf(youth(), proposals);
    expect(m.includes('firstInterview')).toBe(outcome !== null);
    expect(m.includes('showedUpFirstInterview')).toBe(outcome === 'showed_up');
  });

  it("takes a follow-up from the youth's latest placement that has one", () => {
    const first = proposal({ placementStart: '2027-07-05', outcomes: { three_months: 'nothing', six_months: 'education' } });
    const second = proposal({ placementStart: '2027-08-02', outcomes: { three_months: 'still_working_there' } });
    expect(followUpStatus([first, second], 'three_months')).toBe('still_working_there');
    expect(followUpStatus([first, second], 'six_months')).toBe('education');
    expect(followUpStatus([proposal()], 'three_months')).toBeNull();
    expect(measuresOf(youth(), [first, second]).filter((m) => /Months/.test(m))).toEqual([
      'threeMonthsFollowedUp',
      'threeMonthsStillWorkingThere',
      'sixMonthsFollowedUp',
      'sixMonthsEducation',
    ]);
  });
});

describe('the tables', () => {
  const a = youth({ choices: [{ kind: 'summer_job', sector: 'I' }, { kind: 'job', sector: 'G' }], proposals: [proposal({ kind: 'job', sector: 'G', reached: ['proposed', 'introduced'] })] });
  const b = youth({ source: 'intake', municipality: null, organisationId: null, choices: [{ kind: 'summer_job', sector: 'I' }] });
  const c = youth({ municipality: 'Delft', priority: true });

  it('counts a youth in every kind and sector it chose or was proposed for, with only those proposals', () => {
    const t = tabulate([a, b, c], SECTORS);
    expect(t.overall).toMatchObject({ signedUp: 3, signedUpIntake: 1, signedUpCoach: 2, priority: 1, proposed: 1, introduced: 1 });
    expect(t.byKind.map((r) => [r.key, r.label, r.counts.signedUp, r.counts.proposed, r.counts.introduced])).toEqual([
      ['summer_job', 'zomerbaan', 2, 0, 0],
      ['job', 'bijbaan', 1, 1, 1],
      [null, 'geen keuze of voorstel', 1, 0, 0],
    ]);
    expect(t.bySector.map((r) => [r.key, r.label, r.counts.signedUp])).toEqual([
      ['G', 'Handel', 1],
      ['I', 'Logies-, maaltijd- en drankverstrekking', 2],
      [null, 'geen keuze of voorstel', 1],
    ]);
  });

  it('puts every youth in one area, by home municipality, the unknown last', () => {
    const t = tabulate([a, b, c], SECTORS);
    expect(t.byArea.map((r) => [r.key, r.label, r.counts.signedUp, r.counts.introduced])).toEqual([
      ['Delft', 'Delft', 1, 0],
      ['Rotterdam', 'Rotterdam', 1, 1],
      [null, 'onbekend', 1, 0],
    ]);
  });

  it('keeps a table per organisation, and an empty one for an organisation without youths', () => {
    const f = snapshotFigures([a, b, c], SECTORS);
    expect(f.programme.overall.signedUp).toBe(3);
    expect(organisationTable(f, 'org-a').overall).toMatchObject({ signedUp: 2, priority: 1 });
    expect(f.byOrganisation.find((o) => o.organisationId === null)?.table.overall.signedUpIntake).toBe(1);
    expect(organisationTable(f, 'org-z')).toEqual({ overall: zeroCounts(), byKind: [], bySector: [], byArea: [] });
  });
});

describe('suppression', () => {
  it('hides every count of 1 to 4 people and shows 0 and 5 or more', () => {
    const v = suppressedView(overallOnly({ signedUp: 20, signedUpIntake: 10, signedUpCoach: 10, priority: 10, proposed: 4, introduced: 1, placed: 0, completed: 5 }));
    expect(v.overall.counts).toMatchObject({ signedUp: 20, proposed: null, introduced: null, placed: 0, completed: 5 });
  });

  it('shows the own organisation everything, small numbers too', () => {
    const v = openView(overallOnly({ signedUp: 3, signedUpCoach: 3, priority: 1 }));
    expect(v.overall.counts).toMatchObject({ signedUp: 3, signedUpCoach: 3, priority: 1 });
    expect(v.overall.priorityShare).toBe(0.33);
  });

  it('hides a second part where a total is the sum of its parts: signed up = intake + coach', () => {
    const v = suppressedView(overallOnly({ signedUp: 12, signedUpIntake: 3, signedUpCoach: 9, priority: 6 }));
    expect(v.overall.counts).toMatchObject({ signedUp: 12, signedUpIntake: null, signedUpCoach: null, priority: 6 });
  });

  it('hides the smallest non-zero other status of a follow-up, so the small one cannot be worked out', () => {
    const v = suppressedView(
      overallOnly({ signedUp: 30, signedUpCoach: 30, threeMonthsFollowedUp: 20, threeMonthsStillWorkingThere: 9, threeMonthsOtherJob: 6, threeMonthsEducation: 2, threeMonthsNothing: 0, threeMonthsUnknown: 3 }),
    );
    // Two small ones hide each other; nothing more is needed.
    expect(v.overall.counts).toMatchObject({ threeMonthsFollowedUp: 20, threeMonthsStillWorkingThere: 9, threeMonthsOtherJob: 6, threeMonthsEducation: null, threeMonthsUnknown: null, threeMonthsNothing: 0 });
    const one = suppressedView(
      overallOnly({ signedUp: 30, signedUpCoach: 30, threeMonthsFollowedUp: 17, threeMonthsStillWorkingThere: 9, threeMonthsOtherJob: 6, threeMonthsEducation: 2, threeMonthsNothing: 0, threeMonthsUnknown: 0 }),
    );
    expect(one.overall.counts).toMatchObject({ threeMonthsFollowedUp: 17, threeMonthsStillWorkingThere: 9, threeMonthsOtherJob: null, threeMonthsEducation: null, threeMonthsNothing: 0 });
  });

  it('never shows priority beside a complement of 1 to 4, and hides the share with it', () => {
    const v = suppressedView(overallOnly({ signedUp: 8, signedUpCoach: 8, priority: 6 }));
    expect(v.overall.counts).toMatchObject({ signedUp: 8, priority: null });
    expect(v.overall.priorityShare).toBeNull();
    expect(suppressedView(overallOnly({ signedUp: 6, signedUpCoach: 6, priority: 6 })).overall.priorityShare).toBe(1);
    expect(suppressedView(overallOnly({ signedUp: 12, signedUpCoach: 12, priority: 6 })).overall.priorityShare).toBe(0.5);
    expect(suppressedView(overallOnly({ signedUp: 12, signedUpCoach: 12, priority: 3 })).overall.priorityShare).toBeNull();
  });

  it('hides a second area when one area is hidden and the total is shown (areas add up to the total)', () => {
    const youths = [...many(10, { municipality: 'Rotterdam' }), ...many(6, { municipality: 'Schiedam' }), ...many(3, { municipality: 'Delft' })];
    const v = suppressedView(tabulate(youths, SECTORS));
    expect(v.overall.counts.signedUp).toBe(19);
    expect(v.byArea.map((r) => [r.key, r.counts.signedUp])).toEqual([
      ['Delft', null],
      ['Rotterdam', 10],
      ['Schiedam', null],
    ]);
  });

  it('hides the total too when the only area, equal to it, lost a cell to its own row', () => {
    const youths = [...many(3, { source: 'intake' }), ...many(9)];
    const hidden = cellsToSuppress(tabulate(youths, SECTORS));
    // Without choices they are all in the kind and sector rows "no choice or proposal" too, equal to the total as well.
    expect([...hidden].sort()).toEqual(
      ['area', 'kind', 'overall', 'sector'].flatMap((row) => [`${row === 'overall' ? row : `${row}:0`}|signedUpCoach`, `${row === 'overall' ? row : `${row}:0`}|signedUpIntake`]),
    );
  });

  it('treats kinds and sectors that add up to the total as a sum: a lone small one takes the smallest other with it', () => {
    const youths = [
      ...many(7, { choices: [{ kind: 'summer_job', sector: 'I' }] }),
      ...many(2, { choices: [{ kind: 'job', sector: 'G' }] }),
      ...many(5, { choices: [{ kind: 'internship', sector: 'G' }] }),
      youth(),
    ];
    const v = suppressedView(tabulate(youths, SECTORS));
    expect(v.overall.counts.signedUp).toBe(15);
    expect(v.byKind.map((r) => [r.key, r.counts.signedUp])).toEqual([
      ['summer_job', 7],
      ['job', null],
      ['internship', 5],
      [null, null],
    ]);
    // Sector G holds 7 (2 + 5), I holds 7, and the one youth without a choice: hidden with the smallest other.
    expect(v.bySector.map((r) => r.counts.signedUp)).toEqual([null, 7, null]);
  });

  it('hides a second kind when one is hidden and the total is shown, also where kinds overlap', () => {
    const youths = [
      ...many(6, { choices: [{ kind: 'summer_job', sector: 'I' }, { kind: 'job', sector: 'G' }] }),
      ...many(2, { choices: [{ kind: 'internship', sector: 'G' }] }),
      ...many(5, { choices: [{ kind: 'job', sector: 'G' }] }),
    ];
    const v = suppressedView(tabulate(youths, SECTORS));
    expect(v.overall.counts.signedUp).toBe(13);
    expect(v.byKind.map((r) => [r.key, r.counts.signedUp])).toEqual([
      ['summer_job', null],
      ['job', 11],
      ['internship', null],
    ]);
  });

  it('leaves no hidden cell that a sum or a complement gives away, whatever the programme', () => {
    const facts = fc.record({
      source: fc.constantFrom<'intake' | 'coach'>('intake', 'coach'),
      priority: fc.boolean(),
      organisationId: fc.constant('org'),
      municipality: fc.constantFrom('Delft', 'Rotterdam', 'Schiedam', null),
      choices: fc.array(fc.record({ kind: fc.constantFrom('summer_job', 'job'), sector: fc.constantFrom('G', 'I') }), { maxLength: 2 }),
      proposals: fc.array(
        fc.record({
          kind: fc.constantFrom('summer_job', 'job'),
          sector: fc.constantFrom('G', 'I'),
          reached: fc.subarray(['proposed', 'introduced', 'placed', 'completed'] as const),
          interview: fc.constant(null),
          placementStart: fc.constantFrom(null, '2027-07-05'),
          outcomes: fc.record({ three_months: fc.constantFrom('still_working_there', 'other_job', 'nothing') as fc.Arbitrary<'still_working_there' | 'other_job' | 'nothing'> }),
        }),
        { maxLength: 2 },
      ),
    });
    fc.assert(
      fc.property(fc.array(facts, { maxLength: 40 }), (youths) => {
        const t = tabulate(youths as YouthFacts[], SECTORS);
        const hidden = cellsToSuppress(t);
        const rows: [string, Record<string, number>][] = [['overall', t.overall], ...t.byArea.map((r, i): [string, Record<string, number>] => [`area:${i}`, r.counts])];
        const h = (id: string, m: string) => hidden.has(`${id}|${m}`);
        for (const [id, c] of rows) {
          for (const m of MEASURES) if (c[m]! > 0 && c[m]! < 5) expect(h(id, m)).toBe(true);
          expect([h(id, 'signedUp'), h(id, 'signedUpIntake'), h(id, 'signedUpCoach')].filter(Boolean)).not.toHaveLength(1);
          const rest = c.signedUp! - c.priority!;
          if (rest > 0 && rest < 5) expect(h(id, 'signedUp') || h(id, 'priority')).toBe(true);
        }
        for (const m of MEASURES) {
          expect([h('overall', m), ...t.byArea.map((_r, i) => h(`area:${i}`, m))].filter(Boolean)).not.toHaveLength(1);
          for (const [d, rowsOf] of [['kind', t.byKind], ['sector', t.bySector]] as const) {
            const hiddenRows = rowsOf.filter((_r, i) => h(`${d}:${i}`, m)).length;
            if (rowsOf.reduce((n, r) => n + r.counts[m]!, 0) === t.overall[m]) expect(hiddenRows + (h('overall', m) ? 1 : 0)).not.toBe(1);
            else if (!h('overall', m)) expect(hiddenRows === 1 && rowsOf.length > 1).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('CSV', () => {
  it.each<[string | number | null, string]>([
    ['Rotterdam', 'Rotterdam'],
    ['Logies-, maaltijd- en drankverstrekking', '"Logies-, maaltijd- en drankverstrekking"'],
    ['Zomer "banen"', '"Zomer ""banen"""'],
    ['twee\nregels', '"twee\nregels"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+31', "'+31"],
    ["'s-Hertogenbosch", "'s-Hertogenbosch"],
    [12, '12'],
    [0.33, '0.33'],
    [null, ''],
  ])('writes %j as %s', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('has a header row and one line per row, suppressed cells empty, and reads back to the same figures', () => {
    const youths = [...many(10, { municipality: 'Rotterdam', priority: true }), ...many(6, { municipality: 'Schiedam', source: 'intake' }), ...many(3, { municipality: 'Delft' })];
    const view = suppressedView(tabulate(youths, SECTORS));
    const takenAt = new Date('2027-06-07T06:00:00Z');
    const text = reportCsv({ programme: 'Zomerbanen, 2027', moment: 'weekly', takenAt }, view);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)[0]).toEqual(CSV_COLUMNS);
    expect(CSV_COLUMNS).toContain('showed_up_first_interview');
    expect(CSV_COLUMNS).toContain('three_months_still_working_there');
    const records = csvRecords(text);
    expect(records.map((r) => [r.dimension, r.key, r.label])).toEqual([
      ['overall', '', 'totaal'],
      ['kind', '', 'geen keuze of voorstel'],
      ['sector', '', 'geen keuze of voorstel'],
      ['area', 'Delft', 'Delft'],
      ['area', 'Rotterdam', 'Rotterdam'],
      ['area', 'Schiedam', 'Schiedam'],
    ]);
    const rows = [view.overall, ...view.byKind, ...view.bySector, ...view.byArea];
    records.forEach((r, i) => {
      expect(r).toMatchObject({ programme: 'Zomerbanen, 2027', moment: 'weekly', taken_at: '2027-06-07T06:00:00.000Z' });
      expect(r.priority_share).toBe(rows[i]!.priorityShare === null ? '' : String(rows[i]!.priorityShare));
      for (const m of MEASURES) {
        const column = m.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`);
        expect(r[column] === '' ? null : Number(r[column])).toBe(rows[i]!.counts[m]);
      }
    });
    expect(records[0]).toMatchObject({ signed_up: '19', priority: '10', priority_share: '0.53' });
    expect(records[3]).toMatchObject({ signed_up: '', priority: '0' });
  });

  it('names the file after the programme, the moment and the day, and marks an organisation view', () => {
    const at = new Date('2027-05-03T09:00:00Z');
    expect(reportFilename('Zomerbanen 2027', 'baseline', at, false)).toBe('monitoring-zomerbanen-2027-baseline-2027-05-03.csv');
    expect(reportFilename('Café "Zomer" / Súdwest', 'current', at, true)).toBe('monitoring-cafe-zomer-sudwest-current-2027-05-03-organisation.csv');
    expect(reportFilename('***', 'close', at, false)).toBe('monitoring-programme-close-2027-05-03.csv');
  });
});

describe('ISO weeks', () => {
  it.each([
    ['2027-06-07T06:00:00Z', '2027-W23'],
    ['2027-06-13T23:59:59Z', '2027-W23'],
    ['2027-06-14T00:00:00Z', '2027-W24'],
    ['2026-12-31T12:00:00Z', '2026-W53'],
    ['2027-01-03T12:00:00Z', '2026-W53'],
    ['2027-01-04T00:00:00Z', '2027-W01'],
    ['2024-12-30T08:00:00Z', '2025-W01'],
    ['2021-01-03T08:00:00Z', '2020-W53'],
  ])('%s is in %s', (at, week) => {
    expect(isoWeek(new Date(at))).toBe(week);
  });
});
