// The charts' few words, per locale. The Indonesian terms are the branch offices' own (peserta
// aktif, realisasi, capaian, sosialisasi, promosi, jangkauan, kanal, biaya, pendaftaran) because
// branch staff read those on their reports. The names of figures, fields and dimensions are
// their titles in common/vocabulary/ (the CSV headers use the same), so this namespace reads
// them from there instead of writing them twice; sentences with figures live in the chart files.
import type { Bilingual } from './bilingual.ts';
import { DIMENSIONS, FIELDS } from '../vocabulary/fields.ts';
import { FIGURES } from '../vocabulary/measures.ts';
import type { ReachGroupBy } from '../vocabulary/schema-enums.ts';

/** The labels that are plain words: axis and column titles, legend entries, notes. */
type ChartWord =
  | 'empty' | 'membershipTitle' | 'activeParticipants' | 'enrolments' | 'unit' | 'unitPersons' | 'unitEnrolments'
  | 'reportingBranches' | 'flowSource' | 'noChangePreviousMissing' | 'noChangeBranchesDiffer' | 'noChangeColumn'
  | 'flowsIncomplete' | 'change' | 'changePct' | 'newParticipants' | 'lapsedParticipants' | 'period' | 'segment'
  | 'program' | 'source' | 'asOf' | 'channel' | 'group' | 'activityType' | 'medium' | 'staff'
  | 'activities' | 'reach' | 'leads' | 'registrations' | 'costIdr' | 'conversionRate' | 'conversionShort'
  | 'costPerRegistration' | 'registrationsPerActivity' | 'mixed' | 'reachNote' | 'mixedNote' | 'intervalNote'
  | 'reachSplitNote' | 'mixedSplitNote' | 'conversionPerAttendee' | 'conversionPerImpression'
  | 'reachUnit' | 'attendees' | 'impressions' | 'conversionLowShort' | 'conversionHighShort' | 'costPerRegistrationLow'
  | 'costPerRegistrationHigh' | 'attainmentTitle' | 'target' | 'realised' | 'attainment' | 'attainmentAxis' | 'gap'
  | 'projected' | 'projectedAttainment' | 'projectedLow' | 'projectedHigh' | 'interval95' | 'attainmentStatus'
  | 'attainmentNoData' | 'attainmentPartial' | 'attainmentPartialLegend' | 'attainmentKeysWithData'
  | 'attainmentOverData' | 'targetWithData' | 'targetWithoutData' | 'attainmentNote' | 'attainmentReporting'
  | 'effectivenessTitle' | 'measure' | 'conversionCi' | 'conversionLow' | 'conversionHigh' | 'verdict' | 'none'
  | 'week' | 'labelsThinned'
  | 'conversionSocialisation' | 'conversionPromotion' | 'perAttendeeCi' | 'perImpressionCi' | 'conversionSplitNote';

/** The charts' texts in one language. */
export type ChartTexts = Record<ChartWord, string> & {
  /** The campaign-reach chart's title for the grouping its rows answer (campaignReach's groupBy). */
  campaignReachTitleBy: Record<ReachGroupBy, string>;
  attainmentPartialCounts: (withData: string, all: string, without: string) => string;
  reportingOf: (reporting: string, all: string) => string;
  /** A target chart with more rows than fit draws the two ends of the ranking (attainment-ranking.ts). */
  attainmentRankedEnds: (each: string, total: string) => string;
  /** The summary line between them: how many are left out and their attainment range. */
  attainmentRankedGap: (hidden: string, low: string, high: string) => string;
  /** …and the rows that have no attainment to rank. */
  attainmentRankedNoData: (n: string) => string;
  /** Where every row is: the chart's table (and CSV). */
  attainmentRankedPointer: string;
  /** TargetStatus codes. */
  attainmentStatusNames: Record<string, string>;
  /** CountUnit codes. */
  countUnits: Record<string, string>;
  /** ActivityType codes. */
  activityNames: Record<string, string>;
  /** DataSource codes. */
  sourceNames: Record<string, string>;
  /** Channels as the import contract names them; YOUTUBE serves both activity types. */
  channelNames: Record<string, string>;
  /** What a campaign-reach row's reach counts (ReachUnit). */
  reachUnitNames: Record<string, string>;
  /** Media as the import contract names them. */
  mediumNames: Record<string, string>;
  /** The effectiveness verdict's sentences. */
  sentences: {
    cheaper: (winner: string, loser: string) => string;
    cheaperSame: string;
    cheaperInsufficient: string;
    more: (winner: string, loser: string) => string;
    moreSame: string;
    moreInsufficient: string;
    times: (who: string, ratio: string, low: string, high: string) => string;
  };
};

export const charts: Bilingual<ChartTexts> = {
  id: {
    empty: 'Belum ada data untuk pilihan ini',
    membershipTitle: 'Tren peserta aktif',
    activeParticipants: FIGURES.activeParticipants.title.id,
    enrolments: 'Kepesertaan program',
    unit: FIELDS.unit.id,
    unitPersons: 'orang',
    unitEnrolments: 'kepesertaan program',
    reportingBranches: FIGURES.reportingBranches.title.id,
    flowSource: FIELDS.flowSource.id,
    noChangePreviousMissing: 'perubahan tidak tersedia: periode sebelumnya tidak ada datanya',
    noChangeBranchesDiffer: 'perubahan tidak tersedia: cabang yang melapor tidak sama dengan periode sebelumnya',
    noChangeColumn: FIELDS.changeUnavailable.id,
    flowsIncomplete: 'peserta baru/nonaktif tidak tersedia: ada bulan tanpa datanya',
    change: FIGURES.change.title.id,
    changePct: FIGURES.changePct.title.id,
    newParticipants: FIGURES.newParticipants.title.id,
    lapsedParticipants: FIGURES.lapsedParticipants.title.id,
    period: FIELDS.period.id,
    segment: FIELDS.segment.id,
    program: FIELDS.program.id,
    source: FIELDS.source.id,
    asOf: FIELDS.asOf.id,
    campaignReachTitleBy: {
      CHANNEL: 'Jangkauan kampanye per kanal',
      ACTIVITY: 'Jangkauan kampanye per jenis kegiatan',
      MEDIUM: 'Jangkauan kampanye per media',
      MONTH: 'Jangkauan kampanye per bulan',
      WEEK: 'Jangkauan kampanye per minggu',
      QUARTER: 'Jangkauan kampanye per triwulan',
      YEAR: 'Jangkauan kampanye per tahun',
      STAFF: 'Jangkauan kampanye per petugas',
      SEGMENT: 'Jangkauan kampanye per segmen',
      BRANCH: 'Jangkauan kampanye per kantor cabang',
      REGION: 'Jangkauan kampanye per kantor wilayah',
    },
    channel: DIMENSIONS.channel.id,
    group: FIELDS.key.id,
    activityType: FIELDS.activity.id,
    medium: DIMENSIONS.medium.id,
    staff: DIMENSIONS.staff.id,
    activities: FIGURES.activities.title.id,
    reach: FIGURES.reach.title.id,
    leads: FIGURES.leads.title.id,
    registrations: FIGURES.registrations.title.id,
    costIdr: FIGURES.costIdr.title.id,
    conversionRate: FIGURES.conversionRate.title.id,
    conversionShort: 'Konversi',
    costPerRegistration: FIGURES.costPerRegistration.title.id,
    registrationsPerActivity: FIGURES.registrationsPerActivity.title.id,
    mixed: 'Campuran',
    reachNote:
      'Jangkauan sosialisasi menghitung peserta yang hadir, jangkauan promosi menghitung tayangan: konversi tidak sebanding antarjenis kegiatan.',
    mixedNote:
      'Kelompok campuran (sosialisasi dan promosi) tidak punya angka jangkauan atau konversi: peserta yang hadir dan tayangan tidak dapat dijumlahkan.',
    intervalNote: 'Garis tipis: interval kepercayaan 95% dari kegiatan-kegiatannya. Batang yang intervalnya bertumpang tindih belum terbukti berbeda.',
    reachSplitNote: 'Sosialisasi dan promosi masing-masing dengan skalanya sendiri: peserta yang hadir dan tayangan tidak sebanding.',
    mixedSplitNote: 'Kelompok campuran tampil di kedua skala: peserta hadirnya pada sosialisasi, tayangannya pada promosi.',
    conversionPerAttendee: 'Konversi sosialisasi (pendaftaran/peserta hadir)',
    conversionPerImpression: 'Konversi promosi (pendaftaran/tayangan)',
    reachUnit: FIELDS.reachUnit.id,
    attendees: FIGURES.attendees.title.id,
    impressions: FIGURES.impressions.title.id,
    conversionLowShort: FIGURES.conversionLow.title.id,
    conversionHighShort: FIGURES.conversionHigh.title.id,
    costPerRegistrationLow: FIGURES.costPerRegistrationLow.title.id,
    costPerRegistrationHigh: FIGURES.costPerRegistrationHigh.title.id,
    attainmentTitle: 'Target dan realisasi',
    target: FIGURES.target.title.id,
    realised: FIGURES.realised.title.id,
    attainment: FIGURES.attainmentPct.title.id,
    attainmentAxis: 'Capaian (% dari target)',
    gap: FIGURES.gap.title.id,
    projected: FIGURES.projectedRealised.title.id,
    projectedAttainment: FIGURES.projectedAttainmentPct.title.id,
    projectedLow: FIGURES.projectedLow.title.id,
    projectedHigh: FIGURES.projectedHigh.title.id,
    interval95: 'IK 95%',
    attainmentStatus: FIELDS.status.id,
    attainmentNoData: 'belum ada data',
    attainmentPartial: 'data belum lengkap',
    attainmentPartialCounts: (withData: string, all: string, without: string) => `${withData} dari ${all} target ada datanya, target ${without} belum ada data`,
    attainmentPartialLegend: 'Realisasi, data belum lengkap',
    attainmentKeysWithData: FIGURES.keysWithData.title.id,
    attainmentOverData: 'Capaian atas target yang ada datanya',
    targetWithData: FIGURES.targetWithData.title.id,
    targetWithoutData: FIGURES.targetWithoutData.title.id,
    attainmentNote: 'Catatan',
    attainmentStatusNames: { NO_DATA: 'Belum ada data', PARTIAL_DATA: 'Data belum lengkap', IN_PROGRESS: 'Belum sampai Desember', COMPLETE: 'Lengkap (Desember)' },
    countUnits: { ENROLMENTS: 'kepesertaan program', PERSONS: 'orang' },
    attainmentReporting: FIGURES.reportingBranches.title.id,
    reportingOf: (reporting: string, all: string) => `${reporting} dari ${all} cabang melapor`,
    attainmentRankedEnds: (each: string, total: string) => `${each} tertinggi dan ${each} terendah dari ${total}`,
    attainmentRankedGap: (hidden: string, low: string, high: string) => `… ${hidden} lainnya di antaranya, capaian ${low}–${high}`,
    attainmentRankedNoData: (n: string) => `${n} belum ada data`,
    attainmentRankedPointer: 'peringkat lengkap di tabel',
    effectivenessTitle: 'Efektivitas sosialisasi dan promosi',
    measure: FIELDS.metric.id,
    conversionCi: 'Konversi (IK 95%)',
    conversionLow: FIGURES.conversionLow.title.id,
    conversionHigh: FIGURES.conversionHigh.title.id,
    verdict: 'Kesimpulan',
    none: '(tanpa)',
    week: DIMENSIONS.week.id,
    conversionSocialisation: 'Konversi sosialisasi',
    conversionPromotion: 'Konversi promosi',
    perAttendeeCi: 'pendaftaran per peserta hadir · IK 95%',
    perImpressionCi: 'pendaftaran per tayangan · IK 95%',
    conversionSplitNote:
      'Konversi sosialisasi (per peserta hadir) dan konversi promosi (per tayangan) masing-masing dengan skalanya sendiri: peserta hadir dan tayangan tidak sebanding.',
    labelsThinned: 'Tidak setiap batang diberi label: semua angka ada di tabel data.',
    activityNames: { SOCIALISATION: 'Sosialisasi', PROMOTION: 'Promosi' },
    sourceNames: { STUDY: 'Data studi (Tabel 1–2)', SYNTHETIC: 'Sintetis (demo)', IMPORTED: 'Data impor', MIXED: 'Campuran' },
    channelNames: {
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
    reachUnitNames: { ATTENDEES: 'Peserta hadir', IMPRESSIONS: 'Tayangan', MIXED: 'Campuran (tidak sebanding)' },
    mediumNames: { OFFLINE: 'Luring', ONLINE: 'Daring', PRINT: 'Cetak', WEB: 'Web', SOCIAL_MEDIA: 'Media sosial', BROADCAST: 'Siaran' },
    sentences: {
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
  },
  en: {
    empty: 'No data for this selection',
    membershipTitle: 'Active participants over time',
    activeParticipants: FIGURES.activeParticipants.title.en,
    enrolments: 'Program enrolments',
    unit: FIELDS.unit.en,
    unitPersons: 'persons',
    unitEnrolments: 'program enrolments',
    reportingBranches: FIGURES.reportingBranches.title.en,
    flowSource: FIELDS.flowSource.en,
    noChangePreviousMissing: 'change not available: the previous period has no data',
    noChangeBranchesDiffer: 'change not available: not the same branches report as in the previous period',
    noChangeColumn: FIELDS.changeUnavailable.en,
    flowsIncomplete: 'new/lapsed not available: some months have no figures',
    change: FIGURES.change.title.en,
    changePct: FIGURES.changePct.title.en,
    newParticipants: FIGURES.newParticipants.title.en,
    lapsedParticipants: FIGURES.lapsedParticipants.title.en,
    period: FIELDS.period.en,
    segment: FIELDS.segment.en,
    program: FIELDS.program.en,
    source: FIELDS.source.en,
    asOf: FIELDS.asOf.en,
    campaignReachTitleBy: {
      CHANNEL: 'Campaign reach by channel',
      ACTIVITY: 'Campaign reach by activity type',
      MEDIUM: 'Campaign reach by medium',
      MONTH: 'Campaign reach by month',
      WEEK: 'Campaign reach by week',
      QUARTER: 'Campaign reach by quarter',
      YEAR: 'Campaign reach by year',
      STAFF: 'Campaign reach by staff member',
      SEGMENT: 'Campaign reach by segment',
      BRANCH: 'Campaign reach by branch office',
      REGION: 'Campaign reach by regional office',
    },
    channel: DIMENSIONS.channel.en,
    group: FIELDS.key.en,
    activityType: FIELDS.activity.en,
    medium: DIMENSIONS.medium.en,
    staff: DIMENSIONS.staff.en,
    activities: FIGURES.activities.title.en,
    reach: FIGURES.reach.title.en,
    leads: FIGURES.leads.title.en,
    registrations: FIGURES.registrations.title.en,
    costIdr: FIGURES.costIdr.title.en,
    conversionRate: FIGURES.conversionRate.title.en,
    conversionShort: 'Conversion',
    costPerRegistration: FIGURES.costPerRegistration.title.en,
    registrationsPerActivity: FIGURES.registrationsPerActivity.title.en,
    mixed: 'Mixed',
    reachNote:
      'Socialisation reach counts attendees, promotion reach counts impressions: conversion is not comparable across activity types.',
    mixedNote: 'Mixed groups (socialisation and promotion) have no single reach or conversion rate: attendees and impressions do not add up.',
    intervalNote: 'Thin lines: 95% confidence intervals from the activities. Bars whose intervals overlap are not shown to differ.',
    reachSplitNote: 'Socialisation and promotion each on a scale of its own: attendees and impressions are not comparable.',
    mixedSplitNote: 'Mixed groups show on both scales: their attendees under socialisation, their impressions under promotion.',
    conversionPerAttendee: 'Socialisation conversion (registrations/attendees)',
    conversionPerImpression: 'Promotion conversion (registrations/impressions)',
    reachUnit: FIELDS.reachUnit.en,
    attendees: FIGURES.attendees.title.en,
    impressions: FIGURES.impressions.title.en,
    conversionLowShort: FIGURES.conversionLow.title.en,
    conversionHighShort: FIGURES.conversionHigh.title.en,
    costPerRegistrationLow: FIGURES.costPerRegistrationLow.title.en,
    costPerRegistrationHigh: FIGURES.costPerRegistrationHigh.title.en,
    attainmentTitle: 'Target and realisation',
    target: FIGURES.target.title.en,
    realised: FIGURES.realised.title.en,
    attainment: FIGURES.attainmentPct.title.en,
    attainmentAxis: 'Attainment (% of target)',
    gap: FIGURES.gap.title.en,
    projected: FIGURES.projectedRealised.title.en,
    projectedAttainment: FIGURES.projectedAttainmentPct.title.en,
    projectedLow: FIGURES.projectedLow.title.en,
    projectedHigh: FIGURES.projectedHigh.title.en,
    interval95: '95% CI',
    attainmentStatus: FIELDS.status.en,
    attainmentNoData: 'no data yet',
    attainmentPartial: 'incomplete data',
    attainmentPartialCounts: (withData: string, all: string, without: string) => `${withData} of ${all} targets have data, ${without} of the target has none yet`,
    attainmentPartialLegend: 'Realised, incomplete data',
    attainmentKeysWithData: FIGURES.keysWithData.title.en,
    attainmentOverData: 'Attainment on the targets with data',
    targetWithData: FIGURES.targetWithData.title.en,
    targetWithoutData: FIGURES.targetWithoutData.title.en,
    attainmentNote: 'Note',
    attainmentStatusNames: { NO_DATA: 'No data yet', PARTIAL_DATA: 'Incomplete data', IN_PROGRESS: 'Not yet December', COMPLETE: 'Complete (December)' },
    countUnits: { ENROLMENTS: 'program enrolments', PERSONS: 'persons' },
    attainmentReporting: FIGURES.reportingBranches.title.en,
    reportingOf: (reporting: string, all: string) => `${reporting} of ${all} branches reporting`,
    attainmentRankedEnds: (each: string, total: string) => `the ${each} highest and ${each} lowest of ${total}`,
    attainmentRankedGap: (hidden: string, low: string, high: string) => `… ${hidden} more in between, attainment ${low}–${high}`,
    attainmentRankedNoData: (n: string) => `${n} with no data yet`,
    attainmentRankedPointer: 'full ranking in the table',
    effectivenessTitle: 'Socialisation versus promotion',
    measure: FIELDS.metric.en,
    conversionCi: 'Conversion (95% CI)',
    conversionLow: FIGURES.conversionLow.title.en,
    conversionHigh: FIGURES.conversionHigh.title.en,
    verdict: 'Verdict',
    none: '(none)',
    week: DIMENSIONS.week.en,
    conversionSocialisation: 'Socialisation conversion',
    conversionPromotion: 'Promotion conversion',
    perAttendeeCi: 'registrations per attendee · 95% CI',
    perImpressionCi: 'registrations per impression · 95% CI',
    conversionSplitNote:
      'Socialisation conversion (per attendee) and promotion conversion (per impression) are each on a scale of their own: attendees and impressions are not comparable.',
    labelsThinned: 'Not every bar is labelled: every figure is in the data table.',
    activityNames: { SOCIALISATION: 'Socialisation', PROMOTION: 'Promotion' },
    sourceNames: { STUDY: 'Study data (Tables 1–2)', SYNTHETIC: 'Synthetic (demo)', IMPORTED: 'Imported data', MIXED: 'Mixed' },
    channelNames: {
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
    reachUnitNames: { ATTENDEES: 'Attendees', IMPRESSIONS: 'Impressions', MIXED: 'Mixed (not comparable)' },
    mediumNames: { OFFLINE: 'Offline', ONLINE: 'Online', PRINT: 'Print', WEB: 'Web', SOCIAL_MEDIA: 'Social media', BROADCAST: 'Broadcast' },
    sentences: {
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
  },
};
