// The national synthetic data set (npm run seed -- --scale national), on a slice of its
// branches and on real databases of both dialects: it obeys the demo's rules over every row it
// writes (checked in SQL over the tables, not over the generator's output), gives the demo
// branches exactly the demo's rows, is the same on every run, and the command refuses a
// database that already holds branches unless told to replace them.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediumOf, type ActivityType } from '../../common/vocabulary/catalog.ts';
import { ROOT_DIR, type DatabaseTarget } from '../../server/config.ts';
import { openDatabase, type Database } from '../../server/db/orm.ts';
import { DEMO_BRANCHES } from '../../server/db/seed/demo-branches.ts';
import { NATIONAL_REGIONS, nationalBranches, stressBranches } from '../../server/db/seed/national-branches.ts';
import { seedScale, type RowCounts } from '../../server/db/seed/national-seed.ts';
import { generateDemoData, seedDemoDataIfEmpty } from '../../server/db/seed/seed.ts';
import { STUDY_BRANCH, STUDY_YEARS } from '../../server/db/seed/study.ts';
import { availableDialects, freshTarget, type Dialect } from '../support/test-server.ts';

/** The four demo branches and the smallest branch of eight other regional offices (nationalBranches' order). */
const SLICE = 12;

/** Every column but the generated id, in a fixed order, per data table. */
const TABLES: Record<string, { columns: string[]; order: string[]; branchColumn?: string }> = {
  region: { columns: ['code', 'name', 'source'], order: ['code'] },
  branch: { columns: ['code', 'name', 'region', 'region_code', 'source'], order: ['code'], branchColumn: 'code' },
  staff: { columns: ['code', 'branch_code', 'name', 'role', 'source'], order: ['code'], branchColumn: 'branch_code' },
  membership_snapshot: {
    columns: ['branch_code', 'year', 'month', 'period_index', 'precision', 'segment', 'program', 'active_participants', 'new_participants', 'lapsed_participants', 'source', 'flow_source'],
    order: ['branch_code', 'period_index', 'segment', 'program'],
    branchColumn: 'branch_code',
  },
  campaign_activity: {
    columns: ['branch_code', 'date', 'year', 'month', 'period_index', 'activity', 'channel', 'medium', 'name', 'reach', 'leads', 'registrations', 'cost_idr', 'segment', 'staff_code', 'source'],
    order: ['branch_code', 'date', 'activity', 'channel', 'name', 'staff_code'],
    branchColumn: 'branch_code',
  },
  target: {
    columns: ['branch_code', 'year', 'program', 'segment', 'metric', 'staff_code', 'target', 'source'],
    order: ['branch_code', 'year', 'program', 'segment', 'metric', 'staff_code'],
    branchColumn: 'branch_code',
  },
};

const NUMERIC = new Set(['year', 'period_index']);

const count = async (db: Database, sql: string, bindings: unknown[] = []): Promise<number> => {
  const result = await db.knex.raw(sql, bindings as never);
  const rows = (db.dialect === 'postgresql' ? result.rows : result) as { n: number | string }[];
  return Number(rows[0].n);
};

const select = async <T = Record<string, unknown>>(db: Database, sql: string): Promise<T[]> => {
  const result = await db.knex.raw(sql);
  return (db.dialect === 'postgresql' ? result.rows : result) as T[];
};

/** A table's rows (without ids), one branch at a time so that the digest never holds the table. */
async function tableDigest(db: Database, table: string, branches?: string[]): Promise<string> {
  const spec = TABLES[table];
  const hash = createHash('sha256');
  const codes = spec.branchColumn
    ? (branches ?? (await db.knex('branch').orderBy('code').pluck('code')))
    : [undefined];
  for (const code of codes) {
    const query = db.knex(table).select(spec.columns);
    if (code !== undefined) query.where(spec.branchColumn!, code);
    // Byte order on both dialects (PostgreSQL's collation may differ), with the same column text.
    for (const c of spec.order) query.orderByRaw(db.dialect === 'postgresql' && !NUMERIC.has(c) ? `"${c}" collate "C"` : `"${c}"`);
    // PostgreSQL reads 64-bit cost_idr as text: numbers, as SQLite answers them.
    for (const row of await query) hash.update(JSON.stringify(spec.columns.map((c) => (c === 'cost_idr' ? Number(row[c]) : row[c]))) + '\n');
  }
  return hash.digest('hex');
}

async function digests(db: Database, branches?: string[]): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of Object.keys(TABLES)) result[table] = await tableDigest(db, table, branches);
  return result;
}

describe('the national branch list', () => {
  it('has eleven regional offices, at least 120 branches each in one of them, JATIM as the demo names it, and sizes that vary', () => {
    const branches = nationalBranches();
    expect(NATIONAL_REGIONS).toHaveLength(11);
    expect(NATIONAL_REGIONS.find((r) => r.code === 'JATIM')).toEqual({ code: 'JATIM', name: 'Kantor Wilayah Jawa Timur', source: 'SYNTHETIC' });
    expect(branches.length).toBeGreaterThanOrEqual(120);
    const regions = new Set(NATIONAL_REGIONS.map((r) => r.code));
    for (const b of branches) {
      expect(regions.has(b.regionCode), b.code).toBe(true);
      expect(b.name).toMatch(/^Kantor Cabang [A-Z]/);
      // The import's rule for branch codes, so that a branch's own files can later update it.
      expect(b.code).toMatch(/^[A-Z0-9][A-Z0-9_.-]{0,31}$/);
    }
    expect(new Set(branches.map((b) => b.code)).size).toBe(branches.length);
    expect(new Set(branches.map((b) => b.regionCode)).size).toBe(11);
    expect(branches.slice(0, 4)).toEqual(DEMO_BRANCHES);
    const scales = branches.map((b) => b.scale).sort((a, b) => a - b);
    expect(scales.filter((s) => s >= 4).length).toBeGreaterThanOrEqual(5); // a few metropolitan branches
    expect(scales.filter((s) => s >= 0.6 && s <= 2).length).toBeGreaterThan(branches.length / 2); // many mid-size ones
  });

  it('stress has ten times the branches, codes unique', () => {
    const stress = stressBranches();
    expect(stress).toHaveLength(nationalBranches().length * 10);
    expect(new Set(stress.map((b) => b.code)).size).toBe(stress.length);
    for (const b of stress) expect(b.code.length).toBeLessThanOrEqual(32);
  });
});

describe.each(availableDialects())(`national data set, first ${SLICE} branches, on %s`, (dialect: Dialect) => {
  let db: Database;
  let written: RowCounts;

  beforeAll(async () => {
    db = await openDatabase(await freshTarget(dialect));
    written = await seedScale(db, { scale: 'national', branches: SLICE });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('writes what it reports: the slice, all eleven offices, every branch in one of them', async () => {
    expect(written.branches).toBe(SLICE);
    expect(await count(db, 'select count(*) as n from branch')).toBe(SLICE);
    expect(await count(db, 'select count(*) as n from region')).toBe(11);
    expect(await count(db, 'select count(*) as n from campaign_activity')).toBe(written.campaigns);
    expect(await count(db, 'select count(*) as n from membership_snapshot')).toBe(written.snapshots);
    expect(await count(db, 'select count(*) as n from branch b left join region r on r.code = b.region_code where r.code is null')).toBe(0);
    expect(await count(db, 'select count(distinct region_code) as n from branch')).toBeGreaterThanOrEqual(8);
    // Each branch has its staff, membership, campaigns and targets.
    for (const table of ['staff', 'membership_snapshot', 'campaign_activity', 'target']) {
      expect(await count(db, `select count(distinct branch_code) as n from ${table}`), table).toBe(SLICE);
    }
  });

  it('is deterministic: a second run into another database gives identical tables', async () => {
    const other = await openDatabase(await freshTarget(dialect));
    try {
      await seedScale(other, { scale: 'national', branches: SLICE });
      expect(await digests(other)).toEqual(await digests(db));
    } finally {
      await other.close();
    }
  });

  it("gives the demo branches exactly the demo seed's rows, Madiun's study figures included", async () => {
    const demo = await openDatabase(await freshTarget(dialect));
    try {
      await seedDemoDataIfEmpty(demo);
      const codes = DEMO_BRANCHES.map((b) => b.code).sort();
      const national = await digests(db, codes);
      const seeded = await digests(demo, codes);
      for (const table of Object.keys(TABLES).filter((t) => t !== 'region')) expect(national[table], table).toBe(seeded[table]);
      const study = await select<{ n: number | string }>(db, `select count(*) as n from membership_snapshot where source = 'STUDY' and branch_code = '${STUDY_BRANCH.code}'`);
      expect(Number(study[0].n)).toBe(STUDY_YEARS.length * 2);
    } finally {
      await demo.close();
    }
  });

  it('reconciles stocks and flows on every stored month: active = previous + new − lapsed, no gaps, no negatives', async () => {
    const broken = await count(
      db,
      `select count(*) as n from membership_snapshot a
         join membership_snapshot b on b.branch_code = a.branch_code and b.segment = a.segment and b.program = a.program
                                   and b.period_index = a.period_index - 1
        where b.active_participants + a.new_participants - a.lapsed_participants <> a.active_participants`,
    );
    expect(broken).toBe(0);
    const pairs = await count(
      db,
      `select count(*) as n from membership_snapshot a join membership_snapshot b on b.branch_code = a.branch_code
         and b.segment = a.segment and b.program = a.program and b.period_index = a.period_index - 1`,
    );
    // Every row but each series' first has its month before.
    const series = await count(db, 'select count(*) as n from (select distinct branch_code, segment, program from membership_snapshot) s');
    expect(pairs).toBe(written.snapshots - series);
    const gaps = await count(
      db,
      `select count(*) as n from (select branch_code, segment, program from membership_snapshot
         group by branch_code, segment, program having count(*) <> max(period_index) - min(period_index) + 1) g`,
    );
    expect(gaps).toBe(0);
    expect(
      await count(
        db,
        `select count(*) as n from membership_snapshot where new_participants is null or lapsed_participants is null
           or active_participants < 0 or new_participants < 0 or lapsed_participants < 0`,
      ),
    ).toBe(0);
    // Persons are counted on every month 2016-01 to 2025-10 for PU and BPU; JKP starts in 2021.
    expect(await count(db, "select count(*) as n from membership_snapshot where program = ''")).toBe(SLICE * 2 * 118);
    expect(await count(db, "select count(*) as n from membership_snapshot where program = 'JKP' and year < 2021")).toBe(0);
    expect(await count(db, "select count(*) as n from membership_snapshot where segment not in ('PU', 'BPU')")).toBe(0);
  });

  it("counts a program's enrolments among its segment's persons: JKK and JKM everyone, the others at most everyone", async () => {
    const rows = await select<{ program: string; above: number | string; unequal: number | string; n: number | string }>(
      db,
      `select e.program as program, sum(case when e.active_participants > p.active_participants then 1 else 0 end) as above,
              sum(case when e.active_participants <> p.active_participants then 1 else 0 end) as unequal, count(*) as n
         from membership_snapshot e
         join membership_snapshot p on p.branch_code = e.branch_code and p.segment = e.segment and p.period_index = e.period_index and p.program = ''
        where e.program <> '' group by e.program order by e.program`,
    );
    expect(rows.map((r) => r.program).sort()).toEqual(['JHT', 'JKK', 'JKM', 'JKP', 'JP']);
    for (const r of rows) {
      expect(Number(r.above), r.program).toBe(0);
      if (r.program === 'JKK' || r.program === 'JKM') expect(Number(r.unequal), r.program).toBe(0);
    }
    // Every program row has its persons' row (an enrolment is somebody's).
    expect(await count(db, 'select count(*) as n from membership_snapshot where program <> \'\'')).toBe(rows.reduce((s, r) => s + Number(r.n), 0));
  });

  it('keeps campaign outcomes possible: registrations ≤ leads ≤ reach, whole non-negative costs', async () => {
    expect(
      await count(
        db,
        'select count(*) as n from campaign_activity where registrations > reach or leads > reach or registrations > leads or registrations < 0 or reach < 1 or cost_idr < 0',
      ),
    ).toBe(0);
    expect(written.campaigns).toBeGreaterThan(100_000);
  });

  it("uses only the channels of each activity type (with their medium), socialisation by the branch's own field staff", async () => {
    const pairs = await select<{ activity: string; channel: string; medium: string }>(db, 'select distinct activity, channel, medium from campaign_activity');
    for (const p of pairs) expect(mediumOf(p.activity as ActivityType, p.channel), `${p.activity} ${p.channel}`).toBe(p.medium);
    expect(new Set(pairs.map((p) => p.activity))).toEqual(new Set(['SOCIALISATION', 'PROMOTION']));
    expect(
      await count(
        db,
        `select count(*) as n from campaign_activity c left join staff s on s.code = c.staff_code and s.branch_code = c.branch_code
          where c.activity = 'SOCIALISATION' and (s.code is null or s.role not in ('AR', 'ARK'))`,
      ),
    ).toBe(0);
    expect(await count(db, "select count(*) as n from campaign_activity where activity = 'PROMOTION' and (staff_code <> '' or segment <> '')")).toBe(0);
  });

  it('sets targets per branch, program and segment, and per field officer of the branch', async () => {
    expect(await count(db, "select count(distinct branch_code) as n from target where staff_code = '' and metric = 'ACTIVE_PARTICIPANTS'")).toBe(SLICE);
    expect(await count(db, "select count(distinct branch_code) as n from target where staff_code <> ''")).toBe(SLICE);
    expect(
      await count(db, "select count(*) as n from target t left join staff s on s.code = t.staff_code and s.branch_code = t.branch_code where t.staff_code <> '' and s.code is null"),
    ).toBe(0);
    expect(await count(db, "select count(*) as n from target where program not in ('JKK', 'JKM', 'JHT', 'JP', 'JKP') or segment not in ('PU', 'BPU')")).toBe(0);
  });

  it("labels every row SYNTHETIC except Madiun's study rows (its branch and year-end stocks: STUDY)", async () => {
    const years = STUDY_YEARS.join(', ');
    const nonSynthetic = await count(
      db,
      `select count(*) as n from membership_snapshot where source <> 'SYNTHETIC'
         and not (source = 'STUDY' and branch_code = 'MADIUN' and program = '' and month = 12 and year in (${years}))`,
    );
    expect(nonSynthetic).toBe(0);
    expect(await count(db, "select count(*) as n from membership_snapshot where flow_source is null or flow_source <> 'SYNTHETIC'")).toBe(0);
    for (const table of ['region', 'staff', 'campaign_activity', 'target']) {
      expect(await count(db, `select count(*) as n from ${table} where source <> 'SYNTHETIC'`), table).toBe(0);
    }
    expect(await select(db, "select code, source from branch where source <> 'SYNTHETIC'")).toEqual([{ code: 'MADIUN', source: 'STUDY' }]);
  });
});

/** `npm run seed -- …` as a real process against the database, as a user runs it. */
function runSeed(args: string[], database: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'server/db/seed/cli.ts', ...args], {
    cwd: ROOT_DIR,
    env: { ...process.env, DATABASE_URL: database, LANG: 'C', LC_ALL: '' },
    encoding: 'utf8',
    // A hung command is killed (status null) instead of hanging the suite.
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.each(availableDialects())('npm run seed on %s', (dialect: Dialect) => {
  let target: DatabaseTarget;
  let url: string;

  beforeAll(async () => {
    if (dialect === 'sqlite') {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pantau-seed-')), 'data.sqlite');
      target = { dialect, file };
      url = file;
    } else {
      target = await freshTarget(dialect);
      url = (target as { url: string }).url;
    }
  });

  const tableCounts = async () => {
    const db = await openDatabase(target);
    try {
      const result: Record<string, number> = {};
      for (const table of Object.keys(TABLES)) result[table] = Number((await db.knex(table).count({ n: '*' }).first())?.n);
      return result;
    } finally {
      await db.close();
    }
  };

  it('seeds an empty database, printing progress and a summary', () => {
    const run = runSeed(['--scale', 'national', '--branches', '2'], url);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('SYNTHETIC');
    expect(run.stdout).toMatch(/\[2\/2\] regions 11, branches 2, staff 16, membership 2,236, campaigns [\d,]+, targets [\d,]+ \(\d+\.\d s\)/);
    expect(run.stdout).toMatch(/done in \d+\.\d s: regions 11, branches 2, /);
  });

  it('refuses a database that holds branches, naming how many, and changes nothing (exit 2)', async () => {
    const before = await tableCounts();
    const run = runSeed(['--scale', 'national', '--branches', '3'], url);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('already holds 2 branches');
    expect(run.stderr).toContain('--replace');
    expect(run.stdout).toBe('');
    expect(await tableCounts()).toEqual(before);
  });

  it('--replace deletes every data row first and seeds anew: --scale demo is then exactly the demo data', async () => {
    const run = runSeed(['--scale', 'demo', '--replace'], url);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('replaced: deleted every data row');
    const demo = generateDemoData();
    expect(await tableCounts()).toEqual({
      region: demo.regions.length, branch: demo.branches.length, staff: demo.staff.length,
      membership_snapshot: demo.snapshots.length, campaign_activity: demo.campaigns.length, target: demo.targets.length,
    });
    const db = await openDatabase(target);
    try {
      // None of the national slice's rows is left (its second branch and its offices were national ones).
      expect(await db.knex('region').pluck('code')).toEqual(['JATIM']);
    } finally {
      await db.close();
    }
  });

  it('refuses bad usage with exit 2 and the usage line', () => {
    // Each is a process start (a second or two): the cases of the parser's three kinds of refusal.
    for (const args of [[], ['--scale', 'galaxy'], ['--scale', 'national', '--branches', '0']]) {
      const run = runSeed(args, url);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('usage: npm run seed -- --scale demo|national|stress');
    }
  });
});
