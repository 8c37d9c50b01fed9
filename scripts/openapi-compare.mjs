/**
 * Builds the OpenAPI document from the sources (as GET /docs-json serves it, Nest's preview
 * mode: no database, Redis or build) and writes it, or compares it byte for byte with a
 * document kept earlier: for changes that must leave the API exactly as it was.
 *
 *   node scripts/openapi-compare.mjs --write before.json   keep today's document
 *   node scripts/openapi-compare.mjs before.json           exit 1 unless byte-identical
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
await import('reflect-metadata');
const { previewDocument } = await import('../apps/api/src/openapi-document.ts');

const text = `${JSON.stringify(await previewDocument(), null, 2)}\n`;
const bytes = Buffer.byteLength(text);
const writeAt = process.argv.indexOf('--write');
if (writeAt > 0) {
  writeFileSync(process.argv[writeAt + 1], text);
  console.log(`OpenAPI document: ${bytes} bytes written to ${process.argv[writeAt + 1]}`);
  process.exit(0);
}
const against = process.argv[2];
if (!against) {
  console.error('usage: node scripts/openapi-compare.mjs [--write] <file>');
  process.exit(2);
}
const kept = readFileSync(against, 'utf8');
if (kept === text) {
  console.log(`OpenAPI document: byte-identical to ${against} (${bytes} bytes)`);
  process.exit(0);
}
const a = kept.split('\n');
const b = text.split('\n');
const line = a.findIndex((l, i) => l !== b[i]);
console.error(`OpenAPI document differs from ${against} (${Buffer.byteLength(kept)} → ${bytes} bytes), first at line ${line + 1}:\n- ${a[line]}\n+ ${b[line]}`);
process.exit(1);
