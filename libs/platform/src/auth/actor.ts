import type { Role } from './user-account.entity.js';

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
}
