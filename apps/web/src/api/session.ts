/**
 * The browser's session. The access token lives in this module's memory only (never in
 * localStorage or a readable cookie); the refresh token is an HttpOnly cookie the API sets for
 * /auth/session, which no script can read. A reload restores the session through the cookie.
 */
export type Role = 'coach' | 'employer' | 'wsp_staff' | 'admin';
export type Language = 'nl' | 'en';

export interface Claims {
  sub: string;
  role: Role;
  org: string;
  region: string;
  sid: string;
  lang?: Language;
  exp: number;
}

/** unknown: not asked yet (page load); expired: was signed in, the session ended. */
export type SessionState = { status: 'unknown' } | { status: 'signed-out' } | { status: 'expired' } | { status: 'signed-in'; claims: Claims };

const CLIENT_HEADER = { 'x-startbaan-client': 'portal' } as const;

let token: string | null = null;
let state: SessionState = { status: 'unknown' };
let timer: ReturnType<typeof setTimeout> | undefined;
let inflight: Promise<boolean> | null = null;
const listeners = new Set<() => void>();

function emit(next: SessionState): void {
  state = next;
  for (const l of listeners) l();
}

function decode(jwt: string): Claims {
  const part = jwt.split('.')[1] ?? '';
  const json = atob(part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '='));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as Claims;
}

function adopt(body: { accessToken: string; expiresIn: number }): void {
  token = body.accessToken;
  clearTimeout(timer);
  // Renew a minute before it runs out, so a request seldom waits for a refresh.
  timer = setTimeout(() => void refresh(), Math.max(10, body.expiresIn - 60) * 1000);
  emit({ status: 'signed-in', claims: decode(body.accessToken) });
}

function drop(next: SessionState): void {
  token = null;
  clearTimeout(timer);
  emit(next);
}

async function post(path: string, body?: unknown): Promise<Response> {
  return fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: body === undefined ? CLIENT_HEADER : { ...CLIENT_HEADER, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/**
 * Renews the access token with the cookie. One at a time, across the tabs of this browser too
 * (Web Locks): the cookie works once, and two tabs sending the same one would look like a
 * stolen token and end the session. The first one of a page load goes out at once, without
 * waiting for the lock (which costs a page a noticeable moment): only tabs opened in the very
 * same instant can then collide, and they ask to sign in again.
 */
export function refresh(): Promise<boolean> {
  inflight ??= (async () => {
    try {
      const run = async () => {
        const res = await post('/auth/session/refresh');
        if (!res.ok) {
          // Read to the end, so the connection is free (and the browser sees the answer complete).
          await res.text().catch(() => '');
          drop(token || state.status === 'signed-in' ? { status: 'expired' } : { status: 'signed-out' });
          return false;
        }
        adopt((await res.json()) as { accessToken: string; expiresIn: number });
        return true;
      };
      return navigator.locks && state.status !== 'unknown' ? await navigator.locks.request('startbaan-session', run) : await run();
    } catch {
      if (state.status === 'unknown') drop({ status: 'signed-out' });
      return false;
    } finally {
      inflight = null;
    }
  })();
  return inflight;
}

/** Signs in; the answer's problem (401, 429) is returned for the page to show. */
export async function signIn(email: string, password: string): Promise<{ ok: true } | { ok: false; status: number; problem: unknown }> {
  const res = await post('/auth/session', { email, password });
  if (!res.ok) return { ok: false, status: res.status, problem: await res.json().catch(() => null) };
  adopt((await res.json()) as { accessToken: string; expiresIn: number });
  return { ok: true };
}

export async function signOut(): Promise<void> {
  try {
    await post('/auth/session/logout');
  } finally {
    drop({ status: 'signed-out' });
  }
}

/** The session ended under us (a 401): the page asks to sign in again and comes back. */
export function expire(): void {
  if (state.status === 'signed-in') drop({ status: 'expired' });
}

/** An access token good for the next request: renewed first when it runs out within half a minute. */
export async function freshToken(): Promise<string | null> {
  if (state.status === 'signed-in' && state.claims.exp * 1000 - Date.now() < 30_000) await refresh();
  return token;
}

export const sessionStore = {
  subscribe(l: () => void): () => void {
    listeners.add(l);
    return () => listeners.delete(l);
  },
  get: (): SessionState => state,
};
