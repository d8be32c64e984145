// The report takes the dashboard's scope vocabulary (tryout F11: /report?scope=national was a
// 400): the scope parameter a national view's URL carries opens the national report, the same
// one a report without a scope is; a regional view's and a branch's open theirs. A scope other
// than `national`, and `scope=national` beside an office, are 400s naming the parameter, in the
// report's language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseState, scopeChange, serialiseState, DEFAULT_STATE, type Scope } from '../../common/dashboard/url-state.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const title = (html: string) => /<h1>([^<]*)<\/h1>/.exec(html)?.[1];

/** The scope parameters of the dashboard's URL for a scope, exactly as the dashboard writes them. */
function dashboardScope(scope: Scope): string {
  const params = new URLSearchParams(serialiseState({ ...DEFAULT_STATE, ...scopeChange(scope) }));
  const kept = new URLSearchParams();
  for (const name of ['branch', 'region', 'scope']) if (params.has(name)) kept.set(name, params.get(name)!);
  return kept.toString();
}

describe('the report reads the dashboard scope parameters', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
  });
  afterAll(() => server?.close());

  const get = (query: string) => fetch(`${server.url}/report?${query}`);

  it("opens the national report for the national view's scope=national, as without a scope", async () => {
    const national = dashboardScope({ kind: 'nation' });
    expect(national).toBe('scope=national');
    // The dashboard reads its own parameter back as the nation.
    expect(parseState(`?${national}`).national).toBe(true);
    const res = await get(`${national}&year=2024&lang=en`);
    const html = await res.text();
    expect(res.status, html).toBe(200);
    expect(title(html)).toBe('Report National 2024');
    const plain = await (await get('year=2024&lang=en')).text();
    // The same report: the same key figures and sections (only the generation time may differ).
    const body = (h: string) => h.slice(h.indexOf('<main>'), h.indexOf('</main>'));
    expect(body(html)).toBe(body(plain));
    expect(title(await (await get('scope=NATIONAL&year=2024&lang=id')).text())).toBe('Laporan Nasional 2024');
  });

  it("opens a regional office's and a branch's report for their views' parameters", async () => {
    const region = await get(`${dashboardScope({ kind: 'region', region: 'JATIM' })}&year=2024&lang=en`);
    expect(region.status).toBe(200);
    expect(title(await region.text())).toBe('Report Kantor Wilayah Jawa Timur 2024');
    const branch = await get(`${dashboardScope({ kind: 'branch', branch: 'MADIUN' })}&year=2024&lang=en`);
    expect(branch.status).toBe(200);
    expect(title(await branch.text())).toBe('Report Kantor Cabang Madiun 2024');
  });

  it('refuses another scope value, and scope=national beside an office, naming the parameter in the language asked', async () => {
    const unknown = await get('scope=nasional&lang=en');
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toMatch(/^scope: "nasional" is not a scope the report knows; give scope=national for every branch, or branch=… \(a branch office\) or region=… \(a regional office\) without scope/);
    const unknownId = await get('scope=cabang');
    expect(unknownId.status).toBe(400);
    expect(await unknownId.text()).toMatch(/^scope: "cabang" bukan cakupan yang dikenal; berikan scope=national/);
    for (const office of ['branch=MADIUN', 'region=JATIM']) {
      const both = await get(`scope=national&${office}&lang=en`);
      expect(both.status, office).toBe(400);
      expect(await both.text(), office).toMatch(/^scope: scope=national covers every branch: give it alone/);
    }
    const bothId = await get('scope=national&branch=MADIUN&lang=id');
    expect(await bothId.text()).toMatch(/^scope: scope=national mencakup semua kantor cabang/);
    expect((await get('scope=')).status).toBe(400);
  });
});
