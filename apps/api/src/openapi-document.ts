import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { Env } from '@startbaan/platform';
import { ApiModule } from './app.module.js';
import { buildDocument } from './docs.js';

/**
 * Placeholders that pass the configuration's checks. In preview mode nothing is connected,
 * signed or encrypted with them: they only let the modules be declared.
 */
const PREVIEW_ENV: Env = {
  NODE_ENV: 'production',
  LOG_LEVEL: 'silent',
  JWT_SECRET: 'openapi-document-preview-not-a-secret-0000',
  ENCRYPTION_KEYS: `preview:${Buffer.alloc(32).toString('base64')}`,
};

/**
 * The OpenAPI document as GET /docs-json serves it, without PostgreSQL or Redis: Nest's preview
 * mode declares the modules and controllers but instantiates no provider, so no connection is
 * made. For linting the document in CI and on a laptop alike.
 */
export async function previewDocument(): Promise<OpenAPIObject> {
  const app = await NestFactory.create(ApiModule.forRoot(PREVIEW_ENV), { preview: true, logger: false, abortOnError: false });
  try {
    return buildDocument(app);
  } finally {
    await app.close();
  }
}
