// Readers never wait behind a write: on a SQLite file the analytics read through read-only
// connections beside the ORM's single writer (WAL), so while a write transaction is open (an
// import's) an analytic question still answers, sees only committed data, and a runaway read
// stopped by the time limit interrupts its own connection, not the writer. PostgreSQL's pool
// serves reads beside an open transaction in the same way.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawWithinTimeLimit, withTimeLimit } from '../../server/analytics/deadline.ts';
import { createApp } from '../../server/app.ts';
import { type DatabaseTarget, loadConfig } from '../../server/config.ts';
import { type Database, openDatabase, READ_CONNECTIONS } from '../../server/db/orm.ts';
import { seedDemoDataIfEmpty } from '../../server/db/seed/seed.ts';
import { membershipTrend } from '../../server/domains/membership/query.ts';
import { TimeLimitError } from '../../server/errors.ts';
import { addAccount, login } from '../support/accounts.ts';
import { availableDialects, freshTarget } from '../support/test-server.ts';

const ENDLESS_SQLITE = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 10000000000) SELECT count(*) AS n FROM c';
const BUMP = 1_000_000;

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pantau-readers-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function target(dialect: 'sqlite' | 'postgresql'): Promise<DatabaseTarget> {
  return dialect === 'sqlite' ? { dialect, file: path.join(dir, `readers-${Date.now()}-${Math.random().toString(36).slice(2)}.sqlite`) } : freshTarget(dialect);
}

/** Madiun's PU persons at the latest stored month, as the trend answers it (read through the analytics). */
async function latestPu(db: Database, period: string): Promise<number> {
  const series = await withTimeLimit(30_000, () => membershipTrend(db, { branch: 'MADIUN', segments: ['PU'], from: period, to: period, granularity: 'MONTH' }));
  return series[0].points[0].activeParticipants;
}

describe.each(availableDialects())('reads beside an open write transaction on %s', (dialect) => {
  let db: Database;
  let period: string;
  let periodIndex: number;
  beforeAll(async () => {
    db = await openDatabase(await target(dialect));
    await seedDemoDataIfEmpty(db);
    const row = await db.knex('membership_snapshot').where({ branch_code: 'MADIUN', segment: 'PU', program: '' }).max({ p: 'period_index' }).first();
    periodIndex = Number(row!.p);
    period = `${Math.floor(periodIndex / 12)}-${String((periodIndex % 12) + 1).padStart(2, '0')}`;
  });
  afterAll(async () => {
    await db?.close();
  });

  it('answers an analytic question while the writer holds its transaction open, seeing committed data only', async () => {
    const before = await latestPu(db, period);
    const events: string[] = [];
    let duringWrite: number | undefined;
    await db.knex.transaction(async (trx) => {
      await trx('membership_snapshot').where({ branch_code: 'MADIUN', segment: 'PU', program: '', period_index: periodIndex }).increment('active_participants', BUMP);
      // The writer's own connection sees its pending write…
      const pending = await trx('membership_snapshot').where({ branch_code: 'MADIUN', segment: 'PU', program: '', period_index: periodIndex }).first('active_participants');
      expect(Number(pending.active_participants)).toBe(before + BUMP);
      // …while the analytics answer from the last committed state, without waiting for the commit
      // (on one shared connection this await would never return: the transaction holds it).
      duringWrite = await latestPu(db, period);
      events.push('answered');
    });
    events.push('committed');
    expect(events).toEqual(['answered', 'committed']);
    expect(duringWrite).toBe(before);
    expect(await latestPu(db, period)).toBe(before + BUMP);
  });

  it.runIf(dialect === 'sqlite')('has read-only connections of their own beside the writer, in WAL mode', async () => {
    expect(db.read).not.toBe(db.knex);
    expect(READ_CONNECTIONS).toBeGreaterThan(1);
    const [{ journal_mode: mode }] = await db.knex.raw('PRAGMA journal_mode');
    expect(mode).toBe('wal');
    await expect(db.read.raw("UPDATE branch SET name = 'x' WHERE code = 'MADIUN'")).rejects.toThrow(/readonly|read-only|query_only/i);
  });

  it.runIf(dialect === 'sqlite')('interrupts the reading connection at the time limit, not the writer in its transaction', async () => {
    const before = await latestPu(db, period);
    await db.knex.transaction(async (trx) => {
      await trx('membership_snapshot').where({ branch_code: 'MADIUN', segment: 'PU', program: '', period_index: periodIndex }).increment('active_participants', 1);
      await expect(withTimeLimit(300, () => rawWithinTimeLimit(db, ENDLESS_SQLITE, []))).rejects.toThrow(TimeLimitError);
      // The writer's transaction goes on undisturbed.
      await trx('membership_snapshot').where({ branch_code: 'MADIUN', segment: 'PU', program: '', period_index: periodIndex }).increment('active_participants', 1);
    });
    expect(await latestPu(db, period)).toBe(before + 2);
  });
});

describe('the GraphQL endpoint on a SQLite file during an open write transaction', () => {
  let db: Database;
  let url: string;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    db = await openDatabase(await target('sqlite'));
    await seedDemoDataIfEmpty(db);
    const config = { ...loadConfig({ RATE_LIMIT_PER_MINUTE: '0' }), database: { dialect: 'sqlite' as const, file: ':unused:' } };
    const { app, close } = await createApp({ db, config });
    const server = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    stop = async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await close();
    };
  });
  afterAll(async () => {
    await stop?.();
    await db?.close();
  });

  it('answers the dashboard questions and /readyz before the writer commits', async () => {
    const events: string[] = [];
    await db.knex.transaction(async (trx) => {
      await trx('branch').where({ code: 'MADIUN' }).update({ region: 'pending' });
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ branches { code region } membershipTrend(branch: "MADIUN", granularity: MONTH) { points { period } } campaignReach(branch: "MADIUN") { key } dataFreshness(branch: "MADIUN") { latestMonth } }',
        }),
      });
      const body = await res.json();
      expect(body.errors).toBeUndefined();
      expect(body.data.membershipTrend[0].points.length).toBeGreaterThan(0);
      // Not the pending region: only committed data are read.
      expect(body.data.branches.find((b: { code: string }) => b.code === 'MADIUN').region).not.toBe('pending');
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      events.push('answered');
    });
    events.push('committed');
    expect(events).toEqual(['answered', 'committed']);
  });

  it('answers a logged-in caller (session and API token looked up on the readers) before the writer commits', async () => {
    await addAccount(db, 'reader', 'VIEWER');
    const cookie = await login(url, 'reader');
    const created = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query: 'mutation { createApiToken(name: "t") { secret } }' }) });
    const secret = (await created.json()).data.createApiToken.secret;
    const events: string[] = [];
    await db.knex.transaction(async (trx) => {
      await trx('branch').where({ code: 'MADIUN' }).update({ region: 'pending' });
      const callers: Record<string, string>[] = [{ cookie }, { authorization: `Bearer ${secret}` }];
      for (const headers of callers) {
        const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ me { username } branches { code } }' }) });
        expect((await res.json()).data.me.username).toBe('reader');
      }
      events.push('answered');
    });
    events.push('committed');
    expect(events).toEqual(['answered', 'committed']);
  });
});
