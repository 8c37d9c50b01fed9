/**
 * Lints the OpenAPI document with Spectral (.spectral.yaml): builds it from the sources as
 * GET /docs-json would serve it, without a database, Redis or a build (Nest's preview mode,
 * apps/api/src/openapi-document.ts), writes it to a temporary file and runs the Spectral CLI
 * on it. Any error or warning fails.
 *
 *   node scripts/lint-openapi.mjs              lint
 *   node scripts/lint-openapi.mjs --out f.json also keep the document in f.json
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

register('./ts-hooks.mjs', import.meta.url);
await import('reflect-metadata');
const { previewDocument } = await import('../apps/api/src/openapi-document.ts');

const root = fileURLToPath(new URL('..', import.meta.url));
const outAt = process.argv.indexOf('--out');
const dir = mkdtempSync(join(tmpdir(), 'startbaan-openapi-'));
const file = outAt > 0 ? process.argv[outAt + 1] : join(dir, 'openapi.json');
let status = 1;
try {
  writeFileSync(file, `${JSON.stringify(await previewDocument(), null, 2)}\n`);
  const spectral = spawnSync(
    process.execPath,
    [join(root, 'node_modules/@stoplight/spectral-cli/dist/index.js'), 'lint', '--ruleset', join(root, '.spectral.yaml'), '--fail-severity', 'warn', '--format', 'text', file],
    { stdio: 'inherit', cwd: root },
  );
  status = spectral.status ?? 1;
  if (status === 0) console.log('OpenAPI document: no Spectral errors or warnings');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(status);
