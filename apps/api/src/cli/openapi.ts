import { randomBytes } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { ApiModule } from '../app.module.js';
import { createOpenApiDocument } from '../docs.js';

/**
 * The API's OpenAPI document, as GET /docs-json serves it, without a running API: the app is
 * made in Nest's preview mode, which reads the routes' metadata and instantiates no provider,
 * so nothing connects to PostgreSQL or Redis. The secrets it needs to pass the configuration's
 * checks are throwaway ones; the document holds none of them.
 */
export async function openApiDocumentJson(): Promise<string> {
  const env = {
    ...process.env,
    JWT_SECRET: randomBytes(32).toString('hex'),
    ENCRYPTION_KEYS: `openapi:${randomBytes(32).toString('base64')}`,
    LOG_LEVEL: 'silent',
  };
  const app = await NestFactory.create(ApiModule.forRoot(env), { preview: true, logger: false, abortOnError: false });
  try {
    return `${JSON.stringify(createOpenApiDocument(app), null, 2)}\n`;
  } finally {
    await app.close();
  }
}
