// The pages as an auditor's tool and a browser see them: axe-core (WCAG 2.x A/AA and best
// practices) finds nothing serious or critical on the dashboard, the import page, the login page,
// the account menu with its API tokens, the report and the embeds, in Indonesian and English; no page answers any of its requests with an error (the
// browser's own /favicon.ico included), and an embed in a 640 px frame does not scroll sideways.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount, TEST_PASSWORD } from '../support/accounts.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { chromiumOrSkipReason, ensureClientBuilt, expectNoSeriousAxeViolations, launch, newContextAs, record, waitForCharts } from './support.ts';

const chromiumPath = chromiumOrSkipReason().path;
const KABID = { username: 'kabid.madiun', password: TEST_PASSWORD, role: 'KABID', branch: 'MADIUN' } as const;

describe.skipIf(!chromiumPath)('accessibility (axe-core) and clean loads in chromium', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer('sqlite', { prepare: (db) => addAccount(db, KABID.username, KABID.role, { branch: KABID.branch }) });
    browser = await launch(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /**
   * Opens a page in a fresh context (logged in as `account` when given), waits with `ready`,
   * audits it and checks every response and the console.
   */
  async function audit(url: string, label: string, ready: (page: Page) => Promise<unknown>, viewport = { width: 1366, height: 768 }, account?: { username: string; password: string }) {
    const context = await newContextAs(browser, server.url, account ?? null, viewport);
    const page = await context.newPage();
    const rec = record(page);
    const failed: string[] = [];
    page.on('response', (res) => {
      if (res.status() >= 400) failed.push(`${res.status()} ${res.url()}`);
    });
    try {
      const res = await page.goto(`${server.url}${url}`);
      expect(res?.status()).toBe(200);
      await ready(page);
      await expectNoSeriousAxeViolations(page, label);
      // The page names its icon, so the browser does not go looking for /favicon.ico.
      expect(await page.locator('link[rel="icon"]').getAttribute('href')).toBe('/favicon.svg');
      // Give the browser a moment to ask for the icon; then nothing may have failed.
      await page.waitForTimeout(300);
      expect(failed).toEqual([]);
      expect(rec.consoleErrors).toEqual([]);
      expect(rec.foreignRequests).toEqual([]);
    } finally {
      await context.close();
    }
  }

  /** The chart is in the page; the frame-size refit (if the size differs) has had its time. */
  const embedReady = async (page: Page) => {
    await page.locator('#chart > svg').waitFor({ state: 'attached' });
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-fitted'), undefined, { timeout: 3_000 }).catch(() => undefined);
  };

  it.each(['id', 'en'])('dashboard (lang=%s)', async (lang) => {
    await audit(`/?lang=${lang}&branch=MADIUN`, `the dashboard (${lang})`, (page) => waitForCharts(page));
  });

  // The national and regional views add the ranked offices (a sortable table of buttons).
  it.each([
    ['id', 'scope=national'],
    ['en', 'region=JATIM'],
  ])('dashboard with its ranked offices (lang=%s, %s)', async (lang, scope) => {
    await audit(`/?lang=${lang}&${scope}`, `the dashboard at ${scope} (${lang})`, async (page) => {
      await waitForCharts(page);
      await page.locator('#scope-ranking tbody tr[data-code]').first().waitFor();
    });
  });

  it.each(['id', 'en'])('import page (lang=%s)', async (lang) => {
    await audit(`/import?lang=${lang}`, `the import page (${lang})`, (page) => page.waitForSelector('input[type="file"]', { state: 'attached' }));
  });

  it.each(['id', 'en'])('login page (lang=%s), with an error shown', async (lang) => {
    await audit(`/login?lang=${lang}`, `the login page (${lang})`, async (page) => {
      await page.getByTestId('login-view').waitFor();
      // Audited as a person meets it after a mistake, the error tied to the fields; a missing
      // password is said by the page itself, so no refused request counts against the page.
      await page.locator('input[name="username"]').fill('belum.ada');
      await page.locator('.login-form button[type="submit"]').click();
      await page.locator('.login-error').waitFor();
    });
  });

  it.each(['id', 'en'])('account menu open with its API tokens and a new secret (lang=%s)', async (lang) => {
    await audit(
      `/?lang=${lang}&branch=MADIUN`,
      `the account menu (${lang})`,
      async (page) => {
        await waitForCharts(page);
        await page.getByTestId('account-button').click();
        const panel = page.getByTestId('account-panel');
        await panel.locator('input[type="text"]').last().fill(`a11y ${lang}`);
        await panel.locator('.api-token-create button[type="submit"]').click();
        await page.getByTestId('api-token-secret').waitFor();
        await page.getByTestId('api-token-list').waitFor();
      },
      undefined,
      KABID,
    );
  });

  it.each(['id', 'en'])('import page of a logged-in account (lang=%s)', async (lang) => {
    await audit(`/import?lang=${lang}`, `the import page, logged in (${lang})`, (page) => page.getByTestId('import-who').waitFor(), undefined, KABID);
  });

  it.each(['id', 'en'])('report (lang=%s)', async (lang) => {
    await audit(`/report?branch=MADIUN&year=2020&lang=${lang}`, `the report (${lang})`, (page) => page.locator('section.chart svg').first().waitFor({ state: 'attached' }));
  });

  it.each([
    ['membership-trend?branch=MADIUN&segments=PU,BPU&from=2016&to=2020', 'id'],
    ['membership-trend?branch=MADIUN&segments=PU,BPU&from=2016&to=2020', 'en'],
    ['effectiveness?branch=MADIUN&from=2020&to=2020', 'id'],
    ['effectiveness?branch=MADIUN&from=2020&to=2020', 'en'],
  ])('embed /embed/%s (lang=%s)', async (rest, lang) => {
    await audit(`/embed/${rest}&lang=${lang}`, `/embed/${rest.split('?')[0]} (${lang})`, embedReady, { width: 640, height: 400 });
  });

  it('an embed in a 640 px frame has no horizontal scrollbar (the screen-reader table stays out of the layout)', async () => {
    for (const chart of ['membership-trend?branch=MADIUN&from=2016&to=2020', 'effectiveness?branch=MADIUN&from=2020&to=2020&lang=en']) {
      const page = await browser.newPage({ viewport: { width: 640, height: 400 } });
      try {
        await page.goto(`${server.url}/embed/${chart}`);
        await embedReady(page);
        // The table is still there for a screen reader.
        expect(await page.locator('table').count()).toBeGreaterThan(0);
        const overflow = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
          scrollHeight: document.documentElement.scrollHeight,
          clientHeight: document.documentElement.clientHeight,
        }));
        expect(overflow.scrollWidth, chart).toBeLessThanOrEqual(overflow.clientWidth);
        expect(overflow.scrollHeight, chart).toBeLessThanOrEqual(overflow.clientHeight);
      } finally {
        await page.close();
      }
    }
  });

  it('/favicon.svg is an SVG icon and /favicon.ico does not answer 404', async () => {
    const svg = await fetch(`${server.url}/favicon.svg`);
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(await svg.text()).toContain('<svg');
    const ico = await fetch(`${server.url}/favicon.ico`, { redirect: 'manual' });
    expect([200, 204, 301, 302, 308]).toContain(ico.status);
  });
});
