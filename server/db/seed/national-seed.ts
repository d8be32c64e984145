// Fills a database with a synthetic data set at a scale: `demo` (the demo data, exactly as the
// first start seeds it), `national` (eleven regional offices, 147 branches, about 3 million
// campaign activities) or `stress` (ten times the branches). Memory stays bounded whatever the
// scale: one branch is generated, written and dropped before the next (a large branch is
// about 60,000 rows), so the process never holds more than one branch's rows.
//
// Writing: one transaction per branch (its branch row, staff, membership, campaigns and
// targets), so that a branch is in the database completely or not at all; inside it, on
// SQLite, multi-row INSERTs of as many rows as stay under its bound-variable limit (32,766
// since SQLite 3.32); on PostgreSQL, INSERT … SELECT FROM unnest(one array per column), 5,000
// rows a statement (2.5 times faster than multi-row INSERTs there: a statement of 30,000
// parameters costs the server more to parse and bind than the rows cost to store). COPY would
// be faster still but needs pg-copy-streams, which the project does not depend on.
import { refreshCampaignRollup } from '../../domains/campaigns/rollup.ts';
import { refreshMembershipRollup } from '../../domains/membership/rollup.ts';
import { refreshTargetAttainmentKeys } from '../../domains/targets/attainment-keys.ts';
import type { Knex } from 'knex';
import { bumpDataVersion } from '../../cache/data-version.ts';
import type { Database } from '../orm.ts';
import { refreshPlannerStatistics } from '../planner-statistics.ts';
import { generateNationalBranch } from './national-generator.ts';
import { NATIONAL_REGIONS, nationalBranches, stressBranches, type NationalBranch } from './national-branches.ts';
import { DEMO_REGIONS } from './demo-branches.ts';
import { seedDemoDataIfEmpty } from './seed.ts';

export type Scale = 'demo' | 'national' | 'stress';
export const SCALES: readonly Scale[] = ['demo', 'national', 'stress'];

/** The data tables, children first: what --replace empties. Accounts, sessions, the audit log and the import history stay. */
export const DATA_TABLES = ['target', 'target_attainment_key', 'target_realisation_rollup', 'campaign_national_rollup', 'campaign_national_day_rollup', 'campaign_branch_total_rollup', 'campaign_year_rollup', 'campaign_rollup', 'campaign_staff_rollup', 'campaign_staff_year_rollup', 'campaign_branch_day_rollup', 'campaign_activity', 'membership_year_rollup', 'membership_month_rollup', 'membership_snapshot', 'staff', 'branch', 'region'] as const;

export interface RowCounts {
  regions: number;
  branches: number;
  staff: number;
  snapshots: number;
  campaigns: number;
  targets: number;
}

export interface SeedProgress {
  branch: string;
  done: number;
  total: number;
  rows: RowCounts;
  elapsedMs: number;
}

export interface SeedOptions {
  scale: Scale;
  /** Only the first N branches of the scale's list (tests, trials); the list's order spans the offices. */
  branches?: number;
  onProgress?: (progress: SeedProgress) => void;
}

/** SQLite's default SQLITE_MAX_VARIABLE_NUMBER (3.32+). */
const BOUND_VARIABLES = 32_766;

/** Columns of each table as the generators name them (the rows' keys, in this order). */
const COLUMNS = {
  region: ['code', 'name', 'source'],
  branch: ['code', 'name', 'region', 'region_code', 'source'],
  staff: ['code', 'branch_code', 'name', 'role', 'source'],
  membership_snapshot: [
    'branch_code', 'year', 'month', 'period_index', 'precision', 'segment', 'program',
    'active_participants', 'new_participants', 'lapsed_participants', 'source', 'flow_source',
  ],
  campaign_activity: [
    'branch_code', 'date', 'year', 'month', 'period_index', 'activity', 'channel', 'medium', 'name',
    'reach', 'leads', 'registrations', 'cost_idr', 'segment', 'staff_code', 'source',
  ],
  target: ['branch_code', 'year', 'program', 'segment', 'metric', 'staff_code', 'target', 'source'],
} as const;

type Table = keyof typeof COLUMNS;

/** The branches of a scale (all of them, or the first `limit`). */
export function branchesOf(scale: Exclude<Scale, 'demo'>, limit?: number): NationalBranch[] {
  const all = scale === 'stress' ? stressBranches() : nationalBranches();
  return limit === undefined ? all : all.slice(0, limit);
}

export async function countBranches(db: Database): Promise<number> {
  const row = await db.knex('branch').count({ n: '*' }).first();
  return Number(row?.n ?? 0);
}

/** Deletes every data row (DATA_TABLES) in one transaction. */
export async function deleteDataRows(db: Database): Promise<void> {
  await db.knex.transaction(async (trx) => {
    if (db.dialect === 'postgresql') {
      // TRUNCATE is transactional in PostgreSQL and does not scan the rows (a stress set is tens of millions).
      await trx.raw(`truncate table ${DATA_TABLES.map((t) => `"${t}"`).join(', ')}`);
    } else {
      for (const table of DATA_TABLES) await trx(table).delete();
    }
  });
}

/** The full batch's statement per table, built once. */
const fullBatches = new Map<Table, string>();

/**
 * `insert into t (…) values (?, …), …` for `count` rows. Only the full batch's text is kept: a
 * branch's last batch has a size of its own, and keeping each of those would grow memory with
 * the number of branches.
 */
function insertSql(table: Table, count: number, full: boolean): string {
  const cached = full ? fullBatches.get(table) : undefined;
  if (cached) return cached;
  const columns = COLUMNS[table];
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const sql = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${Array.from({ length: count }, () => tuple).join(', ')}`;
  if (full) fullBatches.set(table, sql);
  return sql;
}

/** PostgreSQL's type of each column that is not text, for the arrays of insertUnnest. */
const PG_TYPES: Record<string, string> = {
  year: 'integer', month: 'integer', period_index: 'integer', active_participants: 'integer', new_participants: 'integer',
  lapsed_participants: 'integer', reach: 'integer', leads: 'integer', registrations: 'integer', cost_idr: 'bigint', target: 'integer',
};

/**
 * PostgreSQL: one array parameter per column (`insert … select * from unnest($1::text[], …)`),
 * so that a batch is a handful of parameters instead of tens of thousands: the server parses
 * and binds far less, and the statement text is the same for every batch.
 */
async function insertUnnest(trx: Knex.Transaction, table: Table, rows: readonly object[]): Promise<void> {
  const columns = COLUMNS[table];
  const sql =
    `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) ` +
    `select * from unnest(${columns.map((c) => `?::${PG_TYPES[c] ?? 'text'}[]`).join(', ')})`;
  for (let start = 0; start < rows.length; start += PG_UNNEST_ROWS) {
    const batch = rows.slice(start, start + PG_UNNEST_ROWS) as Record<string, unknown>[];
    const arrays = columns.map((c) => batch.map((row) => row[c] ?? null));
    await trx.raw(sql, arrays as Knex.RawBinding[]);
  }
}

/** Rows per unnest statement: large enough that round trips do not matter, small enough to stay light. */
const PG_UNNEST_ROWS = 5_000;

async function insertRows(trx: Knex.Transaction, dialect: Database['dialect'], table: Table, rows: readonly object[]): Promise<void> {
  if (dialect === 'postgresql') return insertUnnest(trx, table, rows);
  const columns = COLUMNS[table];
  const perStatement = Math.floor(BOUND_VARIABLES / columns.length);
  for (let start = 0; start < rows.length; start += perStatement) {
    const batch = rows.slice(start, start + perStatement);
    const bindings: unknown[] = [];
    for (const row of batch) for (const column of columns) bindings.push((row as Record<string, unknown>)[column] ?? null);
    await trx.raw(insertSql(table, batch.length, batch.length === perStatement), bindings as Knex.RawBinding[]);
  }
}

/**
 * Seeds the scale into an empty database (the caller checks that it is: countBranches) and
 * returns what it wrote. Deterministic: the same scale and limit write the same rows.
 */
export async function seedScale(db: Database, options: SeedOptions): Promise<RowCounts> {
  const t0 = performance.now();
  if (options.scale === 'demo') {
    const summary = await seedDemoDataIfEmpty(db);
    if (!summary) throw new Error('the database already holds branches');
    const counts = { regions: DEMO_REGIONS.length, ...summary };
    options.onProgress?.({ branch: '', done: summary.branches, total: summary.branches, rows: counts, elapsedMs: performance.now() - t0 });
    return counts;
  }
  const branches = branchesOf(options.scale, options.branches);
  const counts: RowCounts = { regions: 0, branches: 0, staff: 0, snapshots: 0, campaigns: 0, targets: 0 };
  await db.knex.transaction((trx) => insertRows(trx, db.dialect, 'region', NATIONAL_REGIONS));
  counts.regions = NATIONAL_REGIONS.length;
  for (const [i, branch] of branches.entries()) {
    const data = generateNationalBranch(branch);
    const branchRow = { code: branch.code, name: branch.name, region: branch.region, region_code: branch.regionCode, source: branch.source };
    await db.knex.transaction(async (trx) => {
      await insertRows(trx, db.dialect, 'branch', [branchRow]);
      await insertRows(trx, db.dialect, 'staff', data.staff);
      await insertRows(trx, db.dialect, 'membership_snapshot', data.snapshots);
      await insertRows(trx, db.dialect, 'campaign_activity', data.campaigns);
      await insertRows(trx, db.dialect, 'target', data.targets);
    });
    // The branch's rollup groups, from the rows just written (a branch's own groups only).
    await db.knex.transaction(async (trx) => {
      await refreshPlannerStatistics({ dialect: db.dialect, knex: trx });
      await refreshCampaignRollup(trx, { branch: branch.code });
      await refreshMembershipRollup(trx, { branchYears: branch.code });
    });
    counts.branches += 1;
    counts.staff += data.staff.length;
    counts.snapshots += data.snapshots.length;
    counts.campaigns += data.campaigns.length;
    counts.targets += data.targets.length;
    options.onProgress?.({ branch: branch.code, done: i + 1, total: branches.length, rows: { ...counts }, elapsedMs: performance.now() - t0 });
  }
  // The all-branch rollups, once every branch's groups are in.
  await db.knex.transaction(async (trx) => {
    await refreshPlannerStatistics({ dialect: db.dialect, knex: trx });
    await refreshCampaignRollup(trx, 'national');
    await refreshMembershipRollup(trx, 'months');
    // The target keys read the membership rollups, now complete.
    await refreshTargetAttainmentKeys(trx, 'all');
  });
  // Fresh statistics, so that the first questions on millions of new rows are planned with them
  // (autovacuum would get there, later; SQLite's were gathered before each refresh above).
  if (db.dialect === 'postgresql') await db.knex.raw(`analyze ${DATA_TABLES.map((t) => `"${t}"`).join(', ')}`);
  // Answers this process cached before (a server seeding in-process) are stale now.
  bumpDataVersion();
  return counts;
}
