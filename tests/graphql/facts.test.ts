// Raw facts with cursor pagination, on SQLite and PostgreSQL: walking every page returns every
// stored row exactly once, filters match the analytic queries, and bad page arguments are
// refused with a message naming the argument.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const MEMBERSHIP = /* GraphQL */ `
  query ($branch: ID, $from: String, $to: String, $segments: [Segment!], $programs: [Program!], $first: Int, $after: String) {
    membershipFacts(branch: $branch, from: $from, to: $to, segments: $segments, programs: $programs, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes { id branch period year month segment program activeParticipants newParticipants lapsedParticipants source }
    }
  }`;
const CAMPAIGNS = /* GraphQL */ `
  query ($branch: ID, $from: String, $to: String, $activity: ActivityType, $first: Int, $after: String) {
    campaignFacts(branch: $branch, from: $from, to: $to, activity: $activity, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes { id branch date activity channel medium name reach leads registrations costIdr segment staff source }
    }
  }`;
const TARGETS = /* GraphQL */ `
  query ($branch: ID, $from: String, $to: String, $first: Int, $after: String) {
    targetFacts(branch: $branch, from: $from, to: $to, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes { id branch year program segment metric staff target source }
    }
  }`;

describe.each(availableDialects())('raw facts on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(async () => {
    await server?.close();
  });

  async function walk(query: string, field: string, table: string, variables: Record<string, unknown>) {
    const ids: string[] = [];
    let after: string | null = null;
    let total = -1;
    let pages = 0;
    for (;;) {
      const res: { data?: any; errors?: any[] } = await server.graphql(query, { ...variables, after });
      expect(res.errors).toBeUndefined();
      const page: any = res.data[field];
      total = page.totalCount;
      ids.push(...page.nodes.map((n: { id: string }) => n.id));
      pages++;
      if (!page.pageInfo.hasNextPage) break;
      expect(page.nodes).toHaveLength(variables.first as number);
      after = page.pageInfo.endCursor;
      expect(pages).toBeLessThan(10_000);
    }
    void table;
    return { ids, total, pages };
  }

  it.each([
    ['membershipFacts', MEMBERSHIP, 'membership_snapshot', 997],
    ['campaignFacts', CAMPAIGNS, 'campaign_activity', 500],
    ['targetFacts', TARGETS, 'target', 77],
  ])('%s: walking all pages returns every row exactly once', async (field, query, table, first) => {
    const { ids, total, pages } = await walk(query, field, table, { first });
    const [{ count }] = await server.db.knex(table).count({ count: '*' });
    expect(Number(count)).toBeGreaterThan(first);
    expect(total).toBe(Number(count));
    expect(ids).toHaveLength(Number(count));
    expect(new Set(ids).size).toBe(ids.length);
    expect(pages).toBe(Math.ceil(Number(count) / first));
  });

  it('membershipFacts: the study rows of MADIUN, PU and BPU, 2016–2020, are the study figures', async () => {
    const res = await server.graphql(MEMBERSHIP, { branch: 'madiun', from: '2016', to: '2020', segments: ['PU', 'BPU'], first: 1000 });
    expect(res.errors).toBeUndefined();
    const persons = res.data.membershipFacts.nodes.filter((n: any) => n.program === null && n.source === 'STUDY');
    expect(persons.length).toBeGreaterThanOrEqual(10);
    for (const n of persons) {
      expect(n.branch).toBe('MADIUN');
      expect(['PU', 'BPU']).toContain(n.segment);
      expect(n.year).toBeGreaterThanOrEqual(2016);
      expect(n.year).toBeLessThanOrEqual(2020);
    }
    // The same figures as membershipTrend's yearly points.
    const trend = await server.graphql(
      `{ membershipTrend(branch: "MADIUN", segments: [PU, BPU], from: "2016", to: "2020") { segment points { period activeParticipants } } }`,
    );
    for (const series of trend.data.membershipTrend) {
      for (const point of series.points) {
        const fact = persons.find((n: any) => n.segment === series.segment && String(n.year) === point.period && n.month === 12);
        if (fact) expect(fact.activeParticipants).toBe(point.activeParticipants);
      }
    }
  });

  it('membershipFacts: rows come in period order and honour the filters', async () => {
    const res = await server.graphql(MEMBERSHIP, { from: '2021-01', to: '2021-06', programs: ['JHT'], first: 1000 });
    expect(res.errors).toBeUndefined();
    const nodes = res.data.membershipFacts.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    const keys = nodes.map((n: any) => n.year * 12 + n.month);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    for (const n of nodes) {
      expect(n.program).toBe('JHT');
      expect(n.year).toBe(2021);
      expect(n.month).toBeLessThanOrEqual(6);
      expect(['STUDY', 'SYNTHETIC', 'IMPORTED']).toContain(n.source);
    }
  });

  it('campaignFacts: activity filter, dates in order, optional parts are null', async () => {
    const res = await server.graphql(CAMPAIGNS, { branch: 'MADIUN', activity: 'PROMOTION', from: '2022', to: '2022', first: 1000 });
    expect(res.errors).toBeUndefined();
    const nodes = res.data.campaignFacts.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    const dates = nodes.map((n: any) => n.date);
    expect(dates).toEqual([...dates].sort());
    for (const n of nodes) {
      expect(n.activity).toBe('PROMOTION');
      expect(n.date.startsWith('2022-')).toBe(true);
      expect(n.name === null || n.name.length > 0).toBe(true);
      expect(n.staff === null || n.staff.length > 0).toBe(true);
    }
  });

  it('targetFacts: years filter', async () => {
    const res = await server.graphql(TARGETS, { from: '2023', to: '2023-06', first: 1000 });
    expect(res.errors).toBeUndefined();
    expect(res.data.targetFacts.nodes.length).toBeGreaterThan(0);
    for (const n of res.data.targetFacts.nodes) expect(n.year).toBe(2023);
  });

  it('an empty page and first: 0 still give the total', async () => {
    const res = await server.graphql(TARGETS, { first: 0 });
    expect(res.errors).toBeUndefined();
    expect(res.data.targetFacts.nodes).toEqual([]);
    expect(res.data.targetFacts.pageInfo).toEqual({ endCursor: null, hasNextPage: true });
    expect(res.data.targetFacts.totalCount).toBeGreaterThan(0);
    const none = await server.graphql(TARGETS, { from: '1990', to: '1990' });
    expect(none.data.targetFacts).toEqual({ totalCount: 0, pageInfo: { endCursor: null, hasNextPage: false }, nodes: [] });
  });

  it.each([
    [{ first: 1001 }, 'first', /first: 1001 is out of range: ask for 0 to 1000/],
    [{ first: -1 }, 'first', /first: -1 is out of range/],
    [{ after: 'not-a-cursor' }, 'after', /after: "not-a-cursor" is not a cursor of membershipFacts/],
    [{ after: Buffer.from('["campaign","2020-01-01",1]').toString('base64url') }, 'after', /is not a cursor of membershipFacts/],
    [{ branch: 'NOWHERE' }, 'branch', /branch: unknown branch code "NOWHERE"/],
    [{ from: '2020-13' }, 'from', /from: "2020-13" is not a period/],
    [{ from: '2021', to: '2020' }, 'from', /is after to/],
  ])('bad arguments %o are refused naming %s', async (variables, argument, message) => {
    const res = await server.graphql(MEMBERSHIP, variables);
    expect(res.data).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(res.errors![0].message).toMatch(message);
  });
});
