// The words of the headline rule (common/coverage/period-coverage.ts): which period a headline
// shows, why a later one is left out, and how many branches the latest month covers. One
// namespace for the dashboard's cards and freshness notice, the chart's tooltips and table
// (dashboard, /report, embeds), so every place says the rule the same way.
import type { Bilingual } from './bilingual.ts';

export interface PeriodCoverageTexts {
  /** "1 dari 147 cabang": how many branches reported a period, of those of the headline period. */
  branchesOf: (reporting: string, of: string) => string;
  /** A later period left out of the headline: "Nov 2025: 1 dari 147 cabang melapor". */
  incompletePeriod: (period: string, reporting: string, of: string) => string;
  /** The card's note above the incomplete periods' list. */
  incompleteLead: string;
  /** The rule, said where the headline or the marks are shown. */
  rule: string;
  /** A point's tooltip and the table's coverage cell. */
  incompletePoint: (reporting: string, of: string) => string;
  /** The table's column and its cell for a complete point. */
  coverageColumn: string;
  complete: string;
  /** The chart legend's entry for incomplete points. */
  incompleteLegend: string;
  /** The freshness notice: the latest month, its branches, and the latest complete month. */
  latestMonthCoverage: (latest: string, reporting: string, of: string, complete: string) => string;
  /** After it, when the complete month itself is old. */
  completeMonthStale: (months: number) => string;
}

export const periodCoverage: Bilingual<PeriodCoverageTexts> = {
  id: {
    branchesOf: (reporting, of) => `${reporting} dari ${of} cabang`,
    incompletePeriod: (period, reporting, of) => `${period}: ${reporting} dari ${of} cabang melapor`,
    incompleteLead: 'Belum lengkap, tidak dipakai sebagai angka terbaru',
    rule: 'Angka terbaru adalah periode terakhir yang dilaporkan oleh cabang sebanyak periode mana pun dalam setahun sebelumnya; periode sesudahnya belum lengkap (titik kosong, di luar garis).',
    incompletePoint: (reporting, of) => `Belum lengkap: ${reporting} dari ${of} cabang melapor`,
    coverageColumn: 'Kelengkapan',
    complete: 'lengkap',
    incompleteLegend: 'belum lengkap (sebagian cabang)',
    latestMonthCoverage: (latest, reporting, of, complete) => `Data terakhir: ${latest} (${reporting} dari ${of} cabang); ${complete} lengkap.`,
    completeMonthStale: (months) => `Bulan lengkap terakhir ${months} bulan sebelum bulan ini: angka yang tampil bukan keadaan saat ini.`,
  },
  en: {
    branchesOf: (reporting, of) => `${reporting} of ${of} branches`,
    incompletePeriod: (period, reporting, of) => `${period}: ${reporting} of ${of} branches reported`,
    incompleteLead: 'Incomplete, not used as the latest figure',
    rule: 'The latest figure is the last period reported by as many branches as any period of the year before it; later periods are incomplete (hollow points, off the line).',
    incompletePoint: (reporting, of) => `Incomplete: ${reporting} of ${of} branches reported`,
    coverageColumn: 'Coverage',
    complete: 'complete',
    incompleteLegend: 'incomplete (some branches)',
    latestMonthCoverage: (latest, reporting, of, complete) => `Latest data: ${latest} (${reporting} of ${of} branches); ${complete} complete.`,
    completeMonthStale: (months) => `The latest complete month is ${months} months before this month: the figures shown are not the current state.`,
  },
};
