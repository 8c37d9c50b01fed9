import { readFileSync } from 'node:fs';
import { renderSchema, SCHEMA_FILE } from '../scripts/web-client.mjs';
import { startSuite, type Suite } from './support/app.js';

/**
 * The portal's typed client (apps/web/src/api/schema.d.ts) is generated from the API's OpenAPI
 * document. A change to a controller or a DTO that is not followed by `npm run web:client` fails
 * here, naming the command.
 */
describe("the portal's API client types", () => {
  let s: Suite;
  beforeAll(async () => {
    s = await startSuite();
  });
  afterAll(() => s.close());

  it('match what the running API documents at /docs-json', async () => {
    const doc = (await s.http().get('/docs-json').expect(200)).body as unknown;
    const fresh = await renderSchema(doc);
    const checkedIn = readFileSync(SCHEMA_FILE, 'utf8');
    if (fresh !== checkedIn) throw new Error('apps/web/src/api/schema.d.ts is stale: run `npm run web:client` and commit the result.');
    expect(fresh).toBe(checkedIn);
  }, 60_000);
});
