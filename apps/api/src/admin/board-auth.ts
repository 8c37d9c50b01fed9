import type { NextFunction, Request, Response } from 'express';
import { bearerChallenge, languageFromAcceptLanguage, PROBLEM_CONTENT_TYPE, problemText, type AccessClaims } from '@startbaan/platform';

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
  const type = status === 401 ? '/problems/unauthorized' : '/problems/forbidden';
  const language = languageFromAcceptLanguage(res.req.headers['accept-language']);
  res.setHeader('Content-Language', language);
  res.status(status).type(PROBLEM_CONTENT_TYPE).send(
    JSON.stringify({ type, title: status === 401 ? 'Unauthorized' : 'Forbidden', status, detail, language, text: problemText(type, status)[language] }),
  );
}

/** Whether an account is one of the installation's operators (BOARD_OPERATORS), and still active. */
export type IsOperator = (userId: string) => Promise<boolean>;

/**
 * The queue board is for the people who run the installation (BOARD_OPERATORS), not for a
 * region's admins: its jobs are every region's. It accepts the access token as a bearer header,
 * or from the cookie that POST /auth/board-session sets for a browser.
 */
export function boardAuth(verify: (token: string) => Promise<AccessClaims | null>, isOperator: IsOperator) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const header = req.headers.authorization;
    const token = header?.toLowerCase().startsWith('bearer ') ? header.slice(7) : cookie(req, BOARD_COOKIE);
    if (!token) return problem(res, 401, 'Sign in as an operator first (POST /auth/board-session sets a cookie for the browser).');
    try {
      const claims = await verify(token);
      if (!claims) return problem(res, 401, 'The access token is invalid, has expired or its session was signed out.', bearerChallenge('invalid_token'));
      if (!(await isOperator(claims.sub))) return problem(res, 403, "The queue board is for the installation's operators (BOARD_OPERATORS), not for a region's admins.");
      next();
    } catch (err) {
      next(err);
    }
  };
}
