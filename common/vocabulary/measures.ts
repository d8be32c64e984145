// The figures Pantau answers with, each described once: its title in both languages, the unit
// it counts in and how it is shown. The cubes attach these to their measures, the CSV headers
// (server/charts/units.ts, server/api/csv-headers.ts) and the charts' words (labels.ts) read
// them, so a figure's name, unit and precision cannot drift apart between the surfaces. Pure:
// the server and the dashboard both import it.
import { formatDecimal, formatInteger, formatPercent, formatRupiah, type Locale } from '../i18n/format.ts';

export type Title = Readonly<Record<Locale, string>>;

/**
 * What a figure counts, as the English CSV headers write it in parentheses. '' for figures no
 * header gives a unit (counts of months, comparison ratios, degrees of freedom, codes). A
 * target figure counts persons or program enrolments depending on its row (ROW_UNIT).
 */
export type Unit =
  | 'persons'
  | 'program enrolments'
  | 'persons or program enrolments: see unit'
  | '%'
  | 'IDR'
  | 'ratio'
  | 'activities'
  | 'attendees or impressions'
  | 'impressions'
  | 'registrations per activity'
  | 'targets'
  | 'branches'
  | '';

export const ROW_UNIT = 'persons or program enrolments: see unit' satisfies Unit;

/**
 * How a figure is shown: counts whole (formatInteger), percentages with 2 decimals
 * (formatPercent), Rupiah whole (formatRupiah), ratios with 2 decimals; `unrounded` figures are
 * never shown, only written (degrees of freedom, sums of squares); `text` and `monthIndex` are
 * not numbers a reader sees (a source code, a month counted from year 0).
 */
export type Format = 'integer' | 'percent' | 'rupiah' | 'ratio' | 'unrounded' | 'text' | 'monthIndex';

/** Decimals each numeric format shows; null where none is fixed. */
export const FORMAT_DIGITS: Readonly<Record<Format, number | null>> = { integer: 0, percent: 2, rupiah: 0, ratio: 2, unrounded: null, text: null, monthIndex: null };

export interface FigureMeta {
  title: Title;
  unit: Unit;
  format: Format;
}

const figure = (id: string, en: string, unit: Unit, format: Format): FigureMeta => ({ title: { id, en }, unit, format });

export const FIGURES = {
  // Membership
  activeParticipants: figure('Peserta aktif', 'Active participants', 'persons', 'integer'),
  newParticipants: figure('Peserta baru', 'New participants', 'persons', 'integer'),
  lapsedParticipants: figure('Peserta nonaktif', 'Lapsed participants', 'persons', 'integer'),
  change: figure('Perubahan', 'Change', 'persons', 'integer'),
  changePct: figure('Perubahan (%)', 'Change (%)', '%', 'percent'),
  reportingBranches: figure('Cabang melapor', 'Branches reporting', 'branches', 'integer'),
  // Campaigns
  activities: figure('Kegiatan', 'Activities', 'activities', 'integer'),
  reach: figure('Jangkauan', 'Reach', 'attendees or impressions', 'integer'),
  attendees: figure('Peserta hadir (sosialisasi)', 'Attendees (socialisation)', 'persons', 'integer'),
  impressions: figure('Tayangan (promosi)', 'Impressions (promotion)', 'impressions', 'integer'),
  leads: figure('Prospek', 'Leads', 'persons', 'integer'),
  registrations: figure('Pendaftaran', 'Registrations', 'persons', 'integer'),
  costIdr: figure('Biaya', 'Cost', 'IDR', 'rupiah'),
  conversionRate: figure('Konversi (pendaftaran/jangkauan)', 'Conversion (registrations/reach)', '%', 'percent'),
  conversionLow: figure('Konversi, batas bawah IK 95%', 'Conversion, 95% CI lower bound', '%', 'percent'),
  conversionHigh: figure('Konversi, batas atas IK 95%', 'Conversion, 95% CI upper bound', '%', 'percent'),
  costPerRegistration: figure('Biaya per pendaftaran', 'Cost per registration', 'IDR', 'rupiah'),
  costPerRegistrationLow: figure('Biaya per pendaftaran, batas bawah IK 95%', 'Cost per registration, 95% CI lower bound', 'IDR', 'rupiah'),
  costPerRegistrationHigh: figure('Biaya per pendaftaran, batas atas IK 95%', 'Cost per registration, 95% CI upper bound', 'IDR', 'rupiah'),
  registrationsPerActivity: figure('Pendaftaran per kegiatan', 'Registrations per activity', 'registrations per activity', 'ratio'),
  // Targets. An answer with rows says their CountUnit instead of ROW_UNIT (headerWithUnit).
  target: figure('Target', 'Target', ROW_UNIT, 'integer'),
  targetWithData: figure('Target yang ada datanya', 'Target with data', ROW_UNIT, 'integer'),
  targetWithoutData: figure('Target tanpa data', 'Target without data', ROW_UNIT, 'integer'),
  keysWithTargets: figure('Target (jumlah)', 'Targets (count)', 'targets', 'integer'),
  keysWithData: figure('Target ada datanya (jumlah)', 'Targets with data (count)', 'targets', 'integer'),
  realised: figure('Realisasi', 'Realised', ROW_UNIT, 'integer'),
  attainmentPct: figure('Capaian', 'Attainment', '%', 'percent'),
  gap: figure('Kekurangan', 'Gap', ROW_UNIT, 'integer'),
  projectedRealised: figure('Proyeksi akhir tahun', 'Year-end projection', ROW_UNIT, 'integer'),
  projectedLow: figure('Proyeksi, batas bawah IK 95%', 'Projection, 95% CI lower bound', ROW_UNIT, 'integer'),
  projectedHigh: figure('Proyeksi, batas atas IK 95%', 'Projection, 95% CI upper bound', ROW_UNIT, 'integer'),
  projectedAttainmentPct: figure('Proyeksi capaian', 'Projected attainment', '%', 'percent'),
  branchesWithTargets: figure('Cabang dengan target', 'Branches with targets', 'branches', 'integer'),
  // Effectiveness verdict. The comparison's own ratio, bounds and counts carry no unit in the
  // headers: they are read beside the measure they compare.
  costRatio: figure('Rasio biaya per pendaftaran', 'Cost per registration ratio', 'ratio', 'ratio'),
  costRatioLow: figure('Rasio biaya per pendaftaran, batas bawah IK 95%', 'Cost per registration ratio, 95% CI lower bound', 'ratio', 'ratio'),
  costRatioHigh: figure('Rasio biaya per pendaftaran, batas atas IK 95%', 'Cost per registration ratio, 95% CI upper bound', 'ratio', 'ratio'),
  ratio: figure('Rasio', 'Ratio', '', 'ratio'),
  low: figure('Rasio, batas bawah IK 95%', 'Ratio, 95% CI lower bound', '', 'ratio'),
  high: figure('Rasio, batas atas IK 95%', 'Ratio, 95% CI upper bound', '', 'ratio'),
  minimumActivities: figure('Kegiatan minimum', 'Minimum activities', '', 'integer'),
  socialisationActivities: figure('Kegiatan sosialisasi', 'Socialisation activities', '', 'integer'),
  promotionActivities: figure('Kegiatan promosi', 'Promotion activities', '', 'integer'),
  degreesOfFreedom: figure('Derajat bebas', 'Degrees of freedom', '', 'unrounded'),
} as const satisfies Record<string, FigureMeta>;

export type FigureName = keyof typeof FIGURES;

/** The figure of a field name, if it is one (own keys only: `constructor` is no figure). */
export function figureOf(name: string): FigureMeta | undefined {
  return Object.hasOwn(FIGURES, name) ? FIGURES[name as FigureName] : undefined;
}

/** A title in a locale; Indonesian for anything else, as labels() falls back. */
export const titleIn = (title: Title, locale: Locale): string => title[locale] ?? title.id;

/** A value as its format shows it; '–' for none. */
export function formatFigure(value: number | null, format: Format, locale: Locale): string {
  if (value === null) return '–';
  switch (format) {
    case 'rupiah':
      return formatRupiah(value, locale);
    case 'percent':
      return formatPercent(value, locale, FORMAT_DIGITS.percent!);
    case 'ratio':
      return formatDecimal(value, locale, FORMAT_DIGITS.ratio!);
    case 'integer':
      return formatInteger(value, locale);
    default:
      return String(value);
  }
}
