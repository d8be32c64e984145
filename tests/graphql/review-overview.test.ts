// reviewOverview across a regional office and the nation, on both databases: per branch the
// latest review up to the week, the actions open at its end and overdue, and the team's
// attainment against the phasing to date (the same sums as the week's league table); and who
// sees which branches: a branch's Kabid his branch only, an office's viewer its branches,
// head office all, researchers and anonymous callers nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readIsoWeek } from '../../common/time/iso-week.ts';
import { weekAssessment } from '../../server/domains/reviews/assessment/assessment.ts';
import { storeText } from '../import/helpers.ts';
import { sessionOf } from '../support/accounts.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const WEEK = '2025-W20'; // 12–18 May 2025
const OVERVIEW = `query($region: ID, $week: String) { reviewOverview(region: $region, week: $week) {
  branch name region week latestWeek reviewedThisWeek openActions overdueActions expectedToDate realisedToDate attainmentToDatePct onTrack } }`;

describe.each(availableDialects())('the reviews overview on %s', (dialect) => {
  let server: TestServer;
  const as: Record<string, string> = {};
  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: true });
    await storeText(server.db, 'regions', 'code,name\nJATENG,Kantor Wilayah Jawa Tengah\n');
    await storeText(server.db, 'branches', 'code,name,region,region_code\nSOLO,Kantor Cabang Surakarta,Jawa Tengah,JATENG\n');
    as.kabid = await sessionOf(server, 'kabid.madiun', 'KABID', { branch: 'MADIUN' });
    as.kabidKediri = await sessionOf(server, 'kabid.kediri', 'KABID', { branch: 'KEDIRI' });
    as.jatim = await sessionOf(server, 'viewer.jatim', 'VIEWER', { region: 'JATIM' });
    as.nation = await sessionOf(server, 'viewer.pusat', 'VIEWER');
    as.researcher = await sessionOf(server, 'peneliti', 'RESEARCHER');
    const ask = async (query: string, variables: Record<string, unknown>, who: string) => {
      const answer = await server.graphql(query, variables, { cookie: as[who] });
      expect(answer.errors).toBeUndefined();
      return answer.data;
    };
    // MADIUN reviewed W18 (not W20): one action overdue by W20's Sunday, one not yet due, one
    // overdue and closed, but only now, so still open at W20's end. KEDIRI reviewed W20 itself;
    // PONOROGO, BLITAR and SOLO never.
    const w18 = (await ask('mutation { createReview(branch: "MADIUN", week: "2025-W18") { id } }', {}, 'kabid')).createReview;
    const add = (title: string, due: string | null) => ask('mutation($r: ID!, $t: String!, $d: String) { addAction(review: $r, title: $t, due: $d) { id } }', { r: w18.id, t: title, d: due }, 'kabid');
    await add('Kunjungi kawasan industri', '2025-05-01');
    await add('Sosialisasi pasar', '2025-12-01');
    const closed = (await add('Pasang spanduk', '2025-05-02')).addAction;
    await ask('mutation($id: ID!) { setActionStatus(id: $id, status: DONE) { id } }', { id: closed.id }, 'kabid');
    await ask(`mutation { createReview(branch: "KEDIRI", week: "${WEEK}") { id } }`, {}, 'kabidKediri');
    // A review after the week does not count as its latest.
    await ask('mutation { createReview(branch: "MADIUN", week: "2025-W30") { id } }', {}, 'kabid');
  });
  afterAll(() => server?.close());

  const overview = (who: string | null, variables: Record<string, unknown> = { week: WEEK }) => server.graphql(OVERVIEW, variables, who ? { cookie: as[who] } : {});

  it('gives each branch of the nation its latest review, its open and overdue actions and its attainment to date', async () => {
    const answer = await overview('nation');
    expect(answer.errors).toBeUndefined();
    const rows = answer.data.reviewOverview;
    expect(rows.map((r: { branch: string }) => r.branch)).toEqual(['BLITAR', 'KEDIRI', 'MADIUN', 'PONOROGO', 'SOLO']);
    const of = (code: string) => rows.find((r: { branch: string }) => r.branch === code);
    expect(of('MADIUN')).toMatchObject({ name: 'Kantor Cabang Madiun', region: 'JATIM', week: WEEK, latestWeek: '2025-W18', reviewedThisWeek: false, openActions: 3, overdueActions: 2 });
    expect(of('KEDIRI')).toMatchObject({ latestWeek: WEEK, reviewedThisWeek: true, openActions: 0, overdueActions: 0 });
    expect(of('PONOROGO')).toMatchObject({ latestWeek: null, reviewedThisWeek: false, openActions: 0 });
    // SOLO has no targets: nothing expected, nothing to judge.
    expect(of('SOLO')).toMatchObject({ region: 'JATENG', latestWeek: null, expectedToDate: null, realisedToDate: null, attainmentToDatePct: null, onTrack: null });

    // The team's attainment to date is the week's league table summed over those with a split.
    const week = readIsoWeek(WEEK);
    if (!week.ok) throw new Error(week.problem);
    for (const code of ['MADIUN', 'KEDIRI']) {
      const { league } = await weekAssessment(server.db, code, week.week);
      const split = league.filter((s) => s.expectedToDate !== null);
      const row = of(code);
      expect(row.expectedToDate).toBe(split.reduce((a, s) => a + s.expectedToDate!, 0));
      expect(row.realisedToDate).toBe(split.reduce((a, s) => a + s.attainment!.realised, 0));
      expect(row.attainmentToDatePct).toBe(Math.round((row.realisedToDate / row.expectedToDate) * 10_000) / 100);
      expect(row.onTrack).toBe(row.realisedToDate >= row.expectedToDate);
    }
    expect(of('MADIUN').expectedToDate).toBeGreaterThan(0);
  });

  it('shows a branch’s Kabid his branch only, an office’s viewer its branches, and refuses researchers and anonymous callers', async () => {
    const mine = await overview('kabid');
    expect(mine.data.reviewOverview.map((r: { branch: string }) => r.branch)).toEqual(['MADIUN']);
    const mineInOffice = await overview('kabid', { region: 'jatim', week: WEEK });
    expect(mineInOffice.data.reviewOverview.map((r: { branch: string }) => r.branch)).toEqual(['MADIUN']);
    const elsewhere = await overview('kabid', { region: 'JATENG', week: WEEK });
    expect(elsewhere.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/reads branch MADIUN, not branch SOLO/) });
    expect(elsewhere.data).toBeNull();

    const office = await overview('jatim');
    expect(office.data.reviewOverview.map((r: { branch: string }) => r.branch)).toEqual(['BLITAR', 'KEDIRI', 'MADIUN', 'PONOROGO']);
    expect((await overview('nation', { region: 'JATENG', week: WEEK })).data.reviewOverview.map((r: { branch: string }) => r.branch)).toEqual(['SOLO']);

    const researcher = await overview('researcher');
    expect(researcher.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(researcher.data).toBeNull();
    const anonymous = await overview(null);
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data).toBeNull();
  });

  it('names a bad week or office', async () => {
    const week = await overview('nation', { week: '2025-W60' });
    expect(week.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/week/) });
    const region = await overview('nation', { region: 'NOWHERE' });
    expect(region.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/unknown regional office code "NOWHERE"/) });
  });
});
