// The dashboard's scope in chromium against a real server: the nation, a regional office or a
// branch, chosen in the filter bar or by a row of the ranked offices, kept in the URL (one of
// `scope=national`, `region=`, `branch=`), shown as breadcrumbs, and sent as the `region` or
// `branch` argument of every panel's query, whose figures are the API's for that scope. The
// demo's one office is joined by a second (Blitar moves to it), so a region is not the nation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { formatInteger } from '../../common/i18n/format.ts';
import { refreshMembershipRollup } from '../../server/domains/membership/rollup.ts';
import { chromiumOrSkipReason, ensureClientBuilt, expectNoSeriousAxeViolations, launch, type PageRecord, record, screenshot, waitForCharts } from './support.ts';

const chromiumPath = chromiumOrSkipReason().path;

const ANALYTIC_OPERATIONS = ['MembershipTrendPanel', 'CampaignReachPanel', 'TargetAttainmentPanel', 'EffectivenessPanel', 'FreshnessNotice', 'AppYears'];

describe.skipIf(!chromiumPath)('dashboard scope in chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let rec: PageRecord;
  /** Variables of every analytic GraphQL request the page sent, by operation. */
  let sent: { operationName: string; variables: Record<string, unknown> }[] = [];

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer('sqlite', {
      prepare: async (db) => {
        await db.knex('region').insert({ code: 'UJI', name: 'Kantor Wilayah Uji', source: 'SYNTHETIC' });
        await db.knex('branch').where({ code: 'BLITAR' }).update({ region_code: 'UJI' });
        // Moved another way than the branches import: the month rollup's groups are per office.
        await refreshMembershipRollup(db.knex, 'months');
      },
    });
    browser = await launch(chromiumPath!);
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    rec = record(page);
    page.on('request', (req) => {
      if (req.url().endsWith('/graphql') && req.method() === 'POST') {
        const body = JSON.parse(req.postData() ?? '{}');
        sent.push({ operationName: body.operationName, variables: body.variables ?? {} });
      }
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const params = () => new URL(page.url()).searchParams;
  const scopeParams = () => ['scope', 'region', 'branch'].filter((k) => params().has(k)).map((k) => `${k}=${params().get(k)}`);
  const crumbs = () => page.getByTestId('scope-breadcrumbs').locator('li').allTextContents();
  const rankingCodes = () => page.locator('#scope-ranking tbody tr[data-code]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));
  const ask = async (query: string) => {
    const res = await server.graphql(query);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data;
  };
  const openTable = async (panel: string) => {
    const button = page.locator(`#panel-${panel} .panel-table button[aria-expanded]`);
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    await expect.poll(() => page.locator(`#panel-${panel} table`).isVisible()).toBe(true);
  };
  /** The latest yearly PU participants of a scope, as the API answers them, in the page's format. */
  const latestPu = async (scope: string, locale: 'id' | 'en') => {
    const data = await ask(`{ membershipTrend(${scope}, segments: [PU], granularity: YEAR) { points { period activeParticipants } } }`);
    const points = data.membershipTrend[0].points;
    return formatInteger(points.at(-1).activeParticipants, locale);
  };
  /** Every analytic query sent since `from` carried exactly this scope argument. */
  const expectScopeSent = (from: number, args: Record<string, string>) => {
    const ops = sent.slice(from).filter((s) => ANALYTIC_OPERATIONS.includes(s.operationName) || s.operationName === 'ScopeRanking');
    expect(ops.length).toBeGreaterThan(0);
    for (const op of ops) {
      const scope = Object.fromEntries(['branch', 'region'].filter((k) => op.variables[k] !== undefined && op.variables[k] !== null).map((k) => [k, op.variables[k]]));
      expect(scope, op.operationName).toEqual(args);
    }
  };
  const rankingYear = async () => Number(/(\d{4})/.exec((await page.locator('#scope-ranking th[aria-sort], #scope-ranking th').nth(2).textContent()) ?? '')![1]);

  it('opens on the study branch, with its breadcrumbs and no ranked offices', async () => {
    await page.goto(`${server.url}/?lang=id`);
    await waitForCharts(page);
    expect(params().get('branch')).toBe('MADIUN');
    expect(await crumbs()).toEqual(['Nasional', 'Kantor Wilayah Jawa Timur', 'Kantor Cabang Madiun']);
    expect(await page.getByTestId('scope-breadcrumbs').locator('[aria-current="location"]').textContent()).toBe('Kantor Cabang Madiun');
    expect(await page.getByRole('combobox', { name: 'Kantor wilayah' }).inputValue()).toBe('JATIM');
    expect(await page.getByRole('combobox', { name: 'Kantor cabang' }).inputValue()).toBe('MADIUN');
    expect(await page.locator('#scope-ranking').count()).toBe(0);
  });

  it('the picker goes to the nation: scope=national in the URL, every panel queries without branch or region', async () => {
    const from = sent.length;
    await page.getByRole('combobox', { name: 'Kantor wilayah' }).selectOption('');
    await expect.poll(scopeParams).toEqual(['scope=national']);
    await waitForCharts(page);
    await expect.poll(crumbs).toEqual(['Nasional']);
    await expect.poll(() => page.getByTestId('scope-name').textContent()).toBe('Nasional');
    await openTable('membership');
    const nation = await latestPu('region: null', 'id');
    await expect.poll(() => page.locator('#panel-membership table').textContent()).toContain(nation);
    expectScopeSent(from, {});
    // Office rows, ranked by attainment as the API answers it, the study's office marked.
    await page.locator('#scope-ranking tbody tr[data-code]').first().waitFor();
    expect(await page.locator('#scope-ranking h2').textContent()).toBe('Peringkat kantor wilayah');
    const year = await rankingYear();
    const targets = (await ask(`{ targetAttainment(year: ${year}, groupBy: REGION) { key attainmentPct status } }`)).targetAttainment as { key: string; attainmentPct: number; status: string }[];
    const expected = targets.filter((t) => t.status !== 'NO_DATA').sort((a, b) => b.attainmentPct - a.attainmentPct).map((t) => t.key);
    expect((await rankingCodes()).slice(0, expected.length)).toEqual(expected);
    expect(new Set(await rankingCodes())).toEqual(new Set(['JATIM', 'UJI']));
    expect(await page.locator('#scope-ranking tr[data-code="JATIM"] .badge-study').textContent()).toBe('memuat cabang studi');
    // Percent in the Indonesian format.
    expect(await page.locator('#scope-ranking tr[data-code="JATIM"] td[data-column="attainment"]').textContent()).toMatch(/^\d+,\d{2}%/);
    await screenshot(page, 'scope-national-id');
  });

  it('drills down from an office row to its branches, ranked and sortable', async () => {
    const from = sent.length;
    await page.locator('#scope-ranking tr[data-code="JATIM"] button').click();
    await expect.poll(scopeParams).toEqual(['region=JATIM']);
    await waitForCharts(page);
    await expect.poll(crumbs).toEqual(['Nasional', 'Kantor Wilayah Jawa Timur']);
    await expect.poll(() => page.locator('#scope-ranking h2').textContent()).toBe('Peringkat kantor cabang');
    await expect.poll(async () => new Set(await rankingCodes())).toEqual(new Set(['KEDIRI', 'MADIUN', 'PONOROGO']));
    expect(await page.locator('#scope-ranking tr[data-code="MADIUN"] .badge-study').textContent()).toBe('Cabang studi');
    await openTable('membership');
    const region = await latestPu('region: "JATIM"', 'id');
    expect(region).not.toBe(await latestPu('region: null', 'id'));
    await expect.poll(() => page.locator('#panel-membership table').textContent()).toContain(region);
    expectScopeSent(from, { region: 'JATIM' });

    // Sorted by new registrations (most first, a second click reverses), as campaignReach groups them.
    const reach = (await ask('{ campaignReach(region: "JATIM", groupBy: BRANCH) { key registrations } }')).campaignReach as { key: string; registrations: number }[];
    const most = [...reach].sort((a, b) => b.registrations - a.registrations || (a.key < b.key ? -1 : 1)).map((r) => r.key);
    const registrations = page.locator('#scope-ranking th button[data-column="registrations"]');
    await registrations.click();
    await expect.poll(rankingCodes).toEqual(most);
    expect(await page.locator('#scope-ranking th[aria-sort]').getAttribute('aria-sort')).toBe('descending');
    const first = reach.find((r) => r.key === most[0])!;
    expect(await page.locator(`#scope-ranking tr[data-code="${most[0]}"] td[data-column="registrations"]`).textContent()).toBe(formatInteger(first.registrations, 'id'));
    await registrations.click();
    expect(await page.locator('#scope-ranking th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');
    await expect.poll(rankingCodes).toEqual([...most].reverse());

    // The study branch at once: the quick filter leaves its row alone.
    await page.getByRole('button', { name: 'Cabang studi saja' }).click();
    await expect.poll(rankingCodes).toEqual(['MADIUN']);
    await page.getByRole('button', { name: 'Cabang studi saja' }).click();
    await expect.poll(async () => (await rankingCodes()).length).toBe(3);
    await expectNoSeriousAxeViolations(page, 'the dashboard at region=JATIM');
    await screenshot(page, 'scope-region-id');
  });

  it('drills down from a branch row to the branch, and a breadcrumb goes back up', async () => {
    let from = sent.length;
    await page.locator('#scope-ranking tr[data-code="KEDIRI"] td[data-column="registrations"]').click();
    await expect.poll(scopeParams).toEqual(['branch=KEDIRI']);
    await waitForCharts(page);
    await expect.poll(crumbs).toEqual(['Nasional', 'Kantor Wilayah Jawa Timur', 'Kantor Cabang Kediri']);
    expect(await page.getByTestId('branch-name').textContent()).toBe('Kantor Cabang Kediri');
    expect(await page.locator('#scope-ranking').count()).toBe(0);
    await openTable('membership');
    await expect.poll(() => page.locator('#panel-membership table').textContent()).toContain(await latestPu('branch: "KEDIRI"', 'id'));
    expectScopeSent(from, { branch: 'KEDIRI' });

    from = sent.length;
    await page.getByTestId('scope-breadcrumbs').getByRole('link', { name: 'Kantor Wilayah Jawa Timur' }).click();
    await expect.poll(scopeParams).toEqual(['region=JATIM']);
    await waitForCharts(page);
    // Back in the history: the branch again.
    await page.goBack();
    await expect.poll(scopeParams).toEqual(['branch=KEDIRI']);
    await expect.poll(crumbs).toEqual(['Nasional', 'Kantor Wilayah Jawa Timur', 'Kantor Cabang Kediri']);
  });

  it('the picker chooses another office and a branch of it, in English, and the panels follow', async () => {
    await page.goto(`${server.url}/?lang=en&branch=MADIUN`);
    await waitForCharts(page);
    const from = sent.length;
    await page.getByRole('combobox', { name: 'Regional office' }).selectOption('UJI');
    await expect.poll(scopeParams).toEqual(['region=UJI']);
    await waitForCharts(page);
    await expect.poll(crumbs).toEqual(['National', 'Kantor Wilayah Uji']);
    await openTable('membership');
    await expect.poll(() => page.locator('#panel-membership table').textContent()).toContain(await latestPu('region: "UJI"', 'en'));
    expectScopeSent(from, { region: 'UJI' });
    expect(await page.locator('#scope-ranking h2').textContent()).toBe('Branch office ranking');
    expect(await rankingCodes()).toEqual(['BLITAR']);
    // The branch list is the office's own, after its "all branches" option.
    const branchSelect = page.getByRole('combobox', { name: 'Branch office' });
    expect(await branchSelect.locator('option').allTextContents()).toEqual(['All branch offices of Kantor Wilayah Uji', 'Kantor Cabang Blitar']);
    await branchSelect.selectOption('BLITAR');
    await expect.poll(scopeParams).toEqual(['branch=BLITAR']);
    await expect.poll(crumbs).toEqual(['National', 'Kantor Wilayah Uji', 'Kantor Cabang Blitar']);
    await branchSelect.selectOption('');
    await expect.poll(scopeParams).toEqual(['region=UJI']);
  });

  it('shows every branch of the nation on demand; a URL naming both keeps the branch', async () => {
    await page.goto(`${server.url}/?lang=en&scope=national`);
    await waitForCharts(page);
    await page.locator('#scope-ranking tbody tr[data-code]').first().waitFor();
    await page.getByRole('radio', { name: 'Branch office' }).check();
    await expect.poll(async () => new Set(await rankingCodes())).toEqual(new Set(['BLITAR', 'KEDIRI', 'MADIUN', 'PONOROGO']));
    await page.getByRole('searchbox', { name: 'Find an office' }).fill('madiun');
    await expect.poll(rankingCodes).toEqual(['MADIUN']);
    await expectNoSeriousAxeViolations(page, 'the dashboard at scope=national, branches');

    await page.goto(`${server.url}/?lang=en&region=UJI&branch=KEDIRI`);
    await waitForCharts(page);
    expect(scopeParams()).toEqual(['branch=KEDIRI']);
  });

  it("draws a regional view's panels from the answers in index.html", async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const fresh = await context.newPage();
    const operations: string[] = [];
    fresh.on('request', (req) => {
      if (req.url().endsWith('/graphql') && req.method() === 'POST') operations.push(JSON.parse(req.postData() ?? '{}').operationName);
    });
    await fresh.goto(`${server.url}/?lang=en&region=JATIM`);
    await waitForCharts(fresh);
    // Only the ranked offices, which the first view does not carry, are asked for.
    expect(operations.filter((o) => ANALYTIC_OPERATIONS.includes(o))).toEqual([]);
    await context.close();
  });

  it('keeps the ranking sort and search in the URL: a reload shows the same table, Back undoes the search, then each sort', async () => {
    await page.goto(`${server.url}/?lang=en&region=JATIM`);
    await waitForCharts(page);
    await page.locator('#scope-ranking tbody tr[data-code]').first().waitFor();
    const byDefault = await rankingCodes();
    expect(byDefault.length).toBe(3);
    const reach = (await ask('{ campaignReach(region: "JATIM", groupBy: BRANCH) { key registrations } }')).campaignReach as { key: string; registrations: number }[];
    const fewest = [...reach].sort((a, b) => a.registrations - b.registrations || (a.key < b.key ? -1 : 1)).map((r) => r.key);
    const sortedBy = async () => [await page.locator('#scope-ranking th[aria-sort] button').getAttribute('data-column'), await page.locator('#scope-ranking th[aria-sort]').getAttribute('aria-sort')];
    const registrations = page.locator('#scope-ranking th button[data-column="registrations"]');
    await registrations.click();
    await expect.poll(() => params().get('rank')).toBe('registrations:desc');
    await registrations.click();
    await expect.poll(() => params().get('rank')).toBe('registrations:asc');
    await expect.poll(rankingCodes).toEqual(fewest);
    // "di": Kediri and Madiun, typed key by key (one history entry for the whole word).
    const box = page.getByRole('searchbox', { name: 'Find an office' });
    await box.pressSequentially('di');
    await expect.poll(() => params().get('rankSearch')).toBe('di');
    const found = fewest.filter((code) => code !== 'PONOROGO');
    await expect.poll(rankingCodes).toEqual(found);
    expect(scopeParams()).toEqual(['region=JATIM']);

    await page.reload();
    await waitForCharts(page);
    await expect.poll(rankingCodes).toEqual(found);
    expect(await page.getByRole('searchbox', { name: 'Find an office' }).inputValue()).toBe('di');
    expect(await sortedBy()).toEqual(['registrations', 'ascending']);

    await page.goBack();
    await expect.poll(() => params().has('rankSearch')).toBe(false);
    await expect.poll(rankingCodes).toEqual(fewest);
    expect(await page.getByRole('searchbox', { name: 'Find an office' }).inputValue()).toBe('');
    await page.goBack();
    await expect.poll(() => params().get('rank')).toBe('registrations:desc');
    await expect.poll(rankingCodes).toEqual([...fewest].reverse());
    await page.goBack();
    await expect.poll(() => params().has('rank')).toBe(false);
    await expect.poll(rankingCodes).toEqual(byDefault);
    expect(await sortedBy()).toEqual(['attainment', 'descending']);
    expect(scopeParams()).toEqual(['region=JATIM']);
    await page.goForward();
    await expect.poll(() => params().get('rank')).toBe('registrations:desc');
    await expect.poll(rankingCodes).toEqual([...fewest].reverse());

    // A filter of the dashboard itself keeps the table's parameters: the scope stays.
    await page.getByRole('searchbox', { name: 'Find an office' }).fill('kediri');
    await openTable('membership');
    await expect.poll(() => params().get('table')).toBe('membership');
    expect(params().get('rank')).toBe('registrations:desc');
    expect(params().get('rankSearch')).toBe('kediri');
  });

  it('reads ranking parameters it cannot show as the defaults, without breaking the page', async () => {
    await page.goto(`${server.url}/?lang=en&region=JATIM`);
    await waitForCharts(page);
    await page.locator('#scope-ranking tbody tr[data-code]').first().waitFor();
    const byDefault = await rankingCodes();
    await page.goto(`${server.url}/?lang=en&region=JATIM&rank=nowhere:sideways&rankLevel=moon&rankStudy=maybe&rankSearch=`);
    await waitForCharts(page);
    await expect.poll(rankingCodes).toEqual(byDefault);
    expect(await page.locator('#scope-ranking th[aria-sort]').getAttribute('aria-sort')).toBe('descending');
    expect(await page.locator('#scope-ranking th[aria-sort] button').getAttribute('data-column')).toBe('attainment');
    expect(await page.getByRole('button', { name: 'Study branch only' }).getAttribute('aria-pressed')).toBe('false');
    expect(await page.getByRole('searchbox', { name: 'Find an office' }).inputValue()).toBe('');
  });

  it("keeps the nation's branch list and its search over a reload; a row's scope starts afresh, and Back brings the table back", async () => {
    await page.goto(`${server.url}/?lang=en&scope=national`);
    await waitForCharts(page);
    await page.locator('#scope-ranking tbody tr[data-code]').first().waitFor();
    await page.getByRole('radio', { name: 'Branch office' }).check();
    await expect.poll(() => params().get('rankLevel')).toBe('branch');
    // A branch is found by its regional office's name too.
    await page.getByRole('searchbox', { name: 'Find an office' }).fill('wilayah uji');
    await expect.poll(rankingCodes).toEqual(['BLITAR']);
    await page.getByRole('searchbox', { name: 'Find an office' }).fill('madiun');
    await expect.poll(rankingCodes).toEqual(['MADIUN']);
    await page.reload();
    await waitForCharts(page);
    await expect.poll(rankingCodes).toEqual(['MADIUN']);
    expect(await page.getByRole('radio', { name: 'Branch office' }).isChecked()).toBe(true);

    await page.locator('#scope-ranking tr[data-code="MADIUN"] button').click();
    await expect.poll(scopeParams).toEqual(['branch=MADIUN']);
    expect([...params().keys()].filter((k) => k.startsWith('rank'))).toEqual([]);
    await page.getByTestId('scope-breadcrumbs').getByRole('link', { name: 'Kantor Wilayah Jawa Timur' }).click();
    await expect.poll(scopeParams).toEqual(['region=JATIM']);
    await expect.poll(async () => (await rankingCodes()).length).toBe(3);
    expect(await page.getByRole('searchbox', { name: 'Find an office' }).inputValue()).toBe('');
    await page.goBack();
    await page.goBack();
    await expect.poll(scopeParams).toEqual(['scope=national']);
    await expect.poll(rankingCodes).toEqual(['MADIUN']);
    expect(await page.getByRole('searchbox', { name: 'Find an office' }).inputValue()).toBe('madiun');
  });

  it("links the printable report of a regional view's scope from the share menu", async () => {
    await page.goto(`${server.url}/?lang=en&region=JATIM&from=2020&to=2024`);
    await waitForCharts(page);
    await page.locator('#panel-membership .share-button').click();
    const link = page.locator('#panel-membership [data-testid="share-report"]');
    expect(await link.textContent()).toBe('Printable report');
    expect(await link.getAttribute('href')).toBe('/report?region=JATIM&year=2024&lang=en');
    await link.click();
    await page.waitForURL(/\/report\?/);
    expect(await page.locator('h1').textContent()).toBe('Report Kantor Wilayah Jawa Timur 2024');
    await page.goBack();
    await waitForCharts(page);
  });

  it('logged no console error and talked to no other host', () => {
    expect(rec.consoleErrors).toEqual([]);
    expect(rec.foreignRequests).toEqual([]);
  });
});
