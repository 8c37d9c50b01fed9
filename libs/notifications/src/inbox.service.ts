import { Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, Problem } from '@startbaan/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { TasksService } from './tasks.service.js';

export interface InboxItem {
  id: string;
  kind: string;
  titleNl: string;
  titleEn: string;
  data: Record<string, unknown>;
  readAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface DigestEntry {
  key: string;
  [field: string]: unknown;
}

/**
 * The in-app inbox: every notification lands here, whether or not an e-mail goes out too.
 * Digests collect entries under one key (e.g. one item per coach per day).
 */
@Injectable()
export class InboxService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(actor: Actor, limit = 50): Promise<InboxItem[]> {
    return this.dataSource.query(
      `SELECT id, kind, title_nl AS "titleNl", title_en AS "titleEn", data, read_at AS "readAt", created_at AS "createdAt", updated_at AS "updatedAt"
       FROM inbox_item WHERE user_id = $1 ORDER BY updated_at DESC, id LIMIT $2`,
      [actor.userId, limit],
    );
  }

  async markRead(actor: Actor, id: string): Promise<void> {
    const own: unknown[] = await this.dataSource.query(`SELECT 1 FROM inbox_item WHERE id = $1 AND user_id = $2`, [id, actor.userId]);
    if (!own.length) throw Problem.notFound('Inbox item');
    await this.dataSource.query(`UPDATE inbox_item SET read_at = COALESCE(read_at, now()) WHERE id = $1`, [id]);
  }

  /**
   * Adds entries to the user's digest `digestKey`, creating it if needed; an entry whose key is
   * already in the digest is replaced, not repeated. The title is recomputed from the count.
   */
  async addToDigest(
    m: EntityManager,
    input: { regionId: string; userId: string; kind: string; digestKey: string; entries: DigestEntry[]; title: (count: number) => { nl: string; en: string } },
  ): Promise<void> {
    await this.addToDigests(m, { regionId: input.regionId, kind: input.kind, title: input.title, digests: [{ userId: input.userId, digestKey: input.digestKey, entries: input.entries }] });
  }

  /**
   * addToDigest for many digests at once, in two statements whatever their number: the entries
   * are merged in PostgreSQL (an entry keeps its place and takes the new value; new keys follow
   * in order), so a digest that grows all day is not read back and written whole each time. The
   * digests are locked in the order of their keys, so two jobs adding to the same digests wait
   * for each other instead of deadlocking.
   */
  async addToDigests(
    m: EntityManager,
    input: { regionId: string; kind: string; title: (count: number) => { nl: string; en: string }; digests: { userId: string; digestKey: string; entries: DigestEntry[] }[] },
  ): Promise<void> {
    // One row per digest (a statement may not change a row twice); within a call the last entry of a key wins, as in the digest.
    const digests = new Map<string, { userId: string; entries: Map<string, DigestEntry> }>();
    for (const d of input.digests) {
      const digest = digests.get(d.digestKey) ?? { userId: d.userId, entries: new Map<string, DigestEntry>() };
      for (const e of d.entries) digest.entries.set(e.key, e);
      digests.set(d.digestKey, digest);
    }
    if (!digests.size) return;
    const keys = [...digests.keys()];
    const rows: { id: string; n: number }[] = await m.query(
      `INSERT INTO inbox_item (region_id, user_id, kind, title_nl, title_en, data, digest_key)
       SELECT $1, d.user_id, $2, '', '', jsonb_build_object('entries', d.entries), d.digest_key
         FROM unnest($3::uuid[], $4::text[], $5::jsonb[]) AS d(user_id, digest_key, entries) ORDER BY d.digest_key
       ON CONFLICT (digest_key) DO UPDATE SET
         data = jsonb_build_object('entries',
           COALESCE((SELECT jsonb_agg(COALESCE(n.e, o.e) ORDER BY o.i)
                       FROM jsonb_array_elements(inbox_item.data->'entries') WITH ORDINALITY AS o(e, i)
                       LEFT JOIN jsonb_array_elements(EXCLUDED.data->'entries') AS n(e) ON n.e->>'key' = o.e->>'key'), '[]'::jsonb)
           || COALESCE((SELECT jsonb_agg(n.e ORDER BY n.i)
                          FROM jsonb_array_elements(EXCLUDED.data->'entries') WITH ORDINALITY AS n(e, i)
                         WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(inbox_item.data->'entries') AS o(e) WHERE o.e->>'key' = n.e->>'key')), '[]'::jsonb)),
         read_at = NULL, updated_at = now()
       RETURNING id, jsonb_array_length(data->'entries') AS n`,
      [input.regionId, input.kind, keys.map((k) => digests.get(k)!.userId), keys, keys.map((k) => JSON.stringify([...digests.get(k)!.entries.values()]))],
    );
    const titles = rows.map((r) => input.title(r.n));
    await m.query(
      `UPDATE inbox_item SET title_nl = t.nl, title_en = t.en FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(id, nl, en) WHERE inbox_item.id = t.id`,
      [rows.map((r) => r.id), titles.map((t) => t.nl), titles.map((t) => t.en)],
    );
  }
}

/** The inbox and the task list, for the API (reading) and the worker (writing). */
@Module({ providers: [InboxService, TasksService], exports: [InboxService, TasksService] })
export class InboxModule {}
