// The admin token: the one place that reads a bearer token from a request and compares it with
// ADMIN_TOKEN. Compared in constant time, so that the answer's timing does not tell how much of
// a guess was right.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** The token of an `Authorization: Bearer <token>` header, if there is one. */
export function bearerToken(headers: IncomingHttpHeaders): string | undefined {
  return /^Bearer\s+(.+)$/i.exec(headers.authorization ?? '')?.[1];
}

/** True when `given` is the configured admin token; never when no token is configured. */
export function isAdminToken(given: string | undefined, adminToken: string | undefined): boolean {
  if (!given || !adminToken) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(adminToken);
  return a.length === b.length && timingSafeEqual(a, b);
}
