// The account's GraphQL operations (typed by codegen, common/gql) and the two HTTP calls of a
// session: POST /auth/login and POST /auth/logout. The session is an HttpOnly cookie the browser
// keeps and sends by itself on every same-origin request, so nothing here stores a secret.
import { graphql } from '../../common/gql/index.ts';
import type { AccountMeQuery } from '../../common/gql/graphql.ts';

export const AccountMeDocument = graphql(`
  query AccountMe {
    me {
      username
      role
      branch
      region
      readsOwnScopeOnly
    }
  }
`);

export const ApiTokensDocument = graphql(`
  query ApiTokens {
    apiTokens {
      id
      name
      prefix
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`);

export const CreateApiTokenDocument = graphql(`
  mutation CreateApiToken($name: String!) {
    createApiToken(name: $name) {
      id
      name
      secret
      prefix
      createdAt
    }
  }
`);

export const RevokeApiTokenDocument = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
    }
  }
`);

/** The logged-in account as `me` answers it. */
export type Account = NonNullable<AccountMeQuery['me']>;

/** What a login attempt came to, in the terms the login view shows. */
export type LoginResult =
  | { ok: true; account: Account }
  | { ok: false; reason: 'BAD_CREDENTIALS' }
  | { ok: false; reason: 'LOGIN_THROTTLED'; retryAfterSeconds: number }
  | { ok: false; reason: 'MALFORMED' }
  | { ok: false; reason: 'UNEXPECTED'; status: number };

/** The wait of a throttled login: the body's retryAfterSeconds, else the Retry-After header (seconds). */
function retryAfter(res: Response, body: { retryAfterSeconds?: unknown }): number {
  const fromBody = Number(body.retryAfterSeconds);
  if (Number.isFinite(fromBody) && fromBody > 0) return fromBody;
  const fromHeader = Number(res.headers.get('retry-after'));
  return Number.isFinite(fromHeader) && fromHeader > 0 ? fromHeader : 60;
}

/** Logs in; a network failure rejects (TypeError), every answer of the server resolves. */
export async function logIn(username: string, password: string): Promise<LoginResult> {
  const res = await fetch('/auth/login', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = (await res.json().catch(() => ({}))) as { account?: Account; code?: string; retryAfterSeconds?: unknown };
  if (res.ok && body.account) return { ok: true, account: body.account };
  if (res.status === 429 || body.code === 'LOGIN_THROTTLED') return { ok: false, reason: 'LOGIN_THROTTLED', retryAfterSeconds: retryAfter(res, body) };
  if (res.status === 401 || body.code === 'BAD_CREDENTIALS') return { ok: false, reason: 'BAD_CREDENTIALS' };
  if (res.status === 400) return { ok: false, reason: 'MALFORMED' };
  return { ok: false, reason: 'UNEXPECTED', status: res.status };
}

/** Ends the session (the server clears the cookie); rejects when the server did not answer 2xx. */
export async function logOut(): Promise<void> {
  const res = await fetch('/auth/logout', { method: 'POST', credentials: 'same-origin' });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
}
