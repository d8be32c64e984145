// The hierarchy: regional offices (kantor wilayah) over branches. A region is the set of its
// branches in every answer: its figures equal the sum of its branches', on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshMembershipRollup } from '../../server/domains/membership/rollup.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe.each(availableDialects())('regions on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect, {
      // A second office, so that a region is not simply the nation: Blitar moves to it.
      prepare: async (db) => {
        await db.knex('region').insert({ code: 'UJI', name: 'Kantor Wilayah Uji', source: 'SYNTHETIC' });
        await db.knex('branch').where({ code: 'BLITAR' }).update({ region_code: 'UJI' });
        // Moved another way than the branches import: the month rollup's groups are per office.
        await refreshMembershipRollup(db.knex, 'months');
      },
    });
  });
  afterAll(() => server?.close());

  const ask = async (query: string) => {
    const res = await server.graphql(query);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data;
  };

  it('lists the regional offices with their branches, and each branch names its office', async () => {
    const data = await ask('{ regions { code name source branches { code regionCode } } }');
    expect(data.regions).toEqual([
      { code: 'JATIM', name: 'Kantor Wilayah Jawa Timur', source: 'SYNTHETIC', branches: ['KEDIRI', 'MADIUN', 'PONOROGO'].map((code) => ({ code, regionCode: 'JATIM' })) },
      { code: 'UJI', name: 'Kantor Wilayah Uji', source: 'SYNTHETIC', branches: [{ code: 'BLITAR', regionCode: 'UJI' }] },
    ]);
  });

  it("answers a region's membership, reach, targets and effectiveness as the sum of its branches", async () => {
    const branches = ['KEDIRI', 'MADIUN', 'PONOROGO'];
    const membership = (scope: string) => `membershipTrend(${scope}, from: "2020", to: "2024", programs: [JKK, JHT]) { segment program points { period activeParticipants } }`;
    const reach = (scope: string) => `campaignReach(${scope}, from: "2023", to: "2024", groupBy: CHANNEL) { key activity activities reach registrations costIdr }`;
    const targets = (scope: string) => `targetAttainment(${scope}, year: 2024) { key target realised }`;
    const region = await ask(`{ m: ${membership('region: "JATIM"')} r: ${reach('region: "JATIM"')} t: ${targets('region: "JATIM"')} e: effectiveness(region: "jatim", from: "2024", to: "2024") { socialisation { activities reach registrations } } }`);
    const each = await Promise.all(branches.map((b) => ask(`{ m: ${membership(`branch: "${b}"`)} r: ${reach(`branch: "${b}"`)} t: ${targets(`branch: "${b}"`)} e: effectiveness(branch: "${b}", from: "2024", to: "2024") { socialisation { activities reach registrations } } }`)));

    for (const series of region.m) {
      for (const point of series.points) {
        const parts = each.map((d) => d.m.find((s: { segment: string; program: string }) => s.segment === series.segment && s.program === series.program)?.points.find((p: { period: string }) => p.period === point.period)?.activeParticipants ?? 0);
        expect(point.activeParticipants, `${series.segment} ${series.program} ${point.period}`).toBe(sum(parts));
      }
    }
    for (const row of region.r) {
      for (const measure of ['activities', 'reach', 'registrations', 'costIdr']) {
        // YouTube is a channel of both types: one row each, told apart by the activity.
        const same = (r: { key: string; activity: string }) => r.key === row.key && r.activity === row.activity;
        expect(row[measure], `${row.key} ${row.activity} ${measure}`).toBe(sum(each.map((d) => d.r.find(same)?.[measure] ?? 0)));
      }
    }
    for (const row of region.t) expect(row.target, row.key).toBe(sum(each.map((d) => d.t.find((r: { key: string }) => r.key === row.key)?.target ?? 0)));
    for (const measure of ['activities', 'reach', 'registrations']) {
      expect(region.e.socialisation[measure]).toBe(sum(each.map((d) => d.e.socialisation[measure])));
    }
    // And it is not the nation: Blitar is left out.
    const nation = await ask(`{ r: ${reach('region: null')} }`);
    expect(sum(nation.r.map((r: { reach: number }) => r.reach))).toBeGreaterThan(sum(region.r.map((r: { reach: number }) => r.reach)));
  });

  it('groups reach and targets by branch and by regional office, each group the sum of its branches', async () => {
    const data = await ask(`{
      reachByRegion: campaignReach(from: "2024", to: "2024", groupBy: REGION) { key activities reach registrations costIdr }
      reachByBranch: campaignReach(from: "2024", to: "2024", groupBy: BRANCH) { key activities reach registrations costIdr }
      targetsByRegion: targetAttainment(year: 2024, groupBy: REGION) { key target realised unit }
      targetsByBranch: targetAttainment(year: 2024, groupBy: BRANCH) { key target realised unit }
    }`);
    const offices: Record<string, string[]> = { JATIM: ['KEDIRI', 'MADIUN', 'PONOROGO'], UJI: ['BLITAR'] };
    expect(data.reachByRegion.map((r: { key: string }) => r.key).sort()).toEqual(['JATIM', 'UJI']);
    expect(data.reachByBranch.map((r: { key: string }) => r.key).sort()).toEqual(['BLITAR', 'KEDIRI', 'MADIUN', 'PONOROGO']);
    for (const row of data.reachByRegion) {
      const parts = data.reachByBranch.filter((b: { key: string }) => offices[row.key].includes(b.key));
      for (const m of ['activities', 'reach', 'registrations', 'costIdr']) expect(row[m], `${row.key} ${m}`).toBe(sum(parts.map((p: Record<string, number>) => p[m])));
    }
    for (const row of data.targetsByRegion) {
      const parts = data.targetsByBranch.filter((b: { key: string }) => offices[row.key].includes(b.key));
      expect(row.unit).toBe('ENROLMENTS');
      expect(row.target, row.key).toBe(sum(parts.map((p: { target: number }) => p.target)));
      expect(row.realised, row.key).toBe(sum(parts.map((p: { realised: number }) => p.realised)));
    }
    // A branch's own group is its answer alone.
    const madiun = await ask('{ campaignReach(branch: "MADIUN", from: "2024", to: "2024", groupBy: YEAR) { reach } }');
    expect(data.reachByBranch.find((r: { key: string }) => r.key === 'MADIUN').reach).toBe(madiun.campaignReach[0].reach);
  });

  it('refuses branch and region together, and an unknown region, naming the argument', async () => {
    const both = await server.graphql('{ membershipTrend(branch: "MADIUN", region: "JATIM") { segment } }');
    expect(both.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'region' } });
    const unknown = await server.graphql('{ campaignReach(region: "ATLANTIS") { key } }');
    expect(unknown.errors![0].message).toMatch(/region: unknown regional office code "ATLANTIS"/);
  });

  it('takes region in the CSV download and the chart files too', async () => {
    const csv = await fetch(`${server.url}/api/campaignReach.csv?region=UJI&from=2024&to=2024&lang=en`);
    expect(csv.status).toBe(200);
    const blitar = await (await fetch(`${server.url}/api/campaignReach.csv?branch=BLITAR&from=2024&to=2024&lang=en`)).text();
    expect(await csv.text()).toBe(blitar);
    const svg = await fetch(`${server.url}/charts/membership-trend.svg?region=JATIM`);
    expect(svg.status).toBe(200);
    // Titled with the office, not "all branches".
    expect(await svg.text()).toContain('Kantor Wilayah Jawa Timur');
  });
});
