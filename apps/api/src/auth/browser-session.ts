import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, Problem } from '@startbaan/platform';
import type { CookieOptions, Request } from 'express';

/**
 * The browser's session (the portal): the access token lives in the page's memory only, and the
 * refresh token in a cookie the page's scripts cannot read (HttpOnly), that no other site's page
 * can make the browser send (SameSite=Strict), and that goes nowhere but the session's own routes
 * (Path). API clients keep the JSON-body refresh of POST /auth/refresh.
 */
export const SESSION_COOKIE = 'sb_session';
export const SESSION_PATH = '/auth/session';

/** The header a browser request to the session routes must carry: a page of another origin cannot send it without a CORS preflight, which the API never grants. */
export const CLIENT_HEADER = 'x-startbaan-client';
export const CLIENT_HEADER_VALUE = 'portal';

/** Secure everywhere but on the developer's own machine (as the queue board's cookie). */
export const isLocalUrl = (publicUrl: string): boolean => /^http:\/\/(localhost|127\.0\.0\.1)(:|\/|$)/.test(publicUrl);

export function sessionCookieOptions(config: AppConfig, expires?: Date): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', secure: !isLocalUrl(config.publicUrl), path: SESSION_PATH, ...(expires ? { expires } : {}) };
}

export function readCookie(req: Request, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) {
      try {
        return decodeURIComponent(v.join('='));
      } catch {
        return null;
      }
    }
  }
  return null;
}

/**
 * Cross-site request forgery stops here, besides SameSite=Strict: a session route answers only a
 * request that carries the portal's header and comes from the portal's own origin (Origin is the
 * host the request was sent to, or PUBLIC_URL's origin; a browser sets Origin on every POST and a
 * page cannot change it), and not from another site by the browser's own word (Sec-Fetch-Site).
 */
@Injectable()
export class SameOriginGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    if (req.headers[CLIENT_HEADER] !== CLIENT_HEADER_VALUE) {
      throw Problem.forbidden(`The browser session routes need the header ${CLIENT_HEADER}: ${CLIENT_HEADER_VALUE} (API clients use POST /auth/login and /auth/refresh).`);
    }
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin') throw Problem.forbidden('A browser session is only used from the portal itself.');
    const origin = req.headers.origin;
    if (!origin || !this.sameOrigin(origin, req.headers.host)) throw Problem.forbidden('A browser session is only used from the portal itself (Origin).');
    return true;
  }

  private sameOrigin(origin: string, host: string | undefined): boolean {
    try {
      const o = new URL(origin);
      return o.host === host || o.origin === new URL(this.config.publicUrl).origin;
    } catch {
      return false;
    }
  }
}
