// SQLite's planner statistics (server/db/planner-statistics.ts): a seed, an import and the
// opening of a database that has none gather them, and with them the nation's week question
// (a week of every branch's days grouped by branch, as the ranking asks for "last week") seeks
// each branch's days in the branches' day table's key instead of scanning every day.
// The answers are the same with and without them (campaign-weeks and the rollup tests compare
// every grouping); this is about how they are read.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compiledPlan } from '../../server/analytics/run.ts';
import { dialectOf } from '../../server/analytics/dialects/of.ts';
import { type Database, openDatabase } from '../../server/db/orm.ts';
import { seedScale } from '../../server/db/seed/national-seed.ts';
import { campaignCube } from '../../server/domains/campaigns/cube.ts';
import { campaignFilters } from '../../server/domains/campaigns/query.ts';
import { importText } from '../import/helpers.ts';

/** Enough branches that one branch's rows are a small part of the activities. */
const BRANCHES = 12;

let dir: string;
let file: string;
let db: Database;

const statRows = async (table: string) => Number(((await db.knex.raw('SELECT count(*) AS n FROM sqlite_stat1 WHERE tbl = ?', [table])) as { n: number }[])[0].n);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pantau-stats-'));
  file = path.join(dir, 'national.sqlite');
  db = await openDatabase({ dialect: 'sqlite', file });
  await seedScale(db, { scale: 'national', branches: BRANCHES });
}, 300_000);
afterAll(async () => {
  await db?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The plan SQLite's reader makes for the week question's SQL. */
async function weekPlan(): Promise<string> {
  const filters = await campaignFilters(db, { from: '2024-W40', to: '2024-W40' });
  const { sql, bindings } = compiledPlan(campaignCube, { dimensions: ['BRANCH'], measures: ['registrations'], filters }, dialectOf(db), false);
  const rows = (await db.read.raw(`EXPLAIN QUERY PLAN ${sql}`, bindings as never)) as { detail: string }[];
  return rows.map((r) => r.detail).join('\n');
}

describe('SQLite planner statistics', () => {
  it('are gathered by the seed, and the week question seeks its days per branch', async () => {
    expect(await statRows('campaign_activity')).toBeGreaterThan(0);
    const plan = await weekPlan();
    expect(plan).toMatch(/SEARCH campaign_branch_day_rollup USING (COVERING )?INDEX/);
    expect(plan).not.toMatch(/SCAN campaign_branch_day_rollup/);
  });

  it('are gathered on opening a database that has none (one made before they were kept)', async () => {
    await db.knex.raw('DROP TABLE sqlite_stat1');
    await db.close();
    db = await openDatabase({ dialect: 'sqlite', file });
    expect(await statRows('campaign_activity')).toBeGreaterThan(0);
  });

  it('are gathered anew by an import', async () => {
    await db.knex.raw('DELETE FROM sqlite_stat1');
    const [branch] = (await db.knex('branch').select('code').orderBy('code').limit(1)) as { code: string }[];
    const csv = `branch,date,activity,channel,name,reach,registrations,cost_idr\n${branch.code},2024-10-01,SOCIALISATION,FACE_TO_FACE,Sosialisasi pasar,40,3,500000\n`;
    const report = await importText(db, 'campaigns', csv);
    expect(report.outcome, JSON.stringify(report.problems)).toBe('STORED');
    expect(await statRows('campaign_activity')).toBeGreaterThan(0);
  });
});
