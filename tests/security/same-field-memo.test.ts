// The same-field guard remembers each document's count (server/graphql/same-field-guard.ts), so
// that a document the dashboard sends all day is not parsed twice: a remembered document must
// be refused or answered exactly as the first time, also once the memo has been filled past its
// bound by other documents.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REMEMBERED_DOCUMENTS } from '../../server/graphql/same-field-guard.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer('sqlite', { env: { RATE_LIMIT_PER_MINUTE: '0' } });
});
afterAll(async () => {
  await server?.close();
});

async function post(query: string) {
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: res.status, json: (await res.json()) as { data?: unknown; errors?: { extensions?: { limit?: string; found?: number } }[] } };
}

const repeated = (n: number) => `{ ${Array.from({ length: n }, () => 'branches { code }').join(' ')} }`;

describe('same-field guard memo', () => {
  it('refuses a remembered document every time, and answers a remembered fine one every time', async () => {
    for (let i = 0; i < 3; i++) {
      const refused = await post(repeated(60));
      expect(refused.status).toBe(400);
      expect(refused.json.errors?.[0].extensions).toMatchObject({ limit: 'maxSameField', found: 60 });
      const fine = await post(repeated(2));
      expect(fine.status).toBe(200);
      expect(fine.json.errors).toBeUndefined();
    }
  });

  it('still refuses a document after more distinct documents than it remembers', async () => {
    const first = repeated(51);
    expect((await post(first)).status).toBe(400);
    for (let i = 0; i <= REMEMBERED_DOCUMENTS; i++) {
      // Each one distinct (its alias), each answered.
      const res = await post(`{ b${i}: branches { code } }`);
      expect(res.status).toBe(200);
    }
    const again = await post(first);
    expect(again.status).toBe(400);
    expect(again.json.errors?.[0].extensions).toMatchObject({ limit: 'maxSameField', found: 51 });
  });
});
