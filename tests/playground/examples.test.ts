// Every example operation of the playground (client/playground/examples/*.graphql) runs as it
// is, with its default variables, against a server with the demo data on SQLite and
// PostgreSQL, and answers data without errors.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseExamples } from '../../client/playground/example-format.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const DIR = path.resolve(import.meta.dirname, '../../client/playground/examples');
const files = Object.fromEntries(
  fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => [f, fs.readFileSync(path.join(DIR, f), 'utf8')]),
);
const examples = parseExamples(files);

/** True when some list or object in the answer has content (not only empty lists and nulls). */
function hasData(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0 && value.some(hasData);
  if (value && typeof value === 'object') return Object.values(value).some(hasData);
  return value !== null && value !== undefined;
}

describe('example operations', () => {
  it('there are the five study questions, a raw-facts page and the weekly view, each titled and described', () => {
    expect(examples.map((e) => e.title)).toEqual([
      'Study membership table',
      'Year on year change',
      'Channels by cost per registration',
      'Target attainment per program',
      'Socialisation vs promotion',
      'Raw membership facts',
      'Campaign results by week',
    ]);
    for (const e of examples) expect(e.description.length).toBeGreaterThan(60);
  });
});

describe.each(availableDialects())('example operations on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each(examples.map((e) => [e.id, e] as const))('%s runs without errors and answers data', async (_id, example) => {
    const res = await server.graphql(example.query);
    expect(res.errors).toBeUndefined();
    expect(hasData(res.data)).toBe(true);
    for (const root of Object.values(res.data as Record<string, unknown>)) expect(hasData(root)).toBe(true);
  });

  it('the study table shows the study figures for PU and BPU, 2016–2020', async () => {
    const example = examples.find((e) => e.id.includes('study-membership-table'))!;
    const res = await server.graphql(example.query);
    const series = res.data.membershipTrend;
    expect(series.map((s: any) => s.segment)).toEqual(['PU', 'BPU']);
    for (const s of series) {
      expect(s.points.map((p: any) => p.period)).toEqual(['2016', '2017', '2018', '2019', '2020']);
      for (const p of s.points) expect(p.source).toBe('STUDY');
    }
  });

  it('the channel ranking has a cost per registration for channels with registrations', async () => {
    const example = examples.find((e) => e.id.includes('channels-by-cost'))!;
    const rows = (await server.graphql(example.query)).data.campaignReach;
    expect(rows.length).toBeGreaterThan(3);
    for (const r of rows) {
      if (r.registrations > 0) expect(r.costPerRegistration).toBeCloseTo(r.costIdr / r.registrations, 0);
      else expect(r.costPerRegistration).toBeNull();
    }
  });

  it('the raw facts example pages on with its endCursor', async () => {
    const example = examples.find((e) => e.id.includes('raw-membership-facts'))!;
    const first = (await server.graphql(example.query)).data.membershipFacts;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = (await server.graphql(example.query, { after: first.pageInfo.endCursor })).data.membershipFacts;
    expect(next.nodes.length).toBeGreaterThan(0);
    expect(next.totalCount).toBe(first.totalCount);
  });
});
