// The row estimate (GRAPHQL_MAX_COST_ROWS): a request whose analytic fields would read too many
// rows is refused before any of them reaches the database, with an error naming the limit, the
// estimate and the field; the dashboard's, the report's and the playground's own requests stay
// far inside the default; and every question, a new one included, brings its own estimate.
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, Kind, type OperationDefinitionNode, parse, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as documents from '../../common/gql/graphql.ts';
import { PROGRAMS, SEGMENTS } from '../../common/vocabulary/catalog.ts';
import { parseExamples } from '../../client/playground/example-format.ts';
import { loadConfig } from '../../server/config.ts';
import { listBranches } from '../../server/domains/branches/query.ts';
import { type DataFacts, defineQuestion, estimateRows } from '../../server/domains/question.ts';
import { CHART_QUESTIONS, QUESTIONS } from '../../server/domains/questions.ts';
import { dataFacts } from '../../server/graphql/cost-facts.ts';
import { COST_LIMIT_VARIABLE, estimateOperation } from '../../server/graphql/cost-limit.ts';
import { loadTypeDefs } from '../../server/graphql/type-defs.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const DEFAULT_LIMIT = loadConfig({}).maxCostRows;
const ALL_PROGRAMS = PROGRAMS.join(', ');
const schema = buildSchema(loadTypeDefs());

/** The finding: 30 aliases of the monthly trend of every program over every branch. */
const ATTACK = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: membershipTrend(granularity: MONTH, programs: [${ALL_PROGRAMS}]) { points { period activeParticipants } }`).join(' ')} }`;

/** The heaviest variables a dashboard view sends: one branch (it always has one), every segment and program, monthly, the whole range. */
const HEAVIEST_VIEW: Record<string, unknown> = { branch: 'MADIUN', segments: SEGMENTS, programs: PROGRAMS, granularity: 'MONTH', year: 2024 };

function operationOf(doc: DocumentNode): OperationDefinitionNode {
  return doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
}

const estimateOf = async (doc: DocumentNode, variables: Record<string, unknown>, facts: DataFacts) =>
  (await estimateOperation(schema, doc, operationOf(doc), variables, async () => facts)).reduce((sum, e) => sum + e.rows, 0);

/** Every query document of the dashboard and the upload page (common/gql, generated from client/). */
const dashboardDocuments = Object.entries(documents)
  .filter(([name, value]) => name.endsWith('Document') && operationOf(value as DocumentNode)?.operation === 'query')
  .map(([name, value]) => [name, value as DocumentNode] as const);

describe.each(availableDialects())('the row estimate on %s (demo data)', (dialect) => {
  let server: TestServer;
  let facts: DataFacts;
  beforeAll(async () => {
    server = await startTestServer(dialect);
    facts = await dataFacts(server.db);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses 30 aliases of the monthly all-program trend before any of them reaches the database', async () => {
    // The facts are read once per data version: warm them, then watch every statement the
    // request sends (knex reports each one as it starts).
    await server.graphql('{ branches { code } }');
    await server.graphql('{ membershipTrend(branch: "MADIUN") { segment } }');
    const statements: string[] = [];
    const watch = (q: { sql: string }) => statements.push(q.sql);
    server.db.knex.on('query', watch);
    let res;
    try {
      res = await server.graphql(ATTACK);
    } finally {
      server.db.knex.off('query', watch);
    }
    expect(res.data).toBeUndefined();
    expect(res.errors).toHaveLength(1);
    const [error] = res.errors!;
    expect(error.extensions).toMatchObject({ code: 'COST_LIMIT', limit: 'maxCostRows', limitValue: DEFAULT_LIMIT, field: 'a0' });
    expect(error.extensions.estimate).toBeGreaterThan(DEFAULT_LIMIT);
    expect(error.message).toContain(`set by ${COST_LIMIT_VARIABLE}`);
    expect(error.message).toContain(`limit of ${DEFAULT_LIMIT.toLocaleString('en-US')}`);
    expect(error.message).toContain(`${Number(error.extensions.estimate).toLocaleString('en-US')} rows`);
    expect(error.message).toMatch(/over 30 fields; the largest, a0 \(membershipTrend\), [\d,]+ rows: \d+ months × \d+ series × \d+ offices/);
    expect(statements.filter((sql) => /membership_snapshot/.test(sql))).toEqual([]);
  });

  it('counts every alias: the same field once is inside the limit, and answers', async () => {
    const res = await server.graphql(`{ membershipTrend(granularity: MONTH, programs: [${ALL_PROGRAMS}]) { points { period } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.membershipTrend.length).toBeGreaterThan(0);
  });

  it('reads variables and fragments as execution does', async () => {
    const query = `query Q($g: Granularity, $p: [Program!]) { ...F } fragment F on Query { ${Array.from({ length: 30 }, (_, i) => `t${i}: membershipTrend(granularity: $g, programs: $p) { segment }`).join(' ')} }`;
    const heavy = await server.graphql(query, { g: 'MONTH', p: PROGRAMS });
    expect(heavy.errors?.[0].extensions.code).toBe('COST_LIMIT');
    // Yearly series of one branch: the same 30 aliases read a fraction.
    const light = await server.graphql(query.replace(/membershipTrend\(/g, 'membershipTrend(branch: "MADIUN", from: "2020", to: "2020", '), { g: 'YEAR' });
    expect(light.errors).toBeUndefined();
  });

  it("keeps every dashboard document far inside the default, and each answers over HTTP", async () => {
    expect(dashboardDocuments.length).toBeGreaterThanOrEqual(7);
    for (const [name, doc] of dashboardDocuments) {
      for (const groupBy of ['PROGRAM', 'STAFF']) {
        const variables = { ...HEAVIEST_VIEW, groupBy };
        const rows = await estimateOf(doc, variables, facts);
        // A tenth of the limit: room for more branches' data and a longer history.
        expect(rows, name).toBeLessThanOrEqual(DEFAULT_LIMIT / 10);
      }
    }
    const { print } = await import('graphql');
    const trend = await server.graphql(print(documents.MembershipTrendPanelDocument), HEAVIEST_VIEW);
    expect(trend.errors).toBeUndefined();
  });

  it("keeps the report's sections (all branches, the latest year) and the playground's examples far inside the default", async () => {
    const year = facts.membership.lastMonth === null ? 2024 : Math.floor(facts.membership.lastMonth / 12);
    for (const q of CHART_QUESTIONS) {
      if (!q.chart.report) continue;
      for (const branch of [undefined, 'MADIUN']) {
        expect(q.estimate(q.chart.report.args(branch, year), facts).rows, q.field).toBeLessThanOrEqual(DEFAULT_LIMIT / 10);
      }
    }
    const dir = path.resolve(import.meta.dirname, '../../client/playground/examples');
    const files = Object.fromEntries(fs.readdirSync(dir).filter((f) => f.endsWith('.graphql')).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
    for (const example of parseExamples(files)) {
      const doc = parse(example.query);
      expect(await estimateOf(doc, {}, facts), example.title).toBeLessThanOrEqual(DEFAULT_LIMIT / 10);
    }
  });
});

describe('a smaller GRAPHQL_MAX_COST_ROWS', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite', { env: { GRAPHQL_MAX_COST_ROWS: '100' } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses one field above it, naming its factors; 0 switches the limit off', async () => {
    const res = await server.graphql('{ membershipTrend(granularity: MONTH) { segment } }');
    expect(res.errors![0].extensions).toMatchObject({ code: 'COST_LIMIT', limitValue: 100, field: 'membershipTrend' });
    expect(res.errors![0].message).toMatch(/^Query is estimated to read [\d,]+ rows \(membershipTrend: \d+ months × \d+ series × 2 offices\), more than the limit of 100 \(set by GRAPHQL_MAX_COST_ROWS\)/);
    expect((await server.graphql('{ branches { code } }')).errors).toBeUndefined();
    const off = await startTestServer('sqlite', { env: { GRAPHQL_MAX_COST_ROWS: '0' } });
    try {
      expect((await off.graphql(ATTACK)).errors).toBeUndefined();
    } finally {
      await off.close();
    }
  });

  it('says a backward range is backward instead of refusing its cost (tryout T9)', async () => {
    // Over the whole stored range this would be far above the limit of 100; it reads nothing.
    for (const [from, to] of [['2025-W40', '2025-W38'], ['2025-06', '2025-01'], ['2025', '2024']]) {
      const res = await server.graphql(`{ campaignReach(from: "${from}", to: "${to}", groupBy: WEEK) { key } }`);
      expect(res.errors?.[0].extensions?.code, `${from}..${to}`).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).toContain(`"${from}" is after to "${to}"`);
    }
    // A period that does not parse still counts as the whole range: refused for its cost first.
    const garbage = await server.graphql('{ campaignReach(from: "2025-W60", to: "2025-W38", groupBy: WEEK) { key } }');
    expect(garbage.errors?.[0].extensions?.code).toBe('COST_LIMIT');
  });
});

describe('every question estimates its own rows', () => {
  const facts = (scale: number): DataFacts => ({
    branches: 4 * scale,
    regions: scale,
    membership: { rows: 5000 * scale * scale, firstMonth: 2016 * 12, lastMonth: 2016 * 12 + 120 * scale - 1, segments: 4, programs: 5 },
    campaigns: { rows: 4000 * scale * scale, firstMonth: 2018 * 12, lastMonth: 2018 * 12 + 80 * scale - 1, branches: 4 * scale, branchGroups: 1200 * scale * scale, yearGroups: 120 * scale * scale, nationalGroups: 400 * scale, staffGroups: 900 * scale * scale, staffYearGroups: 90 * scale * scale, nationalDayGroups: 12000 * scale, totalGroups: 20 * scale, branchDayGroups: 2000 * scale * scale },
    targets: { rows: 600 * scale, firstYear: 2017, lastYear: 2017 + 8 * scale },
  });
  /** Arguments of the shape every question takes (its required ones given). */
  const argsFor = (branch?: string) => ({ branch, year: 2020, granularity: 'MONTH', groupBy: undefined });

  // The nation may read fewer rows than an office: campaign questions over every branch read
  // the national rollup. It never reads more than every branch asked apart would.
  it('from its descriptor: finite, and growing with the data, never more for one branch than for its office, nor for the nation than for its branches apart', () => {
    for (const q of QUESTIONS) {
      const small = q.estimate(argsFor(), facts(1));
      const large = q.estimate(argsFor(), facts(3));
      expect(Number.isFinite(small.rows) && small.rows >= 0, q.field).toBe(true);
      expect(large.rows, q.field).toBeGreaterThanOrEqual(small.rows);
      const branch = q.estimate(argsFor('MADIUN'), facts(3)).rows;
      // A branch's reach over all data reads its totals, as few groups as one year's: the
      // nation's months outnumber them, so its reach is compared over a year.
      const period = q.field === 'campaignReach' ? { from: '2020', to: '2020' } : {};
      expect(q.estimate({ ...argsFor(), ...period }, facts(3)).rows, q.field).toBeLessThanOrEqual(q.estimate({ ...argsFor('MADIUN'), ...period }, facts(3)).rows * facts(3).branches);
      const office = q.estimate({ ...argsFor(), region: 'JATIM' }, facts(3)).rows;
      expect(office, q.field).toBeGreaterThanOrEqual(branch);
      expect(office, q.field).toBeLessThanOrEqual(branch * facts(3).branches);
      expect(small.basis, q.field).not.toBe('');
    }
  });

  it('campaign questions: the national rollup over every branch, the branch rollup by branch or office, the staff rollup by staff or segment, the activities over weeks', () => {
    const reach = QUESTIONS.find((q) => q.field === 'campaignReach')!;
    const f = facts(3);
    const year = { from: '2020', to: '2020' };
    // facts(3): 240 stored months, 12 branches; 1,200 national groups (5 a month), 10,800 branch
    // groups (3.75 a branch-month, rounded up), 1,080 year groups (4.5 a branch-year over 20
    // stored years), 36,000 activities (12.5 a branch-month).
    expect(reach.estimate({ ...year, groupBy: 'CHANNEL' }, f).basis).toBe('12 months × 5 national groups per month');
    expect(reach.estimate({ ...year, groupBy: 'BRANCH' }, f).basis).toBe('1 year × 5 groups per branch-year × 12 branches');
    // Over all data by branch or office, the branches' totals (60 groups: 5 a branch); by a time bucket, their years.
    expect(reach.estimate({ groupBy: 'BRANCH' }, f).basis).toBe('5 groups per branch × 12 branches');
    expect(reach.estimate({ groupBy: 'REGION', activity: 'PROMOTION' }, f).basis).toBe('3 groups per branch × 12 branches');
    expect(reach.estimate({ groupBy: 'YEAR', region: 'JATIM' }, f).basis).toBe('20 years × 5 groups per branch-year × 8 branches');
    expect(reach.estimate({ ...year, groupBy: 'CHANNEL', region: 'JATIM' }, f).basis).toBe('1 year × 5 groups per branch-year × 8 branches');
    // With the offices' branch counts known, an office counts its own branches.
    const counted = { ...f, regionBranches: { JATIM: 3, DKI: 5 } };
    expect(reach.estimate({ ...year, groupBy: 'CHANNEL', region: 'jatim' }, counted).basis).toBe('1 year × 5 groups per branch-year × 3 branches');
    expect(reach.estimate({ ...year, groupBy: 'CHANNEL', region: 'NOPE' }, counted).rows).toBe(0);
    expect(reach.estimate({ from: '2020-01', to: '2020-06', groupBy: 'BRANCH' }, f).basis).toBe('6 months × 4 groups per branch-month × 12 branches');
    expect(reach.estimate({ ...year, groupBy: 'MONTH', branch: 'MADIUN' }, f).basis).toBe('12 months × 4 groups per branch-month × 1 branch');
    // By staff or segment, the staff rollups: 8,100 month groups (2.8 a branch-month), 810 year groups (3.4 a branch-year).
    expect(reach.estimate({ ...year, groupBy: 'STAFF' }, f).basis).toBe('1 year × 4 staff groups per branch-year × 12 branches');
    expect(reach.estimate({ from: '2020-01', to: '2020-06', groupBy: 'SEGMENT', region: 'JATIM' }, f).basis).toBe('6 months × 3 staff groups per branch-month × 8 branches');
    // Over weeks, the nation's days; a branch's or an office's days by activity type, branch or
    // office (18,000 groups: 6.25 a branch-month, at most 1 a branch-day); the activities by
    // channel, medium, staff or segment (12.5 a branch-month, at most 1 a branch-day); per day of
    // the range (a week reads its days: 2020-W01 to W10 are the 70 days from 30 December 2019;
    // 150 national day groups a month are at most 6 a day); by week over months, per month. Not
    // by week, the whole months a range holds are read from the month tables, and the days only
    // at its ends: W01 to W10 hold January and February 2020, and the 2 days of December and 8 of
    // March around them.
    expect(reach.estimate({ from: '2020-W01', to: '2020-W10', groupBy: 'STAFF' }, f).basis).toBe(
      '10 days × 1 activity per branch-day × 12 branches + 2 months × 3 staff groups per branch-month × 12 branches',
    );
    expect(reach.estimate({ from: '2020-W01', to: '2020-W10', groupBy: 'BRANCH', region: 'JATIM' }, f).basis).toBe(
      '10 days × 1 group of days per branch-day × 8 branches + 2 months × 4 groups per branch-month × 8 branches',
    );
    // Without a grouping (null as when left out), by channel.
    for (const groupBy of ['CHANNEL', null]) {
      expect(reach.estimate({ from: '2020-W01', to: '2020-W10', groupBy, branch: 'MADIUN' }, f).basis).toBe(
        '10 days × 1 activity per branch-day × 1 branch + 2 months × 4 groups per branch-month × 1 branch',
      );
      expect(reach.estimate({ from: '2020-W40', to: '2020-W40', groupBy, branch: 'MADIUN' }, f).basis).toBe('7 days × 1 activity per branch-day × 1 branch');
    }
    expect(reach.estimate({ from: '2020-W01', to: '2020-W10', groupBy: 'CHANNEL' }, f).basis).toBe('10 days × 6 national day groups per day + 2 months × 5 national groups per month');
    expect(reach.estimate({ from: '2020-W01', to: '2020-W10', groupBy: 'WEEK', region: 'JATIM' }, f).basis).toBe('70 days × 1 group of days per branch-day × 8 branches');
    expect(reach.estimate({ from: '2020-W01', to: '2020-W10', groupBy: 'WEEK' }, f).basis).toBe('70 days × 6 national day groups per day');
    // One week across a month's end (the ranking's "last week"): its seven days, not two months.
    expect(reach.estimate({ from: '2020-W40', to: '2020-W40', groupBy: 'REGION' }, f).basis).toBe('7 days × 1 group of days per branch-day × 12 branches');
    // From a month to a week: February 2020 whole and the 8 days of March up to W10's Sunday.
    expect(reach.estimate({ from: '2020-02', to: '2020-W10', groupBy: 'BRANCH' }, f).basis).toBe(
      '8 days × 1 group of days per branch-day × 12 branches + 1 month × 4 groups per branch-month × 12 branches',
    );
    expect(reach.estimate({ from: '2020', to: '2020', groupBy: 'WEEK' }, f).basis).toBe('12 months × 150 national day groups per month');
    expect(reach.estimate({ from: '2020', to: '2020', groupBy: 'WEEK', region: 'JATIM' }, f).basis).toBe('12 months × 7 groups of days per branch-month × 8 branches');
    expect(reach.estimate({ from: '2020', to: '2020', groupBy: 'WEEK', branch: 'MADIUN', activity: 'PROMOTION' }, f).basis).toBe('12 months × 4 groups of days per branch-month × 1 branch');
    const targets = QUESTIONS.find((q) => q.field === 'targetAttainment')!;
    expect(targets.estimate({ year: 2020, groupBy: 'STAFF' }, f).basis).toBe('12 months × 3 staff groups per branch-month × 12 branches');
  });

  it('targets by branch or office count their stored keys on all data, and with a cut-off (the weekly review) the year before only when a projected field is selected', async () => {
    const targets = QUESTIONS.find((q) => q.field === 'targetAttainment')!;
    const f = facts(3);
    const args = { year: 2020, groupBy: 'BRANCH' };
    // On all data a row per stored target key, whatever is selected.
    expect(targets.estimate(args, f).basis).toBe('20 target keys per branch × 12 branches');
    expect(targets.estimate(args, f, { fields: new Set(['key', 'attainmentPct', 'status']) }).basis).toBe('20 target keys per branch × 12 branches');
    // Cut off at a day, the months are read: the year before only for a projection.
    const cut = { ...args, through: '2020-06-30' };
    expect(targets.estimate(cut, f).basis).toBe('2 years (this and the one before) × 20 series × 12 branches');
    expect(targets.estimate(cut, f, { fields: new Set(['key', 'projectedRealised']) }).basis).toBe('2 years (this and the one before) × 20 series × 12 branches');
    expect(targets.estimate(cut, f, { fields: new Set(['key', 'attainmentPct', 'status']) }).basis).toBe('1 year × 20 series × 12 branches');
    // Through a request, as the cost limit reads it (GraphQL has no cut-off: the weekly review's
    // assessment alone asks for one), projections cost nothing more, fragments followed.
    const asked = (selection: string) => parse(`query { targetAttainment(year: 2020, groupBy: BRANCH) { ${selection} } } fragment P on AttainmentRow { projectedLow }`);
    expect(await estimateOf(asked('key attainmentPct'), {}, f)).toBe(240);
    expect(await estimateOf(asked('key ...P'), {}, f)).toBe(240);
    expect(await estimateOf(documents.ScopeRankingDocument, { year: 2020, targetsBy: 'BRANCH', reachBy: 'BRANCH' }, f)).toBe(240 + QUESTIONS.find((q) => q.field === 'campaignReach')!.estimate({ groupBy: 'BRANCH' }, f).rows);
  });

  it('never throws on arguments its answer will refuse', () => {
    for (const q of QUESTIONS) {
      expect(() => q.estimate({ from: '20xx', to: 'soon', segments: ['NOPE'], year: 1.5, granularity: 'DECADE' }, facts(1)), q.field).not.toThrow();
    }
  });

  it('a descriptor without an estimate does not type-check (npm run typecheck)', () => {
    // @ts-expect-error: `estimate` is required, so a new question cannot go unestimated.
    const unestimated = defineQuestion({ field: 'branches', answer: listBranches });
    const estimated = defineQuestion({ field: 'branches', answer: listBranches, estimate: (_args, f) => estimateRows({ branches: f.branches }) });
    expect(estimated.estimate({}, facts(1)).rows).toBe(4);
    expect(unestimated.field).toBe('branches');
  });
});
