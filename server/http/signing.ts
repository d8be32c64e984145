// Signed private embeds, in the manner of Metabase's static embedding: when EMBED_SECRET is set,
// chart, embed and chart-CSV URLs must carry `token`, a compact JWS (HS256, node:crypto) whose
// claims fix the resource (e.g. `chart:membership-trend`), every data parameter and the
// language, and an expiry. Only the size of the picture (width, height, scale) stays free, so an
// embedded chart can follow its frame; a signed link can never show other data than it was
// signed for. Missing or expired → 401; bad signature, malformed or mismatched → 403.
import crypto from 'node:crypto';
import { ForbiddenError } from '../errors.ts';

export interface EmbedClaims {
  /** What the token opens, e.g. `chart:membership-trend`. */
  resource: string;
  /** Canonical parameters (see params.ts), without the free ones. */
  params: Record<string, string>;
  /** Expiry, seconds since the epoch. */
  exp: number;
  /** Issued at, seconds since the epoch. */
  iat: number;
}

/** Parameters a signed URL may change freely: only the size of the picture. */
export const FREE_PARAMS: readonly string[] = ['width', 'height', 'scale', 'token'];

/** Longest lifetime a token may be given (one year), and the default (30 days). */
export const MAX_TOKEN_SECONDS = 365 * 24 * 3600;
export const DEFAULT_TOKEN_SECONDS = 30 * 24 * 3600;

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');
const HEADER = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

function mac(secret: string, input: string): Buffer {
  return crypto.createHmac('sha256', secret).update(input).digest();
}

/** Only the parameters a token fixes. */
export function fixedParams(canonical: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(canonical).sort()) if (!FREE_PARAMS.includes(key)) out[key] = canonical[key];
  return out;
}

export function signToken(secret: string, resource: string, params: Record<string, string>, expiresInSeconds = DEFAULT_TOKEN_SECONDS, now = Date.now()): { token: string; claims: EmbedClaims } {
  const iat = Math.floor(now / 1000);
  const claims: EmbedClaims = { resource, params: fixedParams(params), exp: iat + Math.max(1, Math.round(expiresInSeconds)), iat };
  const body = `${HEADER}.${b64url(JSON.stringify(claims))}`;
  return { token: `${body}.${b64url(mac(secret, body))}`, claims };
}

/** Checks the signature and expiry; returns the claims. */
export function verifyToken(secret: string, token: string, now = Date.now()): EmbedClaims {
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]*$/.test(p))) {
    throw new ForbiddenError('token: not a signed embed token (expected header.payload.signature)', 403);
  }
  const [header, payload, signature] = parts;
  let alg: unknown;
  try {
    alg = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')).alg;
  } catch {
    throw new ForbiddenError('token: malformed header', 403);
  }
  if (alg !== 'HS256') throw new ForbiddenError('token: unsupported algorithm (only HS256 tokens are accepted)', 403);
  const expected = mac(secret, `${header}.${payload}`);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
    throw new ForbiddenError('token: invalid signature (the link was changed or signed with another secret)', 403);
  }
  let claims: EmbedClaims;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw new ForbiddenError('token: malformed payload', 403);
  }
  if (typeof claims?.resource !== 'string' || typeof claims.exp !== 'number' || typeof claims.params !== 'object' || !claims.params) {
    throw new ForbiddenError('token: malformed claims (resource, params and exp are required)', 403);
  }
  if (claims.exp * 1000 <= now) {
    throw new ForbiddenError(`token: expired at ${new Date(claims.exp * 1000).toISOString()}; ask for a new signed link`, 401);
  }
  return claims;
}

/**
 * The check every private URL goes through: nothing to do without a secret; otherwise the
 * token must be valid, for this resource, and fix exactly the URL's parameters.
 */
export function requireSignature(secret: string | undefined, resource: string, canonical: Record<string, string>, token: string | undefined, now = Date.now()): void {
  if (!secret) return;
  if (!token) throw new ForbiddenError('token: this chart is private; the URL needs a signed token (use the share menu of the dashboard or POST /embed/sign)', 401);
  const claims = verifyToken(secret, token, now);
  if (claims.resource !== resource) throw new ForbiddenError(`token: signed for ${claims.resource}, not ${resource}`, 403);
  const given = fixedParams(canonical);
  const names = [...new Set([...Object.keys(given), ...Object.keys(claims.params)])].sort();
  for (const name of names) {
    if (given[name] !== claims.params[name]) {
      const signed = claims.params[name] === undefined ? 'absent' : `"${claims.params[name]}"`;
      const asked = given[name] === undefined ? 'absent' : `"${given[name]}"`;
      throw new ForbiddenError(`token: parameter ${name} does not match the signed link (signed ${signed}, URL ${asked})`, 403);
    }
  }
}
