export const AUTH_REALM = 'startbaan';

/**
 * The WWW-Authenticate challenge every 401 carries (RFC 9110 §11.6.1): the bearer scheme and our
 * realm, plus `error="invalid_token"` when a token came but was not accepted (expired, forged,
 * signed out). A request without any credentials gets no error code (RFC 6750 §3.1).
 */
export function bearerChallenge(error?: 'invalid_token'): string {
  return error ? `Bearer realm="${AUTH_REALM}", error="${error}"` : `Bearer realm="${AUTH_REALM}"`;
}
