// The dashboard's index.html carries boot data: each branch's latest year with data, and the
// answers of the view its URL asks for, computed by the dashboard's own operation functions
// and executed through the real GraphQL server, so a fresh tab draws without round trips.
import { print } from 'graphql';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_VIEW_DOCUMENTS } from '../../../common/dashboard/first-view.ts';
import { bumpDataVersion } from '../../../server/cache/data-version.ts';
import { refreshMembershipRollup } from '../../../server/domains/membership/rollup.ts';
import { ensureClientBuilt } from '../../browser/support.ts';
import { startTestServer, type TestServer } from '../../support/test-server.ts';

interface Answer {
  operationName: string;
  variables: Record<string, unknown>;
  data: any;
}

describe('dashboard boot data', () => {
  let server: TestServer;
  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer('sqlite');
    // As main.ts warms the server up at start: the very first execution (the schema's and the
    // estimate's first use, code not yet compiled) can take longer than the page's budget on
    // a loaded machine, and then the page is sent without its answers, as it should be.
    await fetch(`${server.url}/`).then((r) => r.text());
  });
  afterAll(() => server?.close());

  const boot = async (path: string): Promise<{ latestYear: Record<string, number>; answers: Answer[] }> => {
    const html = await (await fetch(`${server.url}${path}`)).text();
    const json = /<script id="pantau-boot" type="application\/json">(.*?)<\/script>/.exec(html)?.[1];
    return JSON.parse(json!);
  };
  const answer = (answers: Answer[], name: string) => answers.find((a) => a.operationName === name);

  it('answers the default view: branches, years, the four panels and the stale-data notice for Madiun', async () => {
    const { answers } = await boot('/?lang=en');
    expect(answers.map((a) => a.operationName)).toEqual([
      'App',
      'AppYears',
      'MembershipTrendPanel',
      'CampaignReachPanel',
      'TargetAttainmentPanel',
      'EffectivenessPanel',
      'FreshnessNotice',
    ]);
    const trend = answer(answers, 'MembershipTrendPanel')!;
    expect(trend.variables).toEqual({ branch: 'MADIUN', segments: ['PU', 'BPU', 'JAKON', 'PMI'], granularity: 'YEAR' });
    const pu = trend.data.membershipTrend.find((s: any) => s.segment === 'PU');
    expect(pu.__typename).toBe('MembershipSeries');
    expect(pu.points.find((p: any) => p.period === '2020')).toMatchObject({ activeParticipants: 46878, source: 'STUDY' });
    // The targets year is the latest year with data, as the dashboard would pick it.
    expect(answer(answers, 'TargetAttainmentPanel')!.variables).toEqual({ branch: 'MADIUN', year: 2025, groupBy: 'PROGRAM' });
  });

  it('answers exactly what /graphql answers for the same operation', async () => {
    const { answers } = await boot('/?branch=KEDIRI&from=2021&to=2023');
    expect(answers).toHaveLength(7);
    for (const a of answers) {
      const query = print(addTypenameToDocument(FIRST_VIEW_DOCUMENTS[a.operationName] as any));
      expect(await server.graphql(query, a.variables)).toEqual({ data: a.data });
    }
  });

  it('follows the URL state: branch, range, granularity, programs and targets grouping', async () => {
    const { answers } = await boot('/?branch=kediri&from=2020-Q1&to=2021-Q4&gran=QUARTER&programs=JHT,JKK&groupBy=SEGMENT');
    expect(answer(answers, 'MembershipTrendPanel')!.variables).toEqual({
      branch: 'KEDIRI',
      segments: ['PU', 'BPU', 'JAKON', 'PMI'],
      programs: ['JKK', 'JHT'],
      from: '2020-Q1',
      to: '2021-Q4',
      granularity: 'QUARTER',
    });
    const periods = answer(answers, 'MembershipTrendPanel')!.data.membershipTrend[0].points.map((p: any) => p.period);
    expect(periods[0]).toBe('2020-Q1');
    expect(periods.at(-1)).toBe('2021-Q4');
    expect(answer(answers, 'TargetAttainmentPanel')!.variables).toEqual({ branch: 'KEDIRI', year: 2021, groupBy: 'SEGMENT' });
  });

  it('falls back to Madiun for an unknown branch, as the dashboard does', async () => {
    const { answers } = await boot('/?branch=NOWHERE');
    expect(answer(answers, 'CampaignReachPanel')!.variables).toEqual({ branch: 'MADIUN' });
  });

  it('carries any text of the data intact, markup and `$` patterns included', async () => {
    const name = "Cabang $' $& $$ $` </script><script>alert(1)</script>";
    await server.db.knex('branch').insert({ code: 'ZDOLLAR', name, region: null, source: 'IMPORTED' });
    // Written past the importer: tell the page's cache as an import does (page-data-cache.ts).
    bumpDataVersion();
    try {
      const html = await (await fetch(`${server.url}/`)).text();
      expect(html).not.toContain('<script>alert(1)');
      const { answers } = await boot('/');
      expect(answer(answers, 'App')!.data.branches.find((b: any) => b.code === 'ZDOLLAR').name).toBe(name);
    } finally {
      await server.db.knex('branch').where({ code: 'ZDOLLAR' }).delete();
      bumpDataVersion();
    }
  });

  it('leaves other pages without answers', async () => {
    expect((await boot('/import')).answers).toEqual([]);
  });

  it('writes the latest year of every branch into the page, and follows new data', async () => {
    expect((await boot('/?lang=en')).latestYear).toEqual({ BLITAR: 2025, KEDIRI: 2025, MADIUN: 2025, PONOROGO: 2025 });
    await server.db.knex('membership_snapshot').insert({
      branch_code: 'MADIUN', year: 2026, month: 1, period_index: 2026 * 12, precision: 'MONTH', segment: 'PU', program: '',
      active_participants: 62000, source: 'IMPORTED',
    });
    // As an import does in its transaction: the yearly rollup follows, then the data version.
    await server.db.knex.transaction((trx) => refreshMembershipRollup(trx, { branch: 'MADIUN' }));
    bumpDataVersion();
    const after = await boot('/');
    expect(after.latestYear.MADIUN).toBe(2026);
    expect(answer(after.answers, 'TargetAttainmentPanel')!.variables.year).toBe(2026);
  });
});
