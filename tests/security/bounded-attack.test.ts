// A bounded attack: a few concurrent requests, each as heavy as the limits still allow, on a
// SQLite file with some tens of thousands of rows. The dashboard's normal query must be answered
// while the attack is still running: the read connections are shared request by request, so the
// normal query's few statements do not queue behind every statement of the heavy ones. Speed
// figures are `npm run bench -- abuse`; this asserts only the order of the answers.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { type Database, openDatabase } from '../../server/db/orm.ts';
import { seedDemoDataIfEmpty } from '../../server/db/seed/seed.ts';

const BRANCHES = 20;
const MONTHS = 240;

describe('a bounded attack of heavy-but-allowed requests on SQLite', () => {
  let dir: string;
  let db: Database;
  let url: string;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pantau-attack-'));
    const file = path.join(dir, 'attack.sqlite');
    db = await openDatabase({ dialect: 'sqlite', file });
    await seedDemoDataIfEmpty(db);
    // Synthetic branches (known to the branch table, as imports require) × 4 segments × 3 programs × 240 months.
    await db.knex.raw(`INSERT INTO branch (code, name, region, source)
      WITH RECURSIVE bs(b) AS (SELECT 0 UNION ALL SELECT b + 1 FROM bs WHERE b < ${BRANCHES - 1})
      SELECT printf('B%04d', b), 'Test ' || b, 'Test', 'SYNTHETIC' FROM bs`);
    await db.knex.raw(`INSERT INTO membership_snapshot (branch_code, year, month, period_index, precision, segment, program,
        active_participants, new_participants, lapsed_participants, source)
      WITH RECURSIVE cs(c) AS (SELECT 0 UNION ALL SELECT c + 1 FROM cs WHERE c < ${BRANCHES * 12 - 1}),
        ms(m) AS (SELECT 0 UNION ALL SELECT m + 1 FROM ms WHERE m < ${MONTHS - 1})
      SELECT printf('B%04d', c / 12), 2006 + m / 12, m % 12 + 1, (2006 + m / 12) * 12 + m % 12, 'MONTH',
        CASE c % 4 WHEN 0 THEN 'PU' WHEN 1 THEN 'BPU' WHEN 2 THEN 'JAKON' ELSE 'PMI' END,
        CASE (c / 4) % 3 WHEN 0 THEN '' WHEN 1 THEN 'JKK' ELSE 'JHT' END,
        1000 + (c * 7 + m * 13) % 500, 10, 5, 'SYNTHETIC'
      FROM cs, ms`);
    const config = { ...loadConfig({ RATE_LIMIT_PER_MINUTE: '0' }), database: { dialect: 'sqlite' as const, file } };
    const { app, close } = await createApp({ db, config });
    const server = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    stop = async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await close();
    };
  });
  afterAll(async () => {
    await stop?.();
    await db?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const post = async (query: string) =>
    (await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json()) as {
      data?: Record<string, unknown>;
      errors?: { extensions?: { code?: string } }[];
    };

  it('answers the normal query while the heavy requests are still running', async () => {
    // The heaviest shape the limits let through: as many aliases of a branch's monthly series of
    // every program over the whole range as the row estimate allows (each alias another branch).
    const heavy = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: membershipTrend(branch: "B${String(i % BRANCHES).padStart(4, '0')}", granularity: MONTH, programs: [JKK, JKM, JHT, JP, JKP]) { points { period activeParticipants } }`).join(' ')} }`;
    let aliases = 30;
    while (aliases > 1 && (await post(heavy(aliases))).errors?.some((e) => e.extensions?.code === 'COST_LIMIT' || e.extensions?.code === 'QUERY_LIMIT_EXCEEDED')) aliases--;
    expect(aliases).toBeGreaterThan(1);
    const attack = heavy(aliases);

    const events: string[] = [];
    const attacks = Array.from({ length: 3 }, (_, i) =>
      post(attack).then((answer) => {
        expect(answer.errors).toBeUndefined();
        events.push(`attack ${i}`);
      }),
    );
    // The normal query starts after the attack's requests have reached the server.
    await new Promise((resolve) => setImmediate(resolve));
    const normal = await post('{ membershipTrend(branch: "MADIUN", segments: [PU, BPU, JAKON, PMI], granularity: YEAR) { segment points { period activeParticipants } } }');
    events.push('normal');
    expect(normal.errors).toBeUndefined();
    expect((normal.data!.membershipTrend as unknown[]).length).toBeGreaterThan(0);
    await Promise.all(attacks);
    // Answered before the last heavy request: the attack was still running.
    expect(events.indexOf('normal')).toBeLessThan(events.length - 1);
    expect(events.filter((e) => e.startsWith('attack'))).toHaveLength(3);
  });
});
