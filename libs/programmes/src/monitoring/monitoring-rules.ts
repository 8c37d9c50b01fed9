import { shareOf } from '../../../employers/src/network/network-rules.js';
import { VACANCY_KINDS } from '../../../employers/src/vacancy.model.js';
import { kindName } from '../../../matching/src/core/texts.js';
import { FOLLOW_UP_STATUSES, type FollowUpMoment, type FollowUpStatus } from '../../../placements/src/placement-rules.js';
import type { ProposalState } from '../../../placements/src/proposal-flow.js';
import type { Interview } from '../../../placements/src/proposals.service.js';

/**
 * Monitoring of a summer programme, as plain functions over plain data: what each measure
 * counts, the tables per kind, sector and area, cell suppression for everyone outside the
 * coach's own organisation, and the CSV export. Every measure counts people (youths), never
 * proposals or placements, because the suppression rule is about people.
 */

export const SNAPSHOT_MOMENTS = ['baseline', 'weekly', 'close'] as const;
export type SnapshotMoment = (typeof SNAPSHOT_MOMENTS)[number];

/**
 * Aggregates shown outside a coach's own organisation hide cells of fewer people than this
 * (DOMAIN.md, privacy): a small group is too easy to put names to.
 */
export const SUPPRESSION_THRESHOLD = 5;

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

function count(members: { youth: YouthFacts; proposals: readonly ProposalFacts[] }[]): Counts {
  const counts = zeroCounts();
  for (const { youth, proposals } of members) for (const m of measuresOf(youth, proposals)) counts[m] += 1;
  return counts;
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

/**
 * Kind and sector belong to vacancies: a youth counts in each kind (sector) it chose or was
 * proposed for, with only those proposals, so these rows may add up to more than the total; a
 * last row (key null) holds the youths with no choice and no proposal yet, so that every youth
 * is in some row. Area is the youth's home municipality: every youth in exactly one row, with
 * all its proposals.
 */
export function tabulate(youths: readonly YouthFacts[], sectorLabels: ReadonlyMap<string, string>): Table {
  const unlinked = youths.filter((y) => !y.choices.length && !y.proposals.length);
  const byVacancy = (field: keyof VacancyFacts, keys: string[], label: (k: string) => string): Row[] => [
    ...keys.map((key) => {
      const members = youths
        .filter((y) => y.choices.some((c) => c[field] === key) || y.proposals.some((p) => p[field] === key))
        .map((youth) => ({ youth, proposals: youth.proposals.filter((p) => p[field] === key) }));
      return { key, label: label(key), counts: count(members) };
    }),
    ...(unlinked.length ? [{ key: null, label: NO_VACANCY_LABEL, counts: count(unlinked.map((youth) => ({ youth, proposals: [] }))) }] : []),
  ];
  const present = (field: keyof VacancyFacts) => [...new Set(youths.flatMap((y) => [...y.choices, ...y.proposals].map((v) => v[field])))];
  const kinds = present('kind').sort((a, b) => kindOrder(a) - kindOrder(b));
  const areas = [...new Set(youths.map((y) => y.municipality))].sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'nl')));
  return {
    overall: count(youths.map((youth) => ({ youth, proposals: youth.proposals }))),
    byKind: byVacancy('kind', kinds, (k) => kindName(k).nl),
    bySector: byVacancy('sector', present('sector').sort(), (s) => sectorLabels.get(s) ?? s),
    byArea: areas.map((key) => ({
      key,
      label: key ?? UNKNOWN_AREA_LABEL,
      counts: count(youths.filter((y) => y.municipality === key).map((youth) => ({ youth, proposals: youth.proposals }))),
    })),
  };
}

const kindOrder = (k: string): number => {
  const i = (VACANCY_KINDS as readonly string[]).indexOf(k);
  return i < 0 ? VACANCY_KINDS.length : i;
};

/**
 * What a snapshot stores: the programme's table and one per coaching organisation (for the
 * coach's own view), all unsuppressed, because what is suppressed depends on who looks.
 */
export interface SnapshotFigures {
  programme: Table;
  byOrganisation: { organisationId: string | null; table: Table }[];
}

export function snapshotFigures(youths: readonly YouthFacts[], sectorLabels: ReadonlyMap<string, string>): SnapshotFigures {
  const orgs = [...new Set(youths.map((y) => y.organisationId))];
  return {
    programme: tabulate(youths, sectorLabels),
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
  /** priority / signedUp with two decimals; null when either is suppressed or nobody signed up. */
  priorityShare: number | null;
}

export interface TableView {
  overall: RowView;
  byKind: RowView[];
  bySector: RowView[];
  byArea: RowView[];
}

/**
 * The cells that must be hidden, as `row|measure` keys (`overall`, `kind:0`, `area:2`, …):
 *
 * 1. Primary: every count of 1 to 4 people. Zero is shown: it is nobody.
 * 2. Secondary, so that no hidden cell can be worked out from what is shown:
 *    - where a total is the sum of its parts (signed up = intake + coach; a follow-up = its
 *      statuses; overall = the areas), exactly one hidden cell among the total and its parts
 *      can be computed from the others, so one more part is hidden (the smallest non-zero
 *      one; the total when there is no other part);
 *    - priority is never shown with its complement: when signed up minus priority is 1 to 4
 *      and both are shown, priority is hidden too;
 *    - kinds and sectors may overlap (a youth can be in two): where their rows add up to the
 *      total they are a sum as above; where they add up to more, still, when exactly one of
 *      them is hidden and the total is shown, one more is.
 *    Repeated until nothing changes, since hiding a cell in one group can expose another.
 */
export function cellsToSuppress(t: Table, threshold = SUPPRESSION_THRESHOLD): Set<string> {
  const rows: [string, Counts][] = [['overall', t.overall], ...DIMENSIONS.flatMap((d) => t[ROWS_OF[d]].map((r, i): [string, Counts] => [`${d}:${i}`, r.counts]))];
  const value = new Map<string, number>();
  for (const [id, counts] of rows) for (const m of MEASURES) value.set(`${id}|${m}`, counts[m] ?? 0);
  const small = (v: number) => v > 0 && v < threshold;
  const hidden = new Set([...value].filter(([, v]) => small(v)).map(([k]) => k));

  type Group = { total: string; parts: string[]; rule: 'sum' | 'complement' | 'overlap' };
  const groups: Group[] = [];
  for (const [id] of rows) {
    const c = (m: string) => `${id}|${m}`;
    groups.push({ total: c('signedUp'), parts: [c('signedUpIntake'), c('signedUpCoach')], rule: 'sum' });
    groups.push({ total: c('signedUp'), parts: [c('priority')], rule: 'complement' });
    for (const prefix of Object.keys(FOLLOW_UPS) as FollowUpPrefix[]) {
      groups.push({ total: c(followedUp(prefix)), parts: FOLLOW_UP_STATUSES.map((s) => c(outcomeMeasure(prefix, s))), rule: 'sum' });
    }
  }
  for (const d of DIMENSIONS) {
    const ids = t[ROWS_OF[d]].map((_r, i) => `${d}:${i}`);
    for (const m of MEASURES) {
      const parts = ids.map((id) => `${id}|${m}`);
      // Areas always add up: every youth lives in one.
      const adds = parts.reduce((n, p) => n + value.get(p)!, 0) === value.get(`overall|${m}`);
      groups.push({ total: `overall|${m}`, parts, rule: adds ? 'sum' : 'overlap' });
    }
  }

  /** The smallest shown part, non-zero ones first (hiding a zero protects little). */
  const cover = (parts: string[]): string | undefined =>
    parts.filter((p) => !hidden.has(p)).sort((a, b) => (value.get(a)! === 0 ? 1 : 0) - (value.get(b)! === 0 ? 1 : 0) || value.get(a)! - value.get(b)!)[0];

  for (let changed = true; changed; ) {
    changed = false;
    for (const g of groups) {
      let extra: string | undefined;
      if (g.rule === 'sum') {
        if ([g.total, ...g.parts].filter((k) => hidden.has(k)).length === 1) extra = cover(g.parts) ?? g.total;
      } else if (g.rule === 'complement') {
        const rest = value.get(g.total)! - g.parts.reduce((n, p) => n + value.get(p)!, 0);
        if (small(rest) && ![g.total, ...g.parts].some((k) => hidden.has(k))) extra = cover(g.parts);
      } else if (!hidden.has(g.total) && g.parts.filter((p) => hidden.has(p)).length === 1) {
        extra = cover(g.parts);
      }
      if (extra && !hidden.has(extra)) {
        hidden.add(extra);
        changed = true;
      }
    }
  }
  return hidden;
}

function rowView(id: string, row: { key: string | null; label: string; counts: Counts }, hidden: ReadonlySet<string>): RowView {
  const counts: Record<string, Cell> = Object.fromEntries(MEASURES.map((m) => [m, hidden.has(`${id}|${m}`) ? null : (row.counts[m] ?? 0)]));
  const priorityShare = counts.priority == null || counts.signedUp == null ? null : shareOf(counts.priority, counts.signedUp);
  return { key: row.key, label: row.label, counts, priorityShare };
}

function view(t: Table, hidden: ReadonlySet<string>): TableView {
  const rows = (d: Dimension) => t[ROWS_OF[d]].map((r, i) => rowView(`${d}:${i}`, r, hidden));
  return { overall: rowView('overall', { key: null, label: 'totaal', counts: t.overall }, hidden), byKind: rows('kind'), bySector: rows('sector'), byArea: rows('area') };
}

/** The view for everyone outside the youths' own organisation: small cells suppressed. */
export const suppressedView = (t: Table): TableView => view(t, cellsToSuppress(t));

/** A coaching organisation's view of its own youths: nothing suppressed. */
export const openView = (t: Table): TableView => view(t, new Set());

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
