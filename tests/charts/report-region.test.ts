// The report of a regional office (GET /report?region=…) on both databases: its key figures are
// the sum of its branches' reports (Blitar moves to a second office, so an office is not the
// nation), it is titled with the office's name in both languages, every section asks its
// question with `region` and links it so, and it is read under the same permissions as the
// office's GraphQL questions (AUTH_READ=login: anonymous 401, another office's viewer and a
// branch account 403); signed links only for who may share the office's charts. Branch and
// region together, and an unknown office, are 400s in the report's language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionOf } from '../support/accounts.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';
import type { Database } from '../../server/db/orm.ts';
import { refreshMembershipRollup } from '../../server/domains/membership/rollup.ts';

const SECRET = 'a-test-embed-secret-of-forty-bytes-long!';
const JATIM_BRANCHES = ['KEDIRI', 'MADIUN', 'PONOROGO'];

/** A second office, so that JATIM is not the nation: Blitar moves to it. */
async function secondOffice(db: Database): Promise<void> {
  await db.knex('region').insert({ code: 'UJI', name: 'Kantor Wilayah Uji', source: 'SYNTHETIC' });
  await db.knex('branch').where({ code: 'BLITAR' }).update({ region_code: 'UJI' });
  // Moved another way than the branches import: the month rollup's groups are per office.
  await refreshMembershipRollup(db.knex, 'months');
}

interface Figure {
  value: string;
  note: string;
}

/** The report's key figures by label, as printed. */
function figures(html: string): Record<string, Figure> {
  const found = [...html.matchAll(/<div class="figure"><div class="label">([^<]*)<\/div><div class="value">([^<]*)<\/div><div class="fnote">([^<]*)<\/div><\/div>/g)];
  return Object.fromEntries(found.map((m) => [m[1], { value: m[2], note: m[3] }]));
}

/** Every whole number printed in a text, in the English format ("12,345 attendees · 6,789 impressions" → [12345, 6789]). */
const numbers = (text: string) => [...text.matchAll(/\d[\d,]*/g)].map((m) => Number(m[0].replace(/,/g, '')));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const title = (html: string) => /<h1>([^<]*)<\/h1>/.exec(html)?.[1];

describe.each(availableDialects())('the report of a regional office on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect, { prepare: secondOffice });
  });
  afterAll(() => server?.close());

  const report = async (query: string) => {
    const res = await fetch(`${server.url}/report?${query}`);
    const html = await res.text();
    expect(res.status, html).toBe(200);
    return html;
  };

  it("has the key figures of the sum of its branches' reports, and not the nation's", async () => {
    const office = figures(await report('region=JATIM&year=2024&lang=en'));
    const branches = await Promise.all(JATIM_BRANCHES.map(async (b) => figures(await report(`branch=${b}&year=2024&lang=en`))));
    const nation = figures(await report('year=2024&lang=en'));
    const labels = ['Active participants, end of 2024', 'Campaign reach', 'Registrations from campaigns'];
    for (const label of labels) {
      expect(office[label], label).toBeDefined();
      const each = branches.map((f) => numbers(f[label].value));
      // Every number the value prints (attendees and impressions apart) is its branches' sum.
      expect(numbers(office[label].value), label).toEqual(each[0].map((_, i) => sum(each.map((n) => n[i]))));
      expect(sum(numbers(nation[label].value)), label).toBeGreaterThan(sum(numbers(office[label].value)));
    }
    // The activities and the campaigns' cost, in the notes.
    for (const label of ['Registrations from campaigns', 'Cost per registration']) {
      expect(numbers(office[label].note), label).toEqual([sum(branches.map((f) => numbers(f[label].note)[0]))]);
    }
    // The attainment weighs the office's targets: realised over target of its branches together.
    const year = await server.graphql(`{ ${JATIM_BRANCHES.map((b) => `${b}: targetAttainment(branch: "${b}", year: 2024, groupBy: PROGRAM) { status targetWithData realised }`).join(' ')} }`);
    const rows = Object.values(year.data as Record<string, { status: string; targetWithData: number; realised: number }[]>).flat().filter((r) => r.status !== 'NO_DATA');
    const pct = (sum(rows.map((r) => r.realised)) / sum(rows.map((r) => r.targetWithData))) * 100;
    expect(office['Target attainment'].value).toBe(`${pct.toFixed(1)}%`);
  });

  it("is titled with the office's name in both languages, and asks every section with region", async () => {
    const id = await report('region=jatim&year=2024&lang=id');
    expect(title(id)).toBe('Laporan Kantor Wilayah Jawa Timur 2024');
    expect(id).toContain('<title>Laporan Kantor Wilayah Jawa Timur 2024</title>');
    const en = await report('region=JATIM&year=2024&lang=en');
    expect(title(en)).toBe('Report Kantor Wilayah Jawa Timur 2024');
    expect((en.match(/<section class="chart"/g) ?? []).length).toBe(4);
    // Each section's table is the office's chart, titled with the office too.
    expect((en.match(/<caption>[^<]*Kantor Wilayah Jawa Timur[^<]*<\/caption>/g) ?? []).length).toBe(4);
    const links = [...en.matchAll(/href="(\/charts\/[^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
    expect(links.length).toBe(12);
    for (const link of links) {
      const params = new URL(link, server.url).searchParams;
      expect(params.get('region'), link).toBe('JATIM');
      expect(params.has('branch'), link).toBe(false);
    }
    // The CSV link of the membership section is the office's membership, not the nation's.
    const csv = links.find((l) => l.startsWith('/charts/membership-trend.csv'))!;
    const office = await (await fetch(`${server.url}${csv}`)).text();
    const all = new URL(csv, server.url);
    all.searchParams.delete('region');
    const nation = await (await fetch(all)).text();
    expect(office).not.toBe(nation);
    for (const link of links) expect((await fetch(`${server.url}${link}`)).status, link).toBe(200);
    // Without a year, the office's latest year with data.
    expect(title(await report('region=UJI&lang=en'))).toMatch(/^Report Kantor Wilayah Uji \d{4}$/);
  });

  it('refuses branch and region together, and an unknown office, in the language asked', async () => {
    const both = await fetch(`${server.url}/report?branch=MADIUN&region=JATIM&year=2024&lang=en`);
    expect(both.status).toBe(400);
    expect(await both.text()).toMatch(/^region: give a branch office \(branch\) or a regional office \(region\), not both/);
    const bothId = await fetch(`${server.url}/report?branch=MADIUN&region=JATIM`);
    expect(bothId.status).toBe(400);
    expect(await bothId.text()).toMatch(/^region: berikan kantor cabang \(branch\) atau kantor wilayah \(region\), jangan keduanya/);
    const unknown = await fetch(`${server.url}/report?region=ATLANTIS&year=2024&lang=en`);
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toMatch(/^region: unknown regional office "ATLANTIS"; give a regional office code such as JATIM/);
    const unknownId = await fetch(`${server.url}/report?region=atlantis&lang=id`);
    expect(unknownId.status).toBe(400);
    expect(await unknownId.text()).toMatch(/^region: kantor wilayah "atlantis" tidak dikenal/);
    expect((await fetch(`${server.url}/report?region=`)).status).toBe(400);
  });
});

describe.each(availableDialects())('who may read the report of a regional office on %s (AUTH_READ=login)', (dialect) => {
  let server: TestServer;
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    server = await startTestServer(dialect, { prepare: secondOffice, env: { AUTH_READ: 'login', EMBED_SECRET: SECRET } });
    cookies.jatim = await sessionOf(server, 'viewer.jatim', 'VIEWER', { region: 'JATIM' });
    cookies.uji = await sessionOf(server, 'viewer.uji', 'VIEWER', { region: 'UJI' });
    cookies.nation = await sessionOf(server, 'viewer.pusat', 'VIEWER');
    cookies.kabid = await sessionOf(server, 'kabid.madiun', 'KABID', { branch: 'MADIUN' });
    cookies.admin = await sessionOf(server, 'admin', 'ADMIN');
  });
  afterAll(() => server?.close());

  const get = (query: string, cookie?: string) => fetch(`${server.url}/report?${query}`, { headers: cookie ? { cookie } : {} });
  const gqlCode = async (cookie: string) => (await server.graphql('{ membershipTrend(region: "JATIM") { segment } }', {}, { cookie })).errors?.[0]?.extensions?.code;

  it('answers 401 to an anonymous caller', async () => {
    expect((await get('region=JATIM&year=2024')).status).toBe(401);
  });

  it("reads the office for its own regional viewer and the nation's, its own by default; refuses another office's viewer and a branch account as GraphQL does", async () => {
    const own = await get('year=2024&lang=en', cookies.jatim);
    expect(own.status).toBe(200);
    expect(title(await own.text())).toBe('Report Kantor Wilayah Jawa Timur 2024');
    for (const who of ['jatim', 'nation', 'admin']) {
      const res = await get('region=JATIM&year=2024&lang=en', cookies[who]);
      expect(res.status, who).toBe(200);
      expect(await gqlCode(cookies[who]), who).toBeUndefined();
    }
    // A regional viewer reads its office's branches too, not another office's.
    expect((await get('branch=KEDIRI&year=2024', cookies.jatim)).status).toBe(200);
    expect((await get('branch=BLITAR&year=2024', cookies.jatim)).status).toBe(403);
    for (const who of ['uji', 'kabid']) {
      const res = await get('region=JATIM&year=2024', cookies[who]);
      expect(res.status, who).toBe(403);
      expect(await res.text(), who).toMatch(/not regional office JATIM/);
      expect(await gqlCode(cookies[who]), who).toBe('FORBIDDEN');
    }
  });

  it('signs its links only for a caller who may share the office\'s charts, and the signed links open for anyone', async () => {
    const tokens = async (cookie: string) => [...(await (await get('region=JATIM&year=2024&lang=en', cookie)).text()).matchAll(/href="(\/charts\/[^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
    for (const who of ['jatim', 'nation']) expect((await tokens(cookies[who])).some((l) => l.includes('token=')), who).toBe(false);
    // A branch's KABID signs its branch's charts only: its own branch's report is signed.
    expect((await (await get('branch=MADIUN&year=2024', cookies.kabid)).text())).toMatch(/token=/);
    const signed = await tokens(cookies.admin);
    expect(signed.length).toBe(12);
    for (const link of signed) {
      expect(link).toContain('token=');
      expect((await fetch(`${server.url}${link}`)).status, link).toBe(200);
    }
    // Without its token the same file is closed to an anonymous caller.
    expect((await fetch(`${server.url}${signed[0].replace(/&token=[^&]+/, '')}`)).status).toBe(401);
  });
});
