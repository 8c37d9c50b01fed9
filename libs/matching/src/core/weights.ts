/**
 * The one versioned weight table of the matching core. Pure: no Nest, no TypeORM.
 *
 * The shared components (seen by coaches and WSP staff alike) add up to 100 points. The coach/WSP-only
 * adjustments are not part of the 100: they are added afterwards and the total is clamped to 0..100.
 * Change a number here and bump WEIGHTS_VERSION: every score carries the version it was made with.
 */

// Math's functions are looked up once: a lookup on the global per call is slow in some hosts (e.g. Jest's VM context).
const { exp, max } = Math;

export const WEIGHTS_VERSION = 1;

/** Distance at which the distance component has fallen to half its points (exponential decay). */
export const DISTANCE_HALF_KM = 5;

export const WEIGHTS = {
  version: WEIGHTS_VERSION,
  /** Maximum points per shared component; they sum to 100. */
  shared: {
    /** Full points at 0 km, half at DISTANCE_HALF_KM, halving again every DISTANCE_HALF_KM. */
    distance: 25,
    /** Share of the vacancy's wanted skills the youth has (skills or interests); same sector: half credit. */
    skills: 25,
    /** How well the vacancy's hours per week fit the youth's hours in the overlapping availability windows. */
    hours: 15,
    /** Share of the vacancy's languages the youth speaks. */
    languages: 10,
    /** First wished kind full points, the n-th wished kind 1/n of them. */
    kindPreference: 15,
    /** Half for a named mentor, half for a described first week. */
    support: 10,
  },
  /** Coach/WSP-only adjustments, outside the 100. */
  coachOnly: {
    /** Priority youth, a named mentor and not working alone. */
    priorityMentorBonus: 8,
    /** Ties to criminal peers or family, and work where recruitment happens (see EXPOSED_TRAITS). */
    recruitmentExposurePenalty: -15,
    /** By the code of the VOG indication (vogIndicationForYouth). */
    vog: { no_vog_needed: 0, likely_fine: 0, talk_it_through: -10 },
  },
  distanceHalfKm: DISTANCE_HALF_KM,
} as const;

export type SharedComponentKey = keyof typeof WEIGHTS.shared;

/** The vacancy traits where recruitment by criminal networks happens most (DOMAIN.md, "Why this exists"). */
export const EXPOSED_TRAITS = ['worksAlone', 'movesAround', 'handlesCash', 'logisticsHub', 'eveningWork'] as const;

const DECAY = Math.LN2 / DISTANCE_HALF_KM;

/** Unrounded points of the distance component: 25 at 0 km, 12.5 at 5 km, 6.25 at 10 km. */
export function distancePoints(km: number): number {
  return WEIGHTS.shared.distance * exp(-DECAY * max(0, km));
}

/** Share of the kind-preference points for the wished kind at this index (0: most wished). */
export function kindPreferenceShare(index: number): number {
  return index < 0 ? 0 : 1 / (index + 1);
}
