// Kept GraphQL answers (server/graphql/answer-cache.ts). Rows written here past the importer
// leave the data version as it is, which shows whether an answer was kept or computed: a
// repeated analytic question gets the kept answer until the data version changes (an import by
// another process, seen through its import-history row, within about a second); a query with a
// field that is not an analytic question (`me`) is computed every time; the cost limit still
// runs first on every request; a kept answer sent again from its bytes goes out as Apollo sent
// it (content type by the Accept header, ETag, compression); GRAPHQL_ANSWER_CACHE_ENTRIES=0
// keeps nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
// Every program by quarter (read from the stored months, branch by branch): one branch's rows
// are within the limit set below, the four branches' are not. (By month without a branch the
// office rollup answers, in far fewer rows.)
const TREND = 'query Trend($branch: ID) { membershipTrend(branch: $branch, granularity: QUARTER, programs: [JKK, JKM, JHT, JP, JKP]) { segment program points { period activeParticipants } } }';

describe.each(availableDialects())('the answer cache on %s', (dialect) => {
  let server: TestServer;
  let uncached: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect, { env: { GRAPHQL_MAX_COST_ROWS: '3000', GRAPHQL_HEAVY_ROWS: '0' } });
    // Read from the environment when the GraphQL server is built, as GRAPHQL_MAX_* are.
    process.env.GRAPHQL_ANSWER_CACHE_ENTRIES = '0';
    try {
      uncached = await startTestServer(dialect);
    } finally {
      delete process.env.GRAPHQL_ANSWER_CACHE_ENTRIES;
    }
  });
  afterAll(async () => {
    await server?.close();
    await uncached?.close();
  });

  it('runs the cost limit on every request: the document is answered within it, and refused every time beyond it', async () => {
    const first = await server.graphql(TREND, { branch: 'MADIUN' });
    expect(first.errors).toBeUndefined();
    expect(await server.graphql(TREND, { branch: 'MADIUN' })).toEqual(first);
    for (let i = 0; i < 2; i++) {
      const all = await server.graphql(TREND, {});
      expect(all.data).toBeUndefined();
      expect(all.errors![0].extensions.code).toBe('COST_LIMIT');
    }
  });

  it('computes a query with another field every time, and shows another process\'s import within about a second', async () => {
    const codes = async (query: string) => ((await server.graphql(query)).data.branches as { code: string }[]).map((b) => b.code);
    const questionsOnly = '{ branches { code } }';
    expect(await codes(questionsOnly)).not.toContain('ZZ_CACHED');
    await server.db.knex('branch').insert({ code: 'ZZ_CACHED', name: 'Kantor Cabang Baru', source: 'IMPORTED' });
    expect(await codes('{ branches { code } me { username } }')).toContain('ZZ_CACHED');
    expect(await codes(questionsOnly)).not.toContain('ZZ_CACHED');
    // Another process's import: its history row is all this process sees of it.
    await server.db.knex('import_run').insert({ kind: 'branches', file_name: 'new.csv', sha256: 'd'.repeat(64), rows: 1, rejected_rows: 0, outcome: 'STORED', actor: 'cli', started_at: new Date(), finished_at: new Date() });
    let now = await codes(questionsOnly);
    for (let i = 0; i < 30 && !now.includes('ZZ_CACHED'); i++) {
      await sleep(100);
      now = await codes(questionsOnly);
    }
    expect(now).toContain('ZZ_CACHED');
  });

  it('sends a kept answer again as Apollo sent it, with the content type each Accept header asks for', async () => {
    const body = JSON.stringify({ query: TREND, variables: { branch: 'MADIUN' } });
    const post = async (headers: Record<string, string>) => {
      const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      const header = (name: string) => res.headers.get(name);
      return { status: res.status, text: await res.text(), type: header('content-type'), etag: header('etag'), encoding: header('content-encoding'), vary: header('vary') };
    };
    for (const accept of ['application/json', 'application/graphql-response+json', 'application/graphql-response+json, application/json']) {
      for (const encoding of ['br, gzip', 'gzip', 'identity']) {
        const headers = { accept, 'accept-encoding': encoding };
        const first = await post(headers);
        expect(first.status).toBe(200);
        expect(first.type).toMatch(accept.startsWith('application/json') ? /^application\/json/ : /^application\/graphql-response\+json/);
        for (let i = 0; i < 2; i++) expect(await post(headers)).toEqual(first);
      }
    }
    // Another body (a variable added) is another answer, never the kept bytes of this one.
    const other = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: TREND, variables: { branch: 'MADIUN', unused: 1 } }) });
    expect(other.status).toBe(200);
  });

  it('keeps nothing with GRAPHQL_ANSWER_CACHE_ENTRIES=0', async () => {
    const codes = async () => ((await uncached.graphql('{ branches { code } }')).data.branches as { code: string }[]).map((b) => b.code);
    expect(await codes()).not.toContain('ZZ_UNCACHED');
    await uncached.db.knex('branch').insert({ code: 'ZZ_UNCACHED', name: 'Kantor Cabang Baru', source: 'IMPORTED' });
    expect(await codes()).toContain('ZZ_UNCACHED');
  });
});
