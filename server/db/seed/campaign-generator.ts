// Synthetic socialisation and promotion activities on every contract channel. Ranges are
// plausible rather than measured: face-to-face sessions reach tens of people and convert a
// large share of them; advertising reaches thousands and converts a tiny share. Online
// socialisation surges from 2020 (the pandemic), as the study describes.
//
// Outcomes vary as real ones do: registrations per activity are over-dispersed counts (a
// Poisson–gamma draw around reach × conversion, so some placements bring nobody and a few bring
// many), leads are the registrations plus interested people who did not register yet, and
// registrations ≤ leads ≤ reach always (nobody registers who was not reached). Costs are whole
// Rupiah, rounded to Rp10.000 as budgets are.
import { mediumOf } from '../../../common/vocabulary/catalog.ts';
import { monthIndex } from '../../analytics/periods.ts';
import type { DemoBranch } from './demo-branches.ts';
import type { Random } from './random.ts';
import type { StaffRow } from './staff-generator.ts';

export interface CampaignRow {
  branch_code: string;
  date: string;
  year: number;
  month: number;
  period_index: number;
  activity: 'SOCIALISATION' | 'PROMOTION';
  channel: string;
  medium: string;
  name: string;
  reach: number;
  leads: number;
  registrations: number;
  cost_idr: number;
  segment: string;
  staff_code: string;
  source: 'SYNTHETIC';
}

/** [reach min, reach max, conversion min, conversion max, cost min, cost max] per channel. */
export type Profile = readonly [number, number, number, number, number, number];

export const SOCIALISATION: Record<string, Profile> = {
  FACE_TO_FACE: [15, 80, 0.22, 0.45, 500_000, 3_000_000],
  ZOOM: [20, 150, 0.08, 0.2, 100_000, 500_000],
  GOOGLE_MEET: [15, 100, 0.08, 0.2, 50_000, 300_000],
  YOUTUBE: [60, 600, 0.02, 0.06, 0, 300_000],
  VIDEO_CALL: [2, 10, 0.35, 0.7, 0, 50_000],
};

export const PROMOTION: Record<string, Profile> = {
  BROCHURE: [500, 3_000, 0.003, 0.01, 1_000_000, 4_000_000],
  MAGAZINE: [3_000, 15_000, 0.0003, 0.001, 2_500_000, 8_000_000],
  NEWSPAPER: [20_000, 80_000, 0.0001, 0.0005, 3_000_000, 12_000_000],
  BANNER: [5_000, 30_000, 0.0002, 0.001, 500_000, 3_000_000],
  SPANDUK: [5_000, 25_000, 0.0002, 0.001, 300_000, 1_500_000],
  WEBSITE: [2_000, 20_000, 0.0005, 0.002, 200_000, 1_000_000],
  YOUTUBE: [5_000, 50_000, 0.0002, 0.0008, 500_000, 4_000_000],
  FACEBOOK: [3_000, 60_000, 0.0002, 0.001, 300_000, 4_000_000],
  TWITTER: [2_000, 40_000, 0.0001, 0.0005, 300_000, 3_000_000],
  INSTAGRAM: [5_000, 80_000, 0.0002, 0.001, 500_000, 5_000_000],
  TIKTOK: [10_000, 120_000, 0.0001, 0.0006, 500_000, 5_000_000],
  RADIO: [20_000, 100_000, 0.0001, 0.0004, 2_000_000, 8_000_000],
  TELEVISION: [100_000, 500_000, 0.00005, 0.0002, 10_000_000, 40_000_000],
};

/**
 * Gamma shape of the registrations' rate: variance = mean + mean²/shape. Sessions vary less
 * (the audience came on request) than placements (an advert works or it does not).
 */
const DISPERSION: Record<CampaignRow['activity'], number> = { SOCIALISATION: 2, PROMOTION: 1.2 };
/** Leads who did not register, per registration expected: between these. */
const UNREGISTERED_LEADS: readonly [number, number] = [0.8, 2];

export const NAMES = ['UMKM', 'Pasar', 'Koperasi', 'Pabrik', 'Desa', 'Kelompok Tani', 'Nelayan', 'Ojek', 'Perusahaan Baru', 'Komunitas'];

export function socialisationWeights(year: number): [string, number][] {
  const online = year >= 2020 && year <= 2021 ? 0.6 : year >= 2022 ? 0.35 : 0.12;
  return [
    ['FACE_TO_FACE', 1 - online],
    ['ZOOM', online * 0.4],
    ['GOOGLE_MEET', online * 0.25],
    ['YOUTUBE', online * 0.15],
    ['VIDEO_CALL', online * 0.2],
  ];
}

export function day(random: Random, year: number, month: number): string {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(random.int(1, days)).padStart(2, '0')}`;
}

export function activityRow(
  branch: DemoBranch, random: Random, year: number, month: number,
  activity: CampaignRow['activity'], channel: string, profile: Profile, name: string, segment: string, staff: string,
): CampaignRow {
  const [rMin, rMax, cMin, cMax, costMin, costMax] = profile;
  const reach = Math.max(1, Math.round(random.between(rMin, rMax) * (activity === 'PROMOTION' ? branch.scale : 1)));
  const expected = reach * random.between(cMin, cMax);
  const registrations = Math.min(reach, random.poissonGamma(expected, DISPERSION[activity]));
  const interested = random.poissonGamma(Math.max(0.5, expected) * random.between(...UNREGISTERED_LEADS), DISPERSION[activity]);
  const leads = registrations + Math.min(reach - registrations, interested);
  return {
    branch_code: branch.code,
    date: day(random, year, month),
    year, month, period_index: monthIndex(year, month),
    activity, channel, medium: mediumOf(activity, channel)!,
    name, reach,
    leads,
    registrations,
    cost_idr: Math.round(random.between(costMin, costMax) / 10_000) * 10_000,
    segment, staff_code: staff, source: 'SYNTHETIC',
  };
}

export function generateCampaigns(
  branch: DemoBranch, staff: StaffRow[], span: { firstYear: number; lastYear: number; lastMonth: number }, random: Random,
): CampaignRow[] {
  const rows: CampaignRow[] = [];
  const field = staff.filter((s) => s.role === 'AR' || s.role === 'ARK');
  let serial = 0;
  for (let year = span.firstYear; year <= span.lastYear; year++) {
    const months = year === span.lastYear ? span.lastMonth : 12;
    for (let month = 1; month <= months; month++) {
      const sessions = Math.round(random.between(6, 12) * Math.sqrt(branch.scale));
      for (let i = 0; i < sessions; i++) {
        const channel = random.weighted(socialisationWeights(year));
        const person = random.pick(field);
        const segment = person.role === 'AR' ? 'PU' : 'BPU';
        const name = `Sosialisasi ${random.pick(NAMES)} #${++serial}`;
        rows.push(activityRow(branch, random, year, month, 'SOCIALISATION', channel, SOCIALISATION[channel], name, segment, person.code));
      }
      const placements = random.int(3, 6);
      for (let i = 0; i < placements; i++) {
        const channel = random.pick(Object.keys(PROMOTION));
        rows.push(activityRow(branch, random, year, month, 'PROMOTION', channel, PROMOTION[channel], `Promosi ${channel.toLowerCase()} #${++serial}`, '', ''));
      }
    }
  }
  return rows;
}
