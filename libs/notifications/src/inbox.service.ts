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
    const own = await this.dataSource.query(`SELECT 1 FROM inbox_item WHERE id = $1 AND user_id = $2`, [id, actor.userId]);
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
    await m.query(
      `INSERT INTO inbox_item (region_id, user_id, kind, title_nl, title_en, data, digest_key) VALUES ($1, $2, $3, '', '', '{"entries": []}', $4)
       ON CONFLICT (digest_key) DO NOTHING`,
      [input.regionId, input.userId, input.kind, input.digestKey],
    );
    const [row] = await m.query(`SELECT id, data FROM inbox_item WHERE digest_key = $1 FOR UPDATE`, [input.digestKey]);
    const entries = new Map<string, DigestEntry>(((row.data.entries ?? []) as DigestEntry[]).map((e) => [e.key, e]));
    for (const e of input.entries) entries.set(e.key, e);
    const title = input.title(entries.size);
    await m.query(`UPDATE inbox_item SET data = $2, title_nl = $3, title_en = $4, read_at = NULL, updated_at = now() WHERE id = $1`, [
      row.id,
      { entries: [...entries.values()] },
      title.nl,
      title.en,
    ]);
  }
}

/** The inbox and the task list, for the API (reading) and the worker (writing). */
@Module({ providers: [InboxService, TasksService], exports: [InboxService, TasksService] })
export class InboxModule {}
