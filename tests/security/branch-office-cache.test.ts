// A regional account's questions about a branch are decided from the branch's office, which
// question-access.ts remembers per data version instead of reading it on every question: a
// branch moved to another office by stored data (the data version moves) is decided anew.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bumpDataVersion } from '../../server/cache/data-version.ts';
import { sessionOf } from '../support/accounts.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const TREND = '{ membershipTrend(branch: "MADIUN", segments: [PU], granularity: YEAR) { segment points { period activeParticipants } } }';

describe.each(availableDialects())('branch offices remembered per data version, %s', (dialect) => {
  let server: TestServer;
  let jatim: string;
  beforeAll(async () => {
    // With public reads a scoped account reads what anyone may: its office bounds it only with AUTH_READ=login.
    server = await startTestServer(dialect, { env: { AUTH_READ: 'login' } });
    jatim = await sessionOf(server, 'viewer.jatim.cache', 'VIEWER', { region: 'JATIM' });
  });
  afterAll(() => server?.close());

  const ask = async () => server.graphql(TREND, {}, { cookie: jatim });

  it("follows a branch moved out of the account's office once the data version moves, and back", async () => {
    for (let i = 0; i < 2; i++) expect((await ask()).errors).toBeUndefined();
    await server.db.knex('region').insert({ code: 'LAIN', name: 'Kantor Wilayah Lain', source: 'SYNTHETIC' });
    await server.db.knex('branch').where({ code: 'MADIUN' }).update({ region_code: 'LAIN' });
    bumpDataVersion();
    const moved = await ask();
    expect(moved.errors?.[0].extensions.code).toBe('FORBIDDEN');
    await server.db.knex('branch').where({ code: 'MADIUN' }).update({ region_code: 'JATIM' });
    bumpDataVersion();
    const back = await ask();
    expect(back.errors).toBeUndefined();
    expect(back.data.membershipTrend.length).toBeGreaterThan(0);
  });

  it('refuses a branch of another office every time it is asked', async () => {
    await server.db.knex('region').insert({ code: 'LAIN2', name: 'Kantor Wilayah Lain 2', source: 'SYNTHETIC' }).onConflict('code').ignore();
    await server.db.knex('branch').where({ code: 'MADIUN' }).update({ region_code: 'LAIN2' });
    bumpDataVersion();
    for (let i = 0; i < 3; i++) expect((await ask()).errors?.[0].extensions.code).toBe('FORBIDDEN');
    await server.db.knex('branch').where({ code: 'MADIUN' }).update({ region_code: 'JATIM' });
    bumpDataVersion();
  });
});
