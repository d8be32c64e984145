// The campaign reach panel in chromium (tryout F14: socialisation attendees and promotion
// impressions on one axis): reach and conversion draw each activity type on a scale of its own,
// titled with what it counts, with socialisation's bars above its own axis and promotion's
// below; registrations and cost keep one scale. Both languages. The effectiveness chart's
// conversion follows the same rule: each side in a panel of its own, on its own scale.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { chromiumOrSkipReason, ensureClientBuilt, launch, type PageRecord, record, screenshot, waitForCharts } from './support.ts';

const chromiumPath = chromiumOrSkipReason().path;

describe.skipIf(!chromiumPath)('campaign reach in its units in chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let rec: PageRecord;

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer('sqlite');
    browser = await launch(chromiumPath!);
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    rec = record(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const chart = () => page.locator('#panel-reach svg[data-chart="campaign-reach"]');
  /** Each scale's unit, title and axis line, and each bar's type and top, as drawn. */
  const drawn = () =>
    chart().evaluate((svg) => ({
      scales: [...svg.querySelectorAll('.reach-scale')].map((g) => ({
        unit: g.getAttribute('data-unit'),
        title: g.querySelector('.axis-title')?.textContent ?? '',
        top: g.getBoundingClientRect().top,
        bottom: g.getBoundingClientRect().bottom,
      })),
      bars: [...svg.querySelectorAll('g.bars > g[data-key]')].map((g) => ({ activity: g.getAttribute('data-activity'), top: g.querySelector('rect')!.getBoundingClientRect().top })),
    }));

  it('draws attendees and impressions on two scales, each titled with its unit', async () => {
    await page.goto(`${server.url}/?lang=en&branch=MADIUN&from=2024&to=2024`);
    await waitForCharts(page);
    const { scales, bars } = await drawn();
    expect(scales.map((s) => [s.unit, s.title])).toEqual([
      ['ATTENDEES', 'Attendees (socialisation)'],
      ['IMPRESSIONS', 'Impressions (promotion)'],
    ]);
    // Socialisation's bars all lie above the impressions' scale, promotion's all within it.
    const soc = bars.filter((b) => b.activity === 'SOCIALISATION');
    const pro = bars.filter((b) => b.activity === 'PROMOTION');
    expect(soc.length).toBeGreaterThan(0);
    expect(pro.length).toBeGreaterThan(0);
    expect(Math.max(...soc.map((b) => b.top))).toBeLessThan(scales[1].top);
    expect(Math.min(...pro.map((b) => b.top))).toBeGreaterThan(scales[1].top);
    expect(await page.locator('#panel-reach').textContent()).toContain('Socialisation and promotion each on a scale of its own');
    await screenshot(page, 'reach-units-en');
  });

  it('keeps one scale for registrations, and two again for conversion, in Bahasa Indonesia', async () => {
    await page.locator('#panel-reach select').first().selectOption('registrations');
    await expect.poll(async () => (await drawn()).scales.length).toBe(0);
    await page.goto(`${server.url}/?lang=id&branch=MADIUN&from=2024&to=2024&measure=conversionRate`);
    await waitForCharts(page);
    expect((await drawn()).scales.map((s) => s.title)).toEqual(['Konversi sosialisasi (pendaftaran/peserta hadir)', 'Konversi promosi (pendaftaran/tayangan)']);
    expect(rec.consoleErrors).toEqual([]);
  });

  // The same rule for the effectiveness chart's conversion: each side in a panel of its own, on
  // its own scale (its own axis and ticks), titled with what it counts per, whiskers kept.
  const conversionPanels = () =>
    page.locator('#panel-effectiveness svg[data-chart="effectiveness"]').evaluate((svg) =>
      [...svg.querySelectorAll('g.panel[data-unit]')].map((g) => ({
        unit: g.getAttribute('data-unit'),
        title: [...g.querySelectorAll(':scope > text')].map((t) => t.textContent).join(' '),
        ticks: [...g.querySelectorAll('.panel-axis text')].map((t) => t.textContent),
        sides: [...g.querySelectorAll('[data-key]')].map((item) => item.getAttribute('data-key')),
        whiskers: g.querySelectorAll('[data-key] g line').length,
        left: g.getBoundingClientRect().left,
        right: g.getBoundingClientRect().right,
      })),
    );

  it('draws socialisation and promotion conversion apart in the effectiveness chart, each on its own scale', async () => {
    await page.goto(`${server.url}/?lang=en&branch=MADIUN&from=2024&to=2024`);
    await waitForCharts(page);
    const panels = await conversionPanels();
    expect(panels.map((p) => [p.unit, p.sides])).toEqual([
      ['ATTENDEES', ['SOCIALISATION']],
      ['IMPRESSIONS', ['PROMOTION']],
    ]);
    expect(panels[0].title).toContain('registrations per attendee');
    expect(panels[1].title).toContain('registrations per impression');
    for (const p of panels) {
      expect(p.ticks.length, p.unit!).toBeGreaterThanOrEqual(2);
      expect(p.whiskers, p.unit!).toBe(3);
    }
    // Two scales, not one: the panels stand side by side, and their top ticks differ.
    expect(panels[0].right).toBeLessThanOrEqual(panels[1].left + 1);
    expect(panels[0].ticks.at(-1)).not.toBe(panels[1].ticks.at(-1));
    expect(await page.locator('#panel-effectiveness').textContent()).toContain('each on a scale of their own');
    // A phone holds them in two rows of two.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(async () => (await conversionPanels()).length).toBe(2);
    const rows = () =>
      page.locator('#panel-effectiveness svg[data-chart="effectiveness"]').evaluate((svg) =>
        Object.fromEntries([...svg.querySelectorAll('g.panel')].map((g) => [g.getAttribute('data-panel'), { top: g.getBoundingClientRect().top, bottom: g.getBoundingClientRect().bottom, left: g.getBoundingClientRect().left, right: g.getBoundingClientRect().right }])),
      );
    await expect.poll(async () => {
      const r = await rows();
      return r.conversionSocialisation.right <= r.conversionPromotion.left + 1 && r.costPerRegistration.top >= r.conversionSocialisation.bottom - 1;
    }).toBe(true);
    await screenshot(page, 'effectiveness-conversion-phone');
    await page.setViewportSize({ width: 1366, height: 900 });
    expect(rec.consoleErrors).toEqual([]);
  });
});
