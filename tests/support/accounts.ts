// Accounts for tests: created through the same code as `npm run users -- add`, logged in through
// the real POST /auth/login, so that a test holds the cookie a browser would.
import type { Role } from '../../common/vocabulary/schema-enums.ts';
import { createAccount } from '../../server/auth/accounts.ts';
import type { Database } from '../../server/db/orm.ts';

export const TEST_PASSWORD = 'kata-sandi-uji-2026';

export async function addAccount(db: Database, username: string, role: Role, scope: { branch?: string; region?: string } = {}, password = TEST_PASSWORD): Promise<void> {
  await createAccount(db, { username, password, role, branch: scope.branch, region: scope.region });
}

/** Logs in and returns the `Cookie` header value that carries the session. */
export async function login(url: string, username: string, password = TEST_PASSWORD): Promise<string> {
  const res = await fetch(`${url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (res.status !== 200) throw new Error(`login of ${username} answered ${res.status}: ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('pantau_session='));
  if (!cookie) throw new Error('login set no session cookie');
  return cookie.split(';')[0];
}

/** Creates an account and logs it in: the Cookie header of its session. */
export async function sessionOf(server: { db: Database; url: string }, username: string, role: Role, scope: { branch?: string; region?: string } = {}): Promise<string> {
  await addAccount(server.db, username, role, scope);
  return login(server.url, username);
}
