// The dashboard's stale-data notice in chromium names the branches that lag behind as the
// charts, the ranking and the report name branches (the directory's names, common/charts/
// office-names.ts), not by code: one branch stopped reporting over a year ago while the others
// are current, so the nation's notice lists it, in Indonesian and English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { importText } from '../import/helpers.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { chromiumOrSkipReason, ensureClientBuilt, launch } from './support.ts';

const chromiumPath = chromiumOrSkipReason().path;

/** `YYYY-MM` of the month `back` months before today's (UTC). */
function monthsAgo(back: number): string {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

describe.skipIf(!chromiumPath)('the stale-data notice names the lagging branches', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer('sqlite', { seed: false });
    await importText(server.db, 'branches', 'code,name\nALFA,Kantor Cabang Alfa\nBETA,Kantor Cabang Beta\nDELTA,Kantor Cabang Delta\n');
    const header = 'branch,period,segment,active_participants';
    const report = await importText(server.db, 'membership', [header, `ALFA,${monthsAgo(1)},PU,100`, `BETA,${monthsAgo(14)},PU,80`, `DELTA,${monthsAgo(1)},PU,50`].join('\n'));
    expect(report.outcome).toBe('STORED');
    browser = await launch(chromiumPath!);
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each([
    ['id', 'Cabang dengan data tertinggal: Kantor Cabang Beta.'],
    ['en', 'Branches whose data lag behind: Kantor Cabang Beta.'],
  ])('in %s', async (lang, line) => {
    await page.goto(`${server.url}/?lang=${lang}&scope=national`);
    await expect.poll(() => page.getByTestId('stale-branches').textContent(), { timeout: 20_000 }).toBe(line);
    expect(await page.getByTestId('stale-notice').textContent()).not.toContain('BETA');
  });
});
