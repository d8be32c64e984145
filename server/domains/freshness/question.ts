// dataFreshness: how far the stored data lag behind today's month.
import { branchesIn, defineQuestion, estimateRows, monthsIn } from '../question.ts';
import { dataFreshness } from './query.ts';

export const dataFreshnessQuestion = defineQuestion({
  field: 'dataFreshness',
  answer: dataFreshness,
  // Each branch's latest month is found among all its stored rows of persons.
  estimate: (args, facts) =>
    estimateRows({ months: monthsIn(null, null, facts.membership), series: facts.membership.segments, branches: branchesIn(args, facts) }),
});
