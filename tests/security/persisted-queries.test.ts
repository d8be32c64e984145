// Automatic persisted queries (Apollo's APQ): a hash that is not the query's, or a version other
// than 1, is the client's mistake: a 400 with a code saying which, never INTERNAL_SERVER_ERROR.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const QUERY = '{ branches { code } }';
const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

describe('automatic persisted queries', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: false });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });

  const post = async (body: unknown) => {
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: { message: string; extensions: { code: string } }[] } };
  };

  it('a hash that does not match the query: 400 PERSISTED_QUERY_HASH_MISMATCH', async () => {
    const res = await post({ query: QUERY, extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ other }') } } });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ message: expect.stringMatching(/sha256Hash is not the SHA-256 of the query/), extensions: { code: 'PERSISTED_QUERY_HASH_MISMATCH' } }]);
  });

  it('a version other than 1: 400 PERSISTED_QUERY_VERSION_NOT_SUPPORTED', async () => {
    const res = await post({ query: QUERY, extensions: { persistedQuery: { version: 2, sha256Hash: sha256(QUERY) } } });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_VERSION_NOT_SUPPORTED');
  });

  it('the right hash registers the query, and the hash alone then runs it', async () => {
    const first = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(QUERY) } } });
    expect(first.body.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await post({ query: QUERY, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(QUERY) } } });
    expect(registered.status).toBe(200);
    expect(registered.body.errors).toBeUndefined();
    const byHash = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(QUERY) } } });
    expect(byHash.body).toEqual(registered.body);
  });
});
