// One request's database work is held to QUERY_TIMEOUT_MS: a statement still running at the
// limit is cancelled on both databases (SQLite interrupted, PostgreSQL statement_timeout), the
// connection serves the next query, and the caller gets an error naming the limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawWithinTimeLimit, withTimeLimit } from '../../server/analytics/deadline.ts';
import { openDatabase, type Database } from '../../server/db/orm.ts';
import { TimeLimitError } from '../../server/errors.ts';
import { availableDialects, freshTarget, startTestServer, type TestServer } from '../support/test-server.ts';

// Statements that would run for minutes if nothing stopped them.
const ENDLESS = {
  sqlite: 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 10000000000) SELECT count(*) AS n FROM c',
  postgresql: 'SELECT pg_sleep(600) AS n',
} as const;

describe.each(availableDialects())('the time limit on %s', (dialect) => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase(await freshTarget(dialect));
  });
  afterAll(async () => {
    await db?.close();
  });

  it('cancels a statement still running at the limit, and the connection answers the next one', async () => {
    await expect(withTimeLimit(300, () => rawWithinTimeLimit(db, ENDLESS[dialect], []))).rejects.toThrow(TimeLimitError);
    if (dialect === 'postgresql') {
      // Cancelled in the server, not merely given up on: no backend still sleeps.
      const sleeping = async () => Number((await db.knex.raw("SELECT count(*) AS n FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(600)%'")).rows[0].n);
      for (let i = 0; i < 40 && (await sleeping()) > 0; i++) await new Promise((r) => setTimeout(r, 50));
      expect(await sleeping()).toBe(0);
    }
    const after = (await withTimeLimit(5_000, () => rawWithinTimeLimit(db, 'SELECT 1 AS one', []))) as { one: number }[] | { rows: { one: number }[] };
    expect(Number((Array.isArray(after) ? after : after.rows)[0].one)).toBe(1);
  });

  it('leaves statements alone outside a limited request', async () => {
    const rows = (await rawWithinTimeLimit(db, 'SELECT 2 AS two', [])) as { two: number }[] | { rows: { two: number }[] };
    expect(Number((Array.isArray(rows) ? rows : rows.rows)[0].two)).toBe(2);
  });
});

describe('a request past QUERY_TIMEOUT_MS', () => {
  let server: TestServer;
  beforeAll(async () => {
    // 1 ms: every data request is past its limit by the time it reaches the database.
    server = await startTestServer('sqlite', { env: { QUERY_TIMEOUT_MS: '1' } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('GraphQL: an error with code QUERY_TIMEOUT naming the limit', async () => {
    const res = await server.graphql('{ membershipTrend(branch: "MADIUN") { points { period activeParticipants } } }');
    expect(res.errors![0].extensions).toMatchObject({ code: 'QUERY_TIMEOUT', limit: 'queryTimeoutMs', limitValue: 1 });
    expect(res.errors![0].message).toMatch(/time limit of 1 ms \(set by QUERY_TIMEOUT_MS\)/);
  });

  it('CSV and charts: 503 with the same words', async () => {
    for (const path of ['/api/membershipTrend.csv?branch=MADIUN', '/charts/membership-trend.svg?branch=MADIUN']) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(503);
      expect(await res.text(), path).toMatch(/QUERY_TIMEOUT_MS/);
    }
  });
});
