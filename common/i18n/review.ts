// The words of the weekly review page (client/features/review/), in Bahasa Indonesia and
// English: the list of a branch's reviews, one review with its notes and actions, the forms the
// Kabid writes with, and the server's refusals said in the reader's language.
import type { ActionStatus } from '../vocabulary/schema-enums.ts';
import type { Bilingual } from './bilingual.ts';

/** What the server says of a refused write, by the argument it names (see reviewError). */
export interface ReviewRefusals {
  weekNotBegun: string;
  weekTaken: string;
  weekInvalid: string;
  ownerNotStaff: string;
  dueInvalid: string;
  titleEmpty: string;
  tooLong: string;
  controlCharacter: string;
  unknownBranch: string;
  notFound: string;
}

export interface ReviewTexts {
  title: string; nav: string; intro: string;
  branch: string; chooseBranch: string;
  // the list of reviews
  listTitle: string; noReviews: string;
  /** The button under the list while older reviews may lie before the ones listed, and its words while they load. */
  olderReviews: string; olderLoading: string;
  /** "Minggu 49 · 2026-W49" for a week key's list entry. */
  weekLabel: (week: number, key: string) => string;
  actionsCount: (n: number) => string;
  // the week shown
  weekShown: string; thisWeek: string; lastWeek: string; otherWeek: (key: string) => string; prevWeek: string; nextWeek: string;
  noReviewThisWeek: string; noReviewReadOnly: string;
  writtenBy: (who: string, when: string) => string;
  // the notes
  notesTitle: string; noNotes: string; editNotes: string; saveNotes: string; saving: string; cancel: string; notesLabel: string; notesHint: string; notesSaved: string;
  // the actions
  actionsTitle: string; carriedTitle: string; carriedHint: string; noActions: string; noCarried: string;
  owner: string; noOwner: string; due: string; noDue: string; agreedIn: (week: string) => string; closedIn: (week: string) => string;
  statuses: Record<ActionStatus, string>;
  overdue: string;
  markDone: string; markDropped: string; reopen: string;
  /** The accessible name of a status button: the visible word, then the action it acts on. */
  statusButtonName: (word: string, title: string) => string;
  // writing
  newReviewTitle: string; newReviewWeek: string; newReviewWeekHint: string; createReview: string; creating: string;
  addActionTitle: string; actionTitle: string; actionTitleHint: string; actionOwner: string; actionDue: string; addAction: string; adding: string; actionAdded: (title: string) => string;
  readOnly: (role: string) => string;
  needLogin: string; login: string;
  downloadCsv: string; printReport: string; pdfReport: string;
  loading: string; retry: string;
  // errors
  errorTitle: string; network: string; forbidden: string; unauthenticated: string;
  refusals: ReviewRefusals;
  /** A refusal this page has no sentence for: the server's own words follow. */
  refusedAsSaid: string;
  assessment: AssessmentTexts;
  overview: OverviewTexts;
}

/** The reviews across the branches an office's or head office's account reads (review-overview.tsx). */
export interface OverviewTexts {
  title: string;
  hint: string;
  columns: { branch: string; latest: string; open: string; overdue: string; expectedToDate: string; realisedToDate: string; attainmentToDate: string };
  none: string;
  reviewed: string;
  notReviewed: string;
  loading: string;
}

/** The week's assessment under a review (week-assessment.tsx): targets met and the AR/ARK league. */
export interface AssessmentTexts {
  title: string;
  /** The cut-off: what is counted is as known at the end of this day. */
  through: (day: string) => string;
  targets: (met: number, notMet: number, noData: number) => string;
  leagueTitle: string;
  leagueHint: string;
  columns: { staff: string; target: string; realised: string; attainment: string; expectedToDate: string; attainmentToDate: string; onTrack: string };
  onTrack: { yes: string; no: string };
  noLeague: string;
  loading: string;
  downloadLeague: string;
}

export const review: Bilingual<ReviewTexts> = {
  id: {
    title: 'Review mingguan',
    nav: 'Review mingguan',
    intro: 'Hasil, masalah dan solusi yang dibahas Kabid dan tim setiap minggu, dengan tindakan yang disepakati sampai selesai.',
    branch: 'Kantor cabang',
    chooseBranch: 'Pilih kantor cabang untuk membaca review mingguannya.',
    listTitle: 'Review cabang ini',
    noReviews: 'Belum ada review.',
    olderReviews: 'Tampilkan review sebelumnya',
    olderLoading: 'Memuat review sebelumnya…',
    weekLabel: (week: number, key: string) => `Minggu ${week} · ${key}`,
    actionsCount: (n: number) => (n === 0 ? 'tanpa tindakan' : `${n} tindakan`),
    weekShown: 'Minggu yang ditampilkan',
    thisWeek: 'Minggu ini',
    lastWeek: 'Minggu lalu',
    otherWeek: (key: string) => `Minggu ${key}`,
    prevWeek: 'Minggu sebelumnya',
    nextWeek: 'Minggu berikutnya',
    noReviewThisWeek: 'Belum ada review untuk minggu ini. Tulis di bawah.',
    noReviewReadOnly: 'Belum ada review untuk minggu ini.',
    writtenBy: (who: string, when: string) => `Ditulis oleh ${who}, ${when}`,
    notesTitle: 'Catatan',
    noNotes: 'Tidak ada catatan.',
    editNotes: 'Ubah catatan',
    saveNotes: 'Simpan catatan',
    saving: 'Menyimpan…',
    cancel: 'Batal',
    notesLabel: 'Hasil, masalah dan solusi',
    notesHint: 'Paling banyak 10.000 karakter.',
    notesSaved: 'Catatan tersimpan.',
    actionsTitle: 'Tindakan yang disepakati',
    carriedTitle: 'Dibawa dari review sebelumnya',
    carriedHint: 'Tindakan review sebelumnya yang masih terbuka pada minggu ini (statusnya saat ini).',
    noActions: 'Belum ada tindakan.',
    noCarried: 'Tidak ada tindakan yang dibawa.',
    owner: 'Penanggung jawab',
    noOwner: 'Belum ditentukan',
    due: 'Tenggat',
    noDue: 'Tanpa tenggat',
    agreedIn: (week: string) => `Disepakati ${week}`,
    closedIn: (week: string) => `ditutup ${week}`,
    statuses: { OPEN: 'Terbuka', DONE: 'Selesai', DROPPED: 'Dibatalkan' },
    overdue: 'Lewat tenggat',
    markDone: 'Selesai',
    markDropped: 'Batalkan',
    reopen: 'Buka lagi',
    statusButtonName: (word: string, title: string) => `${word}: ${title}`,
    newReviewTitle: 'Tulis review',
    newReviewWeek: 'Minggu',
    newReviewWeekHint: 'Minggu ISO (Senin–Minggu), mis. 2026-W49. Minggu ini atau minggu sebelumnya.',
    createReview: 'Simpan review',
    creating: 'Menyimpan…',
    addActionTitle: 'Tambah tindakan',
    actionTitle: 'Tindakan',
    actionTitleHint: 'Apa yang akan dilakukan (1–200 karakter).',
    actionOwner: 'Penanggung jawab',
    actionDue: 'Tenggat',
    addAction: 'Tambah tindakan',
    adding: 'Menambah…',
    actionAdded: (title: string) => `Tindakan ditambahkan: ${title}`,
    readOnly: (role: string) => `Anda membaca sebagai ${role}: review ditulis oleh Kabid cabang.`,
    needLogin: 'Review mingguan menyebut nama tim, jadi hanya untuk akun yang sudah masuk.',
    login: 'Masuk',
    downloadCsv: 'Unduh tindakan (CSV)',
    printReport: 'Laporan mingguan (cetak)',
    pdfReport: 'Laporan mingguan (PDF)',
    loading: 'Memuat review…',
    retry: 'Coba lagi',
    errorTitle: 'Tidak berhasil',
    network: 'Server tidak dapat dihubungi. Coba lagi.',
    forbidden: 'Akun Anda tidak boleh melakukan ini.',
    unauthenticated: 'Sesi Anda sudah berakhir. Masuk lagi.',
    refusals: {
      weekNotBegun: 'Minggu itu belum dimulai: tulis review minggu ini atau minggu sebelumnya.',
      weekTaken: 'Minggu itu sudah punya review: buka dan ubah catatannya.',
      weekInvalid: 'Minggu tidak dikenal: tulis sebagai TTTT-Wmm, mis. 2026-W49.',
      ownerNotStaff: 'Penanggung jawab itu bukan anggota tim cabang ini.',
      dueInvalid: 'Tenggat bukan tanggal yang ada.',
      titleEmpty: 'Tuliskan tindakannya.',
      tooLong: 'Teks terlalu panjang.',
      controlCharacter: 'Teks memuat karakter kendali yang tidak terlihat: hapus.',
      unknownBranch: 'Kantor cabang tidak dikenal.',
      notFound: 'Review atau tindakan itu tidak ada lagi. Muat ulang halaman.',
    },
    refusedAsSaid: 'Server menolak:',
    assessment: {
      title: 'Penilaian minggu ini',
      through: (day) => `Sesuai data yang ada pada akhir ${day}: bulan kepesertaan yang sudah berakhir dan kegiatan kampanye sampai hari itu.`,
      targets: (met, notMet, noData) => `Target program: ${met} tercapai, ${notMet} belum tercapai${noData ? `, ${noData} belum ada data` : ''}.`,
      leagueTitle: 'Klasemen AR/ARK',
      leagueHint: 'Peserta baru terhadap pembagian target setahun dan terhadap fase bulanannya sampai hari Minggu minggu ini (bulan berjalan menurut hari yang sudah lewat, dibulatkan ke bawah): sesuai jalur bila realisasi mencapai target s.d. minggu ini.',
      columns: { staff: 'Petugas', target: 'Target setahun', realised: 'Realisasi', attainment: 'Capaian (setahun)', expectedToDate: 'Target s.d. minggu ini', attainmentToDate: 'Capaian s.d. minggu ini', onTrack: 'Sesuai jalur' },
      onTrack: { yes: 'sesuai jalur', no: 'tertinggal' },
      noLeague: 'Belum ada petugas dengan pembagian target atau kegiatan tahun ini.',
      loading: 'Menghitung penilaian…',
      downloadLeague: 'Unduh klasemen (CSV)',
    },
    overview: {
      title: 'Review semua cabang',
      hint: 'Per cabang: review terakhir sampai minggu ini, tindakan yang masih terbuka pada akhir minggu (dan yang lewat tenggat), dan capaian tim terhadap fase bulanan target sampai hari Minggu.',
      columns: { branch: 'Kantor cabang', latest: 'Review terakhir', open: 'Tindakan terbuka', overdue: 'Lewat tenggat', expectedToDate: 'Target s.d. minggu ini', realisedToDate: 'Realisasi', attainmentToDate: 'Capaian s.d. minggu ini' },
      none: 'belum pernah',
      reviewed: 'minggu ini',
      notReviewed: 'belum minggu ini',
      loading: 'Memuat review semua cabang…',
    },
  },
  en: {
    title: 'Weekly review',
    nav: 'Weekly review',
    intro: 'The results, problems and solutions the Kabid and the team discuss each week, with the actions agreed until they are closed.',
    branch: 'Branch office',
    chooseBranch: 'Choose a branch office to read its weekly reviews.',
    listTitle: 'This branch’s reviews',
    noReviews: 'No reviews yet.',
    olderReviews: 'Show older reviews',
    olderLoading: 'Loading older reviews…',
    weekLabel: (week: number, key: string) => `Week ${week} · ${key}`,
    actionsCount: (n: number) => (n === 0 ? 'no actions' : n === 1 ? '1 action' : `${n} actions`),
    weekShown: 'Week shown',
    thisWeek: 'This week',
    lastWeek: 'Last week',
    otherWeek: (key: string) => `Week ${key}`,
    prevWeek: 'Previous week',
    nextWeek: 'Next week',
    noReviewThisWeek: 'No review for this week yet. Write it below.',
    noReviewReadOnly: 'No review for this week yet.',
    writtenBy: (who: string, when: string) => `Written by ${who}, ${when}`,
    notesTitle: 'Notes',
    noNotes: 'No notes.',
    editNotes: 'Edit notes',
    saveNotes: 'Save notes',
    saving: 'Saving…',
    cancel: 'Cancel',
    notesLabel: 'Results, problems and solutions',
    notesHint: 'At most 10,000 characters.',
    notesSaved: 'Notes saved.',
    actionsTitle: 'Actions agreed',
    carriedTitle: 'Carried over from earlier reviews',
    carriedHint: 'Actions of earlier reviews that were still open in this week (their status now).',
    noActions: 'No actions yet.',
    noCarried: 'No actions carried over.',
    owner: 'Owner',
    noOwner: 'Not named',
    due: 'Due',
    noDue: 'No due date',
    agreedIn: (week: string) => `Agreed ${week}`,
    closedIn: (week: string) => `closed ${week}`,
    statuses: { OPEN: 'Open', DONE: 'Done', DROPPED: 'Dropped' },
    overdue: 'Overdue',
    markDone: 'Done',
    markDropped: 'Drop',
    reopen: 'Reopen',
    statusButtonName: (word: string, title: string) => `${word}: ${title}`,
    newReviewTitle: 'Write a review',
    newReviewWeek: 'Week',
    newReviewWeekHint: 'ISO week (Monday to Sunday), e.g. 2026-W49. This week or an earlier one.',
    createReview: 'Save review',
    creating: 'Saving…',
    addActionTitle: 'Add an action',
    actionTitle: 'Action',
    actionTitleHint: 'What is to be done (1–200 characters).',
    actionOwner: 'Owner',
    actionDue: 'Due',
    addAction: 'Add action',
    adding: 'Adding…',
    actionAdded: (title: string) => `Action added: ${title}`,
    readOnly: (role: string) => `You read as ${role}: the review is written by the branch’s Kabid.`,
    needLogin: 'The weekly review names the team, so it is for logged-in accounts only.',
    login: 'Log in',
    downloadCsv: 'Download actions (CSV)',
    printReport: 'Weekly report (print)',
    pdfReport: 'Weekly report (PDF)',
    loading: 'Loading the reviews…',
    retry: 'Try again',
    errorTitle: 'That did not work',
    network: 'The server cannot be reached. Try again.',
    forbidden: 'Your account may not do this.',
    unauthenticated: 'Your session has ended. Log in again.',
    refusals: {
      weekNotBegun: 'That week has not begun: write the review of this week or an earlier one.',
      weekTaken: 'That week already has a review: open it and edit its notes.',
      weekInvalid: 'Not a week: write it as YYYY-Www, e.g. 2026-W49.',
      ownerNotStaff: 'That owner is not on this branch’s team.',
      dueInvalid: 'The due date is not a real day.',
      titleEmpty: 'Say what is to be done.',
      tooLong: 'The text is too long.',
      controlCharacter: 'The text holds an invisible control character: remove it.',
      unknownBranch: 'Unknown branch office.',
      notFound: 'That review or action is gone. Reload the page.',
    },
    refusedAsSaid: 'The server refused:',
    assessment: {
      title: 'Assessment of the week',
      through: (day) => `As known at the end of ${day}: membership months that ended by then, campaign activities up to that day.`,
      targets: (met, notMet, noData) => `Program targets: ${met} met, ${notMet} not met${noData ? `, ${noData} without data yet` : ''}.`,
      leagueTitle: 'AR/ARK league table',
      leagueHint: 'New participants against the year’s target split and against its monthly phasing up to this week’s Sunday (the running month by the days gone, rounded down): on track when realised reaches the target to date.',
      columns: { staff: 'Staff member', target: 'Year’s target', realised: 'Realised', attainment: 'Attainment (year)', expectedToDate: 'Target to date', attainmentToDate: 'Attainment to date', onTrack: 'On track' },
      onTrack: { yes: 'on track', no: 'behind' },
      noLeague: 'No staff member has a target split or activities this year.',
      loading: 'Computing the assessment…',
      downloadLeague: 'Download the league table (CSV)',
    },
    overview: {
      title: 'Reviews of every branch',
      hint: 'Per branch: its latest review up to this week, the actions still open at the week’s end (and those overdue), and the team’s attainment against the monthly phasing of its targets up to the Sunday.',
      columns: { branch: 'Branch office', latest: 'Latest review', open: 'Open actions', overdue: 'Overdue', expectedToDate: 'Target to date', realisedToDate: 'Realised', attainmentToDate: 'Attainment to date' },
      none: 'never',
      reviewed: 'this week',
      notReviewed: 'not this week',
      loading: 'Loading the reviews of every branch…',
    },
  },
};
