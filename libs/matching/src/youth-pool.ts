import type { DataSource } from 'typeorm';
import { KM_PER_DEG_LAT, KM_PER_DEG_LON, type YouthCandidate, youthsChangedSince } from './candidates.js';
import type { MatchVacancy } from './match.model.js';
import { dayNumber, KIND_BIT } from './vacancy-index.js';

/**
 * One region's matchable youths. The quick pre-filter (kind, dates, widened travel circle)
 * reads only flat typed arrays, one slot per youth, so a scan over 100,000 youths touches a
 * few megabytes in order instead of 100,000 objects spread over the heap; the full objects are
 * read for the few that pass.
 */
class RegionPool {
  private capacity = 1024;
  private youths: (YouthCandidate | undefined)[] = [];
  private x = new Float64Array(this.capacity);
  private y = new Float64Array(this.capacity);
  private reach2 = new Float64Array(this.capacity);
  private from = new Int32Array(this.capacity);
  private to = new Int32Array(this.capacity);
  /** Bit per wished kind; 0 marks a free slot (it matches nothing). */
  private kinds = new Uint8Array(this.capacity);
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
   * The youths who wish the vacancy's kind, are available on some day of it, and whose widened
   * travel circle (on the kilometre plane) holds it: necessary conditions only, the core checks
   * the exact ones.
   */
  reachable(vacancy: Pick<MatchVacancy, 'kind' | 'startDate' | 'endDate' | 'position'>): YouthCandidate[] {
    const bit = KIND_BIT[vacancy.kind];
    const start = dayNumber(vacancy.startDate);
    const end = dayNumber(vacancy.endDate);
    const vx = vacancy.position.lon * KM_PER_DEG_LON;
    const vy = vacancy.position.lat * KM_PER_DEG_LAT;
    const { kinds, from, to, x, y, reach2, youths } = this;
    const out: YouthCandidate[] = [];
    for (let i = 0; i < this.used; i++) {
      if ((kinds[i]! & bit) === 0 || to[i]! < start || from[i]! > end) continue;
      const dx = x[i]! - vx;
      const dy = y[i]! - vy;
      if (dx * dx + dy * dy <= reach2[i]!) out.push(youths[i]!);
    }
    return out;
  }

  private grow(): void {
    this.capacity *= 2;
    const widen = <A extends Float64Array | Int32Array | Uint8Array>(old: A, make: (n: number) => A): A => {
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
  }
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
    const [row] = await this.dataSource.query(`SELECT youths::text AS seq, youth_resets::text AS resets FROM match_epoch WHERE region_id = $1`, [regionId]);
    const seq = row?.seq ?? '0';
    const resets = row?.resets ?? '0';
    const pool = current && current.seq === seq && current.resets === resets ? current : await this.refresh(regionId);
    return { size: pool.size, reachable: (v) => pool.reachable(v) };
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
      const [row] = await m.query(`SELECT youths::text AS seq, youth_resets::text AS resets FROM match_epoch WHERE region_id = $1`, [regionId]);
      const seq: string = row?.seq ?? '0';
      const resets: string = row?.resets ?? '0';
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
