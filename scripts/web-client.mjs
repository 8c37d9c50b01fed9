// The portal's typed API client: TypeScript types generated from the API's own OpenAPI document
// (openapi-typescript), called through openapi-fetch. `npm run web:client` builds the API, prints
// its document without starting it (`cli.js openapi`: no database or Redis needed) and rewrites
// apps/web/src/api/schema.d.ts. test/web-client.e2e-spec.ts regenerates it from a running API's
// /docs-json and fails when the checked-in file is stale.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

export const SCHEMA_FILE = fileURLToPath(new URL('../apps/web/src/api/schema.d.ts', import.meta.url));

const HEADER = `/**
 * Generated from the API's OpenAPI document by \`npm run web:client\` (openapi-typescript).
 * Do not edit: change the API's controllers and DTOs, then run the command again.
 */

`;

/** The file's text for an OpenAPI document (the parsed /docs-json). */
export async function renderSchema(document) {
  const ast = await openapiTS(document, { alphabetize: true });
  return HEADER + astToString(ast);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const cli = fileURLToPath(new URL('../dist/apps/api/apps/api/src/cli/cli.js', import.meta.url));
  const json = execFileSync(process.execPath, [cli, 'openapi'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  writeFileSync(SCHEMA_FILE, await renderSchema(JSON.parse(json)));
  process.stdout.write(`Wrote ${SCHEMA_FILE}\n`);
}
