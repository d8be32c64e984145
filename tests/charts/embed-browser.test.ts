// The embed page and the report in headless Chromium, as a reader sees them: the chart inside a
// small iframe on another page fits the frame, re-lays out when the frame is resized, shows
// tooltips, and makes no request outside Pantau; the report prints to a non-empty A4 PDF.
// Needs Debian's chromium (apt-get install -y chromium); skipped with a note when absent.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium) console.warn(`embed-browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
const SHOTS = process.env.PANTAU_SCREENSHOTS ?? path.join(os.tmpdir(), 'pantau-screenshots');

describe.skipIf(!hasChromium)('embeds and report in Chromium', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    fs.mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('fits a small iframe, refits when resized, shows tooltips, and requests nothing outside Pantau', async () => {
    const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const src = `${server.url}/embed/membership-trend?branch=MADIUN&segments=PU,BPU&from=2016&to=2020&lang=id`;
    // The host page comes from another origin, as a branch's own site would serve it (the
    // embed's frame-ancestors rule admits any http(s) or file: page, not an opaque about:blank).
    const host = http.createServer((_, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><body style="margin:20px;font-family:sans-serif"><p>A branch report page</p>
      <iframe id="f" src="${src}" width="360" height="240" style="border:1px solid #ccc" title="Peserta aktif"></iframe></body>`);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => new Promise<void>((resolve) => host.close(() => resolve())));
    const hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/`;
    await page.goto(hostUrl);
    const frame = page.frameLocator('#f');
    // The page re-lays the chart out at the frame's size.
    await frame.locator('html[data-fitted="360x240"]').waitFor({ timeout: 15_000 });
    const box = await frame.locator('#chart > svg').boundingBox();
    expect(box).not.toBeNull();
    const frameBox = await page.locator('#f').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(frameBox!.width);
    expect(box!.height).toBeLessThanOrEqual(frameBox!.height);
    expect(await frame.locator('#chart > svg').getAttribute('width')).toBe('360');
    await page.screenshot({ path: path.join(SHOTS, 'embed-small.png') });

    // Tooltip on hover, with the study figure.
    const marker = frame.locator('[data-tooltip*="46.878"]').first();
    await marker.hover();
    const tip = frame.locator('#tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain('46.878');
    await page.screenshot({ path: path.join(SHOTS, 'embed-tooltip.png') });

    // Resize the frame: the chart follows.
    await page.locator('#f').evaluate((el) => {
      el.setAttribute('width', '720');
      el.setAttribute('height', '420');
    });
    await frame.locator('html[data-fitted="720x420"]').waitFor({ timeout: 15_000 });
    expect(await frame.locator('#chart > svg').getAttribute('width')).toBe('720');
    await page.screenshot({ path: path.join(SHOTS, 'embed-resized.png') });

    expect(errors).toEqual([]);
    const outside = requests.filter((u) => !u.startsWith(server.url) && u !== hostUrl && !u.startsWith('about:') && !u.startsWith('data:'));
    expect(outside).toEqual([]);
    expect(requests.some((u) => u.includes('/charts/membership-trend.svg?') && u.includes('width=720'))).toBe(true);
    await context.close();
  });

  it.each(['campaign-reach?branch=MADIUN&from=2020&to=2020', 'target-attainment?branch=KEDIRI&year=2025', 'effectiveness?branch=MADIUN&from=2020&to=2020&lang=en'])(
    '/embed/%s renders without errors',
    async (rest) => {
      const page = await browser.newPage({ viewport: { width: 480, height: 320 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const res = await page.goto(`${server.url}/embed/${rest}`);
      expect(res?.status()).toBe(200);
      await page.locator('html[data-fitted="480x320"]').waitFor({ timeout: 15_000 });
      expect(await page.locator('#chart > svg').count()).toBe(1);
      await page.screenshot({ path: path.join(SHOTS, `embed-${rest.split('?')[0]}.png`) });
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('prints the report to a non-empty A4 PDF', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
    const res = await page.goto(`${server.url}/report?branch=MADIUN&year=2020&lang=id`);
    expect(res?.status()).toBe(200);
    expect(await page.locator('section.chart svg').count()).toBe(4);
    await page.screenshot({ path: path.join(SHOTS, 'report-screen.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    fs.writeFileSync(path.join(SHOTS, 'report.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
    await page.close();
  });
});
