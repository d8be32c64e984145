// membershipTrend: active participants per segment (and program) over time, the membership-trend chart.
import type { Database } from '../../db/orm.ts';
import { type AnswerFields, branchesIn, chosen, type DataFacts, defineQuestion, estimateRows, latestMonth, monthsIn, wholeYears } from '../question.ts';
import { commonSource } from '../source.ts';
import { type MembershipTrendArgs, membershipTrend } from './query.ts';
import { membershipYears } from './years.ts';

export const membershipTrendQuestion = defineQuestion({
  field: 'membershipTrend',
  answer: (db: Database, args: MembershipTrendArgs, asked?: AnswerFields) => membershipTrend(db, args, asked),
  csv: true,
  // Quarters and years: every stored row of the window is read (the per-branch coverage query
  // groups them one by one): months × segment-and-program series × branches, or for a yearly
  // trend over whole years the rows of the yearly rollup (membership/rollup.ts): years × series
  // × branches. Months without a branch: the rows of the month rollup (membership/month-rollup.ts),
  // months × series × offices (an office reads its own). Without a branch (or an office's
  // branches) no index narrows the time, so every stored month (or year) is read whatever from
  // and to say.
  estimate: (args, facts) => {
    const months = args.branch || args.region ? monthsIn(args.from, args.to, facts.membership) : monthsIn(null, null, facts.membership);
    const series = chosen(args.segments, facts.membership.segments) * (args.programs ? chosen(args.programs, facts.membership.programs) : 1);
    const granularity = args.granularity ?? 'YEAR';
    if (granularity === 'MONTH' && !args.branch) return estimateRows({ months, series, ...(args.region ? {} : { offices: officesIn(facts) }) });
    const yearly = granularity === 'YEAR' && wholeYears(args.from, args.to);
    return estimateRows({ ...(yearly ? { years: Math.ceil(months / 12) } : { months }), series, branches: branchesIn(args, facts) });
  },
  chart: {
    name: 'membership-trend',
    options: {},
    async meta(_db, _args, data) {
      const points = data.flatMap((s) => s.points);
      return { asOf: latestMonth(points.map((p) => p.asOf)), source: commonSource(points.map((p) => p.source)) };
    },
    report: {
      args: (branch, year) => ({ branch, from: String(year - 4), to: String(year) }),
      note: {
        id: 'Peserta aktif adalah stok: nilai akhir tiap tahun, bukan jumlah bulanan.',
        en: 'Active participants are a stock: the value at the end of each year, never a sum of months.',
      },
      printedColumns: ['segment', 'program', 'unit', 'period', 'active_participants', 'change', 'change_pct', 'new_participants', 'lapsed_participants', 'source'],
    },
  },
});

export const membershipYearsQuestion = defineQuestion({
  field: 'membershipYears',
  answer: membershipYears,
  // The yearly rollup's rows of persons: stored years × segments × branches.
  estimate: (args, facts) =>
    estimateRows({ years: Math.ceil(monthsIn(null, null, facts.membership) / 12), series: facts.membership.segments, branches: branchesIn(args, facts) }),
});

/** The month rollup's offices: every regional office, and one group for branches without one. */
const officesIn = (facts: DataFacts) => facts.regions + 1;
