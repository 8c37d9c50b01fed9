#!/usr/bin/env node
/**
 * TypeORM's schema builder run from the sources, in a process of its own, printing one JSON line:
 *
 *   node scripts/schema-builder.mjs diff <database-url>                      → {"up":[…SQL]}
 *   node scripts/schema-builder.mjs generate <database-url> <Name> <lib> <dir> → {"file":"…"}
 *
 * (an error prints {"error":"…"}). The schema suite uses it: the builder reads the tables with
 * several queries at once on one connection, which pg 8 marks deprecated, and the suites run
 * with --throw-deprecation to keep the application's own code from doing that.
 */
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
await import('reflect-metadata');
const { migrationGenerate, schemaDifference } = await import('../apps/api/src/cli/migrations.ts');

const [command, url, ...rest] = process.argv.slice(2);
let out;
try {
  if (command === 'diff') out = { up: (await schemaDifference(url)).upQueries.map((q) => q.query) };
  else if (command === 'generate') out = { file: await migrationGenerate(url, rest[0], rest[1], rest[2]) };
  else out = { error: 'usage: schema-builder.mjs diff <url> | generate <url> <Name> <lib> <dir>' };
} catch (err) {
  out = { error: err instanceof Error ? err.message : String(err) };
}
process.stdout.write(`${JSON.stringify(out)}\n`);
process.exit(0);
