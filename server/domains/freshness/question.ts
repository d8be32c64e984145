// dataFreshness: how far the stored data lag behind today's month.
import type { Database } from '../../db/orm.ts';
import { branchesIn, defineQuestion, estimateRows, monthsIn } from '../question.ts';
import { dataFreshness } from './query.ts';

export const dataFreshnessQuestion = defineQuestion({
  field: 'dataFreshness',
  answer: (db: Database, args: Parameters<typeof dataFreshness>[1]) => dataFreshness(db, args),
  // Each branch's latest month is found among its rows of persons in the yearly rollup
  // (membership/rollup.ts): a row per stored year, segment and branch.
  estimate: (args, facts) =>
    estimateRows({ years: Math.ceil(monthsIn(null, null, facts.membership) / 12), series: facts.membership.segments, branches: branchesIn(args, facts) }),
});
