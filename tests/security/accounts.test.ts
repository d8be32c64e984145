// Accounts as their users meet them, on both databases: logging in and out, wrong passwords
// until throttled, sessions that expire, API tokens shown once and revocable, no plaintext
// password at rest, and the audit log of what they did.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountSchema } from '../../server/db/entities/account.ts';
import { AuthSessionSchema } from '../../server/db/entities/auth-session.ts';
import { loadConfig } from '../../server/config.ts';
import { addAccount, login, TEST_PASSWORD } from '../support/accounts.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const ME = '{ me { username role branch region } }';

describe.each(availableDialects())('accounts on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect, { env: { LOGIN_MAX_FAILURES: '3', LOGIN_MAX_FAILURES_PER_IP: '1000', SESSION_IDLE_MINUTES: '30' } });
    await addAccount(server.db, 'kabid.madiun', 'KABID', { branch: 'MADIUN' });
    await addAccount(server.db, 'guesser', 'VIEWER');
    await addAccount(server.db, 'admin', 'ADMIN');
    await addAccount(server.db, 'viewer', 'VIEWER');
  });
  afterAll(() => server?.close());

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('logs in with an HttpOnly SameSite cookie, knows the caller, and logs out', async () => {
    const res = await post('/auth/login', { username: 'Kabid.Madiun', password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ account: { username: 'kabid.madiun', role: 'KABID', branch: 'MADIUN', region: null } });
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('pantau_session='))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    // Plain HTTP here: Secure would stop the browser from sending it back.
    expect(setCookie).not.toMatch(/Secure/i);
    const cookie = setCookie.split(';')[0];

    expect((await server.graphql(ME, {}, { cookie })).data.me).toEqual({ username: 'kabid.madiun', role: 'KABID', branch: 'MADIUN', region: null });
    expect((await server.graphql(ME)).data.me).toBeNull();

    expect((await post('/auth/logout', {}, { cookie })).status).toBe(204);
    // The session is gone from the database, not just from the browser.
    expect((await server.graphql(ME, {}, { cookie })).data.me).toBeNull();
  });

  it('answers 401 alike for a wrong password and an unknown user, then 429 with Retry-After, even for the right password', async () => {
    const wrong = await post('/auth/login', { username: 'guesser', password: 'not-the-password' });
    expect(wrong.status).toBe(401);
    const unknown = await post('/auth/login', { username: 'nobody', password: 'not-the-password' });
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toEqual(await wrong.json());
    for (let i = 0; i < 2; i++) expect((await post('/auth/login', { username: 'guesser', password: `guess-${i}` })).status).toBe(401);
    const throttled = await post('/auth/login', { username: 'guesser', password: TEST_PASSWORD });
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await throttled.json()).toMatchObject({ code: 'LOGIN_THROTTLED' });
    // Another account from the same address is not locked out by these failures.
    expect((await post('/auth/login', { username: 'admin', password: TEST_PASSWORD })).status).toBe(200);
  });

  it('refuses a malformed login body with 400', async () => {
    expect((await post('/auth/login', { username: 'admin' })).status).toBe(400);
    const form = await fetch(`${server.url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `username=admin&password=${TEST_PASSWORD}` });
    expect(form.status).toBe(400);
  });

  it('stores no password and no session secret in plain text', async () => {
    const account = await server.db.orm.em.fork().findOneOrFail(AccountSchema, { username: 'admin' });
    expect(account.passwordHash).toMatch(/^\$argon2id\$v=19\$/);
    expect(account.passwordHash).not.toContain(TEST_PASSWORD);
    const cookie = await login(server.url, 'admin');
    const secret = decodeURIComponent(cookie.split('=')[1]);
    const sessions = await server.db.orm.em.fork().find(AuthSessionSchema, {});
    expect(sessions.some((s) => s.id === secret)).toBe(false);
    expect(sessions.length).toBeGreaterThan(0);
  });

  it('ends a session left idle, and one past its absolute end', async () => {
    const idle = await login(server.url, 'admin');
    const absolute = await login(server.url, 'kabid.madiun');
    expect((await server.graphql(ME, {}, { cookie: idle })).data.me.username).toBe('admin');
    const em = server.db.orm.em.fork();
    const old = new Date(Date.now() - 31 * 60_000);
    const admin = await em.findOneOrFail(AccountSchema, { username: 'admin' });
    const kabid = await em.findOneOrFail(AccountSchema, { username: 'kabid.madiun' });
    await em.nativeUpdate(AuthSessionSchema, { accountId: admin.id }, { lastSeenAt: old });
    await em.nativeUpdate(AuthSessionSchema, { accountId: kabid.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await server.graphql(ME, {}, { cookie: idle })).data.me).toBeNull();
    expect((await server.graphql(ME, {}, { cookie: absolute })).data.me).toBeNull();
  });

  it('creates an API token whose secret is shown once, works as a bearer token, records its use, and stops when revoked', async () => {
    const cookie = await login(server.url, 'kabid.madiun');
    const created = await server.graphql(`mutation { createApiToken(name: "skrip mingguan") { id name secret prefix lastUsedAt } }`, {}, { cookie });
    const token = created.data.createApiToken;
    expect(token.secret).toMatch(/^pnt_[A-Za-z0-9_-]{43}$/);
    expect(token.secret.startsWith(token.prefix)).toBe(true);
    expect(token.lastUsedAt).toBeNull();

    const bearer = { authorization: `Bearer ${token.secret}` };
    expect((await server.graphql(ME, {}, bearer)).data.me.username).toBe('kabid.madiun');
    const listed = (await server.graphql('{ apiTokens { id name secret lastUsedAt revokedAt } }', {}, { cookie })).data.apiTokens;
    const mine = listed.find((t: { id: string }) => t.id === token.id);
    expect(mine).toMatchObject({ name: 'skrip mingguan', secret: null, revokedAt: null });
    expect(mine.lastUsedAt).not.toBeNull();

    // Another account cannot revoke it.
    const other = await login(server.url, 'viewer');
    expect((await server.graphql(`mutation { revokeApiToken(id: "${token.id}") { id } }`, {}, { cookie: other })).errors![0].extensions.code).toBe('FORBIDDEN');

    const revoked = await server.graphql(`mutation { revokeApiToken(id: "${token.id}") { id revokedAt } }`, {}, { cookie });
    expect(revoked.data.revokeApiToken.revokedAt).not.toBeNull();
    const refused = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...bearer }, body: JSON.stringify({ query: ME }) });
    expect(refused.status).toBe(401);
    expect(await refused.text()).toMatch(/bearer token is not valid/);
  });

  it('refuses API tokens to anonymous callers', async () => {
    const res = await server.graphql(`mutation { createApiToken(name: "x") { secret } }`);
    expect(res.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('keeps an audit log that admins read and others do not', async () => {
    const admin = await login(server.url, 'admin');
    const log = (await server.graphql('{ auditLog(limit: 200) { actor action target ip } }', {}, { cookie: admin })).data.auditLog;
    const actions = log.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['login.failed', 'login.succeeded', 'logout', 'token.created', 'token.revoked']));
    expect(log.find((e: { action: string; target: string }) => e.action === 'login.failed' && e.target === 'guesser').ip).toBeTruthy();
    const kabid = await login(server.url, 'kabid.madiun');
    expect((await server.graphql('{ auditLog { id } }', {}, { cookie: kabid })).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await server.graphql('{ auditLog { id } }')).errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('a switched-off account', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    await addAccount(server.db, 'leaver', 'VIEWER');
  });
  afterAll(() => server?.close());

  it('loses its sessions and cannot log in again', async () => {
    const { setDisabled } = await import('../../server/auth/accounts.ts');
    const cookie = await login(server.url, 'leaver');
    await setDisabled(server.db, 'leaver', true);
    expect((await server.graphql(ME, {}, { cookie })).data.me).toBeNull();
    await expect(login(server.url, 'leaver')).rejects.toThrow(/401/);
  });
});

describe('behind HTTPS', () => {
  it('marks the session cookie Secure with COOKIE_SECURE=true, and with auto when a trusted proxy says https', async () => {
    const settings: Record<string, string>[] = [{ COOKIE_SECURE: 'true' }, { TRUST_PROXY: 'loopback' }];
    for (const env of settings) {
      const server = await startTestServer('sqlite', { seed: false, env });
      try {
        await addAccount(server.db, 'admin', 'ADMIN');
        const res = await fetch(`${server.url}/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
          body: JSON.stringify({ username: 'admin', password: TEST_PASSWORD }),
        });
        expect(res.headers.getSetCookie().find((c) => c.startsWith('pantau_session=')), JSON.stringify(env)).toMatch(/;\s*Secure/i);
      } finally {
        await server.close();
      }
    }
  });
});

describe('configuration', () => {
  it('refuses an EMBED_SECRET shorter than 32 bytes at start, naming it', () => {
    expect(() => loadConfig({ EMBED_SECRET: 'abc' })).toThrow(/EMBED_SECRET: too short \(3 bytes\).*at least 32/);
    expect(loadConfig({ EMBED_SECRET: 'x'.repeat(32) }).embedSecret).toHaveLength(32);
  });
  it('knows AUTH_READ public and login only', () => {
    expect(loadConfig({}).authRead).toBe('public');
    expect(loadConfig({ AUTH_READ: 'login' }).authRead).toBe('login');
    expect(() => loadConfig({ AUTH_READ: 'private' })).toThrow(/AUTH_READ: expected public or login/);
  });
});
