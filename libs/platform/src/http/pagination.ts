import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { Problem } from '../errors/problem.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

/**
 * One pagination convention everywhere: keyset cursors over (created_at, id), newest last.
 * `cursor` is opaque to clients; `nextCursor` is null on the last page.
 */
export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page.' })
  @IsOptional()
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

/** Reads a keyset cursor (as `paginate` writes it), for queries in raw SQL; a bad one is a 400 naming `cursor`. */
export function decodeCursor(cursor: string): Keyset {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Keyset;
    if (typeof v.at === 'string' && /^\d{4}-\d\d-\d\d[ T][\d:.]+([+-]\d\d(:?\d\d)?|Z)?$/.test(v.at) && typeof v.id === 'string' && v.id.length <= 64) return v;
  } catch {
    /* fall through */
  }
  throw Problem.invalid('cursor', 'must be a nextCursor returned by a previous page');
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

export function mapPage<A, B>(page: Page<A>, fn: (a: A) => B): Page<B> {
  return { items: page.items.map(fn), nextCursor: page.nextCursor };
}
