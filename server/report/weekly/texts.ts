// The weekly report's words (the print page, the PDF and the mail that carries it), in Bahasa
// Indonesia and English. Numbers and dates are formatted by common/i18n/format.ts.
import type { Bilingual } from '../../../common/i18n/bilingual.ts';
import type { ActionStatus, ActivityType } from '../../../common/vocabulary/schema-enums.ts';

export interface WeeklyTexts {
  title: (branch: string, week: string) => string;
  weekDays: (first: string, last: string) => string;
  generated: (day: string) => string;
  synthetic: string;
  print: string;
  pdf: string;
  review: string;
  noReview: string;
  notes: string;
  noNotes: string;
  writtenBy: (who: string) => string;
  actions: string;
  carriedOver: string;
  noActions: string;
  actionColumns: { title: string; owner: string; due: string; status: string; agreed: string };
  statuses: Record<ActionStatus, string>;
  assessment: string;
  targets: (year: number) => string;
  targetsSummary: (met: number, notMet: number, noData: number) => string;
  targetColumns: { program: string; target: string; realised: string; attainment: string; met: string };
  metWords: { yes: string; no: string; noData: string };
  league: string;
  leagueColumns: { staff: string; target: string; realised: string; attainment: string; expectedToDate: string; attainmentToDate: string; week: string; yearToDate: string };
  /** Attainment against the phasing to date, with whether that is on track. */
  toDateCell: (pct: string, onTrack: boolean) => string;
  leagueCell: (registrations: string, activities: string) => string;
  leagueNote: string;
  noStaff: string;
  movement: (last: string) => string;
  movementColumns: { activity: string; measure: string; thisWeek: string; lastWeek: string; change: string };
  activityNames: Record<ActivityType, string>;
  measures: { activities: string; registrations: string; reach: (activity: ActivityType) => string };
  charts: string;
  page: (n: number, of: number) => string;
  mail: {
    subject: (branch: string, week: string) => string;
    body: (branch: string, week: string, first: string, last: string, actions: number, carried: number, reviewed: boolean) => string;
    fileName: (branchCode: string, week: string) => string;
  };
  /** A week asked for that has not ended yet is shown as it stands. */
  running: string;
}

export const weeklyTexts: Bilingual<WeeklyTexts> = {
  id: {
    title: (branch, week) => `Laporan Mingguan ${branch} · Minggu ${week}`,
    weekDays: (first, last) => `${first} – ${last}`,
    generated: (day) => `dibuat ${day}`,
    synthetic: 'SYNTHETIC: data sintetis (demo, bukan angka asli)',
    print: 'Cetak',
    pdf: 'Unduh PDF',
    review: 'Review mingguan',
    noReview: 'Belum ada review untuk minggu ini.',
    notes: 'Hasil, masalah dan solusi',
    noNotes: 'Tanpa catatan.',
    writtenBy: (who) => `ditulis oleh ${who}`,
    actions: 'Tindakan yang disepakati',
    carriedOver: 'Tindakan dari review sebelumnya yang masih terbuka',
    noActions: 'Tidak ada.',
    actionColumns: { title: 'Tindakan', owner: 'Penanggung jawab', due: 'Tenggat', status: 'Status', agreed: 'Disepakati' },
    statuses: { OPEN: 'terbuka', DONE: 'selesai', DROPPED: 'dibatalkan' },
    assessment: 'Penilaian minggu ini',
    targets: (year) => `Target per program ${year}`,
    targetsSummary: (met, notMet, noData) => `${met} tercapai, ${notMet} belum tercapai${noData ? `, ${noData} belum ada data` : ''}`,
    targetColumns: { program: 'Program', target: 'Target', realised: 'Realisasi', attainment: 'Capaian', met: 'Tercapai' },
    metWords: { yes: 'ya', no: 'belum', noData: 'belum ada data' },
    league: 'Klasemen AR/ARK',
    leagueColumns: {
      staff: 'Petugas', target: 'Target', realised: 'Realisasi', attainment: 'Capaian', expectedToDate: 'Target s.d. minggu ini', attainmentToDate: 'Capaian s.d. minggu ini',
      week: 'Minggu ini', yearToDate: 'Sejak minggu 1',
    },
    toDateCell: (pct, onTrack) => `${pct} · ${onTrack ? 'sesuai jalur' : 'tertinggal'}`,
    leagueCell: (registrations, activities) => `${registrations} pendaftaran · ${activities} kegiatan`,
    leagueNote:
      'Target dan realisasi: peserta baru tahun ini (pembagian target per petugas), realisasi sampai hari Minggu minggu ini. Target s.d. minggu ini: fase bulanan sampai hari Minggu itu (bulan yang sedang berjalan menurut hari yang sudah lewat, dibulatkan ke bawah); sesuai jalur bila realisasi mencapainya.',
    noStaff: 'Belum ada petugas dengan target atau kegiatan tahun ini.',
    movement: (last) => `Perubahan dari minggu lalu (${last})`,
    movementColumns: { activity: 'Kegiatan', measure: 'Ukuran', thisWeek: 'Minggu ini', lastWeek: 'Minggu lalu', change: 'Perubahan' },
    activityNames: { SOCIALISATION: 'Sosialisasi', PROMOTION: 'Promosi' },
    measures: { activities: 'Kegiatan', registrations: 'Pendaftaran', reach: (a) => (a === 'SOCIALISATION' ? 'Peserta hadir' : 'Tayangan') },
    charts: 'Grafik kantor cabang',
    page: (n, of) => `Halaman ${n} dari ${of}`,
    mail: {
      subject: (branch, week) => `Laporan mingguan ${branch}, minggu ${week}`,
      body: (branch, week, first, last, actions, carried, reviewed) =>
        [
          `Laporan mingguan ${branch} untuk minggu ${week} (${first} – ${last}) terlampir sebagai PDF.`,
          reviewed ? `Review minggu ini: ${actions} tindakan disepakati, ${carried} tindakan dari review sebelumnya masih terbuka.` : 'Belum ada review untuk minggu ini; laporan berisi penilaian dan grafik.',
          '',
          'Pantau · BPJS Ketenagakerjaan',
        ].join('\n'),
      fileName: (code, week) => `pantau-laporan-mingguan-${code}-${week}.pdf`,
    },
    running: 'Minggu ini belum selesai: angkanya sampai hari ini.',
  },
  en: {
    title: (branch, week) => `Weekly Report ${branch} · Week ${week}`,
    weekDays: (first, last) => `${first} – ${last}`,
    generated: (day) => `generated ${day}`,
    synthetic: 'SYNTHETIC: synthetic data (demo, not real figures)',
    print: 'Print',
    pdf: 'Download PDF',
    review: 'Weekly review',
    noReview: 'No review has been written for this week yet.',
    notes: 'Results, problems and solutions',
    noNotes: 'No notes.',
    writtenBy: (who) => `written by ${who}`,
    actions: 'Actions agreed',
    carriedOver: 'Actions of earlier reviews still open',
    noActions: 'None.',
    actionColumns: { title: 'Action', owner: 'Owner', due: 'Due', status: 'Status', agreed: 'Agreed' },
    statuses: { OPEN: 'open', DONE: 'done', DROPPED: 'dropped' },
    assessment: "The week's assessment",
    targets: (year) => `Targets by program ${year}`,
    targetsSummary: (met, notMet, noData) => `${met} met, ${notMet} not met${noData ? `, ${noData} without data yet` : ''}`,
    targetColumns: { program: 'Program', target: 'Target', realised: 'Realised', attainment: 'Attainment', met: 'Met' },
    metWords: { yes: 'yes', no: 'not yet', noData: 'no data yet' },
    league: 'AR/ARK league table',
    leagueColumns: {
      staff: 'Staff member', target: 'Target', realised: 'Realised', attainment: 'Attainment', expectedToDate: 'Target to date', attainmentToDate: 'Attainment to date',
      week: 'This week', yearToDate: 'Since week 1',
    },
    toDateCell: (pct, onTrack) => `${pct} · ${onTrack ? 'on track' : 'behind'}`,
    leagueCell: (registrations, activities) => `${registrations} registrations · ${activities} activities`,
    leagueNote:
      "Target and realised: this year's new participants (the target split by staff member), realised up to this week's Sunday. Target to date: the monthly phasing up to that Sunday (the running month by the days gone, rounded down); on track when realised reaches it.",
    noStaff: 'No staff member has a target or an activity this year yet.',
    movement: (last) => `What moved since last week (${last})`,
    movementColumns: { activity: 'Activity', measure: 'Measure', thisWeek: 'This week', lastWeek: 'Last week', change: 'Change' },
    activityNames: { SOCIALISATION: 'Socialisation', PROMOTION: 'Promotion' },
    measures: { activities: 'Activities', registrations: 'Registrations', reach: (a) => (a === 'SOCIALISATION' ? 'Attendees' : 'Impressions') },
    charts: "The branch's charts",
    page: (n, of) => `Page ${n} of ${of}`,
    mail: {
      subject: (branch, week) => `Weekly report ${branch}, week ${week}`,
      body: (branch, week, first, last, actions, carried, reviewed) =>
        [
          `The weekly report of ${branch} for week ${week} (${first} – ${last}) is attached as a PDF.`,
          reviewed ? `This week's review: ${actions} actions agreed, ${carried} actions of earlier reviews still open.` : 'No review has been written for this week yet; the report holds the assessment and the charts.',
          '',
          'Pantau · BPJS Ketenagakerjaan',
        ].join('\n'),
      fileName: (code, week) => `pantau-weekly-report-${code}-${week}.pdf`,
    },
    running: 'This week has not ended: its figures run to today.',
  },
};
