import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { APP_CONFIG, type AppConfig, type HeaderRule, languageFromAcceptLanguage, PORTAL_CSP, PROBLEM_CONTENT_TYPE, problemText, problemType } from '@startbaan/platform';
import type { Express, NextFunction, Request, Response } from 'express';

/**
 * The portal (apps/web) lives under /app, and nothing of the API does: its client routes
 * (/app/vacancies/…) can never shadow an API route (/vacancies/…), and the API can add routes
 * without asking the portal. `/` sends a browser to the portal.
 */
export const PORTAL_PATH = '/app';

/**
 * The build's files are named by their content hash under /app/assets: kept a year and never
 * asked again. The page itself (index.html, which names the current files) and the theme's
 * token file are asked each time, so a new build or theme counts at the next visit.
 */
export const PORTAL_HEADERS: HeaderRule[] = [
  { path: `${PORTAL_PATH}/assets`, csp: PORTAL_CSP, cacheControl: 'public, max-age=31536000, immutable' },
  { path: PORTAL_PATH, csp: PORTAL_CSP, cacheControl: 'no-cache' },
];

/** Where the portal's page asks for its design tokens (apps/web/index.html). */
export const PORTAL_THEME_PATH = `${PORTAL_PATH}/theme/tokens.css`;

/**
 * Serves the built portal from PORTAL_DIR: its files as they are, and its page for every other
 * path under /app that names no file (the portal routes in the browser). A municipality's theme
 * (PORTAL_THEME_CSS) replaces the Startbaan token file without a rebuild. Without a build, the
 * portal's paths answer 503 and say how to make one.
 */
export function mountPortal(app: NestExpressApplication): void {
  const config = app.get<AppConfig>(APP_CONFIG);
  const dir = resolve(config.portalDir);
  const server = app.getHttpAdapter().getInstance() as Express;
  // Cache-Control is the security headers' (per path), not Express's default.
  const files = { cacheControl: false, lastModified: true, etag: true, dotfiles: 'deny' as const };
  server.get('/', (_req: Request, res: Response) => res.redirect(302, `${PORTAL_PATH}/`));
  if (config.portalThemeCss) {
    const theme = resolve(config.portalThemeCss);
    server.get(PORTAL_THEME_PATH, (_req: Request, res: Response, next: NextFunction) => res.type('text/css').sendFile(theme, files, (err) => err && next(err)));
  }
  // The build's gzipped copies (apps/web/vite.config.ts), for browsers that take gzip.
  server.get(`${PORTAL_PATH}/assets/*file`, (req: Request, res: Response, next: NextFunction) => {
    const ext = extname(req.path);
    if ((ext !== '.js' && ext !== '.css') || !/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return next();
    const gz = join(dir, req.path.slice(PORTAL_PATH.length + 1) + '.gz');
    if (!gz.startsWith(join(dir, 'assets')) || !existsSync(gz)) return next();
    res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Vary', 'Accept-Encoding');
    res.type(ext);
    res.sendFile(gz, files, (err) => err && next(err));
  });
  app.useStaticAssets(dir, { prefix: `${PORTAL_PATH}/`, index: false, redirect: false, fallthrough: true, ...files });
  server.use(PORTAL_PATH, (req: Request, res: Response, next: NextFunction) => {
    // A missing file (it has an extension) or another method is the API's 404, not the page.
    if ((req.method !== 'GET' && req.method !== 'HEAD') || extname(req.path) !== '') return next();
    const page = join(dir, 'index.html');
    if (!existsSync(page)) {
      const language = languageFromAcceptLanguage(req.headers['accept-language']);
      res.setHeader('Content-Language', language);
      res.status(503).type(PROBLEM_CONTENT_TYPE).send(
        JSON.stringify({
          type: problemType('portal-not-built'),
          title: 'Portal not built',
          status: 503,
          detail: `The portal is not built in ${config.portalDir}: run npm run build (or set PORTAL_DIR).`,
          language,
          text: problemText(problemType('portal-not-built'), 503)[language],
        }),
      );
      return;
    }
    res.type('html').sendFile(page, files, (err) => err && next(err));
  });
}
