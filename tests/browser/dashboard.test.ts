// The dashboard as a new user meets it, in headless Debian chromium against a real server with
// the demo data: the four charts draw, the study's figures appear in both locale formats, the
// language switch changes the labels, filters change the URL and the charts, a reloaded URL
// restores the view, and nothing errors or talks to another host. Screenshots are written to
// tests/browser/__output__/ for a person to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { chromiumOrSkipReason, ensureClientBuilt, launch, type PageRecord, record, screenshot, waitForCharts } from './support.ts';

const chromiumPath = chromiumOrSkipReason().path;

describe.skipIf(!chromiumPath)('dashboard in chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let rec: PageRecord;
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    const buildMs = ensureClientBuilt();
    if (buildMs) console.log(`[browser tests] built the client in ${buildMs} ms`);
    server = await startTestServer('sqlite');
    browser = await launch(chromiumPath!);
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    rec = record(page);
  });

  afterAll(async () => {
    if (Object.keys(timings).length) console.log('[browser tests] time to charts (ms):', JSON.stringify(timings));
    await browser?.close();
    await server?.close();
  });

  const table = (panel: string) => page.locator(`#panel-${panel} table`);
  const openTable = async (panel: string) => {
    const button = page.locator(`#panel-${panel} .panel-table button[aria-expanded]`);
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    await expect.poll(() => table(panel).isVisible()).toBe(true);
  };
  const params = () => new URL(page.url()).searchParams;

  it('draws the four charts with the demo data in Indonesian by default', async () => {
    await page.goto(`${server.url}/`);
    timings.first = await waitForCharts(page);
    await page.goto(`${server.url}/`);
    timings.warm = await waitForCharts(page);

    await expect.poll(() => page.locator('h1').textContent()).toBe('Pantau');
    expect(await page.getByTestId('branch-name').textContent()).toBe('Kantor Cabang Madiun');
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    for (const chart of ['membership-trend', 'campaign-reach', 'target-attainment', 'effectiveness']) {
      const svg = page.locator(`svg[data-chart="${chart}"]`);
      expect(await svg.count()).toBe(1);
      // An accessible name and real marks, not just an empty frame.
      expect((await svg.locator('title').first().textContent())?.length).toBeGreaterThan(3);
      expect(await svg.locator('[data-tooltip]').count()).toBeGreaterThan(1);
      expect(await svg.locator('.empty').count()).toBe(0);
    }
    // Ten years of two segments on the trend; the study's points are filled, later ones hollow.
    expect(await page.locator('svg[data-chart="membership-trend"] [data-tooltip]').count()).toBeGreaterThanOrEqual(20);
    expect(await page.locator('#panel-membership h2').textContent()).toBe('Tren peserta aktif');
    expect(await page.getByTestId('synthetic-notice').textContent()).toContain('Data sintetis (demo)');
    expect(await page.locator('#panel-membership .badge-study').textContent()).toContain('Data studi');
    // The demo data end in October 2025: the dashboard says they are not the current state.
    await expect.poll(() => page.getByTestId('stale-notice').textContent()).toMatch(/Data tidak mutakhir.*Data terakhir: Oktober 2025, \d+ bulan/);
    // The contract parameters are in the URL from the start.
    expect(params().get('lang')).toBe('id');
    expect(params().get('branch')).toBe('MADIUN');
    expect(params().get('segments')).toBe('PU,BPU,JAKON,PMI');

    await openTable('membership');
    const text = await table('membership').textContent();
    expect(text).toContain('46.878'); // PU 2020, Tabel 1
    expect(text).toContain('7.269'); // BPU 2020, Tabel 2
    expect(text).toContain('2,42%'); // the 2019 dip
    await openTable('reach');
    expect(await table('reach').textContent()).toMatch(/Rp\d{1,3}(\.\d{3})+/);
    await screenshot(page, 'dashboard-id-1366');
  });

  it('switches to English: labels and number formats change, the URL says lang=en', async () => {
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(() => page.locator('#panel-membership h2').textContent()).toBe('Active participants over time');
    expect(params().get('lang')).toBe('en');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByTestId('synthetic-notice').textContent()).toContain('Synthetic demo data');
    expect(await page.getByTestId('stale-notice').textContent()).toMatch(/Data out of date.*Latest data: October 2025/);
    expect(await page.locator('#panel-reach h2').textContent()).toBe('Campaign reach by channel');
    const text = await table('membership').textContent();
    expect(text).toContain('46,878');
    expect(text).not.toContain('46.878');
    expect(text).toContain('2.42%');
    expect(await page.locator('svg[data-chart="membership-trend"] title').first().textContent()).toMatch(/Active participants/);
    await screenshot(page, 'dashboard-en-1366');
  });

  it('changes branch, segments, granularity and focus through the URL, and a reload restores the view', async () => {
    const before = await page.locator('svg[data-chart="membership-trend"] desc').textContent();
    await page.getByRole('combobox', { name: 'Branch office' }).selectOption('KEDIRI');
    await expect.poll(() => params().get('branch')).toBe('KEDIRI');
    await waitForCharts(page);
    await expect.poll(() => page.getByTestId('branch-name').textContent()).toBe('Kantor Cabang Kediri');
    await expect.poll(() => page.locator('svg[data-chart="membership-trend"] desc').textContent()).not.toBe(before);

    await page.getByRole('checkbox', { name: /BPU/ }).uncheck();
    await expect.poll(() => params().get('segments')).toBe('PU,JAKON,PMI');
    await waitForCharts(page);
    await expect.poll(() => page.locator('svg[data-chart="membership-trend"] .series > g[data-key="BPU"]').count()).toBe(0);
    expect(await page.locator('svg[data-chart="membership-trend"] .series > g[data-key="PU"]').count()).toBe(1);

    await page.getByRole('combobox', { name: 'Time unit' }).selectOption('QUARTER');
    await expect.poll(() => params().get('gran')).toBe('QUARTER');
    await waitForCharts(page);
    await expect.poll(() => page.locator('svg[data-chart="membership-trend"] [data-tooltip]').first().getAttribute('data-tooltip')).toMatch(/Q[1-4] \d{4}/);

    // Cross-filter: clicking a channel bar focuses it (one channel of one type) and narrows the reach table to its row.
    await openTable('reach');
    const bar = page.locator('svg[data-chart="campaign-reach"] [data-key][data-tooltip]').first();
    const key = await bar.getAttribute('data-key');
    expect(key).toMatch(/^(SOCIALISATION|PROMOTION):[A-Z_]+$/);
    await bar.click();
    await expect.poll(() => params().get('channel')).toBe(key);
    const highlighted = page.locator('svg[data-chart="campaign-reach"] [data-highlighted="true"]');
    await expect.poll(() => highlighted.count()).toBe(1);
    await expect.poll(() => table('reach').locator('tbody tr').count()).toBe(1);

    // YouTube is a channel of both types: choosing it under "Promotion" focuses that row alone,
    // the select stays on it, the URL says which one, and the share menu's links carry it.
    const focusSelect = page.getByRole('combobox', { name: 'Focus channel' });
    const youTubeOptions = focusSelect.locator('option', { hasText: 'YouTube' });
    expect(await youTubeOptions.count()).toBe(2);
    expect(new Set(await youTubeOptions.evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).size).toBe(2);
    const promotionYouTube = await focusSelect.locator('optgroup[label="Promotion"] option', { hasText: 'YouTube' }).getAttribute('value');
    await focusSelect.selectOption(promotionYouTube!);
    await expect.poll(() => params().get('channel')).toBe('PROMOTION:YOUTUBE');
    expect(page.url()).toContain('channel=PROMOTION:YOUTUBE');
    await expect.poll(() => focusSelect.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.parentElement?.getAttribute('label'))).toBe('Promotion');
    expect(await focusSelect.inputValue()).toBe('PROMOTION:YOUTUBE');
    await expect.poll(() => highlighted.count()).toBe(1);
    expect(await highlighted.getAttribute('data-key')).toBe('PROMOTION:YOUTUBE');
    expect(await highlighted.getAttribute('data-activity')).toBe('PROMOTION');
    await expect.poll(() => table('reach').locator('tbody tr').count()).toBe(1);
    expect(await table('reach').locator('tbody tr').textContent()).toContain('YouTube');
    expect(await page.locator('#panel-reach .chip-focus').textContent()).toContain('YouTube (Promotion)');
    await page.locator('#panel-reach .share-button').click();
    const reachSnippet = page.locator('#panel-reach .share-snippet');
    await expect.poll(async () => (await reachSnippet.inputValue()).includes('/embed/campaign-reach?')).toBe(true);
    const embedSrc = new URL(/src="([^"]+)"/.exec(await reachSnippet.inputValue())![1].replaceAll('&amp;', '&'), server.url);
    expect(embedSrc.searchParams.get('highlight')).toBe('PROMOTION:YOUTUBE');
    const reachSvgHref = new URL((await page.locator('#panel-reach .share-download').first().getAttribute('href'))!, server.url);
    expect(reachSvgHref.searchParams.get('highlight')).toBe('PROMOTION:YOUTUBE');
    for (const link of [reachSvgHref, embedSrc]) {
      const answer = await fetch(link);
      expect(answer.status, String(link)).toBe(200);
      const marked = [...(await answer.text()).matchAll(/data-key="([^"]+)"[^>]*data-highlighted="true"/g)].map((m) => m[1]);
      expect(marked, String(link)).toEqual(['PROMOTION:YOUTUBE']);
    }
    await page.locator('#panel-reach .share-close').click();

    await page.locator('#panel-targets label', { hasText: 'Staff (AR/ARK)' }).click();
    await expect.poll(() => params().get('groupBy')).toBe('STAFF');
    await waitForCharts(page);

    const url = page.url();
    await page.reload();
    await waitForCharts(page);
    expect(page.url()).toBe(url);
    expect(await page.getByRole('combobox', { name: 'Branch office' }).inputValue()).toBe('KEDIRI');
    expect(await page.getByRole('checkbox', { name: /BPU/ }).isChecked()).toBe(false);
    expect(await page.getByRole('combobox', { name: 'Time unit' }).inputValue()).toBe('QUARTER');
    expect(await page.getByRole('radio', { name: 'Staff (AR/ARK)' }).isChecked()).toBe(true);
    expect(await page.locator('#panel-membership h2').textContent()).toBe('Active participants over time');
    expect(await page.locator('svg[data-chart="campaign-reach"] [data-highlighted="true"]').count()).toBe(1);
    expect(await page.locator('svg[data-chart="campaign-reach"] [data-highlighted="true"]').getAttribute('data-key')).toBe('PROMOTION:YOUTUBE');
    expect(await page.getByRole('combobox', { name: 'Focus channel' }).inputValue()).toBe('PROMOTION:YOUTUBE');
    await screenshot(page, 'dashboard-en-kediri-quarterly');
  });

  it("still opens an older link's bare channel=YOUTUBE as both YouTube rows, and a click narrows it to one", async () => {
    await page.goto(`${server.url}/?lang=en&branch=KEDIRI&segments=PU,BPU&channel=YOUTUBE&table=reach`);
    await waitForCharts(page);
    const highlighted = page.locator('svg[data-chart="campaign-reach"] [data-highlighted="true"]');
    await expect.poll(() => highlighted.count()).toBe(2);
    expect((await highlighted.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))).sort()).toEqual(['PROMOTION:YOUTUBE', 'SOCIALISATION:YOUTUBE']);
    await expect.poll(() => table('reach').locator('tbody tr').count()).toBe(2);
    const focusSelect = page.getByRole('combobox', { name: 'Focus channel' });
    expect(await focusSelect.inputValue()).toBe('YOUTUBE');
    expect(await focusSelect.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe('YouTube (Socialisation + Promotion)');
    await page.locator('svg[data-chart="campaign-reach"] g[data-key="SOCIALISATION:YOUTUBE"]').click();
    await expect.poll(() => params().get('channel')).toBe('SOCIALISATION:YOUTUBE');
    await expect.poll(() => highlighted.count()).toBe(1);
    expect(await highlighted.getAttribute('data-activity')).toBe('SOCIALISATION');
    await expect.poll(() => table('reach').locator('tbody tr').count()).toBe(1);
    expect(await focusSelect.inputValue()).toBe('SOCIALISATION:YOUTUBE');
  });

  it('opens a shared URL directly (Indonesian, Madiun 2016–2020, PU and BPU)', async () => {
    await page.goto(`${server.url}/?lang=id&branch=MADIUN&from=2016&to=2020&segments=PU,BPU`);
    timings.sharedUrl = await waitForCharts(page);
    // The targets panel follows the range: the year 2020.
    expect(await page.locator('#panel-targets h2').textContent()).toContain('2020');
    await openTable('membership');
    const text = await table('membership').textContent();
    expect(text).toContain('46.878');
    expect(text).toContain('26.670');
    expect(text).not.toContain('2021');
    expect(await page.locator('svg[data-chart="membership-trend"] desc').textContent()).toContain('46.878');
  });

  it("shares exactly the current view: the embed snippet and the chart's files answer with it", async () => {
    await page.goto(`${server.url}/?lang=id&branch=MADIUN&from=2016&to=2020&segments=PU,BPU`);
    await waitForCharts(page);
    const menu = page.locator('#panel-membership .share-button');
    await menu.click();
    const snippet = page.locator('#panel-membership .share-snippet');
    await expect.poll(async () => (await snippet.inputValue()).includes('/embed/membership-trend?')).toBe(true);
    const src = /src="([^"]+)"/.exec(await snippet.inputValue())![1].replaceAll("&amp;", "&");
    const embed = new URL(src, server.url);
    expect(Object.fromEntries(embed.searchParams)).toMatchObject({ branch: 'MADIUN', from: '2016', to: '2020', segments: 'PU,BPU', lang: 'id' });
    const svgHref = await page.locator('#panel-membership .share-download').first().getAttribute('href');
    const svg = await fetch(new URL(svgHref!, server.url));
    expect(svg.status).toBe(200);
    expect(await svg.text()).toContain('46.878');
    const frame = await fetch(embed);
    expect(frame.status).toBe(200);
    await screenshot(page, 'dashboard-share-menu');
    await page.locator('#panel-membership .share-close').click();
  });

  it('reads well on a 390px-wide phone', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const phoneRec = record(phone);
    await phone.goto(`${server.url}/?lang=id&branch=MADIUN`);
    timings.phone = await waitForCharts(phone);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    for (const svg of await phone.locator('svg[data-chart]').all()) {
      const box = await svg.boundingBox();
      expect(box!.width).toBeLessThanOrEqual(390);
      expect(box!.width).toBeGreaterThan(300);
    }
    await screenshot(phone, 'dashboard-id-390');
    await phone.close();
    expect(phoneRec.consoleErrors).toEqual([]);
    expect(phoneRec.foreignRequests).toEqual([]);
  });

  it('draws a fresh tab from the answers in index.html, and queries once the view changes', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const fresh = await context.newPage();
    const freshRec = record(fresh);
    const operations: string[] = [];
    fresh.on('request', (req) => {
      if (req.url().endsWith('/graphql') && req.method() === 'POST') operations.push(JSON.parse(req.postData() ?? '{}').operationName);
    });
    await fresh.goto(`${server.url}/?lang=en&branch=KEDIRI&from=2021&to=2024&gran=QUARTER`);
    timings.freshTab = await waitForCharts(fresh);
    expect(operations).toEqual([]);
    const points = fresh.locator('svg[data-chart="membership-trend"] [data-tooltip]');
    expect(await points.count()).toBeGreaterThanOrEqual(16 * 2);
    expect(await fresh.getByTestId('branch-name').textContent()).toBe('Kantor Cabang Kediri');

    await fresh.getByRole('combobox', { name: 'Time unit' }).selectOption('YEAR');
    await expect.poll(() => operations).toContain('MembershipTrendPanel');
    await waitForCharts(fresh);
    expect(await points.count()).toBeLessThan(16 * 2);
    expect(freshRec.consoleErrors).toEqual([]);
    await context.close();
  });

  it('made no request to any other host and logged no console error', () => {
    expect(rec.requests.length).toBeGreaterThan(5);
    expect(rec.foreignRequests).toEqual([]);
    expect(rec.consoleErrors).toEqual([]);
  });
});
