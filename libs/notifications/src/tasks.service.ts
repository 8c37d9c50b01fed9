import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, Problem } from '@startbaan/platform';
import { DataSource, type EntityManager } from 'typeorm';
import type { Bilingual } from './notice-email.js';

export interface Task {
  id: string;
  kind: string;
  titleNl: string;
  titleEn: string;
  data: Record<string, unknown>;
  dueOn: string | null;
  doneAt: Date | null;
  createdAt: Date;
}

/**
 * Work waiting for a person: a check-in to record, a concern to act on, a follow-up to ask.
 * Each task has a key that says what it is about, so creating it twice makes one task and the
 * work that settles it can close it by the same key.
 */
@Injectable()
export class TasksService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(actor: Actor, q: { open: boolean }): Promise<Task[]> {
    return this.dataSource.query(
      `SELECT id, kind, title_nl AS "titleNl", title_en AS "titleEn", data, due_on::text AS "dueOn", done_at AS "doneAt", created_at AS "createdAt"
       FROM task WHERE user_id = $1 AND ($2::boolean IS NOT TRUE OR done_at IS NULL) ORDER BY due_on NULLS FIRST, created_at, id LIMIT 200`,
      [actor.userId, q.open],
    );
  }

  async markDone(actor: Actor, id: string): Promise<void> {
    const own: unknown[] = await this.dataSource.query(`SELECT 1 FROM task WHERE id = $1 AND user_id = $2`, [id, actor.userId]);
    if (!own.length) throw Problem.notFound('Task');
    await this.dataSource.query(`UPDATE task SET done_at = COALESCE(done_at, now()) WHERE id = $1`, [id]);
  }

  async create(m: EntityManager, t: { regionId: string; userId: string; kind: string; key: string; title: Bilingual; data?: Record<string, unknown>; dueOn?: string | null }): Promise<void> {
    await m.query(
      `INSERT INTO task (region_id, user_id, kind, key, title_nl, title_en, data, due_on) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (key) DO NOTHING`,
      [t.regionId, t.userId, t.kind, t.key, t.title.nl.slice(0, 300), t.title.en.slice(0, 300), t.data ?? {}, t.dueOn ?? null],
    );
  }

  /** Closes the task with this key, if there is one still open. */
  async complete(m: EntityManager, key: string): Promise<void> {
    await m.query(`UPDATE task SET done_at = now() WHERE key = $1 AND done_at IS NULL`, [key]);
  }
}
