import fc from 'fast-check';
import type { ProposalFacts, VacancyFacts, YouthFacts } from '@startbaan/programmes/monitoring';
import type { FollowUpMoment, FollowUpStatus, ProposalState } from '@startbaan/placements/rules';

/**
 * Generated summer programmes for the disclosure harness: youths enrolled by three coaching
 * organisations and through open intake, proposals moving through the funnel, sealed records
 * saved (sometimes switching priority on), erasures; a baseline, a snapshot at the end of every
 * week, and `current` downloads just before and just after single events.
 */

/** What the attacker may know of the world: the municipalities, kinds and sectors there are. */
export const MUNICIPALITIES = ['Rotterdam', 'Schiedam', 'Vlaardingen', 'Maassluis', 'Delft'] as const;
export const KINDS = ['summer_job', 'job', 'internship'] as const;
export const SECTORS = ['G', 'I', 'C', 'Q'] as const;
export const ORGANISATIONS = ['org-a', 'org-b', 'org-c'] as const;
/** The organisation whose coach holds the WSP's reports in the coach attack. */
export const COACH_ORGANISATION = 'org-a';
export const SECTOR_LABELS: ReadonlyMap<string, string> = new Map(SECTORS.map((s) => [s, `sector ${s}`]));

type SimProposal = ProposalFacts & { reached: ProposalState[]; outcomes: Partial<Record<FollowUpMoment, FollowUpStatus>> };

export interface SimYouth extends YouthFacts {
  id: number;
  proposals: SimProposal[];
  /** The youth's permanent random key. */
  key: number;
  /** How often the youth's sealed record was saved (0: none, as for open intake). */
  sealedVersion: number;
}

/** One moment the attacker has figures of: the youths as they stood. */
export interface Moment {
  label: string;
  youths: SimYouth[];
}

export type EventKind = 'enrol' | 'step' | 'save' | 'erase';

/** What an attacker is told happened between two moments. */
export type Link =
  | { kind: 'week'; from: number; to: number; counts: Record<EventKind, number>; flips: number }
  /** Exactly one event happened between the two `current` downloads, and the attacker knows which kind. */
  | { kind: 'single'; event: EventKind; from: number; to: number; youthId: number; wasPriority: boolean };

export interface Programme {
  seed: number;
  moments: Moment[];
  links: Link[];
}

export interface ProgrammeParams {
  seed: number;
  youths: number;
  weeks: number;
  areaCount: number;
  unknownAreaShare: number;
  intakeShare: number;
  priorityShare: number;
  erasureRate: number;
}

export const programmeParams: fc.Arbitrary<ProgrammeParams> = fc.record({
  seed: fc.integer({ min: 1, max: 0x7fffffff }),
  youths: fc.integer({ min: 8, max: 90 }),
  weeks: fc.integer({ min: 3, max: 9 }),
  areaCount: fc.integer({ min: 1, max: MUNICIPALITIES.length }),
  unknownAreaShare: fc.constantFrom(0, 0, 0.05),
  intakeShare: fc.double({ min: 0, max: 0.6, noNaN: true }),
  priorityShare: fc.double({ min: 0.05, max: 0.9, noNaN: true }),
  erasureRate: fc.double({ min: 0.05, max: 0.6, noNaN: true }),
});

/** mulberry32: small, seeded, good enough to draw a programme. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clone = (ys: SimYouth[]): SimYouth[] => structuredClone(ys);

const STATUSES: FollowUpStatus[] = ['still_working_there', 'other_job', 'education', 'nothing', 'unknown'];

export function generateProgramme(p: ProgrammeParams): Programme {
  const random = prng(p.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  // Municipalities by a skewed weight: one big city, smaller towns around it.
  const areas = MUNICIPALITIES.slice(0, p.areaCount);
  const areaWeights = areas.map((_a, i) => 1 / (i + 1) ** 1.3);
  const area = (): string | null => {
    if (random() < p.unknownAreaShare) return null;
    let x = random() * areaWeights.reduce((s, w) => s + w, 0);
    for (const [i, w] of areaWeights.entries()) if ((x -= w) <= 0) return areas[i]!;
    return areas[0]!;
  };
  const vacancy = (): VacancyFacts => ({ kind: pick(KINDS), sector: pick(SECTORS) });

  let nextId = 1;
  let day = 0;
  const at = () => new Date(Date.UTC(2027, 2, 1) + day * 86_400_000 + nextId * 60_000).toISOString();
  const youths: SimYouth[] = [];
  const newYouth = (intake: boolean): SimYouth => {
    const choices = Array.from({ length: Math.floor(random() * 3) }, vacancy);
    // The first youth is the attacking coach's own, so that every programme has one.
    const organisationId = intake ? null : nextId === 1 ? COACH_ORGANISATION : pick(ORGANISATIONS);
    return {
      id: nextId++,
      key: Math.floor(random() * 4294967296),
      sealedVersion: intake ? 0 : 1,
      source: intake ? 'intake' : 'coach',
      priority: !intake && random() < p.priorityShare,
      organisationId,
      municipality: area(),
      choices,
      proposals: [],
    };
  };

  /** One step along the funnel for the youth's latest proposal, or a new proposal. */
  const step = (y: SimYouth): void => {
    const last = y.proposals[y.proposals.length - 1];
    const ended = !last || ['declined', 'withdrawn'].includes(last.reached[last.reached.length - 1]!) || last.reached.includes('completed') || last.reached.includes('ended_early');
    if (ended && (!last || !last.placementStart || random() < 0.3)) {
      const v = y.choices.length && random() < 0.8 ? pick(y.choices) : vacancy();
      y.proposals.push({ ...v, reached: ['proposed'], interview: null, placementStart: null, outcomes: {} });
      return;
    }
    const pr = last!;
    const now = pr.reached[pr.reached.length - 1];
    if (now === 'proposed') pr.reached.push(random() < 0.2 ? 'declined' : 'introduced');
    else if (now === 'introduced') {
      pr.reached.push('interview_planned', 'interviewed');
      pr.interview = { at: at(), outcome: random() < 0.8 ? 'showed_up' : 'no_show', history: [] };
    } else if (now === 'interviewed') {
      if (pr.interview?.outcome === 'no_show') pr.reached.push('withdrawn');
      else {
        pr.reached.push('offered', 'accepted', 'placed');
        pr.placementStart = new Date(Date.UTC(2027, 6, 5) + Math.floor(random() * 20) * 86_400_000).toISOString().slice(0, 10);
      }
    } else if (now === 'placed') pr.reached.push(random() < 0.75 ? 'completed' : 'ended_early');
    else if (!pr.outcomes.three_months) pr.outcomes.three_months = pick(STATUSES);
    else if (!pr.outcomes.six_months) pr.outcomes.six_months = pick(STATUSES);
  };

  const moments: Moment[] = [];
  const links: Link[] = [];
  const moment = (label: string) => moments.push({ label, youths: clone(youths) }) - 1;

  // The coaches enrol about a third before the programme opens: the baseline.
  const before = Math.max(1, Math.round(p.youths * (1 - p.intakeShare) * 0.4));
  for (let i = 0; i < before; i++) youths.push(newYouth(false));
  let previous = moment('baseline');

  const perWeek = (p.youths - before) / p.weeks;
  const bracketed = new Set<EventKind>();
  for (let week = 1; week <= p.weeks; week++) {
    day += 7;
    type Planned = { kind: EventKind; flip?: boolean };
    const plan: Planned[] = [];
    const enrolments = Math.max(0, Math.round(perWeek + (random() - 0.5) * perWeek));
    for (let i = 0; i < enrolments; i++) plan.push({ kind: 'enrol' });
    for (let i = 0; i < Math.round(youths.length * 0.4 * random()) + 1; i++) plan.push({ kind: 'step' });
    for (let i = 0; i < Math.floor(random() * 3); i++) plan.push({ kind: 'save', flip: random() < 0.5 });
    if (random() < p.erasureRate) plan.push({ kind: 'erase' });
    plan.sort(() => random() - 0.5);

    const counts: Record<EventKind, number> = { enrol: 0, step: 0, save: 0, erase: 0 };
    let flips = 0;
    for (const e of plan) {
      // The first enrolment, save and erasure of a programme may be watched: `current` just before and just after.
      const watch = e.kind !== 'step' && !bracketed.has(e.kind) && (e.kind === 'erase' || (week > 1 && random() < 0.5));
      let target: SimYouth | undefined;
      let from = -1;
      if (e.kind === 'enrol') {
        target = newYouth(random() < p.intakeShare);
      } else if (e.kind === 'step') {
        target = youths.length ? pick(youths) : undefined;
      } else if (e.kind === 'save') {
        const coached = youths.filter((y) => y.source === 'coach' && !y.priority);
        target = coached.length ? pick(coached) : undefined;
      } else {
        target = youths.length ? pick(youths) : undefined;
      }
      if (!target) continue;
      if (watch) from = moment(`before ${e.kind} in week ${week}`);
      const wasPriority = target.priority;
      if (e.kind === 'enrol') youths.push(target);
      else if (e.kind === 'step') step(target);
      else if (e.kind === 'save') {
        target.sealedVersion += 1;
        if (e.flip) {
          target.priority = true;
          flips += 1;
        }
      } else youths.splice(youths.indexOf(target), 1);
      counts[e.kind] += 1;
      if (watch) {
        bracketed.add(e.kind);
        const to = moment(`after ${e.kind} in week ${week}`);
        links.push({ kind: 'single', event: e.kind, from, to, youthId: target.id, wasPriority });
      }
    }
    const now = moment(`week ${week}`);
    links.push({ kind: 'week', from: previous, to: now, counts, flips });
    previous = now;
  }
  return { seed: p.seed, moments, links };
}

/** The youth of a moment by id. */
export const youthIn = (m: Moment, id: number): SimYouth | undefined => m.youths.find((y) => y.id === id);
