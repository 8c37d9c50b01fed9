import fc from 'fast-check';
import { csvRecords, parseCsv } from '../../../../test/support/csv.js';
import { MAX_ERROR } from './cell-key.js';
import {
  CSV_COLUMNS,
  csvField,
  firstInterviewOutcome,
  followUpStatus,
  isoWeek,
  legacyKeys,
  MEASURES,
  measuresOf,
  openView,
  organisationTable,
  protectedView,
  type ProposalFacts,
  reportCsv,
  reportFilename,
  type RowView,
  SIGN_UP_MEASURES,
  type SnapshotFigures,
  snapshotFigures,
  type Table,
  type TableView,
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

/** Youths get distinct keys from a fixed sequence, so every run draws the same figures. */
let nextKey = 1;
const youth = (o: Partial<YouthFacts> = {}): YouthFacts => ({
  source: 'coach',
  priority: false,
  organisationId: 'org-a',
  municipality: 'Rotterdam',
  choices: [],
  proposals: [],
  key: Math.imul(nextKey++, 2654435761) >>> 0,
  sealedVersion: 1,
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

  it('counts a youth with priority and no proposal as signed up by a coach and priority only', () => {
    expect(measuresOf(youth({ priority: true }), []).sort()).toEqual(['priority', 'signedUp', 'signedUpCoach']);
    expect(measuresOf(youth({ source: 'intake', organisationId: null, sealedVersion: 0 }), []).sort()).toEqual(['signedUp', 'signedUpIntake']);
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

/** Every row of a view with its dimension, for checks over all of them. */
const viewRows = (v: TableView): [string, RowView][] => [
  ['overall', v.overall],
  ...v.byKind.map((r): [string, RowView] => ['kind', r]),
  ...v.bySector.map((r): [string, RowView] => ['sector', r]),
  ...v.byArea.map((r): [string, RowView] => ['area', r]),
];
const tableRow = (t: Table, dimension: string, key: string | null) =>
  dimension === 'overall' ? t.overall : ({ kind: t.byKind, sector: t.bySector, area: t.byArea } as const)[dimension as 'kind']!.find((r) => r.key === key)!.counts;

const facts = fc.record({
  source: fc.constantFrom<'intake' | 'coach'>('intake', 'coach'),
  priority: fc.boolean(),
  organisationId: fc.constantFrom('org-a', 'org-b'),
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
  key: fc.integer({ min: 0, max: 0xffffffff }),
  sealedVersion: fc.nat(5),
}).map((y): YouthFacts => (y.source === 'intake' ? { ...y, priority: false, organisationId: null, sealedVersion: 0 } : y));

describe("the WSP's view: the cell-key method", () => {
  it('shows every figure as a multiple of 5 within 9 of the truth, nobody as empty, and a row only with its signed-up figure', () => {
    fc.assert(
      fc.property(fc.array(facts, { maxLength: 60 }), (youths) => {
        const f = snapshotFigures(youths, SECTORS);
        const v = protectedView(f);
        for (const [dimension, row] of viewRows(v)) {
          const truth = tableRow(f.programme, dimension, row.key);
          for (const m of MEASURES) {
            const shown = row.counts[m];
            if (truth[m] === 0) expect(shown).toBeNull();
            if (shown === null) continue;
            expect(shown! % 5).toBe(0);
            expect(shown).toBeGreaterThan(0);
            expect(Math.abs(shown! - truth[m]!)).toBeLessThanOrEqual(MAX_ERROR);
          }
          if (dimension !== 'overall') expect(row.counts.signedUp).not.toBeNull();
          const share = row.priorityShare;
          if (share !== null) expect(share).toBe(Math.min(1, Math.round((row.counts.priority! / row.counts.signedUp!) * 100) / 100));
        }
        // Rows keep their order; a row is left out only when its signed-up figure may come to 0.
        for (const [d, rows, shown] of [['kind', f.programme.byKind, v.byKind], ['sector', f.programme.bySector, v.bySector], ['area', f.programme.byArea, v.byArea]] as const) {
          expect(shown.map((r) => r.key)).toEqual(rows.filter((r) => shown.some((x) => x.key === r.key)).map((r) => r.key));
          for (const r of rows) if (r.counts.signedUp! > MAX_ERROR) expect([d, shown.some((x) => x.key === r.key)]).toEqual([d, true]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same youths the same figures, in any order and beside any other youths', () => {
    fc.assert(
      fc.property(fc.array(facts, { minLength: 1, maxLength: 40 }), facts, (youths, newcomer) => {
        const v = protectedView(snapshotFigures(youths, SECTORS));
        expect(protectedView(snapshotFigures([...youths].reverse(), SECTORS))).toEqual(v);
        // A newcomer from an area nobody else is in, with no choice, proposal or organisation of theirs:
        // the other areas' rows are the same youths, so they show the same figures.
        const elsewhere = { ...newcomer, municipality: 'Maassluis', choices: [], proposals: [], organisationId: 'org-new' };
        const after = protectedView(snapshotFigures([...youths, elsewhere], SECTORS));
        for (const row of v.byArea) expect(after.byArea.find((r) => r.key === row.key)).toEqual(row);
      }),
      { numRuns: 100 },
    );
  });

  it("draws the sign-up figures of a youth's rows afresh when it joins or its sealed record is saved, whatever its priority", () => {
    const others = many(12, { municipality: 'Schiedam' });
    const keysOf = (ys: YouthFacts[]) => snapshotFigures(ys, SECTORS).keys!.byArea.find((_k, i) => snapshotFigures(ys, SECTORS).programme.byArea[i]!.key === 'Schiedam')!;
    const before = keysOf(others);
    const joiner = youth({ municipality: 'Schiedam' });
    const withPlain = keysOf([...others, joiner]);
    const withPriority = keysOf([...others, { ...joiner, priority: true }]);
    for (const m of SIGN_UP_MEASURES) {
      expect(withPlain[m]).not.toBe(before[m]);
      expect(withPriority[m]).not.toBe(before[m]);
      expect(withPriority[m]).not.toBe(withPlain[m]);
    }
    // A save without a change of priority draws afresh as well: the figures cannot tell a switch from a save.
    const saved = keysOf([...others.slice(1), { ...others[0]!, sealedVersion: others[0]!.sealedVersion + 1 }]);
    for (const m of SIGN_UP_MEASURES) expect(saved[m]).not.toBe(before[m]);
    // A stage's key is its own youths' keys: the joiner has no proposal, so the stages keep theirs.
    expect(withPriority.proposed).toBe(before.proposed);
  });

  it('shows a stored snapshot the same after the keys went through JSON, and after its youths are gone', () => {
    const youths = [...many(9, { municipality: 'Rotterdam', priority: true }), ...many(6, { municipality: 'Schiedam', source: 'intake', organisationId: null, sealedVersion: 0 })];
    const f = snapshotFigures(youths, SECTORS);
    const stored = JSON.parse(JSON.stringify(f)) as SnapshotFigures;
    expect(protectedView(stored)).toEqual(protectedView(f));
  });

  it('draws fixed keys for a snapshot stored before the keys were kept, from its own seed', () => {
    const f = snapshotFigures(many(23, { municipality: 'Delft', priority: true }), SECTORS);
    const legacy: SnapshotFigures = { programme: f.programme, byOrganisation: f.byOrganisation, legacySeed: 12345 };
    expect(protectedView(legacy)).toEqual(protectedView(JSON.parse(JSON.stringify(legacy))));
    expect(legacyKeys(f.programme, 12345)).toEqual(legacyKeys(f.programme, 12345));
    expect(legacyKeys(f.programme, 12345).overall).not.toEqual(legacyKeys(f.programme, 54321).overall);
    for (const [d, row] of viewRows(protectedView(legacy))) {
      for (const m of MEASURES) if (row.counts[m] !== null) expect(Math.abs(row.counts[m]! - tableRow(f.programme, d, row.key)[m]!)).toBeLessThanOrEqual(MAX_ERROR);
    }
  });

  it('shows the own organisation everything, small numbers and zeros too', () => {
    const v = openView(overallOnly({ signedUp: 3, signedUpCoach: 3, priority: 1 }));
    expect(v.overall.counts).toMatchObject({ signedUp: 3, signedUpCoach: 3, priority: 1, placed: 0 });
    expect(v.overall.priorityShare).toBe(0.33);
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

  it('has a header row and one line per row, empty cells where nothing is shown, and reads back to the same figures', () => {
    const youths = [...many(10, { municipality: 'Rotterdam', priority: true }), ...many(6, { municipality: 'Schiedam', source: 'intake', organisationId: null, sealedVersion: 0 }), ...many(3, { municipality: 'Delft' })];
    const view = protectedView(snapshotFigures(youths, SECTORS));
    const takenAt = new Date('2027-06-07T06:00:00Z');
    const text = reportCsv({ programme: 'Zomerbanen, 2027', moment: 'weekly', takenAt }, view);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)[0]).toEqual(CSV_COLUMNS);
    expect(CSV_COLUMNS).toContain('showed_up_first_interview');
    expect(CSV_COLUMNS).toContain('three_months_still_working_there');
    const records = csvRecords(text);
    const rows = viewRows(view);
    expect(records.map((r) => [r.dimension, r.key, r.label])).toEqual(rows.map(([d, r]) => [d, r.key ?? '', r.label]));
    expect(records[1]).toMatchObject({ dimension: 'kind', key: '', label: 'geen keuze of voorstel' });
    records.forEach((r, i) => {
      expect(r).toMatchObject({ programme: 'Zomerbanen, 2027', moment: 'weekly', taken_at: '2027-06-07T06:00:00.000Z' });
      expect(r.priority_share).toBe(rows[i]![1].priorityShare === null ? '' : String(rows[i]![1].priorityShare));
      for (const m of MEASURES) {
        const column = m.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`);
        expect(r[column] === '' ? null : Number(r[column])).toBe(rows[i]![1].counts[m]);
      }
    });
    // Nobody placed: empty, as is every figure that comes to 0.
    expect(records[0]).toMatchObject({ placed: '', completed: '' });
    expect(Number(records[0]!.signed_up)).toBeGreaterThanOrEqual(10);
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
