import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { ContentSecurityPolicy, HeaderRule } from '@startbaan/platform';

export const DOCS_PATH = '/docs';

/**
 * Swagger UI as @nestjs/swagger serves it: its scripts are files (the bundle, the preset and
 * `swagger-ui-init.js`, which carries the document), and it needs no eval (the bundles'
 * `Function("return this")` is a fallback for engines without `globalThis`). The page itself
 * has two `<style>` blocks and one `style` attribute (on the SVG sprite), allowed by their
 * hashes: the e2e suite hashes the page it gets and fails when an upgrade changes them. Its
 * stylesheet draws icons from data: URLs, and "Try it out" calls the API on this origin.
 */
export const DOCS_CSP: ContentSecurityPolicy = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': [
    "'self'",
    "'unsafe-hashes'",
    "'sha256-/jDKvbQ8cdux+c5epDIqkjHbXDaIY8RucT1PmAe8FG4='",
    "'sha256-eaPyLWVdqMc60xuz5bTp2yBRgVpQSoUggte1+40ONPU='",
    "'sha256-ezdv1bOGcoOD7FKudKN0Y2Mb763O6qVtM8LT2mtanIU='",
  ],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * The documentation is public and the same for everyone: a browser may keep it, and asks again
 * each time whether it changed (the static files answer with ETag and Last-Modified).
 */
export const DOCS_HEADERS: HeaderRule = { path: DOCS_PATH, csp: DOCS_CSP, cacheControl: 'no-cache' };

/**
 * The OpenAPI document of the app's routes. Reads only the routes' metadata, so an app made in
 * Nest's preview mode (no provider instantiated, no database or Redis) gives the same document
 * as the running API: the CLI's `openapi` command (`npm run web:client`) relies on it.
 */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const doc = new DocumentBuilder()
    .setTitle('Startbaan API')
    .setDescription(
      'Coached young people into a first real job with friendly local employers. Errors are application/problem+json (RFC 9457); lists use cursor pagination (limit ≤ 100, nextCursor).',
    )
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  return SwaggerModule.createDocument(app, doc);
}

/** OpenAPI at /docs (Swagger UI) and /docs-json. */
export function mountDocs(app: INestApplication): void {
  SwaggerModule.setup(DOCS_PATH.slice(1), app, () => createOpenApiDocument(app), {
    jsonDocumentUrl: 'docs-json',
    // No badge from validator.swagger.io: the page would send our address to a third party (and the policy blocks it).
    swaggerOptions: { validatorUrl: null },
  });
}
