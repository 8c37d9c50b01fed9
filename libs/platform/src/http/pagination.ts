import { ApiPropertyOptional } from '@nestjs/swagger';
import { Omittable, QueryNumber } from './input-decorators.js';
import { IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import type { EntityManager, SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { rowsAsJson } from '../database/rows.js';
import { Problem } from '../errors/problem.js';
import { isCalendarDate } from './input-rules.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

/**
 * One pagination convention everywhere: keyset cursors over (created_at, id), newest last.
 * `cursor` is opaque to clients; `nextCursor` is null on the last page.
 */
export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @Omittable()
  @QueryNumber()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page.' })
  @Omittable()
  @IsString()
  @MaxLength(200)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'cursor must be a nextCursor returned by a previous page' })
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Keyset {
  at: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP_TEXT = /^(\d{4}-\d\d-\d\d)[ T](\d\d):(\d\d):(\d\d)(?:\.\d{1,6})?(?:Z|[+-](\d\d)(?::?(\d\d)){0,2})?$/;

/**
 * A timestamp as PostgreSQL prints one (`created_at::text`: `2027-07-05 10:00:00.123456+02`), on
 * a day the calendar has and at a real time: a cursor is the client's to send back, and one made
 * up must be a 400 naming it, not a date PostgreSQL refuses.
 */
export function isTimestampText(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = TIMESTAMP_TEXT.exec(value);
  return !!m && isCalendarDate(m[1]) && Number(m[2]) <= 23 && Number(m[3]) <= 59 && Number(m[4]) <= 59 && Number(m[5] ?? 0) <= 15 && Number(m[6] ?? 0) <= 59;
}

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** The problem of a cursor that was not handed out by a previous page. */
export const badCursor = (): Problem => Problem.invalid('cursor', 'must be a nextCursor returned by a previous page');

/** Reads a keyset cursor (as `paginate` writes it), for queries in raw SQL; a bad one is a 400 naming `cursor`. */
export function decodeCursor(cursor: string): Keyset {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Keyset;
    if (isTimestampText(v.at) && isUuid(v.id)) return { at: v.at, id: v.id };
  } catch {
    /* fall through */
  }
  throw badCursor();
}

/** The cursor of a keyset; `at` as PostgreSQL prints the timestamp (`created_at::text`), to keep the microseconds. */
export const encodeCursor = (k: Keyset): string => Buffer.from(JSON.stringify(k)).toString('base64url');

/** Applies the keyset to a query on `alias` with `created_at` and `id` columns, and runs it. */
export async function paginate<E extends ObjectLiteral & { id: string; createdAt: Date }>(
  qb: SelectQueryBuilder<E>,
  alias: string,
  query: PageQuery,
): Promise<Page<E>> {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  if (query.cursor) {
    const k = decodeCursor(query.cursor);
    qb.andWhere(`(${alias}.created_at, ${alias}.id) > (:cursorAt::timestamptz, :cursorId)`, { cursorAt: k.at, cursorId: k.id });
  }
  // The cursor keeps the timestamp as PostgreSQL prints it: a JavaScript Date would drop the
  // microseconds and make the next page repeat rows.
  const { entities, raw } = await qb
    .addSelect(`${alias}.created_at::text`, 'cursor_at')
    .orderBy(`${alias}.created_at`, 'ASC')
    .addOrderBy(`${alias}.id`, 'ASC')
    .limit(limit + 1)
    .getRawAndEntities<{ cursor_at: string }>();
  const items = entities.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: entities.length > limit && last ? encodeCursor({ at: raw[limit - 1]!.cursor_at, id: last.id }) : null,
  };
}

/** The parameters of a statement written by hand: `add(value)` keeps the value and gives its placeholder ($1, $2, …). */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * What `paginate` does, for a statement written by hand and read as one JSON array
 * (`rowsAsJson`): the rows of `select` from `from` where every condition of `where` holds, after
 * the cursor, in the order of `alias`'s creation time (or of the time column `orderedBy`) and id,
 * and the next page's cursor.
 */
export async function jsonPage<R extends { id: string }>(
  m: Pick<EntityManager, 'query'>,
  statement: { select: string; from: string; where: readonly string[]; params: SqlParams; alias: string; orderedBy?: string },
  query: PageQuery,
): Promise<Page<R>> {
  const { alias, params } = statement;
  const at = `${alias}.${statement.orderedBy ?? 'created_at'}`;
  const where = [...statement.where];
  if (query.cursor) {
    const k = decodeCursor(query.cursor);
    where.push(`(${at}, ${alias}.id) > (${params.add(k.at)}::timestamptz, ${params.add(k.id)}::uuid)`);
  }
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const rows = await rowsAsJson<R & { cursorAt: string }>(
    m,
    `SELECT ${statement.select}, ${at}::text AS "cursorAt" FROM ${statement.from}
     WHERE ${where.join(' AND ')} ORDER BY ${at}, ${alias}.id LIMIT ${limit + 1}`,
    params.values,
  );
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  const nextCursor = last ? encodeCursor({ at: last.cursorAt, id: last.id }) : null;
  // The key of the cursor is the page's business, not the items'.
  const items: (R & { cursorAt?: string })[] = rows.slice(0, limit);
  for (const item of items) delete item.cursorAt;
  return { items, nextCursor };
}

export function mapPage<A, B>(page: Page<A>, fn: (a: A) => B): Page<B> {
  return { items: page.items.map(fn), nextCursor: page.nextCursor };
}
