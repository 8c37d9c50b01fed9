import type { DataSource } from 'typeorm';
import { KM_PER_DEG_LAT, KM_PER_DEG_LON, kmAtLeastOnPlane, type YouthCandidate, youthsChangedSince } from './candidates.js';
import { availabilitySummary, dayNumber, latestBirthDay, weekdayMask } from './core/calendar.js';
import { LANGUAGE_NUMBERS, mayHaveCode, setCodeBits, SKILL_NUMBERS } from './core/codes.js';
import { ceilingFromCounts, type CeilingOptions, hasText } from './core/score.js';
import type { MatchVacancy } from './match.model.js';
import { KIND_BIT, KINDS } from './vacancy-index.js';

/** Skills and interests: 128 bits per youth (the vocabulary has about 110 terms; any beyond count as "may have"). */
const SKILL_WORDS = 4;
/** Languages: 32 bits per youth (likewise). */
const LANGUAGE_WORDS = 1;

/** The youths a vacancy may reach, each with its score ceiling (same order). */
export interface Reachable {
  youths: YouthCandidate[];
  ceilings: number[];
}

/**
 * One region's matchable youths. The quick pre-filter (kind, dates, widened travel circle, age,
 * weekdays and hours) and the score ceilings read only flat typed arrays, one slot per youth, so
 * a scan over 100,000 youths touches a few megabytes in order instead of 100,000 objects spread
 * over the heap; the full objects are read only for the few that are scored.
 */
export class RegionPool {
  private capacity = 1024;
  private youths: (YouthCandidate | undefined)[] = [];
  private x = new Float64Array(this.capacity);
  private y = new Float64Array(this.capacity);
  private reach2 = new Float64Array(this.capacity);
  private from = new Int32Array(this.capacity);
  private to = new Int32Array(this.capacity);
  /** Bit per wished kind; 0 marks a free slot (it matches nothing). */
  private kinds = new Uint8Array(this.capacity);
  private born = new Int32Array(this.capacity);
  /** Every weekday of any window, and the most hours per week of any window (availabilitySummary). */
  private days = new Uint8Array(this.capacity);
  private maxHours = new Float64Array(this.capacity);
  private priority = new Uint8Array(this.capacity);
  /** Per youth and kind (in KINDS order): the kind's place in the youth's wishes, -1 when not wished. */
  private kindIndex = new Int8Array(this.capacity * KINDS.length);
  private skillBits = new Uint32Array(this.capacity * SKILL_WORDS);
  private languageBits = new Uint32Array(this.capacity * LANGUAGE_WORDS);
  private readonly slotOf = new Map<string, number>();
  private readonly free: number[] = [];
  private used = 0;

  constructor(
    public seq: string,
    public resets: string,
  ) {}

  get size(): number {
    return this.slotOf.size;
  }

  set(youth: YouthCandidate): void {
    let slot = this.slotOf.get(youth.id);
    if (slot === undefined) {
      slot = this.free.pop() ?? this.used++;
      if (slot >= this.capacity) this.grow();
      this.slotOf.set(youth.id, slot);
    }
    this.youths[slot] = youth;
    this.x[slot] = youth.x;
    this.y[slot] = youth.y;
    this.reach2[slot] = youth.reach2;
    this.from[slot] = dayNumber(youth.availableFrom);
    this.to[slot] = dayNumber(youth.availableTo);
    this.kinds[slot] = youth.wishedKinds.reduce((bits, k) => bits | (KIND_BIT[k] ?? 0), 0);
    this.born[slot] = dayNumber(youth.dateOfBirth);
    const free = availabilitySummary(youth.availability);
    this.days[slot] = free.days;
    this.maxHours[slot] = free.maxHours;
    this.priority[slot] = youth.priority ? 1 : 0;
    for (let k = 0; k < KINDS.length; k++) this.kindIndex[slot * KINDS.length + k] = youth.wishedKinds.indexOf(KINDS[k]!);
    setCodeBits(this.skillBits, slot * SKILL_WORDS, SKILL_WORDS, SKILL_NUMBERS, [...youth.skills, ...youth.interests]);
    setCodeBits(this.languageBits, slot * LANGUAGE_WORDS, LANGUAGE_WORDS, LANGUAGE_NUMBERS, youth.languages);
  }

  delete(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.youths[slot] = undefined;
    this.kinds[slot] = 0;
    this.free.push(slot);
  }

  /**
   * The youths who wish the vacancy's kind, are available on some day of it, are old enough for
   * it, have a window on one of its weekdays with at least half its hours somewhere, and whose
   * widened travel circle (on the kilometre plane) holds it: necessary conditions only, the core
   * checks the exact ones. Each comes with its score ceiling (ceilingFromCounts, from the flat
   * arrays: the distance from the plane, as planeKmAtLeast).
   */
  reachable(
    vacancy: MatchVacancy,
    opts: CeilingOptions,
  ): Reachable {
    const bit = KIND_BIT[vacancy.kind];
    const kindSlot = KINDS.indexOf(vacancy.kind);
    const start = dayNumber(vacancy.startDate);
    const end = dayNumber(vacancy.endDate);
    const vx = vacancy.position.lon * KM_PER_DEG_LON;
    const vy = vacancy.position.lat * KM_PER_DEG_LAT;
    const latestBirth = latestBirthDay(vacancy.startDate, Math.max(vacancy.minLegalAge, vacancy.employerMinAge));
    const vDays = weekdayMask(vacancy.weekdays);
    const halfHours = vacancy.hoursPerWeek / 2;
    const skillsAsked = vacancy.skills.map((c) => SKILL_NUMBERS.of(c));
    const languagesAsked = vacancy.languages.map((c) => LANGUAGE_NUMBERS.of(c));
    const mentor = hasText(vacancy.mentorName);
    const firstWeek = hasText(vacancy.firstWeek);
    const mentorBonus = mentor && !vacancy.traits.worksAlone;
    const { kinds, from, to, x, y, reach2, born, days, maxHours, priority, kindIndex, skillBits, languageBits, youths } = this;
    const out: Reachable = { youths: [], ceilings: [] };
    for (let i = 0; i < this.used; i++) {
      if ((kinds[i]! & bit) === 0 || to[i]! < start || from[i]! > end || born[i]! > latestBirth || (days[i]! & vDays) === 0 || maxHours[i]! < halfHours) continue;
      const dx = x[i]! - vx;
      const dy = y[i]! - vy;
      const d2 = dx * dx + dy * dy;
      if (d2 > reach2[i]!) continue;
      let skillsHad = 0;
      for (let s = 0; s < skillsAsked.length; s++) if (mayHaveCode(skillBits, i * SKILL_WORDS, SKILL_WORDS, skillsAsked[s]!)) skillsHad++;
      let languagesHad = 0;
      for (let l = 0; l < languagesAsked.length; l++) if (mayHaveCode(languageBits, i * LANGUAGE_WORDS, LANGUAGE_WORDS, languagesAsked[l]!)) languagesHad++;
      const km = kmAtLeastOnPlane(d2);
      out.youths.push(youths[i]!);
      const wishIndex = kindSlot < 0 ? -1 : kindIndex[i * KINDS.length + kindSlot]!;
      out.ceilings.push(
        ceilingFromCounts(opts, km, skillsAsked.length, skillsHad, vacancy.hoursPerWeek, maxHours[i]!, languagesAsked.length, languagesHad, wishIndex, mentor, firstWeek, priority[i] === 1 && mentorBonus),
      );
    }
    return out;
  }

  private grow(): void {
    this.capacity *= 2;
    const widen = <A extends Float64Array | Int32Array | Uint32Array | Uint8Array | Int8Array>(old: A, make: (n: number) => A): A => {
      const next = make(this.capacity);
      next.set(old);
      return next;
    };
    this.x = widen(this.x, (n) => new Float64Array(n));
    this.y = widen(this.y, (n) => new Float64Array(n));
    this.reach2 = widen(this.reach2, (n) => new Float64Array(n));
    this.from = widen(this.from, (n) => new Int32Array(n));
    this.to = widen(this.to, (n) => new Int32Array(n));
    this.kinds = widen(this.kinds, (n) => new Uint8Array(n));
    this.born = widen(this.born, (n) => new Int32Array(n));
    this.days = widen(this.days, (n) => new Uint8Array(n));
    this.maxHours = widen(this.maxHours, (n) => new Float64Array(n));
    this.priority = widen(this.priority, (n) => new Uint8Array(n));
    this.kindIndex = widen(this.kindIndex, (n) => new Int8Array(n * KINDS.length));
    this.skillBits = widen(this.skillBits, (n) => new Uint32Array(n * SKILL_WORDS));
    this.languageBits = widen(this.languageBits, (n) => new Uint32Array(n * LANGUAGE_WORDS));
  }
}

/** Whether the pool was loaded before the counters `seq` and `resets` (both only grow). */
const olderThan = (pool: { seq: string; resets: string }, seq: string, resets: string): boolean =>
  BigInt(pool.resets) < BigInt(resets) || (pool.resets === resets && BigInt(pool.seq) < BigInt(seq));

/** A region's youth counters (bigints, read as text): none yet before its first youth. */
interface EpochRow {
  seq: string;
  resets: string;
}

/**
 * The youths of each region who can be matched, kept in memory by the API and brought up to
 * date before every use: one indexed read of the region's counters, and only when they moved,
 * the rows stamped since (or the whole region after a deletion). Reads happen in one
 * REPEATABLE READ snapshot, so the pool is exactly the committed state at that moment: a
 * withdrawn consent or a changed sealed flag counts from the next request on.
 */
export class YouthPool {
  private readonly regions = new Map<string, RegionPool>();
  private readonly refreshing = new Map<string, Promise<RegionPool>>();

  constructor(private readonly dataSource: DataSource) {}

  /** The region's pool, current as of this call. */
  async region(regionId: string): Promise<{ size: number; reachable: RegionPool['reachable'] }> {
    const current = this.regions.get(regionId);
    const [row]: EpochRow[] = await this.dataSource.query(`SELECT youths::text AS seq, youth_resets::text AS resets FROM match_epoch WHERE region_id = $1`, [regionId]);
    const seq = row?.seq ?? '0';
    const resets = row?.resets ?? '0';
    let pool = current && current.seq === seq && current.resets === resets ? current : await this.refresh(regionId);
    // A refresh already running when this request came may read a snapshot taken before the
    // change this request saw committed (on this API or another): it is shared, then one more
    // is made, so a read that starts after a commit never answers from the state before it.
    while (olderThan(pool, seq, resets)) pool = await this.refresh(regionId);
    return { size: pool.size, reachable: (v, opts) => pool.reachable(v, opts) };
  }

  /** One refresh per region at a time; requests arriving meanwhile share it. */
  private refresh(regionId: string): Promise<RegionPool> {
    const running = this.refreshing.get(regionId);
    if (running) return running;
    const done = this.load(regionId).finally(() => this.refreshing.delete(regionId));
    this.refreshing.set(regionId, done);
    return done;
  }

  private async load(regionId: string): Promise<RegionPool> {
    const before = this.regions.get(regionId);
    const pool = await this.dataSource.transaction('REPEATABLE READ', async (m) => {
      const [row]: EpochRow[] = await m.query(`SELECT youths::text AS seq, youth_resets::text AS resets FROM match_epoch WHERE region_id = $1`, [regionId]);
      const seq = row?.seq ?? '0';
      const resets = row?.resets ?? '0';
      const full = !before || before.resets !== resets;
      const changes = await youthsChangedSince(m, regionId, full ? '0' : before.seq);
      // A full load builds a new pool; a delta updates the current one in place (synchronously, so no request sees it half done).
      const target = full ? new RegionPool(seq, resets) : before;
      for (const change of changes) {
        if (change.youth) target.set(change.youth);
        else target.delete(change.id);
      }
      target.seq = seq;
      target.resets = resets;
      return target;
    });
    this.regions.set(regionId, pool);
    return pool;
  }
}
