// Indonesian headers of /api/<query>.csv?lang=id: each GraphQL field path in the words of the
// charts' tables (shared/charts/labels.ts), nested objects as "Sosialisasi: Biaya (Rp)", with
// the unit the English header gives in parentheses. A field without a translation keeps its path.
import { labels } from '../../shared/charts/labels.ts';
import { headerWithUnit } from '../charts/units.ts';
import { withUnitId } from './csv-format.ts';

const L = labels('id');

/** Leaf field names. */
const FIELDS: Record<string, string> = {
  // branches
  code: 'Kode',
  name: 'Nama',
  region: 'Wilayah',
  source: L.source,
  // membershipTrend
  segment: L.segment,
  program: L.program,
  unit: L.unit,
  period: L.period,
  activeParticipants: L.activeParticipants,
  change: L.change,
  changePct: L.changePct,
  changeUnavailable: L.noChangeColumn,
  reportingBranches: L.reportingBranches,
  newParticipants: L.newParticipants,
  lapsedParticipants: L.lapsedParticipants,
  flowsIncomplete: 'Peserta baru/nonaktif tidak lengkap',
  asOf: L.asOf,
  flowSource: L.flowSource,
  // campaignReach and the effectiveness sides
  key: L.group,
  activity: L.activityType,
  reachUnit: L.reachUnit,
  activities: L.activities,
  reach: L.reach,
  attendees: L.attendees,
  impressions: L.impressions,
  leads: L.leads,
  registrations: L.registrations,
  costIdr: L.costIdr,
  conversionRate: L.conversionRate,
  conversionLow: L.conversionLow,
  conversionHigh: L.conversionHigh,
  costPerRegistration: L.costPerRegistration,
  costPerRegistrationLow: L.costPerRegistrationLow,
  costPerRegistrationHigh: L.costPerRegistrationHigh,
  registrationsPerActivity: L.registrationsPerActivity,
  // targetAttainment
  label: 'Nama kelompok',
  metric: 'Ukuran',
  status: L.attainmentStatus,
  target: L.target,
  targetWithData: L.targetWithData,
  targetWithoutData: L.targetWithoutData,
  keysWithTargets: 'Target (jumlah)',
  keysWithData: L.attainmentKeysWithData,
  realised: L.realised,
  attainmentPct: `${L.attainment} (%)`,
  gap: L.gap,
  earliestAsOf: `${L.asOf} (paling awal)`,
  branchesWithTargets: 'Cabang dengan target',
  projectedRealised: L.projected,
  projectedLow: L.projectedLow,
  projectedHigh: L.projectedHigh,
  projectedAttainmentPct: `${L.projectedAttainment} (%)`,
  // effectiveness verdict
  cheaperPerRegistration: 'Lebih murah per pendaftaran',
  moreRegistrationsPerActivity: 'Lebih banyak pendaftaran per kegiatan',
  costRatio: 'Rasio biaya per pendaftaran',
  costRatioLow: 'Rasio biaya per pendaftaran, batas bawah IK 95%',
  costRatioHigh: 'Rasio biaya per pendaftaran, batas atas IK 95%',
  minimumActivities: 'Kegiatan minimum',
  outcome: 'Hasil',
  reason: 'Alasan',
  ratio: 'Rasio',
  low: 'Rasio, batas bawah IK 95%',
  high: 'Rasio, batas atas IK 95%',
  degreesOfFreedom: 'Derajat bebas',
  socialisationActivities: 'Kegiatan sosialisasi',
  promotionActivities: 'Kegiatan promosi',
};

/** Path prefixes (objects): '' drops the segment (membership's points are the rows). */
const PREFIXES: Record<string, string> = {
  points: '',
  socialisation: 'Sosialisasi',
  promotion: 'Promosi',
  verdict: L.verdict,
  'verdict.costPerRegistration': L.costPerRegistration,
  'verdict.registrationsPerActivity': L.registrationsPerActivity,
};

/** The unit headerWithUnit writes for a field ('' without one), in English. */
function unitOfHeader(field: string, countUnit: string | null): string {
  const header = headerWithUnit(field, countUnit);
  return header === field ? '' : header.slice(field.length + 2, -1);
}

/** "Sosialisasi: Biaya (Rp)" for `socialisation.costIdr`; the path itself when a part has no word. */
export function apiHeaderId(field: string, countUnit: string | null): string {
  const parts = field.split('.');
  const leaf = FIELDS[parts.at(-1)!];
  const prefixes: string[] = [];
  for (let i = 1; i < parts.length; i++) {
    const word = PREFIXES[parts.slice(0, i).join('.')];
    if (word === undefined) return headerWithUnit(field, countUnit);
    if (word) prefixes.push(word);
  }
  if (leaf === undefined) return headerWithUnit(field, countUnit);
  return [...prefixes, withUnitId(leaf, unitOfHeader(field, countUnit))].join(': ');
}
