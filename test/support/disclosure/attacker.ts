import { type Counts, MEASURES, organisationTable, type RowView, snapshotFigures, type Table, type TableView } from '@startbaan/programmes/monitoring';
import { COACH_ORGANISATION, KINDS, type Link, MUNICIPALITIES, type Moment, type Programme, SECTOR_LABELS, SECTORS, youthIn } from './programmes.js';

/**
 * The attacker of the disclosure harness: linear reasoning over everything it holds. Every true
 * count it does not know is a variable with bounds; what it reads and what it knows of the world
 * are linear constraints; bounds propagation runs them to a fixpoint. A count is pinned when its
 * lower and upper bound meet. The attacker is checked for soundness on every run: the truth must
 * lie within every bound it derives, or the harness fails (an attacker that guesses proves nothing).
 *
 * What it knows, by attack:
 * - release: each report on its own: what is shown, what the rule says a hidden or rounded figure
 *   can be, and how the measures hang together (signed up = intake + coach, priority <= coach, the
 *   funnel's order, a follow-up = its statuses, the areas add up to the total, every kind and
 *   sector row within the total and together at least the total, rows that are absent).
 * - weekly: consecutive weekly reports, and how many youths were erased in between: without an
 *   erasure nobody leaves the programme or an area, and no stage once reached is lost.
 * - insider (beyond the issue's attacks, measured but not held to 0): also the exact number of
 *   youths who joined, were erased, switched to priority and moved a step each week, as someone
 *   who watches every event would know.
 * - current: `current` just before and just after one event of a known kind (an enrolment, a
 *   save of a sealed record by a youth known to have had no priority, an erasure), that it was the
 *   only change, and for a save which rows the youth is in. With the cell-key method it also knows
 *   that a figure changes only when its cell key changes, so a figure that changed marks a row the
 *   youth is in (or, for a stage, a count the youth left).
 * - coach: the own organisation's exact figures at every moment beside the region's report; the
 *   other organisations' counts are the report's minus its own, never below 0, and keep the same
 *   order (their priority within their coach-enrolled, their funnel in order).
 *
 * Protected: every count of 1 to 4 youths in any cell of any report; every priority count below
 * the threshold (0 too) and every complement of priority (coach-enrolled minus priority) below it,
 * in a row with someone enrolled by a coach; the same counts of the other organisations; and, for
 * a watched event, whether the youth has priority and whether a coach enrolled it.
 */

export type Reading = 'exact-or-hidden' | 'rounded';

export interface Method {
  name: string;
  /** What WSP staff get at a moment. */
  publish: (m: Moment) => TableView;
  reading: Reading;
  /** Whether a figure is a function of its cell's records (the cell-key method): a changed figure marks a changed cell. */
  keyed: boolean;
  /** For a rounded reading: how far a shown figure may be from the true count. */
  maxError: number;
}

export type Attack = 'release' | 'weekly' | 'current' | 'coach' | 'insider';
/** The attacks of the issue, all together. */
export const ATTACKS: readonly Attack[] = ['release', 'weekly', 'current', 'coach'];

export interface Pin {
  what: string;
  truth: number;
}

export interface AttackResult {
  /** Protected quantities the attacker had in view. */
  protectedCount: number;
  pinned: Pin[];
  /** Watched enrolments and erasures whose youth's home area the attacker worked out (not protected; README, what remains). */
  areasLearned: number;
  /** Watched enrolments and erasures. */
  watched: number;
}

const THRESHOLD = 5;
const BIG = 1_000;
/** Quantities with at most this many values left beyond one have their bounds probed. */
const SHAVE_WIDTH = 9;

const FAMILY = ['signedUp', 'signedUpIntake', 'signedUpCoach', 'priority'] as const;
const STAGES = ['proposed', 'introduced', 'firstInterview', 'showedUpFirstInterview', 'placed', 'completed', 'endedEarly', 'threeMonthsFollowedUp', 'sixMonthsFollowedUp'] as const;
const statusesOf = (prefix: string) => MEASURES.filter((m) => m.startsWith(prefix) && !m.endsWith('FollowedUp'));
const STATUSES = [...statusesOf('threeMonths'), ...statusesOf('sixMonths')];
/** Measures where a youth counted in a kind or sector row is counted overall too. */
const EXISTS = [...FAMILY, 'proposed', 'introduced', 'firstInterview', 'placed', 'completed', 'endedEarly', 'threeMonthsFollowedUp', 'sixMonthsFollowedUp'];
/** The funnel's order within a row: [smaller, larger]. */
const ORDER: [string, string][] = [
  ['priority', 'signedUpCoach'],
  ['proposed', 'signedUp'],
  ['introduced', 'proposed'],
  ['firstInterview', 'introduced'],
  ['showedUpFirstInterview', 'firstInterview'],
  ['placed', 'introduced'],
  ['completed', 'placed'],
  ['endedEarly', 'placed'],
  ['threeMonthsFollowedUp', 'placed'],
  ['sixMonthsFollowedUp', 'placed'],
];

type Dim = 'kind' | 'sector' | 'area';
const rowId = (d: Dim | 'overall', key: string | null = null) => (d === 'overall' ? 'overall' : `${d}:${key ?? '-'}`);
/** Every row the attacker knows could exist. */
const UNIVERSE: Record<Dim, string[]> = {
  area: [...MUNICIPALITIES, '-'].map((k) => `area:${k}`),
  kind: [...KINDS, '-'].map((k) => `kind:${k}`),
  sector: [...SECTORS, '-'].map((k) => `sector:${k}`),
};
const ROWS = ['overall', ...UNIVERSE.area, ...UNIVERSE.kind, ...UNIVERSE.sector];
const ROW_INDEX = new Map(ROWS.map((r, i) => [r, i]));
const MEASURE_INDEX = new Map(MEASURES.map((m, i) => [m, i]));

/** A table as rows by id. */
function rowsOf(t: Table): Map<string, Counts> {
  const out = new Map<string, Counts>([['overall', t.overall]]);
  for (const [d, rows] of [['kind', t.byKind], ['sector', t.bySector], ['area', t.byArea]] as const) for (const r of rows) out.set(rowId(d, r.key), r.counts);
  return out;
}

function viewRows(v: TableView): Map<string, RowView> {
  const out = new Map<string, RowView>([['overall', v.overall]]);
  for (const [d, rows] of [['kind', v.byKind], ['sector', v.bySector], ['area', v.byArea]] as const) for (const r of rows) out.set(rowId(d, r.key), r);
  return out;
}

interface Constraint {
  vars: number[];
  coefs: number[];
  lo: number;
  hi: number;
}

/** Integer bounds propagation over linear constraints with coefficients of +1 and -1. */
class Model {
  lo: number[] = [];
  hi: number[] = [];
  truth: number[] = [];
  private describe: (() => string)[] = [];
  private cons: Constraint[] = [];
  private of: number[][] = [];
  /** While probing: every bound changed, as (variable, old lower, old upper), to undo. */
  private trail: number[] | null = null;

  /** A new unknown; `name` says what it is, for the message when the attacker turns out unsound. */
  variable(name: () => string, truth: number, lo = 0, hi = BIG): number {
    const i = this.lo.length;
    this.lo.push(lo);
    this.hi.push(hi);
    this.describe.push(name);
    this.truth.push(truth);
    this.of.push([]);
    return i;
  }

  name(v: number): string {
    return this.describe[v]!();
  }

  bound(v: number, lo: number, hi: number): void {
    this.add([v], [1], lo, hi);
  }

  add(vars: number[], coefs: number[], lo: number, hi: number): void {
    const c = this.cons.length;
    this.cons.push({ vars, coefs, lo, hi });
    for (const v of vars) this.of[v]!.push(c);
  }

  /** a <= b */
  le(a: number, b: number): void {
    this.add([a, b], [1, -1], -BIG, 0);
  }

  eq(vars: number[], coefs: number[], value: number): void {
    this.add(vars, coefs, value, value);
  }

  /** Runs the constraints to a fixpoint and checks that the truth survived every bound. */
  propagate(): void {
    const contradiction = this.run(null);
    if (contradiction !== null) throw new Error(`the attacker reasoned itself into a contradiction on ${this.name(contradiction)}`);
    this.checkSound();
  }

  /**
   * Whether `value` for `v` survives propagation (singleton consistency, "shaving"): a value that
   * leads to a contradiction is impossible. The bounds are restored afterwards.
   */
  admits(v: number, value: number): boolean {
    const trail: number[] = [];
    this.trail = trail;
    trail.push(v, this.lo[v]!, this.hi[v]!);
    this.lo[v] = value;
    this.hi[v] = value;
    const contradiction = this.run(v);
    this.trail = null;
    for (let i = trail.length - 3; i >= 0; i -= 3) {
      this.lo[trail[i]!] = trail[i + 1]!;
      this.hi[trail[i]!] = trail[i + 2]!;
    }
    return contradiction === null;
  }

  /** Narrows `v` to what survived probing and propagates from it. */
  tighten(v: number, lo: number, hi: number): void {
    this.lo[v] = Math.max(this.lo[v]!, lo);
    this.hi[v] = Math.min(this.hi[v]!, hi);
    const contradiction = this.run(v);
    if (contradiction !== null) throw new Error(`the attacker reasoned itself into a contradiction on ${this.name(contradiction)}`);
    this.checkSound();
  }

  checkSound(): void {
    for (let v = 0; v < this.lo.length; v++) {
      const t = this.truth[v]!;
      if (t < this.lo[v]! || t > this.hi[v]!) throw new Error(`unsound attacker: ${this.name(v)} is ${t}, derived [${this.lo[v]}, ${this.hi[v]}]`);
    }
  }

  /**
   * The constraints in flat arrays for `run` (compiled again when constraints were added): each
   * constraint's variables, the signs of their coefficients (all are +1 or -1) and its bounds; for
   * each variable the constraints it appears in.
   */
  private flat = { count: -1, start: new Int32Array(0), vars: new Int32Array(0), positive: new Uint8Array(0), lo: new Int32Array(0), hi: new Int32Array(0), ofStart: new Int32Array(0), of: new Int32Array(0), queue: new Int32Array(0), queued: new Uint8Array(0) };

  private compile(): typeof this.flat {
    if (this.flat.count === this.cons.length && this.flat.ofStart.length === this.of.length + 1) return this.flat;
    const n = this.cons.length;
    const start = new Int32Array(n + 1);
    for (let c = 0; c < n; c++) start[c + 1] = start[c]! + this.cons[c]!.vars.length;
    const vars = new Int32Array(start[n]!);
    const positive = new Uint8Array(start[n]!);
    const lo = new Int32Array(n);
    const hi = new Int32Array(n);
    for (let c = 0; c < n; c++) {
      const con = this.cons[c]!;
      if (con.coefs.some((x) => x !== 1 && x !== -1)) throw new Error('coefficients are +1 or -1');
      vars.set(con.vars, start[c]!);
      for (let k = 0; k < con.vars.length; k++) positive[start[c]! + k] = con.coefs[k]! > 0 ? 1 : 0;
      lo[c] = con.lo;
      hi[c] = con.hi;
    }
    const ofStart = new Int32Array(this.of.length + 1);
    for (let v = 0; v < this.of.length; v++) ofStart[v + 1] = ofStart[v]! + this.of[v]!.length;
    const of = new Int32Array(ofStart[this.of.length]!);
    for (let v = 0; v < this.of.length; v++) of.set(this.of[v]!, ofStart[v]!);
    this.flat = { count: n, start, vars, positive, lo, hi, ofStart, of, queue: new Int32Array(n), queued: new Uint8Array(n) };
    return this.flat;
  }

  /** Bounds propagation from every constraint (null) or those of one variable; the variable that ran empty, or null. */
  private run(from: number | null): number | null {
    const { start, vars, positive, lo: conLo, hi: conHi, ofStart, of, queue, queued } = this.compile();
    const lo = this.lo;
    const hi = this.hi;
    const trail = this.trail;
    const n = queue.length;
    // A ring of the constraints waiting: each waits at most once at a time, so n places suffice.
    let head = 0;
    let size = 0;
    const enqueue = (c: number) => {
      if (queued[c]) return;
      queued[c] = 1;
      queue[(head + size) % n] = c;
      size++;
    };
    if (from === null) for (let c = 0; c < n; c++) enqueue(c);
    else for (let i = ofStart[from]!; i < ofStart[from + 1]!; i++) enqueue(of[i]!);
    while (size > 0) {
      const ci = queue[head]!;
      head = (head + 1) % n;
      size--;
      queued[ci] = 0;
      let min = 0;
      let max = 0;
      for (let k = start[ci]!; k < start[ci + 1]!; k++) {
        const v = vars[k]!;
        if (positive[k]) {
          min += lo[v]!;
          max += hi[v]!;
        } else {
          min -= hi[v]!;
          max -= lo[v]!;
        }
      }
      for (let k = start[ci]!; k < start[ci + 1]!; k++) {
        const v = vars[k]!;
        const pos = positive[k] === 1;
        const ownMin = pos ? lo[v]! : -hi[v]!;
        const ownMax = pos ? hi[v]! : -lo[v]!;
        // ±v within [c.lo - (max - ownMax), c.hi - (min - ownMin)]
        const low = conLo[ci]! - (max - ownMax);
        const high = conHi[ci]! - (min - ownMin);
        const newLo = pos ? low : -high;
        const newHi = pos ? high : -low;
        let changed = false;
        if (trail && (newLo > lo[v]! || newHi < hi[v]!)) trail.push(v, lo[v]!, hi[v]!);
        if (newLo > lo[v]!) {
          lo[v] = newLo;
          changed = true;
        }
        if (newHi < hi[v]!) {
          hi[v] = newHi;
          changed = true;
        }
        if (lo[v]! > hi[v]!) {
          for (; size > 0; size--, head = (head + 1) % n) queued[queue[head]!] = 0;
          return v;
        }
        if (changed) for (let i = ofStart[v]!; i < ofStart[v + 1]!; i++) enqueue(of[i]!);
      }
    }
    return null;
  }
}

/**
 * The lower bound a reader of the old rule may put on a hidden cell: 1, unless the cell could be a
 * zero chosen as cover (a part of a group whose shown parts are all 0, or a total whose parts
 * are all hidden). Sound: the old rule picks non-zero covers while a shown non-zero part exists.
 */
function oldHiddenLowerBounds(view: Map<string, RowView>): Map<string, number> {
  const groups: { total: string; parts: string[] }[] = [];
  const present = [...view.keys()];
  const cell = (r: string, m: string) => `${r}|${m}`;
  for (const r of present) {
    groups.push({ total: cell(r, 'signedUp'), parts: [cell(r, 'signedUpIntake'), cell(r, 'signedUpCoach')] });
    groups.push({ total: cell(r, 'signedUp'), parts: [cell(r, 'priority')] });
    for (const prefix of ['threeMonths', 'sixMonths']) groups.push({ total: cell(r, `${prefix}FollowedUp`), parts: statusesOf(prefix).map((m) => cell(r, m)) });
  }
  for (const d of ['kind', 'sector', 'area'] as const) {
    const rows = present.filter((r) => r.startsWith(`${d}:`));
    for (const m of MEASURES) groups.push({ total: cell('overall', m), parts: rows.map((r) => cell(r, m)) });
  }
  const value = (c: string) => {
    const [r, m] = c.split('|') as [string, string];
    return view.get(r)!.counts[m] ?? null;
  };
  const out = new Map<string, number>();
  for (const r of present) {
    for (const m of MEASURES) {
      const c = cell(r, m);
      if (value(c) !== null) continue;
      const mayBeZero = groups.some(
        (g) => (g.parts.includes(c) && g.parts.every((p) => p === c || value(p) === null || value(p) === 0)) || (g.total === c && g.parts.every((p) => value(p) === null)),
      );
      out.set(c, mayBeZero ? 0 : 1);
    }
  }
  return out;
}

/** Runs the attacks on a programme and returns the protected quantities it pinned. */
export function attack(programme: Programme, method: Method, attacks: readonly Attack[]): AttackResult {
  const on = new Set(attacks);
  const model = new Model();
  const figures = programme.moments.map((m) => snapshotFigures(m.youths, SECTOR_LABELS));
  const truth = figures.map((f) => rowsOf(f.programme));
  const own = figures.map((f) => rowsOf(organisationTable(f, COACH_ORGANISATION)));
  const zero = Object.fromEntries(MEASURES.map((m) => [m, 0])) as Counts;
  const trueOf = (t: number, r: string, m: string) => (truth[t]!.get(r) ?? zero)[m] ?? 0;
  const ownOf = (t: number, r: string, m: string) => (own[t]!.get(r) ?? zero)[m] ?? 0;
  /** One unknown per moment, row and measure, made on first use. */
  const cells = () => {
    const made = new Int32Array(ROWS.length * MEASURES.length).fill(-1);
    return (r: string, m: string, make: () => number) => {
      const at = ROW_INDEX.get(r)! * MEASURES.length + MEASURE_INDEX.get(m)!;
      if (made[at]! < 0) made[at] = make();
      return made[at]!;
    };
  };
  const nCells = programme.moments.map(cells);
  const otherCells = programme.moments.map(cells);
  const n = (t: number, r: string, m: string) =>
    nCells[t]!(r, m, () => model.variable(() => `${programme.moments[t]!.label}: ${r} ${m}`, trueOf(t, r, m)));
  const others = (t: number, r: string, m: string) =>
    otherCells[t]!(r, m, () => model.variable(() => `${programme.moments[t]!.label}: others' ${r} ${m}`, trueOf(t, r, m) - ownOf(t, r, m)));
  const targets: { v: number; what: string }[] = [];

  /** What holds of any set of youths' figures, on the variables `get` gives. */
  function structure(get: (r: string, m: string) => number): void {
    for (const r of ROWS) {
      model.eq([get(r, 'signedUp'), get(r, 'signedUpIntake'), get(r, 'signedUpCoach')], [1, -1, -1], 0);
      for (const [small, large] of ORDER) model.le(get(r, small), get(r, large));
      for (const prefix of ['threeMonths', 'sixMonths']) {
        const parts = statusesOf(prefix);
        model.eq([get(r, `${prefix}FollowedUp`), ...parts.map((m) => get(r, m))], [1, ...parts.map(() => -1)], 0);
      }
    }
    for (const m of MEASURES) {
      model.eq([get('overall', m), ...UNIVERSE.area.map((r) => get(r, m))], [1, ...UNIVERSE.area.map(() => -1)], 0);
    }
    for (const d of ['kind', 'sector'] as const) {
      const none = `${d}:-`;
      for (const m of MEASURES) if (!(FAMILY as readonly string[]).includes(m)) model.bound(get(none, m), 0, 0);
      for (const m of EXISTS) {
        const rows = UNIVERSE[d];
        model.add([...rows.map((r) => get(r, m)), get('overall', m)], [...rows.map(() => 1), -1], 0, BIG);
        for (const r of rows) if (r !== none) model.add([get(r, m), get('overall', m), get(none, m)], [1, -1, 1], -BIG, 0);
      }
    }
    // Youths without any choice or proposal are the same in the kind and the sector table.
    for (const m of FAMILY) model.eq([get('kind:-', m), get('sector:-', m)], [1, -1], 0);
  }

  /** Protected quantities of one set of figures: counts of 1 to 4; priority and its complement below the threshold where a coach enrolled someone. */
  function protect(t: number, label: string, get: (r: string, m: string) => number, value: (r: string, m: string) => number): void {
    for (const r of ROWS) {
      for (const m of MEASURES) {
        const x = value(r, m);
        if (x > 0 && x < THRESHOLD) targets.push({ v: get(r, m), what: `${label} ${programme.moments[t]!.label}: ${r} ${m}` });
      }
      const coach = value(r, 'signedUpCoach');
      if (coach > 0) {
        if (value(r, 'priority') === 0) targets.push({ v: get(r, 'priority'), what: `${label} ${programme.moments[t]!.label}: ${r} priority` });
        const complement = coach - value(r, 'priority');
        const c = model.variable(() => `${label} ${programme.moments[t]!.label}: ${r} complement`, complement);
        model.eq([get(r, 'signedUpCoach'), get(r, 'priority'), c], [1, -1, -1], 0);
        if (complement < THRESHOLD) targets.push({ v: c, what: `${label} ${programme.moments[t]!.label}: ${r} coach-enrolled without priority` });
      }
    }
  }

  const views = programme.moments.map((m) => viewRows(method.publish(m)));

  // Every report on its own.
  for (const t of programme.moments.keys()) {
    const view = views[t]!;
    const lower = method.reading === 'exact-or-hidden' ? oldHiddenLowerBounds(view) : new Map<string, number>();
    for (const r of ROWS) {
      const row = view.get(r);
      for (const m of MEASURES) {
        const v = n(t, r, m);
        const shown = row?.counts[m] ?? null;
        if (method.reading === 'exact-or-hidden') {
          if (!row) model.bound(v, 0, 0);
          else if (shown !== null) model.bound(v, shown, shown);
          else model.bound(v, lower.get(`${r}|${m}`)!, BIG);
        } else if (row) {
          // Nobody shows as nothing; anybody within the method's largest error.
          const p = shown ?? 0;
          model.bound(v, p > 0 ? Math.max(1, p - method.maxError) : 0, p + method.maxError);
        } else if (m === 'signedUp') {
          // A row is left out when its signed-up figure comes to 0.
          model.bound(v, 0, method.maxError);
        }
      }
      if (row && r !== 'overall') model.bound(n(t, r, 'signedUp'), 1, BIG);
    }
    structure((r, m) => n(t, r, m));
    protect(t, 'report', (r, m) => n(t, r, m), (r, m) => trueOf(t, r, m));
  }

  if (on.has('coach')) {
    for (const t of programme.moments.keys()) {
      for (const r of ROWS) for (const m of MEASURES) model.eq([n(t, r, m), others(t, r, m)], [1, -1], ownOf(t, r, m));
      structure((r, m) => others(t, r, m));
      protect(t, 'others', (r, m) => others(t, r, m), (r, m) => trueOf(t, r, m) - ownOf(t, r, m));
    }
  }

  const differences = new Map<Link, ReturnType<typeof cells>>(programme.links.map((l) => [l, cells()]));
  const difference = (link: Link, r: string, m: string) =>
    differences.get(link)!(r, m, () => {
      const d = model.variable(() => `${programme.moments[link.from]!.label} to ${programme.moments[link.to]!.label}: ${r} ${m}`, trueOf(link.to, r, m) - trueOf(link.from, r, m), -BIG, BIG);
      model.eq([n(link.to, r, m), n(link.from, r, m), d], [1, -1, -1], 0);
      return d;
    });

  for (const link of programme.links) {
    if (link.kind === 'week' && on.has('weekly')) {
      const { enrol, erase, step } = link.counts;
      for (const r of ROWS) {
        for (const m of MEASURES) {
          const d = difference(link, r, m);
          const family = (FAMILY as readonly string[]).includes(m);
          // Without an erasure nobody leaves the programme, an area or the total, and no stage is ever lost.
          if ((family && m !== 'priority' && (r === 'overall' || r.startsWith('area:'))) || ((STAGES as readonly string[]).includes(m) && !r.endsWith(':-'))) {
            model.bound(d, -erase, BIG);
          }
          if (on.has('insider')) {
            // A proposal of a new kind or sector moves a youth into that row (and out of the row of youths without one).
            const moved = r.startsWith('kind:') || r.startsWith('sector:') ? step : 0;
            if (m === 'priority') model.bound(d, -erase - moved, enrol + link.flips + moved);
            else if (family) model.bound(d, -erase - moved, enrol + moved);
            else if ((STAGES as readonly string[]).includes(m)) model.bound(d, -erase, step);
            else model.bound(d, -erase - step, step);
          }
        }
      }
      if (on.has('insider')) {
        model.bound(difference(link, 'overall', 'signedUp'), enrol - erase, enrol - erase);
        model.bound(difference(link, 'overall', 'priority'), link.flips - erase, link.flips + enrol);
      }
    }
    if (link.kind === 'single' && on.has('current')) {
      const before = views[link.from]!;
      const after = views[link.to]!;
      const changed = (r: string, m: string) => (before.get(r)?.counts[m] ?? null) !== (after.get(r)?.counts[m] ?? null) || before.has(r) !== after.has(r);
      const stageChanged = (r: string, m: string) => before.has(r) && after.has(r) && before.get(r)!.counts[m] !== after.get(r)!.counts[m];
      const sign = link.event === 'erase' ? -1 : 1;
      const youth = youthIn(programme.moments[link.event === 'erase' ? link.from : link.to]!, link.youthId)!;
      const overall = (m: string) => difference(link, 'overall', m);
      for (const r of ROWS) {
        for (const m of MEASURES) {
          const d = difference(link, r, m);
          const family = (FAMILY as readonly string[]).includes(m);
          if (link.event === 'save') {
            model.bound(d, 0, m === 'priority' && !link.wasPriority ? 1 : 0);
          } else if (link.event === 'enrol') {
            model.bound(d, 0, family ? 1 : 0);
          } else {
            model.bound(d, -1, 0);
          }
          // Only the one youth moved: a row's count moves with the overall one and only where the youth is.
          if (link.event !== 'save' && (family || link.event === 'erase')) {
            model.add([d, overall(m)], [sign, -sign], -BIG, 0);
            if (r !== 'overall') model.add([d, difference(link, r, 'signedUp')], [sign, -sign], -BIG, 0);
          }
        }
        if (method.keyed) {
          // With the cell-key method a figure changes only with its cell's key.
          if (link.event !== 'save' && FAMILY.some((m) => changed(r, m))) model.bound(difference(link, r, 'signedUp'), sign, sign);
          if (link.event === 'erase') for (const m of [...STAGES, ...STATUSES]) if (stageChanged(r, m)) model.bound(difference(link, r, m), -1, -1);
        }
      }
      if (link.event === 'save') {
        // The attacker knows the youth: which rows it is in.
        const inRows = new Set(rowsOf(snapshotFigures([youth], SECTOR_LABELS).programme).keys());
        for (const r of ROWS) {
          if (inRows.has(r)) model.eq([difference(link, r, 'priority'), overall('priority')], [1, -1], 0);
          else model.bound(difference(link, r, 'priority'), 0, 0);
        }
        if (!link.wasPriority) targets.push({ v: overall('priority'), what: `save in ${programme.moments[link.to]!.label}: the youth now has priority` });
      } else {
        model.bound(overall('signedUp'), sign, sign);
        const areas = UNIVERSE.area.map((r) => difference(link, r, 'signedUp'));
        model.eq(areas, areas.map(() => 1), sign);
        for (const m of ['signedUpIntake', 'signedUpCoach', 'priority']) {
          // In a row with the youth, the row moves as the overall count does.
          for (const r of ROWS) if (r !== 'overall') model.add([difference(link, r, m), overall(m), difference(link, r, 'signedUp')], [sign, -sign, -sign], -1, BIG);
        }
        targets.push({ v: overall('priority'), what: `${link.event} in ${programme.moments[link.to]!.label}: the youth has priority` });
        targets.push({ v: overall('signedUpCoach'), what: `${link.event} in ${programme.moments[link.to]!.label}: a coach enrolled the youth` });
      }
    }
  }

  model.propagate();
  // Then each protected quantity's bounds are shaved: a bound value that propagation proves
  // impossible goes, until one survives on either side; what remains tightens the rest.
  for (const { v } of targets) {
    let lo = model.lo[v]!;
    let hi = model.hi[v]!;
    if (hi - lo > SHAVE_WIDTH) continue;
    while (lo < hi && !model.admits(v, lo)) lo++;
    while (hi > lo && !model.admits(v, hi)) hi--;
    if (lo > model.lo[v]! || hi < model.hi[v]!) model.tighten(v, lo, hi);
  }
  const pinned = targets.filter(({ v }) => model.lo[v] === model.hi[v]).map(({ v, what }) => ({ what, truth: model.truth[v]! }));
  const watched = on.has('current') ? programme.links.filter((l) => l.kind === 'single' && l.event !== 'save' && l.event !== 'step') : [];
  const areasLearned = watched.filter((link) =>
    UNIVERSE.area.some((r) => {
      const d = difference(link, r, 'signedUp');
      return model.lo[d] === model.hi[d] && model.lo[d] !== 0;
    }),
  ).length;
  return { protectedCount: targets.length, pinned, areasLearned, watched: watched.length };
}
