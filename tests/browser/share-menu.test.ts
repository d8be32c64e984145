// The share menu on a server that signs its links (EMBED_SECRET), in headless Chromium: signing
// goes with the session cookie, so a KABID of the branch gets signed links that open; nobody
// logged in is told to log in, and a VIEWER that the account may not share, both with no links
// offered instead of links that would not open.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount, TEST_PASSWORD } from '../support/accounts.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { chromiumOrSkipReason, ensureClientBuilt, launch, newContextAs, waitForCharts } from './support.ts';

const chromiumPath = chromiumOrSkipReason().path;

const KABID = { username: 'kabid.madiun', password: TEST_PASSWORD, role: 'KABID', branch: 'MADIUN' } as const;
const VIEWER = { username: 'pembaca.madiun', password: TEST_PASSWORD, role: 'VIEWER', branch: 'MADIUN' } as const;

describe.skipIf(!chromiumPath)('share menu with signed links in chromium', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer('sqlite', {
      env: { EMBED_SECRET: 'rahasia-penandatangan-tautan-32-byte-atau-lebih' },
      prepare: async (db) => {
        for (const a of [KABID, VIEWER]) await addAccount(db, a.username, a.role, { branch: a.branch });
      },
    });
    browser = await launch(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openShare(account: { username: string; password: string } | null, lang = 'id'): Promise<{ context: BrowserContext; page: Page }> {
    const context = await newContextAs(browser, server.url, account, { width: 1366, height: 900 });
    const page = await context.newPage();
    await page.goto(`${server.url}/?lang=${lang}&branch=MADIUN&from=2016&to=2020`);
    await waitForCharts(page);
    await page.locator('#panel-membership .share-button').click();
    return { context, page };
  }
  const note = (page: Page) => page.locator('#panel-membership [data-testid="share-note"]');

  it('gives a KABID of the branch signed links that open', async () => {
    const { context, page } = await openShare(KABID);
    await expect.poll(() => note(page).textContent()).toMatch(/^Tautan bertanda tangan, berlaku sampai /);
    const href = (await page.locator('#panel-membership .share-download').first().getAttribute('href'))!;
    expect(new URL(href, server.url).searchParams.get('token')).toBeTruthy();
    // The link opens without the session: it is for people outside Pantau.
    expect((await fetch(new URL(href, server.url))).status).toBe(200);
    await context.close();
  });

  it('tells an anonymous visitor to log in, with a link back here, and offers no links', async () => {
    const { context, page } = await openShare(null);
    await expect.poll(() => note(page).textContent()).toContain('Masuk untuk membagikan grafik ini');
    const login = new URL((await note(page).getByRole('link', { name: 'Masuk' }).getAttribute('href'))!, server.url);
    expect(login.pathname).toBe('/login');
    expect(login.searchParams.get('next')).toMatch(/^\/\?lang=id&branch=MADIUN&from=2016&to=2020/);
    expect(await page.locator('#panel-membership .share-download').count()).toBe(0);
    expect(await page.locator('#panel-membership .share-snippet').inputValue()).toBe('');
    await context.close();
  });

  it('tells a VIEWER that the account may not share, in English too', async () => {
    const { context, page } = await openShare(VIEWER, 'en');
    await expect.poll(() => note(page).textContent()).toBe('Your account may not share this branch office’s data, so no links were made.');
    expect(await page.locator('#panel-membership .share-download').count()).toBe(0);
    await context.close();
  });
});
