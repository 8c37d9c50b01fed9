import type { Role } from './user-account.entity.js';

/** The languages people read Startbaan in (user_account.language). */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Who is acting, taken from a verified access token. Every service call that reads or
 * writes tenant data takes one; its `regionId` scopes the query, so a query without a
 * region cannot be written.
 */
export interface Actor {
  userId: string;
  role: Role;
  organisationId: string;
  regionId: string;
  /**
   * The language the user reads in, as it was when the access token was issued: a change
   * (PUT /me/language) counts from the next token, at the latest after a refresh.
   */
  language: Language;
  requestId?: string;
}

/** The access token's claims. */
export interface AccessClaims {
  sub: string;
  role: Role;
  org: string;
  region: string;
  /** The session: the refresh-token family the token was issued with. */
  sid: string;
  /** The user's language when the token was issued; absent in tokens issued before it was a claim. */
  lang?: Language;
}

/** The reader's language of a token: Dutch unless the token says English. */
export const languageOf = (claims: Pick<AccessClaims, 'lang'>): Language => (claims.lang === 'en' ? 'en' : 'nl');
