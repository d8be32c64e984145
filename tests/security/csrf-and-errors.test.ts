// Browser-facing protections: Apollo's CSRF prevention refuses simple cross-site requests,
// GraphQL GET with the preflight header keeps working for clients, internal errors never leak
// stack traces or SQL, and introspection can be switched off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const QUERY = '{ branches { code } }';

describe('CSRF prevention and error hygiene', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('a simple cross-site GET (no preflight header) is refused', async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent(QUERY)}`, { headers: { origin: 'https://evil.example' } });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/);
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
    'a simple cross-site POST (%s) is refused',
    async (type) => {
      const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': type, origin: 'https://evil.example' }, body: JSON.stringify({ query: QUERY }) });
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(text).not.toContain('"data"');
    },
  );

  it('cross-site pages get no CORS permission', async () => {
    const res = await fetch(`${server.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('GET with query parameters keeps working for clients that send the preflight header', async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent(QUERY)}`, { headers: { 'apollo-require-preflight': 'true', accept: 'application/json' } });
    expect(res.status).toBe(200);
    expect((await res.json()).data.branches.length).toBeGreaterThan(0);
  });

  it('an internal error (a broken table) answers a generic message without SQL or stack', async () => {
    const broken = await startTestServer('sqlite');
    try {
      await broken.db.knex.schema.renameTable('target', 'target_moved');
      const res = await fetch(`${broken.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ targetFacts { totalCount nodes { id } } }' }) });
      const text = await res.text();
      const body = JSON.parse(text);
      expect(body.errors[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(text).not.toMatch(/select|from\s+"?target|sqlite|no such table|stacktrace|\.ts:\d+/i);
      // Other queries keep working.
      const ok = await broken.graphql(QUERY);
      expect(ok.errors).toBeUndefined();
    } finally {
      await broken.close();
    }
  });
});

describe('introspection can be switched off', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: false, env: { GRAPHQL_INTROSPECTION: 'false' } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('GRAPHQL_INTROSPECTION=false refuses __schema', async () => {
    const res = await server.graphql('{ __schema { types { name } } }');
    expect(res.data).toBeUndefined();
    expect(res.errors![0].message).toMatch(/introspection is not allowed/i);
    expect(res.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('and then no error suggests field names ("Did you mean …?" would leak the schema)', async () => {
    const res = await server.graphql('{ membershipTren(branch: "MADIUN") { points { period } } }');
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].message).toMatch(/Cannot query field "membershipTren"/);
    expect(res.errors![0].message).not.toMatch(/did you mean|membershipTrend/i);
  });
});

describe('with introspection on (the default)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: false });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('an error suggests the field meant: the schema is public anyway', async () => {
    const res = await server.graphql('{ membershipTren(branch: "MADIUN") { points { period } } }');
    expect(res.errors![0].message).toMatch(/Did you mean "membershipTrend"/);
  });
});
