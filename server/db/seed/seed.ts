// Seeds the demo data on first start: the study's Tabel 1–2 exactly, and deterministic
// synthetic data around them (fixed seed), all in one transaction. A database that already
// holds any branch is never seeded again, so a restart neither duplicates nor loses anything.
import { refreshCampaignRollup } from '../../domains/campaigns/rollup.ts';
import { refreshMembershipRollup } from '../../domains/membership/rollup.ts';
import { refreshTargetAttainmentKeys } from '../../domains/targets/attainment-keys.ts';
import { bumpDataVersion } from '../../cache/data-version.ts';
import type { Database } from '../orm.ts';
import { refreshPlannerStatistics } from '../planner-statistics.ts';
import { generateCampaigns, type CampaignRow } from './campaign-generator.ts';
import { DEMO_BRANCHES, DEMO_REGIONS, FIRST_YEAR, LAST_YEAR, type DemoBranch } from './demo-branches.ts';
import { generateMembership, type SnapshotRow } from './membership-generator.ts';
import { createRandom } from './random.ts';
import { generateStaff, type StaffRow } from './staff-generator.ts';
import { generateTargets, type TargetRow } from './target-generator.ts';

/** The demo's "today": the last month with data, so that 2025 shows a run-rate projection. */
export const DEMO_SPAN = { firstYear: FIRST_YEAR, lastYear: LAST_YEAR, lastMonth: 10 };
export const CAMPAIGN_FIRST_YEAR = 2019;
// From the year after the first data (targets grow from the previous year-end) to the last.
export const TARGET_YEARS = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
const SEED = 20210701; // the study's fieldwork, March–July 2021
export const FLOW_STREAM = 0x5eed_f10;

export interface DemoData {
  regions: { code: string; name: string; source: string }[];
  branches: { code: string; name: string; region: string; region_code: string; source: string }[];
  staff: StaffRow[];
  snapshots: SnapshotRow[];
  campaigns: CampaignRow[];
  targets: TargetRow[];
}

export interface BranchData {
  staff: StaffRow[];
  snapshots: SnapshotRow[];
  campaigns: CampaignRow[];
  targets: TargetRow[];
}

/** The generator seed of one branch: derived from its code alone, so that no other branch moves it. */
export function branchSeed(code: string): number {
  return SEED + code.split('').reduce((s, c) => s * 31 + c.charCodeAt(0), 0);
}

/**
 * One demo branch's rows. Exported so that the national data set (national-seed.ts) gives the
 * four demo branches exactly the rows the demo gives them.
 */
export function generateDemoBranch(branch: DemoBranch): BranchData {
  // One generator per branch so that adding a branch never changes another branch's figures.
  const seed = branchSeed(branch.code);
  const random = createRandom(seed);
  // The membership flows draw from their own stream, so that they never move a stock.
  const flowRandom = createRandom(seed ^ FLOW_STREAM);
  const staff = generateStaff(branch, random);
  const snapshots = generateMembership(branch, DEMO_SPAN, random, flowRandom);
  const campaigns = generateCampaigns(branch, staff, { ...DEMO_SPAN, firstYear: CAMPAIGN_FIRST_YEAR }, random);
  const targets = generateTargets(branch.code, snapshots, campaigns, staff, TARGET_YEARS, random);
  return { staff, snapshots, campaigns, targets };
}

/** Generates the whole demo data set in memory. Deterministic: same output on every call. */
export function generateDemoData(): DemoData {
  const data: DemoData = { regions: DEMO_REGIONS.map((r) => ({ ...r })), branches: [], staff: [], snapshots: [], campaigns: [], targets: [] };
  for (const branch of DEMO_BRANCHES) {
    const { staff, snapshots, campaigns, targets } = generateDemoBranch(branch);
    data.branches.push({ code: branch.code, name: branch.name, region: branch.region, region_code: branch.regionCode, source: branch.source });
    data.staff.push(...staff);
    data.snapshots.push(...snapshots);
    data.campaigns.push(...campaigns);
    data.targets.push(...targets);
  }
  return data;
}

export interface SeedSummary {
  branches: number;
  staff: number;
  snapshots: number;
  campaigns: number;
  targets: number;
}

export async function seedDemoDataIfEmpty(db: Database): Promise<SeedSummary | null> {
  const existing = await db.knex('branch').count({ n: '*' }).first();
  if (Number(existing?.n ?? 0) > 0) return null;
  const data = generateDemoData();
  await db.knex.transaction(async (trx) => {
    // SQLite allows 32766 bound values per statement; 400 rows × ≤ 16 columns stays well below.
    await trx.batchInsert('region', data.regions, 400);
    await trx.batchInsert('branch', data.branches, 400);
    await trx.batchInsert('staff', data.staff, 400);
    await trx.batchInsert('membership_snapshot', data.snapshots, 400);
    await trx.batchInsert('campaign_activity', data.campaigns, 400);
    await trx.batchInsert('target', data.targets, 400);
    await refreshPlannerStatistics({ dialect: db.dialect, knex: trx });
    await refreshCampaignRollup(trx, 'all');
    await refreshMembershipRollup(trx, 'all');
    await refreshTargetAttainmentKeys(trx, 'all');
  });
  bumpDataVersion();
  return {
    branches: data.branches.length,
    staff: data.staff.length,
    snapshots: data.snapshots.length,
    campaigns: data.campaigns.length,
    targets: data.targets.length,
  };
}
