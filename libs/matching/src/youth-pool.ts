import type { DataSource } from 'typeorm';
import { type PooledYouth, youthsChangedSince } from './candidates.js';

interface RegionPool {
  seq: string;
  resets: string;
  byId: Map<string, PooledYouth>;
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

  async youths(regionId: string): Promise<ReadonlyMap<string, PooledYouth>> {
    const current = this.regions.get(regionId);
    const [row] = await this.dataSource.query(`SELECT youths::text AS seq, youth_resets::text AS resets FROM match_epoch WHERE region_id = $1`, [regionId]);
    const seq = row?.seq ?? '0';
    const resets = row?.resets ?? '0';
    if (current && current.seq === seq && current.resets === resets) return current.byId;
    return (await this.refresh(regionId)).byId;
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
      const byId = full ? new Map<string, PooledYouth>() : before.byId;
      for (const change of await youthsChangedSince(m, regionId, full ? '0' : before.seq)) {
        if (change.youth) byId.set(change.id, change.youth);
        else byId.delete(change.id);
      }
      return { seq, resets, byId };
    });
    this.regions.set(regionId, pool);
    return pool;
  }
}
