// targetAttainment: realised against target for one year, the target-attainment chart.
import { branchesIn, defineQuestion, estimateRows, latestMonth, monthsIn, perMonth } from '../question.ts';
import { commonSource } from '../source.ts';
import { asksProjections, targetAttainment } from './query.ts';

export const targetAttainmentQuestion = defineQuestion({
  field: 'targetAttainment',
  answer: targetAttainment,
  namesStaff: (args) => args.groupBy === 'STAFF',
  csv: true,
  // Branch targets on all data read their stored keys, a row per branch, segment and program
  // of the year (targets/attainment-keys.ts). With a cut-off the realisation reads as many rows
  // of the year (and of the year before, for a stock's start, when a projected field is
  // selected) from the realisation rollup (targets/realisation.ts); staff targets read the
  // staff rollup's months of the year (targets/monthly.ts, campaigns/staff-rollup.ts). The
  // targets themselves are few.
  estimate: (args, facts, asked) => {
    const year = Number.isInteger(args.year) ? String(args.year) : undefined;
    const branches = branchesIn(args, facts);
    if (args.groupBy === 'STAFF') {
      return estimateRows({ months: monthsIn(year, year, facts.campaigns), 'staff groups per branch-month': perMonth(facts, facts.campaigns.staffGroups, facts.campaigns.branches), branches });
    }
    const series = facts.membership.segments * facts.membership.programs;
    if (args.through === null || args.through === undefined) return estimateRows({ 'target keys per branch': series, branches });
    if (monthsIn(year, year, facts.membership) === 0) return estimateRows({ years: 0, series, branches });
    if (!asksProjections(asked?.fields)) return estimateRows({ year: 1, series, branches });
    return estimateRows({ 'years (this and the one before)': 2, series, branches });
  },
  chart: {
    name: 'target-attainment',
    options: {},
    // Targets without data yet have no as-of month: the caption then says there is no data,
    // rather than a December of the year that nobody has reported.
    meta: async (_db, _args, data) => ({ asOf: latestMonth(data.map((r) => r.asOf)), source: commonSource(data.map((r) => r.source)) }),
    report: {
      args: (branch, year) => ({ branch, year }),
      note: {
        id: 'Realisasi dihitung dari data, bukan diketik, dalam kepesertaan program (peserta di JKK dan JKM dihitung dua kali), jadi tidak sebanding dengan peserta aktif (orang) di atas. Tiap cabang per bulan datanya sendiri; proyeksi dengan IK 95% untuk tahun yang masih berjalan; "belum ada data" bila belum ada cabang yang melapor; "data belum lengkap" bila baru sebagian target yang ada datanya (capaian atas bagian itu saja).',
        en: 'Realised figures come from the data, never typed in, in program enrolments (a participant in JKK and JKM counts twice), so they are not comparable with the active participants (persons) above. Each branch as of its own latest month; projections with 95% intervals for a year still running; "no data yet" where no branch has reported; "incomplete data" where only some of the targets have data (attainment on those only).',
      },
      printedColumns: ['key', 'status', 'target', 'realised', 'attainment_pct', 'projected_realised', 'projected_low', 'projected_high', 'note'],
    },
  },
});
