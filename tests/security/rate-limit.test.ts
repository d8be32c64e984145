// A client address gets RATE_LIMIT_PER_MINUTE requests a minute on the data routes, then 429
// with Retry-After; the probes stay answered; an X-Forwarded-For header a script sends buys no
// new allowance unless TRUST_PROXY says a proxy in front sets it; each account has its own.
import { afterEach, describe, expect, it } from 'vitest';
import { sessionOf } from '../support/accounts.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const QUERY = JSON.stringify({ query: '{ branches { code } }' });
const post = (headers: Record<string, string> = {}) =>
  fetch(`${server!.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: QUERY });

describe('rate limit', () => {
  it('answers the first N requests a minute, then 429 with Retry-After and an error naming the limit', async () => {
    server = await startTestServer('sqlite', { seed: false, env: { RATE_LIMIT_PER_MINUTE: '5' } });
    for (let i = 0; i < 5; i++) expect((await post()).status).toBe(200);
    const refused = await post();
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = await refused.json();
    expect(body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 5, retryAfter });
    expect(body.errors[0].message).toMatch(/5 a minute \(RATE_LIMIT_PER_MINUTE\)/);
    // Other data routes share the allowance; the probes do not count and stay answered.
    const csv = await fetch(`${server.url}/api/branches.csv`);
    expect(csv.status).toBe(429);
    expect(await csv.text()).toMatch(/Too many requests/);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('a forged X-Forwarded-For buys no new allowance', async () => {
    server = await startTestServer('sqlite', { seed: false, env: { RATE_LIMIT_PER_MINUTE: '2' } });
    for (let i = 0; i < 2; i++) expect((await post({ 'x-forwarded-for': `203.0.113.${i}` })).status).toBe(200);
    expect((await post({ 'x-forwarded-for': '203.0.113.99' })).status).toBe(429);
  });

  it('behind a trusted proxy (TRUST_PROXY=loopback), each client address has its own allowance', async () => {
    server = await startTestServer('sqlite', { seed: false, env: { RATE_LIMIT_PER_MINUTE: '2', TRUST_PROXY: 'loopback' } });
    for (let i = 0; i < 2; i++) expect((await post({ 'x-forwarded-for': '203.0.113.1' })).status).toBe(200);
    expect((await post({ 'x-forwarded-for': '203.0.113.1' })).status).toBe(429);
    expect((await post({ 'x-forwarded-for': '203.0.113.2' })).status).toBe(200);
  });

  it('counts each account apart, whatever address it comes from, and apart from anonymous callers', async () => {
    server = await startTestServer('sqlite', { env: { RATE_LIMIT_PER_MINUTE: '2' } });
    const ani = await sessionOf(server, 'ani', 'VIEWER');
    const budi = await sessionOf(server, 'budi', 'VIEWER');
    for (let i = 0; i < 2; i++) expect((await post({ cookie: ani })).status).toBe(200);
    expect((await post({ cookie: ani })).status).toBe(429);
    // One colleague's scripts do not spend another's allowance, nor the office address's.
    expect((await post({ cookie: budi })).status).toBe(200);
    expect((await post()).status).toBe(200);
  });

  it('RATE_LIMIT_PER_MINUTE=0 switches it off', async () => {
    server = await startTestServer('sqlite', { seed: false, env: { RATE_LIMIT_PER_MINUTE: '0' } });
    for (let i = 0; i < 20; i++) expect((await post()).status).toBe(200);
  });
});
