// index.html's boot data and first-view answers are computed once per URL and data version and
// shared: a second load of the same URL sends no statement to the database, an import by another
// process (its history row, as the CLI writes it) shows in the page within about a second, and a
// logged-in caller's page still names its own account.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../../browser/support.ts';
import { availableDialects, startTestServer, type TestServer } from '../../support/test-server.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(availableDialects())('the page data cache on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer(dialect);
  });
  afterAll(() => server?.close());

  const boot = async (path: string) => {
    const html = await (await fetch(`${server.url}${path}`)).text();
    return JSON.parse(/<script id="pantau-boot" type="application\/json">(.*?)<\/script>/.exec(html)![1]);
  };
  const branchCodes = (page: any): string[] => page.answers.find((a: any) => a.operationName === 'App').data.branches.map((b: any) => b.code);

  it('answers a second load of a URL from the first one, without the database', async () => {
    // Until a load has its answers within the budget (a cold server may miss it), nothing is kept.
    let first;
    for (let i = 0; i < 20 && !(first = await boot('/?branch=KEDIRI')).answers.length; i++) await sleep(200);
    expect(first.answers).toHaveLength(7);
    const statements: string[] = [];
    const watch = (q: { sql: string }) => statements.push(q.sql);
    server.db.read.on('query', watch);
    server.db.knex.on('query', watch);
    try {
      const second = await boot('/?branch=KEDIRI');
      expect(second).toEqual(first);
    } finally {
      server.db.read.off('query', watch);
      server.db.knex.off('query', watch);
    }
    // At most the data version's look at the import history, never the data.
    expect(statements.filter((sql) => !/import_run/.test(sql))).toEqual([]);
    // Another URL is its own entry.
    expect((await boot('/?branch=BLITAR')).answers.find((a: any) => a.operationName === 'MembershipTrendPanel').variables.branch).toBe('BLITAR');
  });

  it('shows an import stored by another process within about a second', async () => {
    const before = await boot('/');
    expect(branchCodes(before)).not.toContain('ZZ_NEW');
    await server.db.knex('branch').insert({ code: 'ZZ_NEW', name: 'Kantor Cabang Baru', source: 'IMPORTED' });
    await server.db.knex('import_run').insert({ kind: 'branches', file_name: 'new.csv', sha256: 'e'.repeat(64), rows: 1, rejected_rows: 0, outcome: 'STORED', actor: 'cli', started_at: new Date(), finished_at: new Date() });
    let after = before;
    for (let i = 0; i < 30 && !branchCodes(after).includes('ZZ_NEW'); i++) {
      await sleep(100);
      after = await boot('/');
    }
    expect(branchCodes(after)).toContain('ZZ_NEW');
    expect(after.latestYear).toEqual(before.latestYear);
  });
});
