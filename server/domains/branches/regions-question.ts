// regions: the regional offices and their branches, the hierarchy every scope picker starts from.
import { defineQuestion, estimateRows } from '../question.ts';
import { listRegions } from './query.ts';

export const regionsQuestion = defineQuestion({
  field: 'regions',
  answer: listRegions,
  estimate: (_args, facts) => estimateRows({ branches: facts.branches }),
});
