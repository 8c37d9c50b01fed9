import type { EntityManager, EntityMetadata, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import { preparable } from './prepared-statements.js';

/**
 * The row of a statement that always gives one (an INSERT … RETURNING without ON CONFLICT, an
 * aggregate without GROUP BY, a row locked a moment before): none is a bug, not a miss, so it
 * throws with what was asked instead of letting an undefined row travel on.
 */
export function onlyRow<T>(rows: readonly T[], what: string): T {
  const [row] = rows;
  if (row === undefined) throw new Error(`${what}: the statement returned no row`);
  return row;
}

/** What the PostgreSQL driver answers to an UPDATE or DELETE: the rows it returned and how many it changed. */
export type ChangedRows<T = never> = [rows: T[], changed: number];

/**
 * The rows of `sql` as one JSON array built by PostgreSQL and parsed by V8 in one go. For
 * thousands of rows this is several times faster than the driver's per-column parsing (each
 * `text[]` by a parser written in JavaScript, each `jsonb` by a JSON.parse of its own). Only for
 * columns whose JSON form is the value the driver would give: text (dates cast to text), integers,
 * floats, booleans, text and uuid arrays and jsonb, never numeric, timestamps or bytea.
 */
export async function rowsAsJson<T>(m: Pick<EntityManager, 'query'>, sql: string, params: unknown[]): Promise<T[]> {
  // One text column whatever the rows hold: safe to keep prepared.
  const rows: { rows: string }[] = await m.query(preparable(`SELECT COALESCE(json_agg(as_json_row), '[]')::text AS rows FROM (${sql}) as_json_row`), params);
  return JSON.parse(onlyRow(rows, 'rows as JSON').rows) as T[];
}

/**
 * An entity's selected columns for a `rowsAsJson` statement, under their property names, and
 * the way back from a JSON row to the entity TypeORM would have given: times become Dates,
 * numeric and bigint come as text (as the driver gives them) through the column's transformer.
 * Built from the entity's metadata, so the list of columns cannot drift from the entity.
 */
export interface JsonEntity<E> {
  /** `alias.column AS "property", …` */
  columns: string;
  hydrate(row: Record<string, unknown>): E;
}

const AS_TEXT = new Set(['numeric', 'decimal', 'bigint', 'int8']);
const TIMES = new Set(['timestamptz', 'timestamp with time zone', 'timestamp', 'timestamp without time zone']);
const UNSUPPORTED = new Set(['bytea', 'point']);

const built = new WeakMap<EntityMetadata, Map<string, JsonEntity<unknown>>>();

export function jsonEntity<E>(metadata: EntityMetadata, alias: string): JsonEntity<E> {
  let byAlias = built.get(metadata);
  if (!byAlias) built.set(metadata, (byAlias = new Map()));
  let found = byAlias.get(alias);
  if (!found) byAlias.set(alias, (found = buildJsonEntity(metadata, alias)));
  return found as JsonEntity<E>;
}

function buildJsonEntity<E>(metadata: EntityMetadata, alias: string): JsonEntity<E> {
  const columns = metadata.columns.filter((c) => c.isSelect);
  const typeOf = (c: ColumnMetadata): string => (typeof c.type === 'string' ? c.type : c.type.name.toLowerCase());
  for (const c of columns) {
    if (UNSUPPORTED.has(typeOf(c))) throw new Error(`${metadata.name}.${c.propertyName}: a ${typeOf(c)} column has no JSON form to read back`);
  }
  return {
    columns: columns.map((c) => `${alias}.${c.databaseName}${AS_TEXT.has(typeOf(c)) ? '::text' : ''} AS "${c.propertyName}"`).join(', '),
    hydrate(row) {
      const entity = metadata.create() as E & ObjectLiteral;
      for (const c of columns) {
        let value = row[c.propertyName];
        if (value !== null && value !== undefined && TIMES.has(typeOf(c))) value = new Date(value as string);
        if (c.transformer && !Array.isArray(c.transformer)) value = c.transformer.from(value);
        c.setEntityValue(entity, value);
      }
      return entity;
    },
  };
}
