import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { ContentSecurityPolicy, HeaderRule } from '@startbaan/platform';
import { completeResponses } from './responses.js';

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

/** Every tag an operation carries, with what it is about (the document lists them in this order). */
export const DOCS_TAGS: readonly (readonly [name: string, description: string])[] = [
  ['auth', 'Sign-in with e-mail and password, refresh tokens that work once, sign-out, and the queue board cookie for operators.'],
  ['me', 'The signed-in account: its tasks and its language.'],
  ['organisations', "The organisations of your region (WSP, coaching organisations, employers) and their accounts."],
  ['invitations', 'Inviting people into an organisation of the region, and accepting an invitation.'],
  ['youths', "Youth profiles, consent, the sealed risk record, the AVG export and erasure: for the youth's coach, and for WSP staff as far as the privacy table allows."],
  ['vocabulary', 'The shared lists: skills and interests by sector, and the risk and protective factors of the sealed record.'],
  ['employers', 'The employer network kept by the WSP, the SBI sectors and the friendly-employer pledge.'],
  ['vacancies', "Vacancies from draft through WSP review to open, filled or closed, each with its VOG guidance."],
  ['network', "The WSP's view of its employer network: figures, the review queue, unanswered proposals and dormant employers."],
  ['matching', 'Suggestions: open vacancies for a youth (coach), youths for a vacancy (WSP), with scores and reasons.'],
  ['inbox', 'Your notifications: match digests, proposal news, messages and more.'],
  ['proposals', "A youth proposed for a vacancy, from the employer's anonymous candidate card to introduction, interview, offer and acceptance, with its message thread."],
  ['placements', "Placements: check-ins on work skills, the ending, follow-ups, the employer's reference; the region's placement settings."],
  ['programmes', 'Summer programmes: enlisting vacancies, enrolling youths with ranked choices, allocation runs, publishing and monitoring.'],
  ['intake', 'Open intake: public routes where a youth signs up for a summer programme and confirms with a code.'],
  ['health', 'Liveness and readiness for the load balancer and the orchestrator.'],
];

const DOCS_DESCRIPTION = [
  'Coached young people into a first real job with friendly local employers.',
  '',
  'Authentication: a bearer access token from POST /auth/login (short-lived; POST /auth/refresh gives a new pair). Routes marked x-public need none; x-roles lists the roles a route lets in.',
  '',
  'Errors are application/problem+json (RFC 9457, schema Problem): act on status and type; a 400 names each field in errors. Every route documents the statuses it can answer.',
  '',
  'Lists use cursor pagination (limit ≤ 100, nextCursor).',
].join('\n');

/** The document's fixed part: everything but the operations, which come from the controllers. */
export function documentConfig(): Omit<OpenAPIObject, 'paths'> {
  const builder = new DocumentBuilder()
    .setTitle('Startbaan API')
    .setDescription(DOCS_DESCRIPTION)
    .setVersion('0.1.0')
    .addServer('/', 'This API, on the origin that serves this document')
    .addBearerAuth();
  for (const [name, description] of DOCS_TAGS) builder.addTag(name, description);
  return builder.build();
}

/** The OpenAPI document of an application (created, not necessarily initialised). */
export function buildDocument(app: INestApplication): OpenAPIObject {
  return completeResponses(SwaggerModule.createDocument(app, documentConfig()));
}

/** OpenAPI at /docs (Swagger UI) and /docs-json. */
export function mountDocs(app: INestApplication): void {
  SwaggerModule.setup(DOCS_PATH.slice(1), app, () => buildDocument(app), {
    jsonDocumentUrl: 'docs-json',
    // No badge from validator.swagger.io: the page would send our address to a third party (and the policy blocks it).
    swaggerOptions: { validatorUrl: null },
  });
}
