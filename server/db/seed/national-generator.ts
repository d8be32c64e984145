// The rows of one branch of the national synthetic data set. The four demo branches get the
// demo's own rows (generateDemoBranch: Madiun's study figures and all), so that a national
// database answers for them exactly what the demo answers. Every other branch is generated with
// the demo's rules and generators (membership-generator.ts for stocks and flows, the channel
// profiles and outcome draws of campaign-generator.ts, target-generator.ts), and a staff and a
// campaign volume that grow with the branch's size, from the same kind of per-branch seed: a
// branch's rows depend on its code and size only, never on which other branches are seeded.
import { activityRow, NAMES, PROMOTION, SOCIALISATION, socialisationWeights, type CampaignRow } from './campaign-generator.ts';
import { DEMO_BRANCHES } from './demo-branches.ts';
import { generateMembership } from './membership-generator.ts';
import type { NationalBranch } from './national-branches.ts';
import { createRandom, type Random } from './random.ts';
import { branchSeed, CAMPAIGN_FIRST_YEAR, DEMO_SPAN, FLOW_STREAM, generateDemoBranch, TARGET_YEARS, type BranchData } from './seed.ts';
import { FAMILY, GIVEN, type StaffRow } from './staff-generator.ts';
import { generateTargets } from './target-generator.ts';

const DEMO_CODES = new Set(DEMO_BRANCHES.map((b) => b.code));

/**
 * Staff per role for a branch of this size. A membership department has one Kabid; field staff
 * (ARs for wage earners, ARKs for the others) and PAPs grow less than proportionally with the
 * branch (a branch five times Madiun has about three times its field staff: bigger employers,
 * not more of them per officer).
 */
export function staffCounts(scale: number): Record<StaffRow['role'], number> {
  return {
    KABID: 1,
    AR: Math.max(2, Math.round(3 * scale ** 0.75)),
    ARK: Math.max(1, Math.round(2 * scale ** 0.75)),
    PAP: Math.max(1, Math.round(2 * scale ** 0.5)),
  };
}

function generateNationalStaff(branch: NationalBranch, random: Random): StaffRow[] {
  const rows: StaffRow[] = [];
  for (const [role, count] of Object.entries(staffCounts(branch.scale)) as [StaffRow['role'], number][]) {
    for (let i = 1; i <= count; i++) {
      rows.push({ code: `${branch.code}-${role}${i}`, branch_code: branch.code, name: `${random.pick(GIVEN)} ${random.pick(FAMILY)} (sintetis)`, role, source: 'SYNTHETIC' });
    }
  }
  return rows;
}

/**
 * Sessions a field officer holds in a month (face-to-face visits, online sessions, one-to-one
 * video calls: a few a week), and promotion placements a month for a branch of Madiun's size
 * (every post, spot, insertion and banner is one placement; a bigger branch buys more, by the
 * square root of its size). Chosen so that the national set holds about 3 million activities,
 * as the product contract asks; the demo branches keep the demo's sparser record.
 */
const SESSIONS_PER_OFFICER: readonly [number, number] = [8, 16];
const PLACEMENTS: readonly [number, number] = [70, 175];

function generateNationalCampaigns(branch: NationalBranch, staff: StaffRow[], random: Random): CampaignRow[] {
  const rows: CampaignRow[] = [];
  const field = staff.filter((s) => s.role === 'AR' || s.role === 'ARK');
  const promotionChannels = Object.keys(PROMOTION);
  let serial = 0;
  for (let year = CAMPAIGN_FIRST_YEAR; year <= DEMO_SPAN.lastYear; year++) {
    const months = year === DEMO_SPAN.lastYear ? DEMO_SPAN.lastMonth : 12;
    const weights = socialisationWeights(year);
    for (let month = 1; month <= months; month++) {
      for (const person of field) {
        const sessions = random.int(...SESSIONS_PER_OFFICER);
        const segment = person.role === 'AR' ? 'PU' : 'BPU';
        for (let i = 0; i < sessions; i++) {
          const channel = random.weighted(weights);
          const name = `Sosialisasi ${random.pick(NAMES)} #${++serial}`;
          rows.push(activityRow(branch, random, year, month, 'SOCIALISATION', channel, SOCIALISATION[channel], name, segment, person.code));
        }
      }
      const placements = Math.round(random.between(...PLACEMENTS) * Math.sqrt(branch.scale));
      for (let i = 0; i < placements; i++) {
        const channel = random.pick(promotionChannels);
        rows.push(activityRow(branch, random, year, month, 'PROMOTION', channel, PROMOTION[channel], `Promosi ${channel.toLowerCase()} #${++serial}`, '', ''));
      }
    }
  }
  return rows;
}

/** One branch's rows of the national set. Deterministic: the same rows for the same branch. */
export function generateNationalBranch(branch: NationalBranch): BranchData {
  if (DEMO_CODES.has(branch.code)) return generateDemoBranch(branch);
  const seed = branchSeed(branch.code);
  const random = createRandom(seed);
  const flowRandom = createRandom(seed ^ FLOW_STREAM);
  const staff = generateNationalStaff(branch, random);
  // The demo's membership generator: year-end anchors from Madiun's path times the branch's
  // size (with its own wobble), monthly stocks between them, flows that explain every month.
  const snapshots = generateMembership(branch, DEMO_SPAN, random, flowRandom);
  const campaigns = generateNationalCampaigns(branch, staff, random);
  const targets = generateTargets(branch.code, snapshots, campaigns, staff, TARGET_YEARS, random);
  return { staff, snapshots, campaigns, targets };
}
