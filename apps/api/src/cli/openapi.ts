import { previewDocument } from '../openapi-document.js';

/**
 * The API's OpenAPI document as GET /docs-json serves it, as JSON text, without a running API
 * (Nest's preview mode: nothing connects to PostgreSQL or Redis). `npm run web:client` makes
 * the portal's typed client from it.
 */
export async function openApiDocumentJson(): Promise<string> {
  return `${JSON.stringify(await previewDocument(), null, 2)}\n`;
}
