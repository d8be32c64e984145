// The printable report's own words (GET /report, server/report/report.ts): its key figures,
// warnings and links, in Bahasa Indonesia and English. Each chart's note on the report is data
// of its question (server/domains/*/question.ts), not here.
import type { Bilingual } from './bilingual.ts';

/** The report's texts in one language. */
export interface ReportTexts {
  report: string;
  allBranches: string;
  keyFigures: string;
  activeAtEnd: (y: number) => string;
  activeAsOf: (month: string) => string;
  change: (y: number) => string;
  reach: string;
  reachNote: string;
  reachSplit: (attendees: string, impressions: string) => string;
  registrations: string;
  activities: (n: string) => string;
  costPerRegistration: string;
  cost: (c: string) => string;
  attainment: string;
  attainmentNote: (met: number, all: number, noData: number, partial?: number) => string;
  noTargets: string;
  attainmentNoData: string;
  print: string;
  downloads: string;
  generated: string;
  stale: (month: string, months: number) => string;
  /** The lagging branches named, and how many more lag (not named). */
  staleBranches: (names: string, more: number) => string;
  staleCampaigns: (month: string, months: number) => string;
  rowsMore: (n: number) => string;
  /** `branch` and `region` in one request: a report covers one scope. */
  bothScopes: string;
  /** A `region` code that names no regional office. */
  unknownRegion: (code: string) => string;
  /** `scope=` with a value other than the dashboard's `national`. */
  unknownScope: (value: string) => string;
  /** `scope=national` beside `branch` or `region`: the nation is not one office. */
  nationalAndOffice: string;
  /** The dashboard's link to this report for the view's scope (client/features/share/). */
  openReport: string;
  openReportTitle: (year: number | null) => string;
}

export const report: Bilingual<ReportTexts> = {
  id: {
    report: 'Laporan',
    allBranches: 'Nasional',
    keyFigures: 'Angka kunci',
    activeAtEnd: (y: number) => `Peserta aktif akhir ${y}`,
    activeAsOf: (month: string) => `Peserta aktif per ${month}`,
    change: (y: number) => `dibanding akhir ${y}`,
    reach: 'Jangkauan kampanye',
    reachNote: 'peserta sosialisasi dan tayangan promosi, tidak dijumlahkan',
    reachSplit: (attendees: string, impressions: string) => `${attendees} peserta · ${impressions} tayangan`,
    registrations: 'Pendaftaran dari kampanye',
    activities: (n: string) => `${n} kegiatan`,
    costPerRegistration: 'Biaya per pendaftaran',
    cost: (c: string) => `total biaya ${c}`,
    attainment: 'Capaian target',
    attainmentNote: (met: number, all: number, noData: number, partial = 0) =>
      `${met} dari ${all} target tercapai (tertimbang, dalam kepesertaan program)${noData ? `; ${noData} target belum ada data` : ''}${
        partial ? `; data belum lengkap: ${partial} target baru sebagian ada datanya (dihitung atas bagian itu)` : ''
      }`,
    noTargets: 'belum ada target',
    attainmentNoData: 'belum ada data',
    print: 'Cetak / simpan PDF',
    downloads: 'Unduh',
    generated: 'dibuat',
    stale: (month: string, months: number) => `Data tidak mutakhir: data terakhir ${month}, ${months} bulan sebelum bulan ini. Angka di laporan ini bukan keadaan saat ini.`,
    staleBranches: (names: string, more: number) => `Data tidak mutakhir untuk cabang: ${names}${more ? ` dan ${more} cabang lain` : ''}.`,
    staleCampaigns: (month: string, months: number) => `Kegiatan kampanye terakhir ${month}, ${months} bulan sebelum bulan ini.`,
    rowsMore: (n: number) => `… dan ${n} baris lagi (lihat CSV)`,
    bothScopes: 'berikan kantor cabang (branch) atau kantor wilayah (region), jangan keduanya: satu kantor cabang sudah termasuk dalam satu kantor wilayah',
    unknownRegion: (code: string) => `kantor wilayah "${code}" tidak dikenal; berikan kode kantor wilayah seperti JATIM (daftarnya di query regions) atau hilangkan parameter ini`,
    unknownScope: (value: string) =>
      `"${value}" bukan cakupan yang dikenal; berikan scope=national untuk semua kantor cabang, atau branch=… (kantor cabang) atau region=… (kantor wilayah) tanpa scope`,
    nationalAndOffice: 'scope=national mencakup semua kantor cabang: berikan sendiri, atau berikan branch (kantor cabang) atau region (kantor wilayah) tanpa scope',
    openReport: 'Laporan cetak',
    openReportTitle: (year: number | null) => (year ? `Laporan cetak cakupan ini, tahun ${year}` : 'Laporan cetak cakupan ini, tahun terakhir dengan data'),
  },
  en: {
    report: 'Report',
    allBranches: 'National',
    keyFigures: 'Key figures',
    activeAtEnd: (y: number) => `Active participants, end of ${y}`,
    activeAsOf: (month: string) => `Active participants, ${month}`,
    change: (y: number) => `against end of ${y}`,
    reach: 'Campaign reach',
    reachNote: 'socialisation attendees and promotion impressions, never added up',
    reachSplit: (attendees: string, impressions: string) => `${attendees} attendees · ${impressions} impressions`,
    registrations: 'Registrations from campaigns',
    activities: (n: string) => (n === '1' ? '1 activity' : `${n} activities`),
    costPerRegistration: 'Cost per registration',
    cost: (c: string) => `total cost ${c}`,
    attainment: 'Target attainment',
    attainmentNote: (met: number, all: number, noData: number, partial = 0) =>
      `${met} of ${all} targets met (weighted, in program enrolments)${noData ? `; ${noData} with no data yet` : ''}${
        partial ? `; incomplete data: ${partial} with data for only part of the target (counted on that part)` : ''
      }`,
    noTargets: 'no targets yet',
    attainmentNoData: 'no data yet',
    print: 'Print / save as PDF',
    downloads: 'Download',
    generated: 'generated',
    stale: (month: string, months: number) => `Data out of date: the latest data are from ${month}, ${months} months before this month. The figures in this report are not the current state.`,
    staleBranches: (names: string, more: number) => `Data out of date for branches: ${names}${more ? ` and ${more} more` : ''}.`,
    staleCampaigns: (month: string, months: number) => `The latest campaign activity is from ${month}, ${months} months before this month.`,
    rowsMore: (n: number) => `… and ${n} more ${n === 1 ? 'row' : 'rows'} (see CSV)`,
    bothScopes: 'give a branch office (branch) or a regional office (region), not both: a branch already belongs to one regional office',
    unknownRegion: (code: string) => `unknown regional office "${code}"; give a regional office code such as JATIM (listed by the regions query) or leave the parameter out`,
    unknownScope: (value: string) =>
      `"${value}" is not a scope the report knows; give scope=national for every branch, or branch=… (a branch office) or region=… (a regional office) without scope`,
    nationalAndOffice: 'scope=national covers every branch: give it alone, or give branch (a branch office) or region (a regional office) without scope',
    openReport: 'Printable report',
    openReportTitle: (year: number | null) => (year ? `Printable report of this scope, year ${year}` : 'Printable report of this scope, latest year with data'),
  },
};
