// The question list is what the resolvers, downloads, charts and report are derived from: it
// must cover every root field a domain answers, once, and every drawing must have its question.
import { describe, expect, it } from 'vitest';
import { NOT_QUESTIONS } from '../../../server/domains/question.ts';
import { CHART_QUESTIONS, chartQuestion, CSV_QUESTIONS, QUESTIONS } from '../../../server/domains/questions.ts';
import { apiSchema } from '../../../server/http/params.ts';
import { CHART_NAMES } from '../../../common/charts/registry.ts';



describe('the question list', () => {
  it('answers every root field of the Query type but the import’s and the accounts’, each once', () => {
    const fields = QUESTIONS.map((q) => q.field);
    expect(new Set(fields).size).toBe(fields.length);
    const schema = Object.keys(apiSchema().getQueryType()!.getFields()).filter((f) => !(NOT_QUESTIONS as readonly string[]).includes(f));
    expect([...fields].sort()).toEqual(schema.sort());
  });

  it('gives every drawing of the shared registry one question, found by its chart name', () => {
    expect(CHART_QUESTIONS.map((q) => q.chart.name)).toEqual(CHART_NAMES);
    for (const name of CHART_NAMES) expect(chartQuestion(name)?.chart.name).toBe(name);
    expect(chartQuestion('toString')).toBeUndefined();
  });

  it('offers the analytic answers as CSV downloads', () => {
    expect(CSV_QUESTIONS.map((q) => q.field)).toEqual(['branches', 'membershipTrend', 'campaignReach', 'targetAttainment', 'effectiveness']);
  });
});
