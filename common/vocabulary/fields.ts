// The words of what is not a figure: the answers' other fields (keys, periods, codes, states)
// and the cubes' dimensions, each titled once in both languages. The figures themselves are in
// measures.ts. Kept apart because an answer field gets an Indonesian CSV header
// (server/api/csv-headers.ts) while a dimension name such as `channel` or `year` does not.
import type { Title } from './measures.ts';

const title = (id: string, en: string): Title => ({ id, en });

/** Answer fields that are not figures, by GraphQL field name. */
export const FIELDS = {
  code: title('Kode', 'Code'),
  name: title('Nama', 'Name'),
  region: title('Wilayah', 'Region'),
  source: title('Sumber', 'Source'),
  segment: title('Segmen', 'Segment'),
  program: title('Program', 'Program'),
  unit: title('Satuan', 'Unit'),
  period: title('Periode', 'Period'),
  changeUnavailable: title('Alasan perubahan tidak tersedia', 'Why the change is not available'),
  flowsIncomplete: title('Peserta baru/nonaktif tidak lengkap', 'New/lapsed incomplete'),
  asOf: title('Per', 'As of'),
  earliestAsOf: title('Per (paling awal)', 'As of (earliest)'),
  flowSource: title('Sumber peserta baru/nonaktif', 'Source of new/lapsed'),
  key: title('Kelompok', 'Group'),
  label: title('Nama kelompok', 'Group name'),
  activity: title('Jenis kegiatan', 'Activity type'),
  reachUnit: title('Satuan jangkauan', 'Reach unit'),
  metric: title('Ukuran', 'Measure'),
  status: title('Status data', 'Data status'),
  cheaperPerRegistration: title('Lebih murah per pendaftaran', 'Cheaper per registration'),
  moreRegistrationsPerActivity: title('Lebih banyak pendaftaran per kegiatan', 'More registrations per activity'),
  outcome: title('Hasil', 'Outcome'),
  reason: title('Alasan', 'Reason'),
} as const satisfies Record<string, Title>;

export type FieldName = keyof typeof FIELDS;

/** The title of an answer field that is not a figure (own keys only). */
export function fieldTitle(name: string): Title | undefined {
  return Object.hasOwn(FIELDS, name) ? FIELDS[name as FieldName] : undefined;
}

/** The cubes' dimensions and the charts' groupings. */
export const DIMENSIONS = {
  branch: title('Cabang', 'Branch'),
  region: title('Kantor wilayah', 'Regional office'),
  segment: FIELDS.segment,
  program: FIELDS.program,
  periodIndex: title('Indeks bulan', 'Month index'),
  year: title('Tahun', 'Year'),
  quarter: title('Triwulan', 'Quarter'),
  month: title('Bulan', 'Month'),
  week: title('Minggu (ISO)', 'Week (ISO)'),
  day: title('Hari', 'Day'),
  channel: title('Kanal', 'Channel'),
  activityType: FIELDS.activity,
  medium: title('Media', 'Medium'),
  staff: title('Petugas', 'Staff'),
  hasStaff: title('Target per petugas', 'Target per staff member'),
  metric: FIELDS.metric,
} as const satisfies Record<string, Title>;
