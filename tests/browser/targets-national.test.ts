// The targets panel of the national view by branch in chromium, on a national data set
// (tryout F8: every branch drew a bar, a few pixels apart). Thirty-two branches of the national seed
// are more than the panel draws readably, so its chart ranks them: the branches furthest ahead
// and furthest behind, the API's own figures in the API's ranking, around one line for the rest;
// the note under the chart says so and opens the ranked offices' table on every branch, best
// first; the panel's data table keeps every branch. Branches and offices are named on the chart
// and in the table as the ranking table names them (the API keys them by code).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seedScale } from '../../server/db/seed/national-seed.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { chromiumOrSkipReason, ensureClientBuilt, launch, type PageRecord, record, screenshot, waitForCharts } from './support.ts';

const chromiumPath = chromiumOrSkipReason().path;
const BRANCHES = 32;
const YEAR = 2024;

describe.skipIf(!chromiumPath)('the targets panel of every branch of the nation in chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let rec: PageRecord;
  /** The API's branch rows with an attainment, best first (as the chart ranks them). */
  let ranked: { key: string; attainmentPct: number }[];
  /** Branch and office code → name, as the directory (the branches and regions queries) names them. */
  let names: Map<string, string>;

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer('sqlite', { seed: false, prepare: async (db) => void (await seedScale(db, { scale: 'national', branches: BRANCHES })) });
    const res = await server.graphql(`{ targetAttainment(year: ${YEAR}, groupBy: BRANCH) { key attainmentPct status targetWithData } }`);
    expect(res.errors).toBeUndefined();
    const rows = res.data.targetAttainment as { key: string; attainmentPct: number; status: string; targetWithData: number }[];
    expect(rows.length).toBe(BRANCHES);
    ranked = rows
      .filter((r) => r.status !== 'NO_DATA' && r.targetWithData > 0)
      .sort((a, b) => b.attainmentPct - a.attainmentPct || (a.key < b.key ? -1 : 1));
    const directory = await server.graphql('{ branches { code name } regions { code name } }');
    expect(directory.errors).toBeUndefined();
    names = new Map([...directory.data.branches, ...directory.data.regions].map((o: { code: string; name: string }) => [o.code, o.name]));
    browser = await launch(chromiumPath!);
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    rec = record(page);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('ranks the branches furthest ahead and behind, readably, with one line for those between', async () => {
    await page.goto(`${server.url}/?lang=en&scope=national&groupBy=BRANCH&year=${YEAR}`);
    await waitForCharts(page);
    const chart = page.locator('#panel-targets svg[data-chart="target-attainment"]');
    const bars = await chart.locator('g.bars > g[data-key]').evaluateAll((gs) =>
      gs.map((g) => ({ key: g.getAttribute('data-key')!, y: Number(g.querySelector('rect')!.getAttribute('y')), label: g.querySelector('text')!.textContent! })),
    );
    expect(bars.length).toBeGreaterThanOrEqual(10);
    expect(bars.length).toBeLessThan(BRANCHES);
    const half = bars.length / 2;
    expect(bars.map((b) => b.key)).toEqual([...ranked.slice(0, half), ...ranked.slice(ranked.length - half)].map((r) => r.key));
    expect(bars[0].label).toMatch(/^1\. \S/);
    // Each bar is the branch's name (its tooltip whole, the label cut to the space it has), not its code.
    const tips = await chart.locator('g.bars > g[data-key]').evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-key')!, g.getAttribute('data-tooltip')!] as const));
    for (const [key, tip] of tips) expect(tip.startsWith(`${names.get(key)} — `), `${key}: ${tip}`).toBe(true);
    expect(bars[0].label.startsWith(`1. ${names.get(bars[0].key)!.slice(0, 8)}`)).toBe(true);
    // Rows at least one and a half font sizes apart.
    const steps = bars.slice(1).map((b, i) => b.y - bars[i].y);
    expect(Math.min(...steps)).toBeGreaterThanOrEqual(17.9);
    const gap = await chart.locator('.ranking-gap').getAttribute('data-tooltip');
    expect(gap).toMatch(new RegExp(`^… ${ranked.length - 2 * half} more in between, attainment [\\d.]+%–[\\d.]+%`));
    expect(gap).toContain('full ranking in the table');
    expect(await chart.locator('.axis-title').textContent()).toContain(`the ${half} highest and ${half} lowest of ${BRANCHES}`);
    await screenshot(page, 'targets-national-branches');
    expect(rec.consoleErrors).toEqual([]);
  });

  it("keeps every branch in the panel's table", async () => {
    await page.locator('#panel-targets .panel-table button[aria-expanded]').click();
    await expect.poll(() => page.locator('#panel-targets table tbody tr').count()).toBe(BRANCHES);
    const firstCells = await page.locator('#panel-targets table tbody tr td:first-child, #panel-targets table tbody tr th:first-child').allTextContents();
    expect(firstCells.length).toBe(BRANCHES);
    const branchNames = new Set([...names.values()]);
    expect(firstCells.every((cell) => branchNames.has(cell.trim())), firstCells.join(', ')).toBe(true);
    // Beside each name its code, as the server's CSV of the chart has it (name, then key): each row's name is its code's.
    const codes = await page.locator('#panel-targets table tbody tr td:nth-child(2)').allTextContents();
    expect(codes.map((code, i) => names.get(code.trim()) === firstCells[i].trim())).toEqual(codes.map(() => true));
  });

  it('opens the ranked offices on every branch, best first, from the note under the chart', async () => {
    const note = page.getByTestId('targets-ranked-note');
    const half = (await page.locator('#panel-targets g.bars > g[data-key]').count()) / 2;
    expect(await note.textContent()).toContain(`The chart shows the ${half} rows with the highest attainment and the ${half} lowest of ${BRANCHES}`);
    await note.getByRole('button', { name: 'See every branch in the ranking table' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('rankLevel')).toBe('branch');
    const codes = page.locator('#scope-ranking tbody tr[data-code]');
    await expect.poll(() => codes.count()).toBe(BRANCHES);
    expect(await codes.first().getAttribute('data-code')).toBe(ranked[0].key);
    // The ranking's top is where the page now stands.
    const top = await page.locator('#scope-ranking').evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(50);
  });

  it('says the same in Bahasa Indonesia', async () => {
    await page.goto(`${server.url}/?lang=id&scope=national&groupBy=BRANCH&year=${YEAR}`);
    await waitForCharts(page);
    const gap = await page.locator('#panel-targets .ranking-gap').getAttribute('data-tooltip');
    expect(gap).toMatch(/^… \d+ lainnya di antaranya, capaian [\d,]+%–[\d,]+%/);
    expect(await page.getByTestId('targets-ranked-note').textContent()).toMatch(/Grafik menampilkan \d+ baris dengan capaian tertinggi dan \d+ terendah dari 32/);
    await expect.poll(() => page.getByRole('button', { name: 'Lihat peringkat semua cabang di tabel peringkat' }).count()).toBe(1);
  });

  it('names the regional offices of the targets by office', async () => {
    await page.goto(`${server.url}/?lang=en&scope=national&groupBy=REGION&year=${YEAR}`);
    await waitForCharts(page);
    const tips = await page.locator('#panel-targets svg[data-chart="target-attainment"] g.bars > g[data-key]').evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-key')!, g.getAttribute('data-tooltip')!] as const));
    expect(tips.length).toBeGreaterThan(1);
    for (const [key, tip] of tips) expect(tip.startsWith(`${names.get(key)} — `), `${key}: ${tip}`).toBe(true);
    expect(rec.consoleErrors).toEqual([]);
  });

  it("drills down from an office's bar to its branches, and from a branch's bar to the branch (by keyboard)", async () => {
    await page.goto(`${server.url}/?lang=en&scope=national&groupBy=REGION&year=${YEAR}`);
    await waitForCharts(page);
    const bars = page.locator('#panel-targets svg[data-chart="target-attainment"] g.bars > g[data-key]');
    const office = (await bars.evaluateAll((gs) => gs.map((g) => g.getAttribute('data-key')!))).find((k) => k !== '(none)')!;
    expect(await page.locator('#panel-targets .chart-view').getAttribute('aria-label')).toContain("click an office's bar");
    await bars.and(page.locator(`[data-key="${office}"]`)).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe(office);
    expect(new URL(page.url()).searchParams.get('scope')).toBeNull();
    // The office's own view by branch: its branches' bars, each opening its branch.
    await page.goto(`${server.url}/?lang=en&region=${office}&groupBy=BRANCH&year=${YEAR}`);
    await waitForCharts(page);
    const api = await server.graphql(`{ targetAttainment(region: "${office}", year: ${YEAR}, groupBy: BRANCH) { key } }`);
    const branches = (api.data.targetAttainment as { key: string }[]).map((r) => r.key);
    const shown = await bars.evaluateAll((gs) => gs.map((g) => g.getAttribute('data-key')!));
    expect(shown.length).toBeGreaterThan(0);
    for (const key of shown) expect(branches).toContain(key);
    // By keyboard: the first bar, then Enter.
    await page.locator('#panel-targets .chart-view').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('branch')).toBe(shown[0]);
    expect(rec.consoleErrors).toEqual([]);
  });
});
