// Every analytic question Pantau answers (question.ts), in the order the API lists them: the
// GraphQL resolvers, the CSV downloads, the chart files and embeds and the report's sections
// all come from this list. A new question is its descriptor plus one line here.
import { branchesQuestion } from './branches/question.ts';
import { regionsQuestion } from './branches/regions-question.ts';
import { campaignReachQuestion } from './campaigns/question.ts';
import { effectivenessQuestion } from './effectiveness/question.ts';
import { campaignFactsQuestion, membershipFactsQuestion, targetFactsQuestion } from './facts/question.ts';
import { dataFreshnessQuestion } from './freshness/question.ts';
import { membershipTrendQuestion, membershipYearsQuestion } from './membership/question.ts';
import type { ChartQuestion, Question } from './question.ts';
import { targetAttainmentQuestion } from './targets/question.ts';

export const QUESTIONS: readonly Question[] = [
  branchesQuestion,
  regionsQuestion,
  membershipTrendQuestion,
  membershipYearsQuestion,
  campaignReachQuestion,
  targetAttainmentQuestion,
  effectivenessQuestion,
  dataFreshnessQuestion,
  membershipFactsQuestion,
  campaignFactsQuestion,
  targetFactsQuestion,
];

/** The questions with a chart, in list order (the /charts listing, the report's sections). */
export const CHART_QUESTIONS: readonly ChartQuestion[] = QUESTIONS.filter((q): q is ChartQuestion => q.chart !== undefined);

const byChart = new Map(CHART_QUESTIONS.map((q) => [q.chart.name as string, q]));

/** The question a chart name (as in /charts/<name>.svg) shows, undefined for an unknown name. */
export function chartQuestion(name: string): ChartQuestion | undefined {
  return byChart.get(name);
}

/** The questions downloadable as /api/<field>.csv. */
export const CSV_QUESTIONS: readonly Question[] = QUESTIONS.filter((q) => q.csv);
