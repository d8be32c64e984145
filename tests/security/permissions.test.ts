// What each role may do, tried as each would: imports refused to anonymous callers, viewers and
// other branches' PAPs; signing refused to anonymous callers whatever headers they forge; the
// report's links; researchers without staff names; AUTH_READ=login on GraphQL, CSV and charts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionOf } from '../support/accounts.ts';
import { availableDialects, startTestServer, type TestServer } from '../support/test-server.ts';

const SECRET = 'a-test-embed-secret-of-forty-bytes-long!';
const csv = (branch: string, value: number) => `branch,period,segment,active_participants\n${branch},2025-06,PU,${value}\n`;
const IMPORT = `mutation($kind: ImportKind!, $content: String!) { importData(kind: $kind, fileName: "t.csv", content: $content) { outcome storedRows problems { code reason line } } }`;

describe.each(availableDialects())('imports on %s', (dialect) => {
  let server: TestServer;
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    server = await startTestServer(dialect);
    cookies.papMadiun = await sessionOf(server, 'pap.madiun', 'PAP', { branch: 'MADIUN' });
    cookies.papKediri = await sessionOf(server, 'pap.kediri', 'PAP', { branch: 'KEDIRI' });
    cookies.viewer = await sessionOf(server, 'viewer', 'VIEWER');
    cookies.admin = await sessionOf(server, 'admin', 'ADMIN');
  });
  afterAll(() => server?.close());

  const stored = async (branch: string) =>
    (await server.db.knex('membership_snapshot').where({ branch_code: branch, year: 2025, month: 6, segment: 'PU', program: '' }).first('active_participants'))?.active_participants;

  it('refuses anonymous callers and viewers before reading the file', async () => {
    const anonymous = await server.graphql(IMPORT, { kind: 'membership', content: csv('MADIUN', 1) });
    expect(anonymous.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const viewer = await server.graphql(IMPORT, { kind: 'membership', content: csv('MADIUN', 1) }, { cookie: cookies.viewer });
    expect(viewer.errors![0].extensions.code).toBe('FORBIDDEN');
    expect(viewer.errors![0].message).toMatch(/VIEWER account changes nothing/);
  });

  it("rejects every row of another branch for a PAP and stores nothing; stores the PAP's own branch", async () => {
    const before = await stored('MADIUN');
    const other = await server.graphql(IMPORT, { kind: 'membership', content: csv('MADIUN', 4242) }, { cookie: cookies.papKediri });
    expect(other.data.importData.outcome).toBe('REJECTED');
    expect(other.data.importData.problems).toEqual([expect.objectContaining({ code: 'branch_not_allowed', line: 2 })]);
    expect(await stored('MADIUN')).toBe(before);

    const own = await server.graphql(IMPORT, { kind: 'membership', content: csv('MADIUN', 4242) }, { cookie: cookies.papMadiun });
    expect(own.data.importData).toMatchObject({ outcome: 'STORED', storedRows: 1 });
    expect(Number(await stored('MADIUN'))).toBe(4242);
  });

  it('lets only an admin import the branch list', async () => {
    const branches = 'code,name\nNGAWI,Kantor Cabang Ngawi\n';
    const pap = await server.graphql(IMPORT, { kind: 'branches', content: branches }, { cookie: cookies.papMadiun });
    expect(pap.errors![0].extensions.code).toBe('FORBIDDEN');
    const admin = await server.graphql(IMPORT, { kind: 'branches', content: branches }, { cookie: cookies.admin });
    expect(admin.data.importData.outcome).toBe('STORED');
  });

  it('records who imported in the history and the audit log; the history is for accounts only', async () => {
    const history = await server.graphql('{ importHistory(limit: 5) { actor outcome } }', {}, { cookie: cookies.viewer });
    expect(history.data.importHistory.map((r: { actor: string }) => r.actor)).toContain('account:pap.madiun');
    expect((await server.graphql('{ importHistory { id } }')).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const audit = await server.graphql('{ auditLog { actor action target } }', {}, { cookie: cookies.admin });
    expect(audit.data.auditLog).toEqual(expect.arrayContaining([
      expect.objectContaining({ actor: 'account:pap.madiun', action: 'import.stored', target: 't.csv' }),
      expect.objectContaining({ actor: 'account:pap.kediri', action: 'import.rejected' }),
    ]));
  });

  it('gives the large upload body limit only to callers who may import', async () => {
    const big = csv('MADIUN', 1) + 'x'.repeat(200_000);
    const anonymous = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: IMPORT, variables: { kind: 'membership', content: big } }) });
    expect(anonymous.status).toBe(413);
    const pap = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: cookies.papMadiun }, body: JSON.stringify({ query: IMPORT, variables: { kind: 'membership', content: big } }) });
    expect(pap.status).toBe(200);
  });
});

describe('signing embeds and the report', () => {
  let server: TestServer;
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    server = await startTestServer('sqlite', { env: { EMBED_SECRET: SECRET } });
    cookies.kabid = await sessionOf(server, 'kabid.madiun', 'KABID', { branch: 'MADIUN' });
    cookies.viewer = await sessionOf(server, 'viewer.madiun', 'VIEWER', { branch: 'MADIUN' });
  });
  afterAll(() => server?.close());

  const sign = (params: Record<string, unknown>, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/embed/sign`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ chart: 'membership-trend', params }) });

  it('refuses anonymous callers whatever headers they send', async () => {
    const headers: Record<string, string>[] = [{}, { 'sec-fetch-site': 'same-origin' }, { origin: server.url }, { origin: server.url, referer: `${server.url}/` }];
    for (const forged of headers) {
      const res = await sign({ branch: 'MADIUN' }, forged);
      expect(res.status, JSON.stringify(forged)).toBe(401);
    }
  });

  it('refuses viewers, and branch staff for another branch', async () => {
    expect((await sign({ branch: 'MADIUN' }, { cookie: cookies.viewer })).status).toBe(403);
    const other = await sign({ branch: 'KEDIRI' }, { cookie: cookies.kabid });
    expect(other.status).toBe(403);
    expect(await other.text()).toMatch(/branch MADIUN only, not KEDIRI/);
  });

  it("signs a chart of the KABID's own branch; the link works for anyone and is audited", async () => {
    const res = await sign({ branch: 'MADIUN', from: '2016', to: '2020' }, { cookie: cookies.kabid });
    expect(res.status).toBe(200);
    const answer = await res.json();
    expect(answer.signed).toBe(true);
    expect((await fetch(`${server.url}${answer.links.svg}`)).status).toBe(200);
    const { auditEntries } = await import('../../server/auth/audit.ts');
    expect((await auditEntries(server.db, { limit: 10 })).some((e) => e.action === 'embed.signed' && e.actor === 'account:kabid.madiun')).toBe(true);
  });

  it('caches embed pages without the token of the first caller', async () => {
    const res = await sign({ branch: 'MADIUN', from: '2016', to: '2020' }, { cookie: cookies.kabid });
    const { links, token } = await res.json();
    const first = await (await fetch(`${server.url}${links.embed}`)).text();
    expect(first).not.toContain(token);
    // A second caller gets a page without anyone's token either (the page reads its own URL's).
    const second = await (await fetch(`${server.url}${links.embed}`)).text();
    expect(second).not.toContain(token);
  });

  it('hands signed links in the report only to a caller allowed to share the branch', async () => {
    const anonymous = await (await fetch(`${server.url}/report?branch=MADIUN&year=2020`)).text();
    expect(anonymous).not.toMatch(/token=/);
    const viewer = await (await fetch(`${server.url}/report?branch=MADIUN&year=2020`, { headers: { cookie: cookies.viewer } })).text();
    expect(viewer).not.toMatch(/token=/);
    const kabid = await (await fetch(`${server.url}/report?branch=MADIUN&year=2020`, { headers: { cookie: cookies.kabid } })).text();
    expect(kabid).toMatch(/token=/);
  });

  it('shows private charts to a logged-in reader without a token, never to an anonymous one', async () => {
    expect((await fetch(`${server.url}/charts/membership-trend.svg?branch=MADIUN`)).status).toBe(401);
    expect((await fetch(`${server.url}/charts/membership-trend.svg?branch=MADIUN`, { headers: { cookie: cookies.viewer } })).status).toBe(200);
  });
});

describe('researchers read aggregates only', () => {
  let server: TestServer;
  let researcher: string;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    researcher = await sessionOf(server, 'peneliti', 'RESEARCHER');
  });
  afterAll(() => server?.close());

  it('refuses breakdowns by staff member, and hides the staff of raw rows', async () => {
    const byStaff = await server.graphql('{ campaignReach(branch: "MADIUN", groupBy: STAFF) { key } }', {}, { cookie: researcher });
    expect(byStaff.errors![0].extensions.code).toBe('FORBIDDEN');
    const targets = await server.graphql('{ targetAttainment(branch: "MADIUN", year: 2024, groupBy: STAFF) { key } }', {}, { cookie: researcher });
    expect(targets.errors![0].extensions.code).toBe('FORBIDDEN');
    const csv = await fetch(`${server.url}/api/campaignReach.csv?branch=MADIUN&groupBy=STAFF`, { headers: { cookie: researcher } });
    expect(csv.status).toBe(403);
    const rows = await server.graphql('{ campaignFacts(branch: "MADIUN", first: 50) { nodes { staff } } }', {}, { cookie: researcher });
    const staff = new Set(rows.data.campaignFacts.nodes.map((n: { staff: string | null }) => n.staff));
    expect([...staff].every((s) => s === null || s === '(hidden)')).toBe(true);
    expect(staff.has('(hidden)')).toBe(true);
    // Aggregates are theirs.
    const reach = await server.graphql('{ campaignReach(branch: "MADIUN", groupBy: CHANNEL) { key } }', {}, { cookie: researcher });
    expect(reach.data.campaignReach.length).toBeGreaterThan(0);
  });
});

describe('AUTH_READ=login', () => {
  let server: TestServer;
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    server = await startTestServer('sqlite', { env: { AUTH_READ: 'login', GRAPHQL_INTROSPECTION: 'true' } });
    cookies.madiun = await sessionOf(server, 'viewer.madiun', 'VIEWER', { branch: 'MADIUN' });
    cookies.jatim = await sessionOf(server, 'viewer.jatim', 'VIEWER', { region: 'JATIM' });
    cookies.nation = await sessionOf(server, 'viewer.pusat', 'VIEWER');
  });
  afterAll(() => server?.close());

  const gql = (query: string, cookie?: string) =>
    fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify({ query }) });

  it('closes GraphQL data and the schema to anonymous callers, but answers me', async () => {
    const data = await gql('{ branches { code } }');
    expect(data.status).toBe(401);
    expect((await data.json()).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await gql('{ __schema { types { name } } }')).status).toBe(401);
    expect((await gql('query { ...F } fragment F on Query { branches { code } }')).status).toBe(401);
    const me = await gql('{ me { username } }');
    expect(me.status).toBe(200);
    expect((await me.json()).data.me).toBeNull();
  });

  it('closes CSV downloads, charts, embeds and the report to anonymous callers', async () => {
    for (const path of ['/api/membershipTrend.csv', '/charts/membership-trend.svg', '/embed/membership-trend', '/report']) {
      expect((await fetch(`${server.url}${path}`)).status, path).toBe(401);
    }
  });

  it('does not bake data into the page for an anonymous visitor, not even the branches\' latest years', async () => {
    const boot = async (cookie?: string) => {
      const html = await (await fetch(`${server.url}/`, { headers: cookie ? { cookie } : {} })).text();
      return JSON.parse(/<script id="pantau-boot" type="application\/json">(.*?)<\/script>/.exec(html)![1]);
    };
    const anonymous = await boot();
    expect(JSON.stringify(anonymous)).not.toMatch(/activeParticipants/);
    expect(anonymous.latestYear).toEqual({});
    expect(Object.keys((await boot(cookies.nation)).latestYear).length).toBeGreaterThan(0);
  });

  it("reads within the account's scope: a branch account defaults to its branch and may not read another", async () => {
    const own = await (await gql('{ membershipTrend(from: "2020", to: "2020") { points { activeParticipants } } }', cookies.madiun)).json();
    const madiun = await (await gql('{ membershipTrend(branch: "MADIUN", from: "2020", to: "2020") { points { activeParticipants } } }', cookies.nation)).json();
    expect(own.data.membershipTrend).toEqual(madiun.data.membershipTrend);
    const other = await (await gql('{ membershipTrend(branch: "KEDIRI") { segment } }', cookies.madiun)).json();
    expect(other.errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await fetch(`${server.url}/api/membershipTrend.csv?branch=KEDIRI`, { headers: { cookie: cookies.madiun } })).status).toBe(403);
    expect((await fetch(`${server.url}/api/membershipTrend.csv`, { headers: { cookie: cookies.madiun } })).status).toBe(200);
  });

  it("reads the branches of a regional account's office, its office by default, and no other", async () => {
    const kediri = await (await gql('{ membershipTrend(branch: "KEDIRI") { segment } }', cookies.jatim)).json();
    expect(kediri.errors).toBeUndefined();
    const own = await (await gql('{ campaignReach(from: "2024", to: "2024") { key activity reach } }', cookies.jatim)).json();
    const office = await (await gql('{ campaignReach(region: "JATIM", from: "2024", to: "2024") { key activity reach } }', cookies.nation)).json();
    expect(own.data.campaignReach).toEqual(office.data.campaignReach);
    await server.db.knex('region').insert({ code: 'LAIN', name: 'Kantor Wilayah Lain', source: 'SYNTHETIC' });
    const other = await (await gql('{ campaignReach(region: "LAIN") { key } }', cookies.jatim)).json();
    expect(other.errors![0].extensions.code).toBe('FORBIDDEN');
    // A branch account reads its branch only, not its office.
    const office2 = await (await gql('{ campaignReach(region: "JATIM") { key } }', cookies.madiun)).json();
    expect(office2.errors![0].extensions.code).toBe('FORBIDDEN');
    // The office lists hold no figures: every account sees them whole.
    const lists = await (await gql('{ branches { code } regions { code } }', cookies.madiun)).json();
    expect(lists.data.branches.length).toBe(4);
  });

  it('tells each account through me whether its reads are confined to its own scope, and the page says the same', async () => {
    const confined = async (cookie: string) => (await (await gql('{ me { readsOwnScopeOnly } }', cookie)).json()).data.me.readsOwnScopeOnly;
    expect(await confined(cookies.jatim)).toBe(true);
    expect(await confined(cookies.madiun)).toBe(true);
    expect(await confined(cookies.nation)).toBe(false);
    const html = await (await fetch(`${server.url}/`, { headers: { cookie: cookies.jatim } })).text();
    const boot = JSON.parse(/<script id="pantau-boot" type="application\/json">(.*?)<\/script>/.exec(html)![1]);
    expect(boot.me).toMatchObject({ username: 'viewer.jatim', region: 'JATIM', readsOwnScopeOnly: true });
  });

  it("gives a regional account its office's report by default, and a branch of it on request", async () => {
    // (the report per office in detail, on both databases: tests/charts/report-region.test.ts)
    const res = await fetch(`${server.url}/report?lang=en`, { headers: { cookie: cookies.jatim } });
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/<h1>Report Kantor Wilayah Jawa Timur \d{4}<\/h1>/);
    expect((await fetch(`${server.url}/report?branch=KEDIRI`, { headers: { cookie: cookies.jatim } })).status).toBe(200);
    expect((await fetch(`${server.url}/report?region=JATIM`, { headers: { cookie: cookies.madiun } })).status).toBe(403);
  });
});
