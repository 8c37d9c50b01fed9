import type { NextFunction, Request, Response } from 'express';
import { bearerChallenge, PROBLEM_CONTENT_TYPE, type AccessClaims } from '@startbaan/platform';

export const BOARD_COOKIE = 'sb_board';

function cookie(req: Request, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return null;
}

function problem(res: Response, status: number, detail: string, challenge = bearerChallenge()): void {
  if (status === 401) res.setHeader('WWW-Authenticate', challenge);
  res.status(status).type(PROBLEM_CONTENT_TYPE).send(
    JSON.stringify({ type: status === 401 ? '/problems/unauthorized' : '/problems/forbidden', title: status === 401 ? 'Unauthorized' : 'Forbidden', status, detail }),
  );
}

/**
 * The queue board is for admins only. It accepts the access token as a bearer header, or
 * from the cookie that POST /auth/board-session sets for a browser.
 */
export function boardAuth(verify: (token: string) => Promise<AccessClaims | null>) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const header = req.headers.authorization;
    const token = header?.toLowerCase().startsWith('bearer ') ? header.slice(7) : cookie(req, BOARD_COOKIE);
    if (!token) return problem(res, 401, 'Sign in as an admin first (POST /auth/board-session sets a cookie for the browser).');
    const claims = await verify(token);
    if (!claims) return problem(res, 401, 'The access token is invalid, has expired or its session was signed out.', bearerChallenge('invalid_token'));
    if (claims.role !== 'admin') return problem(res, 403, 'The queue board is for admins only.');
    next();
  };
}
