// The stored target keys (target_attainment_key): every head-office target key of every branch
// is stored with its realisation and projection, the targets answers over branch targets are
// read from them, and they stay what the months say after imports of targets and of months; a
// database that has targets and no stored keys (made before the table) gets them when opened.
// On both databases. The answers themselves are compared with the months read directly, across
// every grouping, scope and metric, in target-realisation-rollup.test.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseTarget } from '../../server/config.ts';
import { type Database, openDatabase } from '../../server/db/orm.ts';
import { seedDemoDataIfEmpty } from '../../server/db/seed/seed.ts';
import { targetAttainment, type TargetAttainmentArgs } from '../../server/domains/targets/query.ts';
import { importFile } from '../../server/import/importer.ts';
import { availableDialects, freshTarget } from '../support/test-server.ts';

const TABLE = 'target_attainment_key';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pantau-keys-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const count = async (db: Database, table: string, where: Record<string, unknown> = {}) => Number((await db.knex(table).where(where).count({ n: '*' }).first())?.n ?? 0);

/** The questions whose answers are read from the stored keys. */
const CASES: TargetAttainmentArgs[] = [
  { year: 2025, groupBy: 'PROGRAM' },
  { year: 2025, groupBy: 'REGION', metric: 'NEW_PARTICIPANTS' },
  { year: 2024, groupBy: 'BRANCH' },
  { year: 2025, groupBy: 'SEGMENT', branch: 'MADIUN' },
  { year: 2025, groupBy: 'BRANCH', region: 'JATIM', metric: 'NEW_PARTICIPANTS' },
];

const expectAsTheMonthsSay = async (db: Database) => {
  for (const args of CASES) {
    const [stored, months] = await Promise.all([targetAttainment(db, args), targetAttainment(db, args, { raw: true })]);
    expect(stored.length, JSON.stringify(args)).toBeGreaterThan(0);
    expect(stored, JSON.stringify(args)).toEqual(months);
  }
};

describe.each(availableDialects())('stored target keys on %s', (dialect) => {
  let target: DatabaseTarget;
  let db: Database;
  beforeAll(async () => {
    target = dialect === 'sqlite' ? { dialect, file: path.join(tmp, 'keys.sqlite') } : await freshTarget(dialect);
    db = await openDatabase(target);
    await seedDemoDataIfEmpty(db);
  });
  afterAll(() => db?.close());

  it('stores every branch target key once, with a projection kind', async () => {
    const keys = await count(db, TABLE);
    expect(keys).toBeGreaterThan(0);
    expect(keys).toBe(await count(db, 'target', { staff_code: '' }));
    const kinds = (await db.knex(TABLE).distinct('kind')).map((r) => String(r.kind)).sort();
    // The demo's finished years are complete, its running year projected.
    expect(kinds).toEqual(expect.arrayContaining(['complete', 'projected']));
    await expectAsTheMonthsSay(db);
  });

  it('answers from the stored keys: a changed key shows in the answer, not in the months read directly', async () => {
    const key = { year: 2024, metric: 'ACTIVE_PARTICIPANTS', branch_code: 'MADIUN', program: 'JHT', segment: 'PU' };
    const stored = await db.knex(TABLE).where(key).first('realised');
    const args: TargetAttainmentArgs = { year: 2024, branch: 'MADIUN', groupBy: 'PROGRAM' };
    const jht = async (raw: boolean) => (await targetAttainment(db, args, { raw })).find((r) => r.key === 'JHT')!.realised;
    const before = await jht(false);
    await db.knex(TABLE).where(key).update({ realised: Number(stored.realised) + 1000 });
    try {
      expect(await jht(false)).toBe(before + 1000);
      expect(await jht(true)).toBe(before);
    } finally {
      await db.knex(TABLE).where(key).update({ realised: stored.realised });
    }
  });

  it('follows a targets import (a changed target, a new key) and a membership import (a corrected month, a later one)', async () => {
    const targets = ['branch,year,program,segment,target', 'MADIUN,2025,JHT,PU,999999', 'MADIUN,2027,JHT,BPU,5000'].join('\n');
    const t = await importFile(db, { kind: 'targets', source: { buffer: Buffer.from(targets) }, fileName: 'target.csv', actor: 'test' });
    expect(t.problems).toEqual([]);
    expect(t.outcome).toBe('STORED');
    expect(Number((await db.knex(TABLE).where({ year: 2025, metric: 'ACTIVE_PARTICIPANTS', branch_code: 'MADIUN', program: 'JHT', segment: 'PU' }).first('target')).target)).toBe(999999);
    expect(await count(db, TABLE)).toBe(await count(db, 'target', { staff_code: '' }));

    const months = ['branch,period,segment,active_participants,program,new_participants,lapsed_participants', 'MADIUN,2025-03,PU,123456,JHT,900,100', 'KEDIRI,2025-11,BPU,4321,JKK,50,5'].join('\n');
    const m = await importFile(db, { kind: 'membership', source: { buffer: Buffer.from(months) }, fileName: 'koreksi.csv', actor: 'test' });
    expect(m.problems).toEqual([]);
    expect(m.outcome).toBe('STORED');
    const kediri = await db.knex(TABLE).where({ year: 2025, metric: 'ACTIVE_PARTICIPANTS', branch_code: 'KEDIRI', program: 'JKK', segment: 'BPU' }).first('realised', 'as_of_month');
    expect([Number(kediri.realised), Number(kediri.as_of_month)]).toEqual([4321, 11]);
    await expectAsTheMonthsSay(db);

    // A rejected import changes nothing.
    const before = await db.knex(TABLE).orderBy(['year', 'metric', 'branch_code', 'program', 'segment']).select();
    const rejected = await importFile(db, { kind: 'targets', source: { buffer: Buffer.from('branch,year,program,segment,target\nMADIUN,2025,JHT,PU,-1\n') }, fileName: 'salah.csv', actor: 'test' });
    expect(rejected.outcome).toBe('REJECTED');
    expect(await db.knex(TABLE).orderBy(['year', 'metric', 'branch_code', 'program', 'segment']).select()).toEqual(before);
  });

  it('are stored again when a database with targets has none (made before the table), and only then', async () => {
    const stored = await db.knex(TABLE).orderBy(['year', 'metric', 'branch_code', 'program', 'segment']).select();
    await db.knex(TABLE).delete();
    await db.close();
    db = await openDatabase(target);
    expect(await db.knex(TABLE).orderBy(['year', 'metric', 'branch_code', 'program', 'segment']).select()).toEqual(stored);
    await expectAsTheMonthsSay(db);
    // Opened again with keys stored, it leaves them as they are.
    await db.knex(TABLE).where({ branch_code: 'MADIUN' }).delete();
    const partial = await count(db, TABLE);
    await db.close();
    db = await openDatabase(target);
    expect(await count(db, TABLE)).toBe(partial);
  });
});
