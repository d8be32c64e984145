// The charts' few words, per locale. Indonesian terms follow domain.md (peserta aktif,
// realisasi, capaian, sosialisasi, promosi, jangkauan, kanal, biaya, pendaftaran) because
// branch staff read those on their reports. Sentences with figures live in the chart files.
import type { Locale } from '../i18n/format.ts';

const ID = {
  empty: 'Belum ada data untuk pilihan ini',
  membershipTitle: 'Tren peserta aktif',
  activeParticipants: 'Peserta aktif',
  enrolments: 'Kepesertaan program',
  unit: 'Satuan',
  unitPersons: 'orang',
  unitEnrolments: 'kepesertaan program',
  reportingBranches: 'Cabang melapor',
  flowSource: 'Sumber peserta baru/nonaktif',
  noChangePreviousMissing: 'perubahan tidak tersedia: periode sebelumnya tidak ada datanya',
  noChangeBranchesDiffer: 'perubahan tidak tersedia: cabang yang melapor tidak sama dengan periode sebelumnya',
  noChangeColumn: 'Alasan perubahan tidak tersedia',
  flowsIncomplete: 'peserta baru/nonaktif tidak tersedia: ada bulan tanpa datanya',
  change: 'Perubahan',
  changePct: 'Perubahan (%)',
  newParticipants: 'Peserta baru',
  lapsedParticipants: 'Peserta nonaktif',
  period: 'Periode',
  segment: 'Segmen',
  program: 'Program',
  source: 'Sumber',
  asOf: 'Per',
  reachTitle: 'Jangkauan kampanye per kanal',
  channel: 'Kanal',
  group: 'Kelompok',
  activityType: 'Jenis kegiatan',
  medium: 'Media',
  staff: 'Petugas',
  activities: 'Kegiatan',
  reach: 'Jangkauan',
  leads: 'Prospek',
  registrations: 'Pendaftaran',
  costIdr: 'Biaya',
  conversionRate: 'Konversi (pendaftaran/jangkauan)',
  conversionShort: 'Konversi',
  costPerRegistration: 'Biaya per pendaftaran',
  registrationsPerActivity: 'Pendaftaran per kegiatan',
  mixed: 'Campuran',
  reachNote:
    'Jangkauan sosialisasi menghitung peserta yang hadir, jangkauan promosi menghitung tayangan: konversi tidak sebanding antarjenis kegiatan.',
  mixedNote:
    'Kelompok campuran (sosialisasi dan promosi) tidak punya angka jangkauan atau konversi: peserta yang hadir dan tayangan tidak dapat dijumlahkan.',
  intervalNote: 'Garis tipis: interval kepercayaan 95% dari kegiatan-kegiatannya. Kanal yang intervalnya bertumpang tindih belum terbukti berbeda.',
  reachUnit: 'Satuan jangkauan',
  attendees: 'Peserta hadir (sosialisasi)',
  impressions: 'Tayangan (promosi)',
  conversionLowShort: 'Konversi, batas bawah IK 95%',
  conversionHighShort: 'Konversi, batas atas IK 95%',
  costPerRegistrationLow: 'Biaya per pendaftaran, batas bawah IK 95%',
  costPerRegistrationHigh: 'Biaya per pendaftaran, batas atas IK 95%',
  attainmentTitle: 'Target dan realisasi',
  target: 'Target',
  realised: 'Realisasi',
  attainment: 'Capaian',
  attainmentAxis: 'Capaian (% dari target)',
  gap: 'Kekurangan',
  projected: 'Proyeksi akhir tahun',
  projectedAttainment: 'Proyeksi capaian',
  projectedLow: 'Proyeksi, batas bawah IK 95%',
  projectedHigh: 'Proyeksi, batas atas IK 95%',
  interval95: 'IK 95%',
  attainmentStatus: 'Status data',
  attainmentNoData: 'belum ada data',
  attainmentPartial: 'data belum lengkap',
  attainmentPartialCounts: (withData: string, all: string, without: string) => `${withData} dari ${all} target ada datanya, target ${without} belum ada data`,
  attainmentPartialLegend: 'Realisasi, data belum lengkap',
  attainmentKeysWithData: 'Target ada datanya (jumlah)',
  attainmentOverData: 'Capaian atas target yang ada datanya',
  targetWithData: 'Target yang ada datanya',
  targetWithoutData: 'Target tanpa data',
  attainmentNote: 'Catatan',
  attainmentStatusNames: { NO_DATA: 'Belum ada data', PARTIAL_DATA: 'Data belum lengkap', IN_PROGRESS: 'Belum sampai Desember', COMPLETE: 'Lengkap (Desember)' } as Record<string, string>,
  countUnits: { ENROLMENTS: 'kepesertaan program', PERSONS: 'orang' } as Record<string, string>,
  attainmentReporting: 'Cabang melapor',
  reportingOf: (reporting: string, all: string) => `${reporting} dari ${all} cabang melapor`,
  effectivenessTitle: 'Efektivitas sosialisasi dan promosi',
  measure: 'Ukuran',
  conversionCi: 'Konversi (IK 95%)',
  conversionLow: 'Konversi, batas bawah IK 95%',
  conversionHigh: 'Konversi, batas atas IK 95%',
  verdict: 'Kesimpulan',
  none: '(tanpa)',
};

type Labels = typeof ID;

const EN: Labels = {
  empty: 'No data for this selection',
  membershipTitle: 'Active participants over time',
  activeParticipants: 'Active participants',
  enrolments: 'Program enrolments',
  unit: 'Unit',
  unitPersons: 'persons',
  unitEnrolments: 'program enrolments',
  reportingBranches: 'Branches reporting',
  flowSource: 'Source of new/lapsed',
  noChangePreviousMissing: 'change not available: the previous period has no data',
  noChangeBranchesDiffer: 'change not available: not the same branches report as in the previous period',
  noChangeColumn: 'Why the change is not available',
  flowsIncomplete: 'new/lapsed not available: some months have no figures',
  change: 'Change',
  changePct: 'Change (%)',
  newParticipants: 'New participants',
  lapsedParticipants: 'Lapsed participants',
  period: 'Period',
  segment: 'Segment',
  program: 'Program',
  source: 'Source',
  asOf: 'As of',
  reachTitle: 'Campaign reach by channel',
  channel: 'Channel',
  group: 'Group',
  activityType: 'Activity type',
  medium: 'Medium',
  staff: 'Staff',
  activities: 'Activities',
  reach: 'Reach',
  leads: 'Leads',
  registrations: 'Registrations',
  costIdr: 'Cost',
  conversionRate: 'Conversion (registrations/reach)',
  conversionShort: 'Conversion',
  costPerRegistration: 'Cost per registration',
  registrationsPerActivity: 'Registrations per activity',
  mixed: 'Mixed',
  reachNote:
    'Socialisation reach counts attendees, promotion reach counts impressions: conversion is not comparable across activity types.',
  mixedNote: 'Mixed groups (socialisation and promotion) have no single reach or conversion rate: attendees and impressions do not add up.',
  intervalNote: 'Thin lines: 95% confidence intervals from the activities. Channels whose intervals overlap are not shown to differ.',
  reachUnit: 'Reach unit',
  attendees: 'Attendees (socialisation)',
  impressions: 'Impressions (promotion)',
  conversionLowShort: 'Conversion, 95% CI lower bound',
  conversionHighShort: 'Conversion, 95% CI upper bound',
  costPerRegistrationLow: 'Cost per registration, 95% CI lower bound',
  costPerRegistrationHigh: 'Cost per registration, 95% CI upper bound',
  attainmentTitle: 'Target and realisation',
  target: 'Target',
  realised: 'Realised',
  attainment: 'Attainment',
  attainmentAxis: 'Attainment (% of target)',
  gap: 'Gap',
  projected: 'Year-end projection',
  projectedAttainment: 'Projected attainment',
  projectedLow: 'Projection, 95% CI lower bound',
  projectedHigh: 'Projection, 95% CI upper bound',
  interval95: '95% CI',
  attainmentStatus: 'Data status',
  attainmentNoData: 'no data yet',
  attainmentPartial: 'incomplete data',
  attainmentPartialCounts: (withData: string, all: string, without: string) => `${withData} of ${all} targets have data, ${without} of the target has none yet`,
  attainmentPartialLegend: 'Realised, incomplete data',
  attainmentKeysWithData: 'Targets with data (count)',
  attainmentOverData: 'Attainment on the targets with data',
  targetWithData: 'Target with data',
  targetWithoutData: 'Target without data',
  attainmentNote: 'Note',
  attainmentStatusNames: { NO_DATA: 'No data yet', PARTIAL_DATA: 'Incomplete data', IN_PROGRESS: 'Not yet December', COMPLETE: 'Complete (December)' },
  countUnits: { ENROLMENTS: 'program enrolments', PERSONS: 'persons' },
  attainmentReporting: 'Branches reporting',
  reportingOf: (reporting: string, all: string) => `${reporting} of ${all} branches reporting`,
  effectivenessTitle: 'Socialisation versus promotion',
  measure: 'Measure',
  conversionCi: 'Conversion (95% CI)',
  conversionLow: 'Conversion, 95% CI lower bound',
  conversionHigh: 'Conversion, 95% CI upper bound',
  verdict: 'Verdict',
  none: '(none)',
};

export const LABELS: Record<Locale, Labels> = { id: ID, en: EN };

export function labels(locale: Locale): Labels {
  return LABELS[locale] ?? ID;
}

export const ACTIVITY_LABELS: Record<Locale, Record<string, string>> = {
  id: { SOCIALISATION: 'Sosialisasi', PROMOTION: 'Promosi' },
  en: { SOCIALISATION: 'Socialisation', PROMOTION: 'Promotion' },
};

export const SOURCE_LABELS: Record<Locale, Record<string, string>> = {
  id: { STUDY: 'Data studi (Tabel 1–2)', SYNTHETIC: 'Sintetis (demo)', IMPORTED: 'Data impor', MIXED: 'Campuran' },
  en: { STUDY: 'Study data (Tables 1–2)', SYNTHETIC: 'Synthetic (demo)', IMPORTED: 'Imported data', MIXED: 'Mixed' },
};

// Channels and media as the import contract names them; YOUTUBE serves both activity types.
export const CHANNEL_LABELS: Record<Locale, Record<string, string>> = {
  id: {
    FACE_TO_FACE: 'Tatap muka',
    ZOOM: 'Zoom',
    GOOGLE_MEET: 'Google Meet',
    YOUTUBE: 'YouTube',
    VIDEO_CALL: 'Panggilan video',
    BROCHURE: 'Brosur',
    MAGAZINE: 'Majalah',
    NEWSPAPER: 'Koran',
    BANNER: 'Banner',
    SPANDUK: 'Spanduk',
    WEBSITE: 'Situs web',
    FACEBOOK: 'Facebook',
    TWITTER: 'Twitter/X',
    INSTAGRAM: 'Instagram',
    TIKTOK: 'TikTok',
    RADIO: 'Radio',
    TELEVISION: 'Televisi',
  },
  en: {
    FACE_TO_FACE: 'Face to face',
    ZOOM: 'Zoom',
    GOOGLE_MEET: 'Google Meet',
    YOUTUBE: 'YouTube',
    VIDEO_CALL: 'Video call',
    BROCHURE: 'Brochure',
    MAGAZINE: 'Magazine',
    NEWSPAPER: 'Newspaper',
    BANNER: 'Banner',
    SPANDUK: 'Spanduk (street banner)',
    WEBSITE: 'Website',
    FACEBOOK: 'Facebook',
    TWITTER: 'Twitter/X',
    INSTAGRAM: 'Instagram',
    TIKTOK: 'TikTok',
    RADIO: 'Radio',
    TELEVISION: 'Television',
  },
};

/** What a campaign-reach row's reach counts (ReachUnit). */
export const REACH_UNIT_LABELS: Record<Locale, Record<string, string>> = {
  id: { ATTENDEES: 'Peserta hadir', IMPRESSIONS: 'Tayangan', MIXED: 'Campuran (tidak sebanding)' },
  en: { ATTENDEES: 'Attendees', IMPRESSIONS: 'Impressions', MIXED: 'Mixed (not comparable)' },
};

export const MEDIUM_LABELS: Record<Locale, Record<string, string>> = {
  id: { OFFLINE: 'Luring', ONLINE: 'Daring', PRINT: 'Cetak', WEB: 'Web', SOCIAL_MEDIA: 'Media sosial', BROADCAST: 'Siaran' },
  en: { OFFLINE: 'Offline', ONLINE: 'Online', PRINT: 'Print', WEB: 'Web', SOCIAL_MEDIA: 'Social media', BROADCAST: 'Broadcast' },
};

const SENTENCES = {
  id: {
    cheaper: (winner: string, loser: string) => `${winner} menghasilkan pendaftaran dengan biaya lebih rendah daripada ${loser}`,
    cheaperSame: 'Data belum dapat membedakan biaya per pendaftaran sosialisasi dan promosi (tingkat kepercayaan 95%)',
    cheaperInsufficient:
      'Biaya per pendaftaran belum dapat dibandingkan: salah satu jenis kegiatan belum memiliki kegiatan atau pendaftaran',
    more: (winner: string, loser: string) => `${winner} menghasilkan lebih banyak pendaftaran per kegiatan daripada ${loser}`,
    moreSame: 'Data belum dapat membedakan jumlah pendaftaran per kegiatan sosialisasi dan promosi (tingkat kepercayaan 95%)',
    moreInsufficient:
      'Pendaftaran per kegiatan belum dapat dibandingkan: salah satu jenis kegiatan belum memiliki kegiatan atau pendaftaran',
    times: (who: string, ratio: string, low: string, high: string) =>
      `${who} sekitar ${ratio} kali lebih mahal per pendaftaran (IK 95%: ${low}–${high})`,
  },
  en: {
    cheaper: (winner: string, loser: string) => `${winner} brings registrations at a lower cost than ${loser}`,
    cheaperSame: 'The data cannot tell socialisation and promotion apart on cost per registration (95% confidence)',
    cheaperInsufficient:
      'Cost per registration cannot be compared yet: one activity type has no activities or no registrations',
    more: (winner: string, loser: string) => `${winner} brings more registrations per activity than ${loser}`,
    moreSame: 'The data cannot tell socialisation and promotion apart on registrations per activity (95% confidence)',
    moreInsufficient:
      'Registrations per activity cannot be compared yet: one activity type has no activities or no registrations',
    times: (who: string, ratio: string, low: string, high: string) =>
      `${who} costs about ${ratio} times as much per registration (95% CI: ${low}–${high})`,
  },
} as const;

export function sentences(locale: Locale) {
  return SENTENCES[locale] ?? SENTENCES.id;
}

/** What a membership series counts, for units shown beside its figures. */
export function seriesUnit(series: { program?: string | null; unit?: string | null }): 'PERSONS' | 'ENROLMENTS' {
  if (series.unit === 'PERSONS' || series.unit === 'ENROLMENTS') return series.unit;
  return series.program ? 'ENROLMENTS' : 'PERSONS';
}

/** The reason a point shows no change, in words; null when it has one or gives no reason. */
export function noChangeReason(reason: string | null | undefined, locale: Locale): string | null {
  const L = labels(locale);
  if (reason === 'PREVIOUS_PERIOD_MISSING') return L.noChangePreviousMissing;
  if (reason === 'REPORTING_BRANCHES_DIFFER') return L.noChangeBranchesDiffer;
  return null;
}
