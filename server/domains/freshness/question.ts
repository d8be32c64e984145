// dataFreshness: how far the stored data lag behind today's month.
import { defineQuestion } from '../question.ts';
import { dataFreshness } from './query.ts';

export const dataFreshnessQuestion = defineQuestion({
  field: 'dataFreshness',
  answer: dataFreshness,
});
