import { shareOf } from '@startbaan/employers/rules';
import { type Cell, type Counts, MEASURES, type RowView, type Table, type TableView } from '@startbaan/programmes/monitoring';

/**
 * The suppression rule WSP reports had before the cell-key method, as it was (commit 1ca235f,
 * `cellsToSuppress` and `suppressedView` in monitoring-rules.ts): every count of 1 to 4 hidden,
 * then covers so that no hidden cell follows from one total, and priority hidden beside a
 * complement (signed up minus priority) of 1 to 4. Kept here only so the disclosure harness can
 * show what the attacks pinned before.
 */
const THRESHOLD = 5;
const DIMENSIONS = ['kind', 'sector', 'area'] as const;
type Dimension = (typeof DIMENSIONS)[number];
const ROWS_OF = { kind: 'byKind', sector: 'bySector', area: 'byArea' } as const;
const statuses = (prefix: string) => MEASURES.filter((m) => m.startsWith(prefix) && !m.endsWith('FollowedUp'));

export function oldCellsToSuppress(t: Table, threshold = THRESHOLD): Set<string> {
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
    for (const prefix of ['threeMonths', 'sixMonths']) groups.push({ total: c(`${prefix}FollowedUp`), parts: statuses(prefix).map(c), rule: 'sum' });
  }
  for (const d of DIMENSIONS) {
    const ids = t[ROWS_OF[d]].map((_r, i) => `${d}:${i}`);
    for (const m of MEASURES) {
      const parts = ids.map((id) => `${id}|${m}`);
      const adds = parts.reduce((n, p) => n + value.get(p)!, 0) === value.get(`overall|${m}`);
      groups.push({ total: `overall|${m}`, parts, rule: adds ? 'sum' : 'overlap' });
    }
  }

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

/** The old view for WSP staff: small cells suppressed, everything else exact. */
export function oldSuppressedView(t: Table): TableView {
  const hidden = oldCellsToSuppress(t);
  const rows = (d: Dimension) => t[ROWS_OF[d]].map((r, i) => rowView(`${d}:${i}`, r, hidden));
  return { overall: rowView('overall', { key: null, label: 'totaal', counts: t.overall }, hidden), byKind: rows('kind'), bySector: rows('sector'), byArea: rows('area') };
}
