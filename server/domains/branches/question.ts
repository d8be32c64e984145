// branches: the branch offices known to Pantau.
import { defineQuestion, estimateRows } from '../question.ts';
import { listBranches } from './query.ts';

export const branchesQuestion = defineQuestion({
  field: 'branches',
  answer: listBranches,
  csv: true,
  estimate: (_args, facts) => estimateRows({ branches: facts.branches }),
});
