// The dashboard's own words (shell, filters, panels, states), in Bahasa Indonesia (default) and
// English. Chart-internal labels (axes, legends, channel names) are the charts namespace
// (charts.ts) so the server renders the same words; this one only covers what the dashboard adds
// around the charts. Indonesian terms are the ones branch staff use (peserta aktif, capaian,
// sosialisasi…).
import type { Bilingual } from './bilingual.ts';

/** The dashboard's texts in one language; sentences with figures are functions of them. */
export interface DashboardTexts {
  // shell
  appName: string; tagline: string; branchOffice: string; language: string; languageName: string;
  switchTo: string; switchToLabel: string; nav: string; navDashboard: string; navImport: string; skipToContent: string;
  syntheticNotice: string; syntheticNoticeLong: string; staleNotice: string;
  staleSince: (month: string, months: number) => string;
  staleBranches: (codes: string, more: number) => string;
  staleCampaigns: (month: string, months: number) => string;
  studyBadge: string; studyBadgeLong: string; importedBadge: string;
  // filters
  filters: string; branch: string; period: string; from: string; to: string; year: string; quarter: string; month: string;
  granularity: string;
  granularities: { YEAR: string; QUARTER: string; MONTH: string };
  segments: string;
  segmentNames: Record<string, string>;
  resetFilters: string; copyLink: string; linkCopied: string;
  // scope: the nation, a regional office (kantor wilayah) or a branch (kantor cabang)
  scope: string; scopeShown: string; national: string; region: string; nationalOption: string;
  allBranches: string; allBranchesOf: (region: string) => string; noRegion: string;
  // the ranked table of the offices in scope (drill-down)
  rankingBranches: string; rankingRegions: string;
  rankingSubtitle: (year: number, period: string) => string;
  rankingLevel: string; rankingSearch: string; rankingStudyOnly: string; rankingEmpty: string;
  rankingShown: (shown: number, total: number) => string;
  rankingRank: string; rankingOffice: string;
  rankingAttainment: (year: number) => string; rankingRegistrations: string; rankingCostPerRegistration: string; rankingSource: string;
  rankingSort: (column: string) => string;
  rankingOpen: (name: string) => string;
  rankingNoData: string; rankingPartial: string; rankingWholePeriod: string;
  studyBranch: string; containsStudyBranch: string;
  // states and panels
  loading: string; empty: string; errorTitle: string; retry: string; showTable: string; hideTable: string;
  /** What a refusal of the server means for the reader, by its error code (the server's own text is English). */
  errorByCode: Partial<Record<'COST_LIMIT' | 'HEAVY_QUERY_BUSY' | 'QUERY_TIMEOUT' | 'FORBIDDEN' | 'RATE_LIMITED', string>>;
  tableCaption: (title: string) => string;
  chartKeyboardHint: string; shareSlot: string;
  /** The hint of a chart whose bars are offices: a bar opens its office, as its row in the ranked table does. */
  chartOpenOfficeHint: string;
  // membership
  membershipTitle: string; membershipSubtitle: string; byProgram: string; byProgramHint: string; programs: string;
  programNames: Record<string, string>;
  latest: string;
  yoy: (period: string) => string;
  yoyLabel: string;
  // reach
  campaignReachTitle: string; reachSubtitle: string; measure: string; focusChannel: string; allChannels: string; clearFocus: string;
  focused: (name: string) => string;
  reachGroupBy: string; reachGroupings: { CHANNEL: string; WEEK: string };
  campaignReachByWeekTitle: string; reachWeekSubtitle: string;
  // weeks as the view's period (common/dashboard/week-period.ts)
  weeks: string; thisWeek: string; lastWeek: string;
  /** The weeks shown with their days: "Mg 49 2026 (30 Nov – 6 Des 2026)". */
  weeksShown: (weeks: string, days: string) => string;
  /** The button back to the filter bar's periods: those that hold the weeks ("Desember 2026"). */
  leaveWeeks: (period: string) => string;
  /** Why a panel whose figures are monthly or yearly has nothing for weeks, and what answers them. */
  weekUnavailable: { membership: string; targets: string };
  weekAnsweredBy: string;
  // targets
  targetsTitle: string; targetsSubtitle: string;
  targetsUnit: (unit: string) => string;
  targetsEnrolmentsNote: string;
  targetsAsOfRange: (earliest: string, latest: string) => string;
  targetsNoData: (n: number) => string;
  targetsPartial: (n: number) => string;
  targetsPartialNote: string; groupBy: string;
  /** The chart draws the two ends of the ranking only (common/charts/attainment-ranking.ts). */
  targetsRankedNote: (each: string, total: string) => string;
  /** The button that opens the ranked offices' table on this ranking (national or regional scope). */
  targetsRankingLink: (level: 'BRANCH' | 'REGION') => string;
  groupByNames: { PROGRAM: string; SEGMENT: string; STAFF: string; BRANCH: string; REGION: string };
  asOf: (period: string) => string;
  // effectiveness
  effectivenessTitle: string; effectivenessSubtitle: string; effectivenessMethod: string; verdict: string;
  socialisation: string; promotion: string; chartPending: string;
  // page
  footer: string; importLoading: string; notFound: string;
}

export const dashboard: Bilingual<DashboardTexts> = {
  id: {
    appName: 'Pantau',
    tagline: 'Kepesertaan, kampanye dan target',
    branchOffice: 'Kantor cabang',
    language: 'Bahasa',
    languageName: 'Bahasa Indonesia',
    switchTo: 'English',
    switchToLabel: 'Switch to English',
    nav: 'Navigasi utama',
    navDashboard: 'Dasbor',
    navImport: 'Impor data',
    skipToContent: 'Lompat ke isi',
    syntheticNotice: 'Data sintetis (demo)',
    syntheticNoticeLong:
      'Sebagian angka yang tampil adalah data sintetis untuk demonstrasi, bukan data nyata BPJS Ketenagakerjaan.',
    staleNotice: 'Data tidak mutakhir',
    staleSince: (month: string, months: number) => `Data terakhir: ${month}, ${months} bulan sebelum bulan ini. Angka yang tampil bukan keadaan saat ini.`,
    staleBranches: (codes: string, more: number) => `Cabang dengan data tertinggal: ${codes}${more ? ` dan ${more} cabang lain` : ''}.`,
    staleCampaigns: (month: string, months: number) => `Kegiatan kampanye terakhir: ${month}, ${months} bulan sebelum bulan ini.`,
    studyBadge: 'Data studi',
    studyBadgeLong: 'Titik terisi = data studi (Kantor Cabang Madiun, Tabel 1–2, 2016–2020); titik kosong = data sintetis.',
    importedBadge: 'Data impor',
    filters: 'Filter',
    branch: 'Kantor cabang',
    period: 'Periode',
    from: 'Dari',
    to: 'Sampai',
    year: 'Tahun',
    quarter: 'Triwulan',
    month: 'Bulan',
    granularity: 'Satuan waktu',
    granularities: { YEAR: 'Tahunan', QUARTER: 'Triwulanan', MONTH: 'Bulanan' },
    segments: 'Segmen',
    segmentNames: {
      PU: 'PU (Penerima Upah)',
      BPU: 'BPU (Bukan Penerima Upah)',
      JAKON: 'Jasa Konstruksi',
      PMI: 'PMI (Pekerja Migran)',
    },
    resetFilters: 'Atur ulang',
    copyLink: 'Salin tautan',
    linkCopied: 'Tautan disalin',
    scope: 'Cakupan',
    scopeShown: 'Cakupan yang tampil',
    national: 'Nasional',
    region: 'Kantor wilayah',
    nationalOption: 'Nasional (semua kantor wilayah)',
    allBranches: 'Semua kantor cabang',
    allBranchesOf: (region: string) => `Semua kantor cabang di ${region}`,
    noRegion: 'Tanpa kantor wilayah',
    rankingBranches: 'Peringkat kantor cabang',
    rankingRegions: 'Peringkat kantor wilayah',
    rankingSubtitle: (year: number, period: string) => `Capaian target ${year} (kepesertaan program, peserta aktif) dan hasil kampanye ${period}. Pilih satu baris untuk mempersempit cakupan.`,
    rankingLevel: 'Tampilkan',
    rankingSearch: 'Cari kantor',
    rankingStudyOnly: 'Cabang studi saja',
    rankingEmpty: 'Tidak ada kantor yang cocok.',
    rankingShown: (shown: number, total: number) => `${shown} dari ${total} kantor`,
    rankingRank: 'Peringkat',
    rankingOffice: 'Kantor',
    rankingAttainment: (year: number) => `Capaian target ${year} (%)`,
    rankingRegistrations: 'Pendaftaran baru (orang)',
    rankingCostPerRegistration: 'Biaya per pendaftaran (Rp)',
    rankingSource: 'Sumber data',
    rankingSort: (column: string) => `Urutkan menurut ${column}`,
    rankingOpen: (name: string) => `Buka ${name}`,
    rankingNoData: 'belum ada data',
    rankingPartial: 'data belum lengkap',
    rankingWholePeriod: 'seluruh periode',
    studyBranch: 'Cabang studi',
    containsStudyBranch: 'memuat cabang studi',
    loading: 'Memuat data…',
    empty: 'Belum ada data untuk pilihan ini. Ubah periode, segmen atau kantor cabang.',
    errorTitle: 'Data tidak dapat dimuat',
    retry: 'Coba lagi',
    errorByCode: {
      COST_LIMIT: 'Pertanyaan ini terlalu besar untuk dijawab sekaligus. Pilih satu kantor wilayah atau kantor cabang, atau periode yang lebih pendek.',
      HEAVY_QUERY_BUSY: 'Server sedang menjawab pertanyaan besar lain. Coba lagi sebentar lagi.',
      QUERY_TIMEOUT: 'Jawaban memakan waktu terlalu lama. Pilih cakupan atau periode yang lebih kecil, lalu coba lagi.',
      FORBIDDEN: 'Akun Anda tidak boleh membaca data ini.',
      RATE_LIMITED: 'Terlalu banyak permintaan dalam waktu singkat. Tunggu sebentar, lalu coba lagi.',
    },
    showTable: 'Tampilkan data sebagai tabel',
    hideTable: 'Sembunyikan tabel',
    tableCaption: (title: string) => `Data: ${title}`,
    chartKeyboardHint: 'Gunakan tombol panah untuk membaca nilai, Enter untuk memilih',
    chartOpenOfficeHint: 'Gunakan tombol panah untuk membaca nilai; klik batang kantor (atau Enter) untuk membukanya',
    shareSlot: 'Bagikan',
    // membership
    membershipTitle: 'Tren peserta aktif',
    membershipSubtitle: 'Peserta aktif pada akhir periode, per segmen, dengan perubahan dari periode sebelumnya.',
    byProgram: 'Per program',
    byProgramHint: 'Menghitung kepesertaan per program (satu orang dapat terdaftar di beberapa program)',
    programs: 'Program',
    programNames: {
      JKK: 'JKK (Kecelakaan Kerja)',
      JKM: 'JKM (Kematian)',
      JHT: 'JHT (Hari Tua)',
      JP: 'JP (Pensiun)',
      JKP: 'JKP (Kehilangan Pekerjaan)',
    },
    latest: 'Terakhir',
    yoy: (period: string) => `dibanding ${period}`,
    yoyLabel: 'Perubahan tahunan',
    // reach
    campaignReachTitle: 'Jangkauan kampanye per kanal',
    reachSubtitle: 'Sosialisasi dan promosi per kanal. Klik batang atau pilih kanal untuk memfokuskannya.',
    measure: 'Ukuran',
    focusChannel: 'Fokus kanal',
    allChannels: 'Semua kanal',
    clearFocus: 'Hapus fokus',
    focused: (name: string) => `Fokus: ${name}`,
    reachGroupBy: 'Kelompokkan menurut',
    reachGroupings: { CHANNEL: 'Kanal', WEEK: 'Minggu (ISO)' },
    campaignReachByWeekTitle: 'Jangkauan kampanye per minggu',
    reachWeekSubtitle: 'Sosialisasi dan promosi per minggu ISO (Senin–Minggu). Semua angka ada di tabel data.',
    weeks: 'Minggu',
    thisWeek: 'Minggu ini',
    lastWeek: 'Minggu lalu',
    weeksShown: (weeks: string, days: string) => `${weeks} (${days})`,
    leaveWeeks: (period: string) => `Kembali ke periode: ${period}`,
    weekUnavailable: {
      membership: 'Peserta aktif dicatat per bulan, jadi tidak ada angkanya per minggu.',
      targets: 'Target ditetapkan per tahun dan realisasinya dihitung per bulan, jadi capaiannya tidak dapat dibaca per minggu.',
    },
    weekAnsweredBy: 'Jangkauan kampanye dan efektivitas menjawab minggu yang dipilih.',
    // targets
    targetsTitle: 'Capaian target',
    targetsSubtitle: 'Target dibanding realisasi, dengan proyeksi akhir tahun (IK 95%) dari laju berjalan tiap cabang.',
    targetsUnit: (unit: string) => `Satuan: ${unit}`,
    targetsEnrolmentsNote:
      'Target program dan segmen dihitung dalam kepesertaan program: peserta yang terdaftar di JKK dan JKM dihitung dua kali, jadi angkanya tidak sebanding dengan jumlah peserta (orang) pada tren.',
    targetsAsOfRange: (earliest: string, latest: string) => `Data per ${earliest} – ${latest} (berbeda per cabang)`,
    targetsNoData: (n: number) => `${n} target belum ada data`,
    targetsPartial: (n: number) => `data belum lengkap: ${n} baris`,
    targetsPartialNote: 'Sebagian target di baris ini belum ada datanya: capaiannya dihitung atas target yang ada datanya saja, sisanya ditulis terpisah (arahkan kursor ke batang).',
    targetsRankedNote: (each: string, total: string) =>
      `Grafik menampilkan ${each} baris dengan capaian tertinggi dan ${each} terendah dari ${total}; semua ${total} baris ada di tabel data di bawah.`,
    targetsRankingLink: (level: 'BRANCH' | 'REGION') => (level === 'BRANCH' ? 'Lihat peringkat semua cabang di tabel peringkat' : 'Lihat peringkat kantor wilayah di tabel peringkat'),
    groupBy: 'Kelompokkan menurut',
    groupByNames: { PROGRAM: 'Program', SEGMENT: 'Segmen', STAFF: 'Petugas (AR/ARK)', BRANCH: 'Cabang', REGION: 'Kantor wilayah' },
    asOf: (period: string) => `Data per ${period}`,
    // effectiveness
    effectivenessTitle: 'Sosialisasi dibanding promosi',
    effectivenessSubtitle:
      'Konversi dengan interval kepercayaan 95%, biaya per pendaftaran dan pendaftaran per kegiatan.',
    effectivenessMethod: 'Cara menghitung',
    verdict: 'Kesimpulan',
    socialisation: 'Sosialisasi',
    promotion: 'Promosi',
    chartPending: 'Grafik sedang disiapkan; angkanya tersedia di tabel.',
    footer: 'Pantau · BPJS Ketenagakerjaan · angka dihitung dari data yang tersimpan di server ini',
    importLoading: 'Memuat halaman impor…',
    notFound: 'Halaman tidak ditemukan',
  },
  en: {
    appName: 'Pantau',
    tagline: 'Membership, campaigns and targets',
    branchOffice: 'Branch office',
    language: 'Language',
    languageName: 'English',
    switchTo: 'Bahasa Indonesia',
    switchToLabel: 'Ganti ke Bahasa Indonesia',
    nav: 'Main navigation',
    navDashboard: 'Dashboard',
    navImport: 'Import data',
    skipToContent: 'Skip to content',
    syntheticNotice: 'Synthetic demo data',
    syntheticNoticeLong: 'Some figures shown are synthetic demonstration data, not real BPJS Ketenagakerjaan data.',
    staleNotice: 'Data out of date',
    staleSince: (month: string, months: number) => `Latest data: ${month}, ${months} months before this month. The figures shown are not the current state.`,
    staleBranches: (codes: string, more: number) => `Branches whose data lag behind: ${codes}${more ? ` and ${more} more` : ''}.`,
    staleCampaigns: (month: string, months: number) => `Latest campaign activity: ${month}, ${months} months before this month.`,
    studyBadge: 'Study data',
    studyBadgeLong: 'Filled markers = study figures (Madiun branch, Tables 1–2, 2016–2020); hollow markers = synthetic data.',
    importedBadge: 'Imported data',
    filters: 'Filters',
    branch: 'Branch office',
    period: 'Period',
    from: 'From',
    to: 'To',
    year: 'Year',
    quarter: 'Quarter',
    month: 'Month',
    granularity: 'Time unit',
    granularities: { YEAR: 'Yearly', QUARTER: 'Quarterly', MONTH: 'Monthly' },
    segments: 'Segments',
    segmentNames: {
      PU: 'PU (wage earners)',
      BPU: 'BPU (non-wage earners)',
      JAKON: 'Construction (Jasa Konstruksi)',
      PMI: 'PMI (migrant workers)',
    },
    resetFilters: 'Reset',
    copyLink: 'Copy link',
    linkCopied: 'Link copied',
    scope: 'Scope',
    scopeShown: 'Scope shown',
    national: 'National',
    region: 'Regional office',
    nationalOption: 'National (every regional office)',
    allBranches: 'All branch offices',
    allBranchesOf: (region: string) => `All branch offices of ${region}`,
    noRegion: 'No regional office',
    rankingBranches: 'Branch office ranking',
    rankingRegions: 'Regional office ranking',
    rankingSubtitle: (year: number, period: string) => `Target attainment ${year} (program enrolments, active participants) and campaign results, ${period}. Choose a row to narrow the scope to it.`,
    rankingLevel: 'Show',
    rankingSearch: 'Find an office',
    rankingStudyOnly: 'Study branch only',
    rankingEmpty: 'No office matches.',
    rankingShown: (shown: number, total: number) => `${shown} of ${total} ${total === 1 ? 'office' : 'offices'}`,
    rankingRank: 'Rank',
    rankingOffice: 'Office',
    rankingAttainment: (year: number) => `Target attainment ${year} (%)`,
    rankingRegistrations: 'New registrations (persons)',
    rankingCostPerRegistration: 'Cost per registration (Rp)',
    rankingSource: 'Data source',
    rankingSort: (column: string) => `Sort by ${column}`,
    rankingOpen: (name: string) => `Open ${name}`,
    rankingNoData: 'no data yet',
    rankingPartial: 'incomplete data',
    rankingWholePeriod: 'whole period',
    studyBranch: 'Study branch',
    containsStudyBranch: 'includes the study branch',
    loading: 'Loading data…',
    empty: 'No data for this selection yet. Change the period, segments or branch office.',
    errorTitle: 'The data could not be loaded',
    retry: 'Try again',
    errorByCode: {
      COST_LIMIT: 'This question is too large to answer at once. Choose one regional office or branch office, or a shorter period.',
      HEAVY_QUERY_BUSY: 'The server is answering other large questions. Try again in a moment.',
      QUERY_TIMEOUT: 'The answer took too long. Choose a smaller scope or period, then try again.',
      FORBIDDEN: 'Your account may not read these data.',
      RATE_LIMITED: 'Too many requests in a short time. Wait a moment, then try again.',
    },
    showTable: 'Show data as a table',
    hideTable: 'Hide table',
    tableCaption: (title: string) => `Data: ${title}`,
    chartKeyboardHint: 'Use the arrow keys to read values, Enter to select',
    chartOpenOfficeHint: "Use the arrow keys to read values; click an office's bar (or press Enter) to open it",
    shareSlot: 'Share',
    membershipTitle: 'Active participants over time',
    membershipSubtitle: 'Active participants at the end of each period, by segment, with the change from the previous period.',
    byProgram: 'By program',
    byProgramHint: 'Counts enrolments per program (one person can be enrolled in several programs)',
    programs: 'Programs',
    programNames: {
      JKK: 'JKK (work accident)',
      JKM: 'JKM (death)',
      JHT: 'JHT (old-age savings)',
      JP: 'JP (pension)',
      JKP: 'JKP (job loss)',
    },
    latest: 'Latest',
    yoy: (period: string) => `vs ${period}`,
    yoyLabel: 'Year-on-year change',
    campaignReachTitle: 'Campaign reach by channel',
    reachSubtitle: 'Socialisation and promotion by channel. Click a bar or pick a channel to focus it.',
    measure: 'Measure',
    focusChannel: 'Focus channel',
    allChannels: 'All channels',
    clearFocus: 'Clear focus',
    focused: (name: string) => `Focus: ${name}`,
    reachGroupBy: 'Group by',
    reachGroupings: { CHANNEL: 'Channel', WEEK: 'Week (ISO)' },
    campaignReachByWeekTitle: 'Campaign reach by week',
    reachWeekSubtitle: 'Socialisation and promotion by ISO week (Monday to Sunday). Every figure is in the data table.',
    weeks: 'Weeks',
    thisWeek: 'This week',
    lastWeek: 'Last week',
    weeksShown: (weeks: string, days: string) => `${weeks} (${days})`,
    leaveWeeks: (period: string) => `Back to periods: ${period}`,
    weekUnavailable: {
      membership: 'Active participants are recorded by month, so there are no figures by week.',
      targets: 'Targets are set per year and their realisation counted by month, so attainment cannot be read by week.',
    },
    weekAnsweredBy: 'Campaign reach and effectiveness answer the week chosen.',
    targetsTitle: 'Target attainment',
    targetsSubtitle: "Target versus realisation, with the year-end projection (95% CI) from each branch's run rate.",
    targetsUnit: (unit: string) => `Unit: ${unit}`,
    targetsEnrolmentsNote:
      'Program and segment targets count program enrolments: a participant enrolled in JKK and JKM counts twice, so these figures are not comparable with the participants (persons) of the trend.',
    targetsAsOfRange: (earliest: string, latest: string) => `Data as of ${earliest} – ${latest} (differs by branch)`,
    targetsNoData: (n: number) => `${n} ${n === 1 ? 'target has' : 'targets have'} no data yet`,
    targetsPartial: (n: number) => `incomplete data: ${n} ${n === 1 ? 'row' : 'rows'}`,
    targetsPartialNote: 'Some targets of these rows have no data yet: their attainment is over the targets with data only, the rest is given apart (hover a bar).',
    targetsRankedNote: (each: string, total: string) =>
      `The chart shows the ${each} rows with the highest attainment and the ${each} lowest of ${total}; all ${total} rows are in the data table below.`,
    targetsRankingLink: (level: 'BRANCH' | 'REGION') => (level === 'BRANCH' ? 'See every branch in the ranking table' : 'See the regional offices in the ranking table'),
    groupBy: 'Group by',
    groupByNames: { PROGRAM: 'Program', SEGMENT: 'Segment', STAFF: 'Staff (AR/ARK)', BRANCH: 'Branch', REGION: 'Regional office' },
    asOf: (period: string) => `Data as of ${period}`,
    effectivenessTitle: 'Socialisation versus promotion',
    effectivenessSubtitle: 'Conversion with 95% confidence intervals, cost per registration and registrations per activity.',
    effectivenessMethod: 'How this is computed',
    verdict: 'Verdict',
    socialisation: 'Socialisation',
    promotion: 'Promotion',
    chartPending: 'The chart is being prepared; its figures are in the table.',
    footer: 'Pantau · BPJS Ketenagakerjaan · figures computed from the data stored on this server',
    importLoading: 'Loading the import page…',
    notFound: 'Page not found',
  },
};
