import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { expire, freshToken } from './session';

/** RFC 9457 problem details, as every API error comes. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  /** What a person reads, in `language` (the user's, or the browser's on public routes). */
  language?: 'nl' | 'en';
  text?: string;
  errors?: { field: string; message: string; code?: string; text?: string }[];
  [extension: string]: unknown;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.text ?? problem.detail ?? `HTTP ${status}`);
  }

  /** The field errors by field path (`vog.basis`, `hourlyWage`), in words a person reads. */
  fieldErrors(): Record<string, string> {
    return Object.fromEntries((this.problem.errors ?? []).map((e) => [e.field, e.text ?? e.message]));
  }
}

/**
 * What a person reads about a failed call: the problem's `text`, in the user's language, else the
 * portal's own words. Never `detail`: the API keeps that in English, for programs and logs.
 */
export function problemText(err: unknown, fallback: string): string {
  return (err instanceof ApiError && err.problem.text) || fallback;
}

const auth: Middleware = {
  async onRequest({ request }) {
    const token = await freshToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401) expire();
    return response;
  },
};

/** The API, typed from its OpenAPI document (schema.d.ts, `npm run web:client`). Same origin: no base URL. */
export const api = createClient<paths>({ baseUrl: '' });
api.use(auth);

/** The data of an answer, or an ApiError with the problem. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok) return result.data as T;
  const problem = (result.error && typeof result.error === 'object' ? result.error : { detail: String(result.error ?? '') }) as Problem;
  throw new ApiError(result.response.status, problem);
}
