// The words of the planning page (client/features/planning/), in Bahasa Indonesia and English:
// the target split across the AR/ARK team with its monthly phasing, the planned socialisation
// activities and their results, plan against realisation, and the server's refusals said in the
// reader's language.
import type { PlanGroupBy, PlannedStatus } from '../vocabulary/schema-enums.ts';
import type { Bilingual } from './bilingual.ts';

/** What the server says of a refused write, by the argument it names (plan-errors.ts). */
export interface PlanningRefusals {
  /** The shares add up to more than the branch target. */
  overTarget: (assigned: string, target: string, over: string) => string;
  notTeam: string;
  twoShares: string;
  shareInvalid: string;
  /** A share typed on the page is not a count: whose, and what was typed. */
  shareNotCount: (who: string, typed: string) => string;
  monthsSum: string;
  noBranchTarget: string;
  dayInvalid: string;
  channelInvalid: string;
  locationEmpty: string;
  audienceEmpty: string;
  staffInvalid: string;
  alreadyDone: string;
  alreadyCancelled: string;
  notFound: string;
  countInvalid: string;
  /** A result typed on the page is not a count: the field's label, and what was typed. */
  countNotCount: (field: string, typed: string) => string;
  countRequired: string;
  tooLong: string;
  controlCharacter: string;
  unknownBranch: string;
  tooMany: string;
  /** The import refused the results: the importer's reasons follow. */
  resultsRefused: string;
}

export interface PlanningTexts {
  title: string; nav: string; intro: string;
  branch: string; chooseBranch: string; year: string;
  needLogin: string; login: string;
  readOnly: (role: string) => string;
  loading: string; retry: string; errorTitle: string;
  // the target split
  splitTitle: string; splitIntro: (year: number) => string; noLines: (year: number) => string;
  /** A line's heading: "JKK · Penerima Upah (PU)". */
  lineTitle: (program: string, segment: string) => string;
  segmentNames: Record<string, string>;
  branchTarget: string; noBranchTarget: string; assigned: string; unassigned: string;
  /** The shares typed exceed the target by this much (said before the server is asked). */
  overBy: (over: string) => string;
  staff: string; role: string; share: string; phasing: string; months: string;
  evenSpread: string; ownPhasing: string; phasedMark: string; evenMark: string;
  /** The months typed add up to `sum`, not to the share. */
  monthsOff: (sum: string, share: string) => string;
  monthLabel: (month: string, name: string) => string;
  addShare: string; chooseStaff: string; removeShare: (name: string) => string;
  edit: string; editSplit: (line: string) => string; saveSplit: string; savingSplit: string; cancel: string;
  splitSaved: (line: string) => string;
  noShares: string; total: string;
  // planned activities
  activitiesTitle: string; range: string; thisWeek: string; lastWeek: string; thisMonth: string; wholeYear: (year: number) => string;
  /** "Minggu 49 · 2026-W49" */
  weekLabel: (week: number, key: string) => string;
  noActivities: string;
  date: string; channel: string; location: string; audience: string; segment: string; status: string; results: string;
  noStaff: string; noSegment: string;
  statuses: Record<PlannedStatus, string>;
  resultLine: (reach: string, registrations: string, cost: string) => string;
  planTitle: string; locationHint: string; audienceHint: string; planSubmit: string; planning: string; plannedNote: (location: string) => string;
  recordTitle: string; recordFor: (location: string) => string; realisedDate: string; realisedDateHint: string;
  reach: string; registrations: string; cost: string; leads: string; recordSubmit: string; recording: string; recorded: (location: string) => string;
  cancelButton: string; cancelPlan: (location: string) => string; cancelling: string; cancelledNote: (location: string) => string; close: string;
  // plan against realisation
  realisationTitle: string; realisationIntro: string; groupBy: string;
  groupNames: Record<PlanGroupBy, string>;
  key: Record<PlanGroupBy, string>;
  planned: string; done: string; cancelled: string; open: string; donePct: string; socialisations: string; recordedRegistrations: string;
  noRows: string; downloadCsv: string; noStaffGroup: string;
  // errors
  network: string; forbidden: string; unauthenticated: string; refusedAsSaid: string;
  refusals: PlanningRefusals;
}

export const planning: Bilingual<PlanningTexts> = {
  id: {
    title: 'Perencanaan',
    nav: 'Perencanaan',
    intro: 'Kabid membagi target peserta baru cabang kepada AR/ARK per bulan, merencanakan sosialisasi, dan membandingkan rencana dengan realisasi.',
    branch: 'Kantor cabang',
    chooseBranch: 'Pilih kantor cabang',
    year: 'Tahun',
    needLogin: 'Rencana menyebut nama staf, jadi hanya dapat dibaca setelah masuk.',
    login: 'Masuk',
    readOnly: (role) => `Anda membaca sebagai ${role}: rencana disusun oleh Kabid cabang.`,
    loading: 'Memuat…',
    retry: 'Coba lagi',
    errorTitle: 'Rencana tidak dapat dimuat.',
    splitTitle: 'Pembagian target',
    splitIntro: (year) => `Target peserta baru ${year} dari kantor pusat, per program dan segmen, dibagi kepada AR/ARK dengan rincian per bulan.`,
    noLines: (year) => `Belum ada target peserta baru untuk ${year}: target dari kantor pusat diimpor lebih dulu.`,
    lineTitle: (program, segment) => `${program} · ${segment}`,
    segmentNames: { PU: 'Penerima Upah (PU)', BPU: 'Bukan Penerima Upah (BPU)' },
    branchTarget: 'Target cabang',
    noBranchTarget: 'tidak ada',
    assigned: 'Terbagi',
    unassigned: 'Belum terbagi',
    overBy: (over) => `Pembagian melebihi target cabang sebanyak ${over}.`,
    staff: 'Staf',
    role: 'Jabatan',
    share: 'Bagian',
    phasing: 'Rincian bulanan',
    months: 'Bulan',
    evenSpread: 'Sebar rata',
    ownPhasing: 'Atur per bulan',
    phasedMark: 'dirinci Kabid',
    evenMark: 'sebar rata',
    monthsOff: (sum, share) => `Jumlah bulan ${sum}, bukan ${share}.`,
    monthLabel: (month, name) => `${name}: ${month}`,
    addShare: 'Tambah AR/ARK',
    chooseStaff: 'Pilih AR/ARK',
    removeShare: (name) => `Hapus bagian ${name}`,
    edit: 'Ubah pembagian',
    editSplit: (line) => `Ubah pembagian ${line}`,
    saveSplit: 'Simpan pembagian',
    savingSplit: 'Menyimpan…',
    cancel: 'Batal',
    splitSaved: (line) => `Pembagian ${line} tersimpan.`,
    noShares: 'Belum dibagi kepada siapa pun.',
    total: 'Jumlah',
    activitiesTitle: 'Rencana kegiatan sosialisasi',
    range: 'Rentang',
    thisWeek: 'Minggu ini',
    lastWeek: 'Minggu lalu',
    thisMonth: 'Bulan ini',
    wholeYear: (year) => `Tahun ${year}`,
    weekLabel: (week, key) => `Minggu ${week} · ${key}`,
    noActivities: 'Tidak ada kegiatan yang direncanakan dalam rentang ini.',
    date: 'Tanggal',
    channel: 'Saluran',
    location: 'Tempat',
    audience: 'Sasaran (perusahaan atau kelompok pekerja)',
    segment: 'Segmen',
    status: 'Status',
    results: 'Hasil',
    noStaff: 'Belum ditentukan',
    noSegment: 'Semua segmen',
    statuses: { PLANNED: 'Direncanakan', DONE: 'Terlaksana', CANCELLED: 'Dibatalkan' },
    resultLine: (reach, registrations, cost) => `${reach} hadir, ${registrations} mendaftar, biaya ${cost}`,
    planTitle: 'Rencanakan kegiatan',
    locationHint: 'Perusahaan, pasar atau tempat kegiatan (paling banyak 200 karakter).',
    audienceHint: 'Perusahaan atau kelompok pekerja yang disasar (paling banyak 300 karakter).',
    planSubmit: 'Simpan rencana',
    planning: 'Menyimpan…',
    plannedNote: (location) => `Kegiatan di ${location} direncanakan.`,
    recordTitle: 'Catat hasil',
    recordFor: (location) => `Catat hasil: ${location}`,
    realisedDate: 'Tanggal pelaksanaan',
    realisedDateHint: 'Kosongkan bila sesuai tanggal rencana.',
    reach: 'Peserta hadir',
    registrations: 'Pendaftaran',
    cost: 'Biaya (Rp)',
    leads: 'Peminat',
    recordSubmit: 'Simpan hasil',
    recording: 'Menyimpan…',
    recorded: (location) => `Hasil kegiatan di ${location} tercatat.`,
    cancelButton: 'Batalkan',
    cancelPlan: (location) => `Batalkan: ${location}`,
    cancelling: 'Membatalkan…',
    cancelledNote: (location) => `Kegiatan di ${location} dibatalkan.`,
    close: 'Tutup',
    realisationTitle: 'Rencana dan realisasi',
    realisationIntro: 'Kegiatan yang direncanakan menurut status, di samping semua sosialisasi yang tercatat (direncanakan atau tidak) dan pendaftarannya.',
    groupBy: 'Menurut',
    groupNames: { WEEK: 'Minggu', MONTH: 'Bulan', STAFF: 'Staf' },
    key: { WEEK: 'Minggu', MONTH: 'Bulan', STAFF: 'Staf' },
    planned: 'Direncanakan',
    done: 'Terlaksana',
    cancelled: 'Dibatalkan',
    open: 'Belum',
    donePct: 'Terlaksana (%)',
    socialisations: 'Sosialisasi tercatat',
    recordedRegistrations: 'Pendaftaran',
    noRows: 'Belum ada rencana atau sosialisasi dalam rentang ini.',
    downloadCsv: 'Unduh CSV',
    noStaffGroup: 'Tanpa staf',
    network: 'Server tidak dapat dihubungi. Periksa sambungan lalu coba lagi.',
    forbidden: 'Akun Anda tidak diizinkan melakukan ini.',
    unauthenticated: 'Sesi Anda telah berakhir. Silakan masuk lagi.',
    refusedAsSaid: 'Server menolak permintaan ini:',
    refusals: {
      overTarget: (assigned, target, over) => `Pembagian berjumlah ${assigned}, melebihi target cabang ${target} (lebih ${over}). Kurangi bagiannya.`,
      notTeam: 'Bagian hanya untuk AR atau ARK cabang ini.',
      twoShares: 'Satu orang mendapat dua bagian; gabungkan menjadi satu.',
      shareInvalid: 'Bagian harus bilangan bulat 0 atau lebih.',
      shareNotCount: (who, typed) => `Bagian ${who} “${typed}” bukan bilangan bulat 0 atau lebih; tulis misalnya 6000 atau 6.000, tanpa koma desimal.`,
      monthsSum: 'Rincian bulanan harus berjumlah sama dengan bagiannya.',
      noBranchTarget: 'Cabang belum punya target ini dari kantor pusat; target diimpor lebih dulu.',
      dayInvalid: 'Tanggal tidak valid; gunakan tanggal kalender.',
      channelInvalid: 'Pilih saluran sosialisasi.',
      locationEmpty: 'Isi tempat kegiatan.',
      audienceEmpty: 'Isi sasaran kegiatan.',
      staffInvalid: 'Staf tersebut bukan staf cabang ini.',
      alreadyDone: 'Kegiatan ini sudah terlaksana.',
      alreadyCancelled: 'Kegiatan ini sudah dibatalkan.',
      notFound: 'Kegiatan ini tidak ditemukan; muat ulang halaman.',
      countInvalid: 'Isi bilangan bulat 0 atau lebih.',
      countNotCount: (field, typed) => `${field}: “${typed}” bukan bilangan bulat 0 atau lebih; tulis misalnya 1250000 atau 1.250.000, tanpa koma desimal.`,
      countRequired: 'Isi peserta hadir dan pendaftaran.',
      tooLong: 'Teks terlalu panjang.',
      controlCharacter: 'Teks memuat karakter kontrol; hapus karakter tersebut.',
      unknownBranch: 'Kantor cabang tidak dikenal.',
      tooMany: 'Terlalu banyak kegiatan dalam rentang ini; pilih rentang yang lebih pendek.',
      resultsRefused: 'Hasil tidak tersimpan; pemeriksaan impor menolaknya:',
    },
  },
  en: {
    title: 'Planning',
    nav: 'Planning',
    intro: 'The Kabid splits the branch’s new-participant targets across the AR/ARK team by month, plans socialisation, and compares the plan with what was done.',
    branch: 'Branch office',
    chooseBranch: 'Choose a branch office',
    year: 'Year',
    needLogin: 'The plan names staff members, so it is read only after logging in.',
    login: 'Log in',
    readOnly: (role) => `You are reading as ${role}: the plan is made by the branch’s Kabid.`,
    loading: 'Loading…',
    retry: 'Try again',
    errorTitle: 'The plan could not be loaded.',
    splitTitle: 'Target split',
    splitIntro: (year) => `Head office’s new-participant targets for ${year}, per program and segment, split across the AR/ARK with a monthly phasing.`,
    noLines: (year) => `No new-participant targets for ${year} yet: head office’s targets are imported first.`,
    lineTitle: (program, segment) => `${program} · ${segment}`,
    segmentNames: { PU: 'Wage earners (PU)', BPU: 'Non-wage earners (BPU)' },
    branchTarget: 'Branch target',
    noBranchTarget: 'none',
    assigned: 'Assigned',
    unassigned: 'Unassigned',
    overBy: (over) => `The shares exceed the branch target by ${over}.`,
    staff: 'Staff member',
    role: 'Role',
    share: 'Share',
    phasing: 'Monthly phasing',
    months: 'Months',
    evenSpread: 'Even spread',
    ownPhasing: 'Set by month',
    phasedMark: 'phased by the Kabid',
    evenMark: 'even spread',
    monthsOff: (sum, share) => `The months add up to ${sum}, not ${share}.`,
    monthLabel: (month, name) => `${name}: ${month}`,
    addShare: 'Add an AR/ARK',
    chooseStaff: 'Choose an AR/ARK',
    removeShare: (name) => `Remove ${name}’s share`,
    edit: 'Edit the split',
    editSplit: (line) => `Edit the split of ${line}`,
    saveSplit: 'Save split',
    savingSplit: 'Saving…',
    cancel: 'Cancel',
    splitSaved: (line) => `The split of ${line} is saved.`,
    noShares: 'Not split across anyone yet.',
    total: 'Total',
    activitiesTitle: 'Planned socialisation activities',
    range: 'Range',
    thisWeek: 'This week',
    lastWeek: 'Last week',
    thisMonth: 'This month',
    wholeYear: (year) => `Year ${year}`,
    weekLabel: (week, key) => `Week ${week} · ${key}`,
    noActivities: 'No activities planned in this range.',
    date: 'Date',
    channel: 'Channel',
    location: 'Where',
    audience: 'Audience (companies or worker groups)',
    segment: 'Segment',
    status: 'Status',
    results: 'Results',
    noStaff: 'Not assigned',
    noSegment: 'All segments',
    statuses: { PLANNED: 'Planned', DONE: 'Done', CANCELLED: 'Cancelled' },
    resultLine: (reach, registrations, cost) => `${reach} attended, ${registrations} registered, cost ${cost}`,
    planTitle: 'Plan an activity',
    locationHint: 'The company, market or premises (up to 200 characters).',
    audienceHint: 'The companies or worker groups it targets (up to 300 characters).',
    planSubmit: 'Save plan',
    planning: 'Saving…',
    plannedNote: (location) => `The activity at ${location} is planned.`,
    recordTitle: 'Record results',
    recordFor: (location) => `Record results: ${location}`,
    realisedDate: 'Day it took place',
    realisedDateHint: 'Leave empty when it was the planned day.',
    reach: 'Attendees',
    registrations: 'Registrations',
    cost: 'Cost (Rp)',
    leads: 'Interested',
    recordSubmit: 'Save results',
    recording: 'Saving…',
    recorded: (location) => `The results of the activity at ${location} are recorded.`,
    cancelButton: 'Cancel',
    cancelPlan: (location) => `Cancel: ${location}`,
    cancelling: 'Cancelling…',
    cancelledNote: (location) => `The activity at ${location} is cancelled.`,
    close: 'Close',
    realisationTitle: 'Plan and realisation',
    realisationIntro: 'Planned activities by status, beside every socialisation activity recorded (planned or not) and its registrations.',
    groupBy: 'By',
    groupNames: { WEEK: 'Week', MONTH: 'Month', STAFF: 'Staff' },
    key: { WEEK: 'Week', MONTH: 'Month', STAFF: 'Staff member' },
    planned: 'Planned',
    done: 'Done',
    cancelled: 'Cancelled',
    open: 'Open',
    donePct: 'Done (%)',
    socialisations: 'Socialisation recorded',
    recordedRegistrations: 'Registrations',
    noRows: 'No plans or socialisation in this range yet.',
    downloadCsv: 'Download CSV',
    noStaffGroup: 'No staff member',
    network: 'The server cannot be reached. Check the connection and try again.',
    forbidden: 'Your account is not allowed to do this.',
    unauthenticated: 'Your session has ended. Please log in again.',
    refusedAsSaid: 'The server refused this request:',
    refusals: {
      overTarget: (assigned, target, over) => `The shares add up to ${assigned}, more than the branch target of ${target} (by ${over}). Lower the shares.`,
      notTeam: 'Shares go to the branch’s AR or ARK only.',
      twoShares: 'One person has two shares; give one.',
      shareInvalid: 'A share is a whole number from 0.',
      shareNotCount: (who, typed) => `${who}’s share “${typed}” is not a whole number from 0; write e.g. 6000 or 6,000, without decimals.`,
      monthsSum: 'The monthly phasing must add up to the share.',
      noBranchTarget: 'The branch has no such target from head office; targets are imported first.',
      dayInvalid: 'Not a valid day; give a calendar date.',
      channelInvalid: 'Choose a socialisation channel.',
      locationEmpty: 'Say where the activity takes place.',
      audienceEmpty: 'Say whom the activity targets.',
      staffInvalid: 'That person is not on the branch’s staff.',
      alreadyDone: 'This activity is done already.',
      alreadyCancelled: 'This activity is cancelled already.',
      notFound: 'This activity was not found; reload the page.',
      countInvalid: 'Give a whole number from 0.',
      countNotCount: (field, typed) => `${field}: “${typed}” is not a whole number from 0; write e.g. 1250000 or 1,250,000, without decimals.`,
      countRequired: 'Give the attendees and the registrations.',
      tooLong: 'The text is too long.',
      controlCharacter: 'The text holds a control character; remove it.',
      unknownBranch: 'Unknown branch office.',
      tooMany: 'Too many activities in this range; choose a shorter one.',
      resultsRefused: 'The results were not stored; the import’s checks refused them:',
    },
  },
};
