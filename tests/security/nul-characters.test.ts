// A NUL character (U+0000) in a caller's text: PostgreSQL refuses it in any text value, SQLite
// stores and compares it. Pantau answers the same on both: a 400 (GraphQL BAD_USER_INPUT) naming
// the argument, and a row problem for a cell of an imported file, never a database error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../server/db/orm.ts';
import { listRuns } from '../../server/import/history.ts';
import { dumpTables, importText, withBranches } from '../import/helpers.ts';
import { get, type RunningServer, startServer, stopServer } from '../service/support.ts';
import { availableDialects, freshTarget } from '../support/test-server.ts';

const URLS = [
  '/api/membershipTrend.csv?branch=%00',
  '/api/campaignReach.csv?branch=a%00b',
  '/charts/membership-trend.svg?branch=a%00b',
  '/charts/membership-trend.csv?branch=a%00b',
  '/embed/membership-trend?branch=a%00b',
  '/report?branch=a%00b&year=2024',
];

describe.each(availableDialects())('NUL in an argument (%s)', (dialect) => {
  let server: RunningServer;
  beforeAll(async () => {
    const target = await freshTarget(dialect);
    server = await startServer(target.dialect === 'postgresql' ? { DATABASE_URL: target.url } : {});
  }, 120_000);
  afterAll(async () => {
    await stopServer(server);
  });

  it.each(URLS)('%s answers 400 naming the parameter', async (url) => {
    const res = await get(`${server.url}${url}`);
    expect(res.status).toBe(400);
    expect(res.body.toString()).toMatch(/^branch: contains a NUL character/);
  });

  const graphql = async (query: string, variables?: Record<string, unknown>) => {
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    return (await res.json()) as { errors?: { message: string; extensions: Record<string, unknown> }[] };
  };

  it('GraphQL: a NUL in a literal or in a variable is BAD_USER_INPUT naming the argument', async () => {
    const literal = await graphql('{ membershipTrend(branch: "a\\u0000b") { segment } }');
    expect(literal.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'branch' } });
    expect(literal.errors?.[0].message).toMatch(/^branch: contains a NUL character/);
    const variable = await graphql('query ($b: ID) { campaignReach(branch: $b) { key } }', { b: 'a\u0000b' });
    expect(variable.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'branch' } });
    const period = await graphql('{ effectiveness(from: "2020\\u0000") { __typename } }');
    expect(period.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'from' } });
    expect(server.output()).not.toMatch(/"level":50|"stack"/);
  });
});

describe.each(availableDialects())('NUL in an imported cell (%s)', (dialect) => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase(await freshTarget(dialect));
    await withBranches(db, ['MADIUN']);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('is a row problem naming the cell; nothing is stored and the history says why', async () => {
    const before = await dumpTables(db);
    const report = await importText(db, 'branches', 'code,name,region\nKEDIRI,Kantor Cabang Kediri,Jawa Timur\nBLITAR,Kantor\u0000Blitar,Jawa Timur\n');
    expect(report.outcome).toBe('REJECTED');
    expect(report.problems).toEqual([
      expect.objectContaining({ line: 3, column: 'name', code: 'nul_character', value: 'Kantor\u2400Blitar', reason: expect.stringMatching(/NUL character/) }),
    ]);
    expect(report.rejectedRows).toBe(1);
    expect(await dumpTables(db)).toBe(before);
    const [run] = await listRuns(db, { limit: 1 });
    expect(run).toMatchObject({ outcome: 'REJECTED', message: '1 problem(s); first: 3 nul_character' });
  });

  it('a NUL in the file name is kept in the history as ␀', async () => {
    const report = await importText(db, 'branches', 'code,name\nMADIUN,Kantor Cabang Madiun\n', { fileName: 'a\u0000b.csv' });
    expect(report.outcome).toBe('STORED');
    const [run] = await listRuns(db, { limit: 1 });
    expect(run.fileName).toBe('a\u2400b.csv');
  });
});
