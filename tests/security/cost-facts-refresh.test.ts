// The facts behind the cost limit's row estimates follow the data version, not a timer: an
// import by another process (seen here as rows and an import-history row written past this
// process's importer, as the CLI's would be) reaches them through the data version's look at
// the history, within about a second, and without any import the facts are not read again,
// however many requests ask (reading them scans every campaign activity: seconds at national scale).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataFacts } from '../../server/graphql/cost-facts.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(availableDialects())('the cost facts on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('are not read again while nothing is stored, and are read again after another process stores a file', async () => {
    const before = await dataFacts(server.db);
    const statements: string[] = [];
    const watch = (q: { sql: string }) => statements.push(q.sql);
    server.db.read.on('query', watch);
    try {
      // Past the data version's one-second interval twice: each request may look at the history.
      for (let i = 0; i < 3; i++) {
        expect(await dataFacts(server.db)).toEqual(before);
        await sleep(600);
      }
      await dataFacts(server.db);
      expect(statements.some((sql) => /import_run/.test(sql))).toBe(true);
      expect(statements.filter((sql) => /campaign_activity|membership_snapshot/.test(sql))).toEqual([]);

      // Another process stores a branch, and its import history says so.
      await server.db.knex('branch').insert({ code: 'ZZ_OTHER_PROCESS', name: 'Kantor Cabang Lain', source: 'IMPORTED' });
      await server.db.knex('import_run').insert({ kind: 'branches', file_name: 'other.csv', sha256: 'f'.repeat(64), rows: 1, rejected_rows: 0, outcome: 'STORED', actor: 'cli', started_at: new Date(), finished_at: new Date() });
      let after = before;
      for (let i = 0; i < 40 && after.branches === before.branches; i++) {
        await sleep(100);
        after = await dataFacts(server.db);
      }
      expect(after.branches).toBe(before.branches + 1);
    } finally {
      server.db.read.off('query', watch);
    }
  });
});
