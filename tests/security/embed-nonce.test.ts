// The embed page is cached with a placeholder for its CSP nonce, and each answer puts its own
// nonce in. Imported text can hold that placeholder (a branch named "__PANTAU_NONCE__"): the
// nonce must still go on the page's own script element only, so its script runs, the CSP keeps
// any other script out, and the text shows as the text it is.
import fs from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeText } from '../import/helpers.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const NAME = 'Cabang __PANTAU_NONCE__ <script nonce="__PANTAU_NONCE__">document.title="owned"</script>';
const PATH = '/embed/membership-trend?branch=NONCE&segments=PU&from=2023&to=2023&granularity=MONTH';

describe('the embed page with the nonce placeholder in its data', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite', {
      seed: false,
      prepare: async (db) => {
        await storeText(db, 'branches', `code,name\nNONCE,"${NAME.replace(/"/g, '""')}"\n`);
        await storeText(db, 'membership', 'branch,period,segment,active_participants\nNONCE,2023-01,PU,100\nNONCE,2023-02,PU,110\n');
      },
    });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });

  it("puts each answer's nonce on the page's script element only, and shows the text escaped", async () => {
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${server.url}${PATH}`);
      expect(res.status).toBe(200);
      const nonce = /script-src 'nonce-([^']+)'/.exec(res.headers.get('content-security-policy') ?? '')?.[1];
      expect(nonce).toBeTruthy();
      const html = await res.text();
      expect(html.split(nonce!).length - 1).toBe(1);
      expect([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual([`<script nonce="${nonce}">`]);
      // The branch's name is there, as text, with the placeholder as it was imported.
      expect(html).toContain('Cabang __PANTAU_NONCE__ &lt;script nonce=&quot;__PANTAU_NONCE__&quot;&gt;');
    }
  });

  it.skipIf(!fs.existsSync(CHROMIUM))('in Chromium the page script runs, the imported one does not, and the name reads as text', async () => {
    let browser: Browser | undefined;
    try {
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
      const page = await browser.newPage({ viewport: { width: 480, height: 320 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      expect((await page.goto(`${server.url}${PATH}`))?.status()).toBe(200);
      // The page's own script refits the chart to the window: it ran under the CSP.
      await page.locator('html[data-fitted="480x320"]').waitFor({ timeout: 15_000 });
      expect(await page.title()).toContain(NAME);
      expect(await page.locator('header h1').textContent()).toContain(NAME);
      expect(await page.locator('script').count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await browser?.close();
    }
  }, 60_000);
});
