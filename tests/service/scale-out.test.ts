// Several stateless Pantau instances on one PostgreSQL database answer alike and see each
// other's imports: GraphQL at once (it reads the database), the cached charts and CSV as soon as
// they look at the data version again (at most once a second, server/cache/data-version.ts).
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { type DatabaseTarget, loadConfig } from '../../server/config.ts';
import { type Database, openDatabase } from '../../server/db/orm.ts';
import { seedDemoDataIfEmpty } from '../../server/db/seed/seed.ts';
import { sessionOf } from '../support/accounts.ts';
import { availableDialects, freshTarget } from '../support/test-server.ts';

interface Instance {
  url: string;
  db: Database;
  stop(): Promise<void>;
}

async function instance(target: DatabaseTarget): Promise<Instance> {
  const db = await openDatabase(target);
  const { app, close } = await createApp({ db, config: { ...loadConfig({ RATE_LIMIT_PER_MINUTE: '0' }), database: target } });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    db,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await close();
      await db.close();
    },
  };
}

describe.runIf(availableDialects().includes('postgresql'))('two instances on one PostgreSQL database', () => {
  let a: Instance;
  let b: Instance;
  beforeAll(async () => {
    const target = await freshTarget('postgresql');
    const seeding = await openDatabase(target);
    await seedDemoDataIfEmpty(seeding);
    await seeding.close();
    [a, b] = await Promise.all([instance(target), instance(target)]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  const graphql = async (at: Instance, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    (await fetch(`${at.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) })).json();
  const TREND = '{ membershipTrend(branch: "MADIUN", segments: [PU], from: "2020", to: "2020") { points { activeParticipants } } }';
  const CHART = '/charts/membership-trend.csv?branch=MADIUN&segments=PU&from=2020&to=2020&lang=en';

  it('answer alike, and an import through one is seen by the other: GraphQL at once, its cached chart soon after', async () => {
    const before = await graphql(b, TREND);
    expect(await graphql(a, TREND)).toEqual(before);
    expect(before.data.membershipTrend[0].points[0].activeParticipants).toBe(46878);
    // Both instances have the chart in their caches now.
    for (const at of [a, b]) expect(await (await fetch(`${at.url}${CHART}`)).text()).toContain('46878');

    // A session made on one instance works on the other: sessions live in the database.
    const cookie = await sessionOf(a, 'pap.madiun', 'PAP', { branch: 'MADIUN' });
    const me = await graphql(b, '{ me { username } }', {}, { cookie });
    expect(me.data.me.username).toBe('pap.madiun');

    const imported = await graphql(
      b,
      'mutation($c: String!) { importData(kind: membership, fileName: "koreksi.csv", content: $c) { outcome storedRows } }',
      { c: 'branch,period,segment,active_participants\nMADIUN,2020,PU,46900\n' },
      { cookie },
    );
    expect(imported.data.importData).toMatchObject({ outcome: 'STORED', storedRows: 1 });

    expect((await graphql(a, TREND)).data.membershipTrend[0].points[0].activeParticipants).toBe(46900);
    await expect.poll(async () => (await fetch(`${a.url}${CHART}`)).text(), { timeout: 10_000 }).toContain('46900');
    // Its history and audit log are one too.
    const history = await graphql(a, '{ importHistory(limit: 1) { fileName actor } }', {}, { cookie });
    expect(history.data.importHistory[0]).toEqual({ fileName: 'koreksi.csv', actor: 'account:pap.madiun' });
  });
});
