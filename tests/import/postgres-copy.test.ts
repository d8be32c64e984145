// Imports through COPY on PostgreSQL (server/import/postgres-copy-upserter.ts), on the run's
// throw-away cluster: what COPY makes newly risky. Text that COPY's format treats specially
// arrives exactly as read; NULLs and the biggest numbers too; a failure in the middle (a row the
// table refuses, a cancelled COPY, a problem found after the COPY began) stores nothing and the
// history says why; the counts are those of the multi-row INSERTs on the same rows.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../server/db/orm.ts';
import { listRuns } from '../../server/import/history.ts';
import { KINDS, type DbValue } from '../../server/import/kinds.ts';
import { PostgresCopyUpserter } from '../../server/import/postgres-copy-upserter.ts';
import { PostgresInsertUpserter } from '../../server/import/postgres-insert-upserter.ts';
import { PostgresUpserter } from '../../server/import/postgres-upserter.ts';
import type { Upserter } from '../../server/import/upserter.ts';
import { availableDialects, freshTarget } from '../support/test-server.ts';
import { dumpTables, importText, withBranches } from './helpers.ts';

const hasPostgres = availableDialects().includes('postgresql');

/** A CSV cell: quoted, with its quotes doubled. */
const cell = (v: string | number) => `"${String(v).replace(/"/g, '""')}"`;
const csv = (header: string, rows: (string | number)[][]) => `${header}\n${rows.map((r) => r.map(cell).join(',')).join('\n')}\n`;

const CAMPAIGN_HEADER = 'branch,date,activity,channel,name,reach,registrations,cost_idr,leads,staff';
/** Campaign rows of one branch on distinct days from 2021-01-01 (so their keys differ). */
const campaignRows = (branch: string, count: number, name: (i: number) => string = (i) => `Kegiatan ${i}`, first = 0) =>
  Array.from({ length: count }, (_, k) => {
    const i = first + k;
    const date = new Date(Date.UTC(2021, 0, 1) + i * 86400000).toISOString().slice(0, 10);
    return [branch, date, 'PROMOTION', 'RADIO', name(i), 100 + (i % 50), i % 7, 250000 * (i % 9), i % 3 === 0 ? '' : i % 11, `S${i % 4}`];
  });

const HARD_TEXTS = [
  'tab\there',
  'line\nbreak',
  'carriage\r\nreturn',
  'back\\slash',
  '\\.',
  '\\N',
  'ends with \\',
  '\\t is not a tab',
  '"quoted", with comma',
  "it's; semi",
  'emoji 🎉 👩🏽‍💻',
  'Sosialisasi BPU – Kecamatan Taman (Ngawi) ümlaut ß 日本語',
  'inner\u2028line and paragraph\u2029separators',
];

async function names(db: Database, branch: string): Promise<string[]> {
  const rows = await db.knex('campaign_activity').where({ branch_code: branch }).orderBy('date').select('name');
  return rows.map((r: { name: string }) => r.name);
}

describe.skipIf(!hasPostgres)('imports through COPY on PostgreSQL', () => {
  let db: Database;
  let url: string;
  beforeAll(async () => {
    const target = await freshTarget('postgresql');
    url = target.dialect === 'postgresql' ? target.url : '';
    db = await openDatabase(target);
    await withBranches(db, ['MADIUN', 'NGAWI', 'KEDIRI', ...Array.from({ length: 12 }, (_, b) => `KC${b}`)]);
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });

  it('a file of 100 rows or more goes through COPY, a smaller one through INSERT', async () => {
    const spec = KINDS.targets;
    const row = (i: number) => spec.toDb({ branch: 'KC11', year: 1980 + i, program: 'JHT', segment: 'PU', target: i, metric: 'ACTIVE_PARTICIPANTS', staff: '' }, 5);
    for (const [rows, path] of [[99, 'insert'], [100, 'copy']] as const) {
      const trx = await db.knex.transaction();
      try {
        const up = new PostgresUpserter(trx as never, spec);
        up.keepStored(new Set());
        for (let i = 0; i < rows; i++) await up.add(row(i));
        await up.finish();
        await up.close();
        expect({ path: up.path, sent: up.sent, changed: up.changed }).toEqual({ path, sent: rows, changed: rows });
      } finally {
        await trx.rollback();
      }
    }
  });

  it('stores tabs, newlines, backslashes, \\., \\N, quotes and emoji exactly as the file has them, on both paths', async () => {
    const hard = (i: number) => HARD_TEXTS[i % HARD_TEXTS.length] + (i >= HARD_TEXTS.length ? ` ${i}` : '');
    // Through COPY: more rows than one batch.
    const big = await importText(db, 'campaigns', csv(CAMPAIGN_HEADER, campaignRows('MADIUN', 1300, hard)));
    expect(big.problems).toEqual([]);
    expect(big).toMatchObject({ outcome: 'STORED', storedRows: 1300 });
    expect(await names(db, 'MADIUN')).toEqual(Array.from({ length: 1300 }, (_, i) => hard(i)));
    // Through INSERT: the same texts in a small file.
    const small = await importText(db, 'campaigns', csv(CAMPAIGN_HEADER, campaignRows('NGAWI', HARD_TEXTS.length, hard)));
    expect(small).toMatchObject({ outcome: 'STORED', storedRows: HARD_TEXTS.length });
    expect(await names(db, 'NGAWI')).toEqual(HARD_TEXTS);
    // Staff codes are text too (and part of the key).
    const staff = await db.knex('campaign_activity').where({ branch_code: 'MADIUN' }).distinct('staff_code').orderBy('staff_code');
    expect(staff.map((r: { staff_code: string }) => r.staff_code)).toEqual(['S0', 'S1', 'S2', 'S3']);
    // Re-importing the same big file changes nothing.
    const again = await importText(db, 'campaigns', csv(CAMPAIGN_HEADER, campaignRows('MADIUN', 1300, hard)));
    expect(again).toMatchObject({ outcome: 'STORED', storedRows: 0 });
  });

  it('stores NULLs as NULL and the largest counts and amounts exactly', async () => {
    const rows = campaignRows('KEDIRI', 700);
    rows[10] = ['KEDIRI', '2021-01-11', 'PROMOTION', 'RADIO', 'biggest', 2147483647, 2147483647, '1000000000000000', '', 'S9'];
    rows[11] = ['KEDIRI', '2021-01-12', 'PROMOTION', 'RADIO', 'zero leads', 5, 0, '0', '0', ''];
    const r = await importText(db, 'campaigns', csv(CAMPAIGN_HEADER, rows));
    expect(r).toMatchObject({ outcome: 'STORED', storedRows: 700 });
    const biggest = await db.knex('campaign_activity').where({ name: 'biggest' }).first('reach', 'registrations', 'cost_idr', 'leads', 'staff_code');
    expect({ ...biggest, cost_idr: String(biggest.cost_idr) }).toEqual({
      reach: 2147483647, registrations: 2147483647, cost_idr: '1000000000000000', leads: null, staff_code: 'S9',
    });
    const zero = await db.knex('campaign_activity').where({ name: 'zero leads' }).first('leads', 'cost_idr', 'staff_code');
    expect({ ...zero, cost_idr: Number(zero.cost_idr) }).toEqual({ leads: 0, cost_idr: 0, staff_code: '' });
  });

  it('counts (sent, changed) and stored rows equal those of the multi-row INSERTs on the same rows', async () => {
    const spec = KINDS.membership;
    const base = Array.from({ length: 1200 }, (_, i) => `KC1,${2010 + Math.floor(i / 48)}-${String((i % 12) + 1).padStart(2, '0')},${['PU', 'BPU'][Math.floor(i / 12) % 2]},${['', 'JHT'][Math.floor(i / 24) % 2]},${1000 + i},${i % 10},${i % 5}`);
    const header = 'branch,period,segment,program,active_participants,new_participants,lapsed_participants';
    expect((await importText(db, 'membership', `${header}\n${base.join('\n')}\n`)).outcome).toBe('STORED');
    // 400 unchanged, 400 changed, 700 new; the same rows with every column, without the flows
    // (kept as stored), and with only one flow (the flows' source filled where the row has none).
    const rows = (i: number, withFlows: 'both' | 'none' | 'new') => {
      const active = i < 400 ? 1000 + i : 2000 + i;
      const period = { year: 2010 + Math.floor(i / 48), month: (i % 12) + 1, precision: 'MONTH' };
      return spec.toDb({
        branch: 'KC1', period, segment: ['PU', 'BPU'][Math.floor(i / 12) % 2], program: ['', 'JHT'][Math.floor(i / 24) % 2],
        active_participants: active,
        new_participants: withFlows === 'none' ? null : i % 10,
        lapsed_participants: withFlows === 'both' ? i % 5 : null,
      }, 99);
    };
    const variants = [
      { flows: 'both', kept: new Set<string>(), filled: new Set<string>() },
      { flows: 'none', kept: new Set(['new_participants', 'lapsed_participants', 'flow_source']), filled: new Set<string>() },
      { flows: 'new', kept: new Set(['lapsed_participants']), filled: new Set(['flow_source']) },
    ] as const;
    for (const v of variants) {
      const outcome = async (make: (trx: never) => Upserter) => {
        const trx = await db.knex.transaction();
        try {
          const up = make(trx as never);
          up.keepStored(v.kept, v.filled);
          for (let i = 0; i < 1500; i++) await up.add(rows(i, v.flows));
          await up.finish();
          await up.close();
          const stored = await trx('membership_snapshot').where({ branch_code: 'KC1' }).orderBy(['year', 'month', 'segment', 'program'])
            .select('year', 'month', 'segment', 'program', 'active_participants', 'new_participants', 'lapsed_participants', 'flow_source', 'import_id');
          return { sent: up.sent, changed: up.changed, stored };
        } finally {
          await trx.rollback();
        }
      };
      const insert = await outcome((trx) => new PostgresInsertUpserter(trx, spec));
      const copy = await outcome((trx) => new PostgresCopyUpserter(trx, spec));
      expect(insert.sent, v.flows).toBe(1500);
      // Unchanged rows are not counted: 400 changed + 700 new (the flows differ only for 'new'…).
      expect(insert.changed, v.flows).toBeGreaterThanOrEqual(1100);
      expect(copy, v.flows).toEqual(insert);
    }
  });

  it('a row the table refuses (a constraint the validator cannot see) stores nothing, and the history says why', async () => {
    await db.knex.raw(`ALTER TABLE campaign_activity ADD CONSTRAINT test_refused_name CHECK (name <> 'refused by the table')`);
    try {
      const before = await dumpTables(db);
      const rows = campaignRows('KC2', 3000, (i) => (i === 2100 ? 'refused by the table' : `Kegiatan ${i}`));
      const r = await importText(db, 'campaigns', csv(CAMPAIGN_HEADER, rows));
      expect(r.outcome).toBe('REJECTED');
      expect(r.problems).toEqual([expect.objectContaining({ code: 'db_error', reason: expect.stringMatching(/test_refused_name/) })]);
      expect(await dumpTables(db)).toBe(before);
      expect(await db.knex('campaign_rollup').where({ branch_code: 'KC2' }).count({ n: '*' }).then(([c]) => Number(c.n))).toBe(0);
      const [run] = await listRuns(db, { limit: 1 });
      expect(run).toMatchObject({ outcome: 'REJECTED', message: expect.stringMatching(/test_refused_name/) });
    } finally {
      await db.knex.raw('ALTER TABLE campaign_activity DROP CONSTRAINT test_refused_name');
    }
  });

  it('an import cancelled mid-way (its COPY, or the merge after it) stores nothing, the history says so, and the next import is stored', async () => {
    const before = await dumpTables(db);
    const header = 'branch,period,segment,program,active_participants';
    const programs = ['', 'JHT', 'JKK', 'JKM', 'JP', 'JKP'];
    const lines: string[] = [];
    for (let b = 3; b < 12; b++)
      for (let m = 0; m < 240; m++)
        for (const s of ['PU', 'BPU', 'JAKON', 'PMI'])
          for (const p of programs) lines.push(`KC${b},${2001 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')},${s},${p},${m + 1}`);
    const watcher = new pg.Client({ connectionString: url });
    await watcher.connect();
    try {
      // Batches of 100 rows: the COPY begins early; it, or the merge after it, is cancelled.
      const importing = importText(db, 'membership', `${header}\n${lines.join('\n')}\n`, { batchRows: 100 });
      let cancelled = false;
      const deadline = Date.now() + 60_000;
      while (!cancelled && Date.now() < deadline) {
        const hit = await watcher.query(
          `SELECT pg_cancel_backend(pid) AS ok FROM pg_stat_activity WHERE state = 'active'
             AND (query LIKE 'COPY "pantau\\_staging%' OR query LIKE 'ANALYZE "pantau\\_staging%' OR query LIKE 'UPDATE "membership\\_snapshot" AS t %' OR query LIKE 'INSERT INTO "membership\\_snapshot"%')`,
        );
        cancelled = hit.rows.some((row: { ok: boolean }) => row.ok);
        if (!cancelled) await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const r = await importing;
      expect(cancelled, JSON.stringify(r.problems.slice(0, 3))).toBe(true);
      expect(r.outcome).toBe('REJECTED');
      expect(r.problems).toEqual([expect.objectContaining({ code: 'db_error', reason: expect.stringMatching(/cancel/i) })]);
      expect(await dumpTables(db)).toBe(before);
      const [run] = await listRuns(db, { limit: 1 });
      expect(run).toMatchObject({ outcome: 'REJECTED', message: expect.stringMatching(/cancel/i) });
    } finally {
      await watcher.end();
    }
    // The pool's connections are fine afterwards: a big import (COPY) and a small one are stored.
    const next = await importText(db, 'membership', `${header}\n${lines.slice(0, 2000).join('\n')}\n`);
    expect(next).toMatchObject({ outcome: 'STORED', storedRows: 2000 });
    expect(await importText(db, 'membership', `${header}\n${lines[5000]}\n`)).toMatchObject({ outcome: 'STORED', storedRows: 1 });
  }, 120_000);

  it('a problem found after the COPY began ends the COPY, stores nothing, and leaves the connection usable', async () => {
    const before = await dumpTables(db);
    const rows = campaignRows('KC2', 5000);
    rows[4200][5] = 'many'; // reach: not a number
    // Batches of 20 rows: the COPY begins at row 20 and has 4,000 rows when the problem is met.
    const r = await importText(db, 'campaigns', csv(CAMPAIGN_HEADER, rows), { batchRows: 20 });
    expect(r.outcome).toBe('REJECTED');
    expect(r.problems).toEqual([expect.objectContaining({ line: 4202, column: 'reach', code: 'not_integer' })]);
    expect(await dumpTables(db)).toBe(before);
    // A repeated key is refused, as on the INSERT path (both lines named), before anything is merged.
    const twice = campaignRows('KC2', 1500);
    twice[1400] = twice[3];
    const dup = await importText(db, 'campaigns', csv(CAMPAIGN_HEADER, twice));
    expect(dup.outcome).toBe('REJECTED');
    expect(dup.problems).toEqual([expect.objectContaining({ line: 1402, code: 'duplicate_key' })]);
    expect(await dumpTables(db)).toBe(before);
    for (let i = 0; i < 3; i++) {
      const ok = await importText(db, 'campaigns', csv(CAMPAIGN_HEADER, campaignRows('KC2', 1000, undefined, i * 1000)));
      expect(ok).toMatchObject({ outcome: 'STORED', storedRows: 1000 });
    }
  });

  it('a new key that another writer stores meanwhile is upserted, as the INSERTs would have (not a unique violation)', async () => {
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    try {
      const rows = campaignRows('KC10', 2000);
      // The other writer holds row 1500's key, uncommitted: the import's INSERT of the new keys waits for it.
      await other.query('BEGIN');
      await other.query(
        `INSERT INTO campaign_activity (branch_code, date, year, month, period_index, activity, channel, medium, name, reach, registrations, cost_idr, staff_code, source)
         VALUES ('KC10', $1, 2025, 1, 24300, 'PROMOTION', 'RADIO', 'MASS_MEDIA', $2, 1, 0, 0, $3, 'IMPORTED')`,
        [rows[1500][1], rows[1500][4], rows[1500][9]],
      );
      const importing = importText(db, 'campaigns', csv(CAMPAIGN_HEADER, rows));
      await expect
        .poll(async () => (await other.query(`SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted`)).rows[0].n, { timeout: 30_000 })
        .toBeGreaterThan(0);
      await other.query('COMMIT');
      const r = await importing;
      expect(r.problems).toEqual([]);
      expect(r).toMatchObject({ outcome: 'STORED', storedRows: 2000 });
      const stored = await db.knex('campaign_activity').where({ branch_code: 'KC10', name: rows[1500][4] }).first('reach', 'year');
      expect(stored).toEqual({ reach: rows[1500][5], year: 2021 + Math.floor(1500 / 365) });
      expect(await db.knex('campaign_activity').where({ branch_code: 'KC10' }).count({ n: '*' }).then(([c]) => Number(c.n))).toBe(2000);
    } finally {
      await other.end();
    }
  });

  it('writes on the import transaction\'s own connection: nothing is seen outside it before the commit, nothing after a rollback', async () => {
    const spec = KINDS.targets;
    const row = (i: number): Record<string, DbValue> =>
      spec.toDb({ branch: 'KC11', year: 2000 + (i % 40), program: ['JHT', 'JKK', 'JKM', 'JP', 'JKP'][Math.floor(i / 40) % 5], segment: ['PU', 'BPU'][Math.floor(i / 200) % 2], target: i, metric: 'ACTIVE_PARTICIPANTS', staff: `S${Math.floor(i / 400)}` }, 5);
    const trx = await db.knex.transaction();
    try {
      const up = new PostgresCopyUpserter(trx as never, spec, 100);
      up.keepStored(new Set());
      for (let i = 0; i < 1000; i++) await up.add(row(i));
      await up.finish();
      await up.close();
      expect(up).toMatchObject({ sent: 1000, changed: 1000 });
      expect(await trx('target').where({ branch_code: 'KC11' }).count({ n: '*' }).then(([c]) => Number(c.n))).toBe(1000);
      expect(await db.knex('target').where({ branch_code: 'KC11' }).count({ n: '*' }).then(([c]) => Number(c.n))).toBe(0);
      // The staging table is gone (dropped after the merge, and ON COMMIT DROP in any case).
      expect((await trx.raw(`SELECT to_regclass('pantau_staging_target') AS t`)).rows[0].t).toBeNull();
    } finally {
      await trx.rollback();
    }
    expect(await db.knex('target').where({ branch_code: 'KC11' }).count({ n: '*' }).then(([c]) => Number(c.n))).toBe(0);
  });
});
