import { shareOf, VACANCY_KINDS } from '@startbaan/employers/rules';
import { kindName } from '@startbaan/matching/core';
import type { Interview } from '@startbaan/placements';
import { FOLLOW_UP_STATUSES, type FollowUpMoment, type FollowUpStatus, type ProposalState } from '@startbaan/placements/rules';
import { addKeys, CELL_KEY_METHOD, type CellKeyMethod, cellDraws, hash32, mix32, publishedCount, ROUNDING_BASE, signUpKey } from './cell-key.js';

/**
 * Monitoring of a summer programme, as plain functions over plain data: what each measure
 * counts, the tables per kind, sector and area, the cell keys and the rounded view for everyone
 * outside the coach's own organisation (cell-key.ts), and the CSV export. Every measure counts
 * people (youths), never proposals or placements, because the protection is about people.
 */

export const SNAPSHOT_MOMENTS = ['baseline', 'weekly', 'close'] as const;
export type SnapshotMoment = (typeof SNAPSHOT_MOMENTS)[number];

/**
 * Aggregates shown outside a coach's own organisation never show a group of fewer people than
 * this (DOMAIN.md, privacy): a small group is too easy to put names to. The figures are rounded to
 * multiples of it, and a figure that rounds to 0 is left empty.
 */
export const SUPPRESSION_THRESHOLD = ROUNDING_BASE;

export type EntrySource = 'intake' | 'coach';

/** The follow-ups after a placement that the report shows, by the prefix of their measures. */
const FOLLOW_UPS = { threeMonths: 'three_months', sixMonths: 'six_months' } as const satisfies Record<string, FollowUpMoment>;
type FollowUpPrefix = keyof typeof FOLLOW_UPS;

/** The way from proposal to placement, in report order. */
const FUNNEL = ['proposed', 'introduced', 'firstInterview', 'showedUpFirstInterview', 'placed', 'completed', 'endedEarly'] as const;

/** Stages a youth reaches once any of its proposals entered this state (by the transition history). */
const REACHED = { introduced: 'introduced', placed: 'placed', completed: 'completed', endedEarly: 'ended_early' } as const satisfies Partial<
  Record<(typeof FUNNEL)[number], ProposalState>
>;

const camel = (s: string): string => s.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
const capitalised = (s: string): string => `${s[0]!.toUpperCase()}${s.slice(1)}`;
const followedUp = (prefix: FollowUpPrefix): string => `${prefix}FollowedUp`;
const outcomeMeasure = (prefix: FollowUpPrefix, status: FollowUpStatus): string => `${prefix}${capitalised(camel(status))}`;
const followUpMeasures = (prefix: FollowUpPrefix): string[] => [followedUp(prefix), ...FOLLOW_UP_STATUSES.map((s) => outcomeMeasure(prefix, s))];

/**
 * The measures, in report order. `signedUp` counts every entry (also those withdrawn later),
 * split into open intake and enrolled by a coach; `priority` those with the priority flag;
 * `proposed` those with a proposal in the programme; `introduced`, `placed`, `completed` and
 * `endedEarly` those with a proposal that ever reached that state; `firstInterview` those whose
 * first interview has an outcome (a rescheduled or pending slot is no appointment yet), and
 * `showedUpFirstInterview` those who came to it; `threeMonths…`/`sixMonths…` the outcome
 * recorded at that follow-up of the youth's latest placement with one.
 */
export const MEASURES: readonly string[] = [
  'signedUp',
  'signedUpIntake',
  'signedUpCoach',
  'priority',
  ...FUNNEL,
  ...followUpMeasures('threeMonths'),
  ...followUpMeasures('sixMonths'),
];

export type Counts = Record<string, number>;

export interface VacancyFacts {
  kind: string;
  /** SBI section letter. */
  sector: string;
}

export interface ProposalFacts extends VacancyFacts {
  /** Every state the proposal ever entered, from its transition history. */
  reached: readonly ProposalState[];
  interview: Pick<Interview, 'at' | 'outcome' | 'history'> | null;
  /** The first day of its placement (YYYY-MM-DD), if it has one. */
  placementStart: string | null;
  outcomes: Partial<Record<FollowUpMoment, FollowUpStatus>>;
}

/** One youth in the programme, with what the measures read. */
export interface YouthFacts {
  source: EntrySource;
  priority: boolean;
  organisationId: string | null;
  /** Of the youth's home PC4; null when unknown (an erased youth keeps no PC4). */
  municipality: string | null;
  choices: readonly VacancyFacts[];
  proposals: readonly ProposalFacts[];
  /** The youth's permanent random key (0 to 2^32 - 1), from which the rounding of its cells is drawn; never shown to anyone. */
  key: number;
  /** How often the youth's sealed record was saved (0 without one). */
  sealedVersion: number;
}

/**
 * The outcome of the youth's first interview among `proposals`: the earliest slot that has
 * an outcome of showed_up or no_show, or null when none has come yet.
 */
export function firstInterviewOutcome(proposals: readonly ProposalFacts[]): 'showed_up' | 'no_show' | null {
  const slots = proposals.flatMap((p) => (p.interview ? [...(p.interview.history ?? []), { at: p.interview.at, outcome: p.interview.outcome }] : []));
  const held = slots.filter((s) => s.outcome === 'showed_up' || s.outcome === 'no_show').sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return (held[0]?.outcome as 'showed_up' | 'no_show' | undefined) ?? null;
}

/** What became of the youth at a follow-up: the status recorded for the latest placement (by start) that has one. */
export function followUpStatus(proposals: readonly ProposalFacts[], moment: FollowUpMoment): FollowUpStatus | null {
  const recorded = proposals.filter((p) => p.placementStart && p.outcomes[moment]).sort((a, b) => b.placementStart!.localeCompare(a.placementStart!));
  return recorded[0]?.outcomes[moment] ?? null;
}

/** The measures one youth counts in, looking only at `proposals` (those of the group being counted). */
export function measuresOf(y: YouthFacts, proposals: readonly ProposalFacts[]): string[] {
  const out = ['signedUp', y.source === 'intake' ? 'signedUpIntake' : 'signedUpCoach'];
  if (y.priority) out.push('priority');
  if (proposals.length) out.push('proposed');
  for (const [measure, state] of Object.entries(REACHED)) if (proposals.some((p) => p.reached.includes(state))) out.push(measure);
  const first = firstInterviewOutcome(proposals);
  if (first) out.push('firstInterview');
  if (first === 'showed_up') out.push('showedUpFirstInterview');
  for (const [prefix, moment] of Object.entries(FOLLOW_UPS) as [FollowUpPrefix, FollowUpMoment][]) {
    const status = followUpStatus(proposals, moment);
    if (status) out.push(followedUp(prefix), outcomeMeasure(prefix, status));
  }
  return out;
}

export const zeroCounts = (): Counts => Object.fromEntries(MEASURES.map((m) => [m, 0]));

/** The measures whose cells share their row's key (cell-key.ts, `signUpKey`). */
export const SIGN_UP_MEASURES: readonly string[] = ['signedUp', 'signedUpIntake', 'signedUpCoach', 'priority'];
const SIGN_UP = new Set(SIGN_UP_MEASURES);

/**
 * The counts of a set of youths and the key of every cell: for the sign-up measures the sum of
 * every member's sign-up key, for the others the sum of the keys of the youths the cell counts.
 */
function count(members: { youth: YouthFacts; proposals: readonly ProposalFacts[] }[]): { counts: Counts; keys: Counts } {
  const counts = zeroCounts();
  const keys = zeroCounts();
  let row = 0;
  for (const { youth, proposals } of members) {
    row = addKeys(row, signUpKey(youth.key, youth.sealedVersion, youth.priority));
    for (const m of measuresOf(youth, proposals)) {
      const counted = counts[m];
      const key = keys[m];
      if (counted === undefined || key === undefined) throw new Error(`Monitoring: "${m}" is not one of the measures`);
      counts[m] = counted + 1;
      if (!SIGN_UP.has(m)) keys[m] = addKeys(key, youth.key);
    }
  }
  for (const m of SIGN_UP_MEASURES) keys[m] = row;
  return { counts, keys };
}

export interface Row {
  /** Kind, SBI letter or municipality; null for youths whose municipality is unknown. */
  key: string | null;
  label: string;
  counts: Counts;
}

export const DIMENSIONS = ['kind', 'sector', 'area'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** The figures of one set of youths: all of them, and per kind, sector and area. */
export interface Table {
  overall: Counts;
  byKind: Row[];
  bySector: Row[];
  byArea: Row[];
}

const ROWS_OF: Record<Dimension, keyof Omit<Table, 'overall'>> = { kind: 'byKind', sector: 'bySector', area: 'byArea' };

export const UNKNOWN_AREA_LABEL = 'onbekend';
export const NO_VACANCY_LABEL = 'geen keuze of voorstel';

/** The key of every cell of a table, row by row as in the table (the sums of cell-key.ts). */
export interface TableKeys {
  overall: Counts;
  byKind: Counts[];
  bySector: Counts[];
  byArea: Counts[];
}

/**
 * Kind and sector belong to vacancies: a youth counts in each kind (sector) it chose or was
 * proposed for, with only those proposals, so these rows may add up to more than the total; a
 * last row (key null) holds the youths with no choice and no proposal yet, so that every youth
 * is in some row. Area is the youth's home municipality: every youth in exactly one row, with
 * all its proposals.
 */
export function tabulate(youths: readonly YouthFacts[], sectorLabels: ReadonlyMap<string, string>): Table {
  return tabulateWithKeys(youths, sectorLabels).table;
}

function tabulateWithKeys(youths: readonly YouthFacts[], sectorLabels: ReadonlyMap<string, string>): { table: Table; keys: TableKeys } {
  const unlinked = youths.filter((y) => !y.choices.length && !y.proposals.length);
  type Counted = { key: string | null; label: string; counted: ReturnType<typeof count> };
  const byVacancy = (field: keyof VacancyFacts, keys: string[], label: (k: string) => string): Counted[] => [
    ...keys.map((key) => {
      const members = youths
        .filter((y) => y.choices.some((c) => c[field] === key) || y.proposals.some((p) => p[field] === key))
        .map((youth) => ({ youth, proposals: youth.proposals.filter((p) => p[field] === key) }));
      return { key, label: label(key), counted: count(members) };
    }),
    ...(unlinked.length ? [{ key: null, label: NO_VACANCY_LABEL, counted: count(unlinked.map((youth) => ({ youth, proposals: [] }))) }] : []),
  ];
  const present = (field: keyof VacancyFacts) => [...new Set(youths.flatMap((y) => [...y.choices, ...y.proposals].map((v) => v[field])))];
  const kinds = present('kind').sort((a, b) => kindOrder(a) - kindOrder(b));
  const areas = [...new Set(youths.map((y) => y.municipality))].sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'nl')));
  const overall = count(youths.map((youth) => ({ youth, proposals: youth.proposals })));
  const byKind = byVacancy('kind', kinds, (k) => kindName(k).nl);
  const bySector = byVacancy('sector', present('sector').sort(), (s) => sectorLabels.get(s) ?? s);
  const byArea: Counted[] = areas.map((key) => ({
    key,
    label: key ?? UNKNOWN_AREA_LABEL,
    counted: count(youths.filter((y) => y.municipality === key).map((youth) => ({ youth, proposals: youth.proposals }))),
  }));
  const rows = (xs: Counted[]): Row[] => xs.map(({ key, label, counted }) => ({ key, label, counts: counted.counts }));
  const keysOf = (xs: Counted[]): Counts[] => xs.map((x) => x.counted.keys);
  return {
    table: { overall: overall.counts, byKind: rows(byKind), bySector: rows(bySector), byArea: rows(byArea) },
    keys: { overall: overall.keys, byKind: keysOf(byKind), bySector: keysOf(bySector), byArea: keysOf(byArea) },
  };
}

const kindOrder = (k: string): number => {
  const i = (VACANCY_KINDS as readonly string[]).indexOf(k);
  return i < 0 ? VACANCY_KINDS.length : i;
};

/**
 * What a snapshot stores: the programme's table with the key of every cell, and one table per
 * coaching organisation (for the coach's own view), all unrounded, because what is shown depends
 * on who looks. The cell keys are kept with the figures so that a snapshot shows the same figures
 * for good, also after a youth in it was erased and its key deleted. Snapshots stored before the
 * keys were kept carry a random `legacySeed` instead (see `legacyKeys`).
 */
export interface SnapshotFigures {
  programme: Table;
  keys?: TableKeys;
  legacySeed?: number;
  byOrganisation: { organisationId: string | null; table: Table }[];
}

export function snapshotFigures(youths: readonly YouthFacts[], sectorLabels: ReadonlyMap<string, string>): SnapshotFigures {
  const orgs = [...new Set(youths.map((y) => y.organisationId))];
  const { table, keys } = tabulateWithKeys(youths, sectorLabels);
  return {
    programme: table,
    keys,
    byOrganisation: orgs.map((organisationId) => ({ organisationId, table: tabulate(youths.filter((y) => y.organisationId === organisationId), sectorLabels) })),
  };
}

/** The table of one organisation's youths; empty when it has none in the programme. */
export function organisationTable(f: SnapshotFigures, organisationId: string): Table {
  return f.byOrganisation.find((o) => o.organisationId === organisationId)?.table ?? { overall: zeroCounts(), byKind: [], bySector: [], byArea: [] };
}

// --- what a viewer gets ----------------------------------------------------------------

/** A count, or null where it is suppressed. */
export type Cell = number | null;

export interface RowView {
  key: string | null;
  label: string;
  counts: Record<string, Cell>;
  /** priority / signedUp with two decimals, from the figures as shown (at most 1); null when either is not shown. */
  priorityShare: number | null;
}

export interface TableView {
  overall: RowView;
  byKind: RowView[];
  bySector: RowView[];
  byArea: RowView[];
}

const rowIds = (t: Table, d: Dimension): string[] => t[ROWS_OF[d]].map((_r, i) => `${d}:${i}`);

/**
 * Keys for a snapshot stored before the figures carried them: one per cell, drawn from the
 * snapshot's own random seed. Fixed, so such a snapshot too shows the same figures every time.
 */
export function legacyKeys(t: Table, seed: number): TableKeys {
  const keys = (id: string): Counts => Object.fromEntries(MEASURES.map((m) => [m, mix32((seed ^ hash32(`${id}|${m}`)) >>> 0)]));
  const rows = (d: Dimension) => rowIds(t, d).map(keys);
  return { overall: keys('overall'), byKind: rows('kind'), bySector: rows('sector'), byArea: rows('area') };
}

/**
 * For each row of the programme (by dimension and key) and measure, whether the youths counted
 * there all belong to one coaching organisation (the guard of `publishedCount`).
 */
function heldByOne(f: SnapshotFigures): (d: Dimension | 'overall', key: string | null, m: string, count: number) => boolean {
  const most = new Map<string, number>();
  const note = (id: string, counts: Counts) => {
    for (const m of MEASURES) most.set(`${id}|${m}`, Math.max(most.get(`${id}|${m}`) ?? 0, counts[m] ?? 0));
  };
  for (const { organisationId, table } of f.byOrganisation) {
    if (organisationId === null) continue;
    note('overall', table.overall);
    for (const d of DIMENSIONS) for (const r of table[ROWS_OF[d]]) note(`${d}:${r.key}`, r.counts);
  }
  return (d, key, m, count) => count > 0 && most.get(`${d === 'overall' ? 'overall' : `${d}:${key}`}|${m}`) === count;
}

function shownRow(row: { key: string | null; label: string; counts: Counts }, shown: (m: string, count: number) => Cell): RowView {
  const counts: Record<string, Cell> = Object.fromEntries(MEASURES.map((m) => [m, shown(m, row.counts[m] ?? 0)]));
  const share = counts.priority == null || counts.signedUp == null ? null : shareOf(counts.priority, counts.signedUp);
  return { key: row.key, label: row.label, counts, priorityShare: share === null ? null : Math.min(1, share) };
}

/**
 * The view for everyone outside the youths' own organisation: every figure rounded by the
 * cell-key method (cell-key.ts) to a multiple of 5 (19 in 20 within 4 of the true count, all
 * within 9), a figure that comes to 0 left empty (null), and a row of a kind, sector or area shown only when its
 * signed-up figure is shown. Figures are rounded each on their own, from their own cell's key:
 * a total is no sum of its rounded parts, and a stage may show more than the stage before it.
 */
export function protectedView(f: SnapshotFigures, method: CellKeyMethod = CELL_KEY_METHOD): TableView {
  const t = f.programme;
  const keys = f.keys ?? legacyKeys(t, f.legacySeed ?? 0);
  const held = heldByOne(f);
  const row = (d: Dimension | 'overall', r: { key: string | null; label: string; counts: Counts }, rowKeys: Counts): RowView =>
    shownRow(r, (m, n) => publishedCount(n, cellDraws(rowKeys[m] ?? 0, SIGN_UP.has(m) ? m : null), held(d, r.key, m, n), method) || null);
  const rows = (d: Dimension) => t[ROWS_OF[d]].map((r, i) => row(d, r, keys[ROWS_OF[d]][i]!)).filter((r) => r.counts.signedUp !== null);
  return { overall: row('overall', { key: null, label: 'totaal', counts: t.overall }, keys.overall), byKind: rows('kind'), bySector: rows('sector'), byArea: rows('area') };
}

/** A coaching organisation's view of its own youths: exact, small numbers and zeros too. */
export function openView(t: Table): TableView {
  const exact = (r: { key: string | null; label: string; counts: Counts }) => shownRow(r, (_m, n) => n);
  return { overall: exact({ key: null, label: 'totaal', counts: t.overall }), byKind: t.byKind.map(exact), bySector: t.bySector.map(exact), byArea: t.byArea.map(exact) };
}

// --- CSV ---------------------------------------------------------------------------------

/**
 * RFC 4180: comma-separated, CRLF line ends, a header row. A field with a comma, quote or line
 * break is quoted and its quotes doubled. Text that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or CR) gets a leading apostrophe.
 */
export function csvField(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const snake = (s: string): string => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export const CSV_COLUMNS: readonly string[] = ['programme', 'moment', 'taken_at', 'dimension', 'key', 'label', ...MEASURES.map(snake), 'priority_share'];

/**
 * One line per row of the table: overall first, then each kind, sector and area. Suppressed
 * cells are empty, as are shares that cannot be given; decimals have a point (0.42), so the
 * file reads the same in every locale.
 */
export function reportCsv(meta: { programme: string; moment: SnapshotMoment | 'current'; takenAt: Date }, t: TableView): string {
  const line = (dimension: string, r: RowView) =>
    [meta.programme, meta.moment, meta.takenAt.toISOString(), dimension, r.key ?? '', r.label, ...MEASURES.map((m) => r.counts[m] ?? null), r.priorityShare].map(csvField).join(',');
  const lines = [CSV_COLUMNS.join(','), line('overall', t.overall), ...DIMENSIONS.flatMap((d) => t[ROWS_OF[d]].map((r) => line(d, r)))];
  return `${lines.join('\r\n')}\r\n`;
}

/** `monitoring-zomerbanen-2027-baseline-2027-05-03.csv`; `-organisation` for a coach's own view. */
export function reportFilename(programme: string, moment: SnapshotMoment | 'current', takenAt: Date, ownOrganisation: boolean): string {
  const slug = programme.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'programme';
  return `monitoring-${slug}-${moment}-${takenAt.toISOString().slice(0, 10)}${ownOrganisation ? '-organisation' : ''}.csv`;
}

/** The ISO 8601 week of a moment in UTC, as `2027-W05`: weekly snapshots are unique per programme and week. */
export function isoWeek(at: Date): string {
  const d = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const weekday = d.getUTCDay() || 7;
  // The Thursday of this week decides the year the week belongs to.
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
