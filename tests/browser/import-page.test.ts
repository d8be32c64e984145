// The upload page as an administrator uses it, in headless Chromium: choose the kind and a
// file, check it (dry run), then store it; a wrong token stores nothing.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STUDY_EXAMPLE } from '../support/project-files.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { chromiumOrSkipReason, ensureClientBuilt, launch, type PageRecord, record, screenshot } from './support.ts';

const chromiumPath = chromiumOrSkipReason().path;
const FILE = STUDY_EXAMPLE('madiun-membership-2016-2020.csv');

describe.skipIf(!chromiumPath)('import page in chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let rec: PageRecord;

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer('sqlite', { env: { ADMIN_TOKEN: 'rahasia-cabang' } });
    browser = await launch(chromiumPath!);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    rec = record(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const runs = () => server.db.knex('import_run').select('outcome', 'rows').orderBy('id');
  const fill = async (token: string) => {
    await page.goto(`${server.url}/import?lang=id`);
    await page.waitForSelector('input[type="file"]', { state: 'attached' });
    await page.locator('select').first().selectOption('membership');
    await page.setInputFiles('input[type="file"]', FILE);
    await page.fill('input[type="password"]', token);
  };

  it('refuses a wrong admin token and stores nothing', async () => {
    await fill('salah');
    await page.locator('button[type="submit"]').click();
    const alert = page.locator('.import-page [role="alert"]');
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.textContent()).toMatch(/token/i);
    expect(await runs()).toEqual([]);
  });

  it('checks the file, then stores it on confirmation, and shows the history', async () => {
    await fill('rahasia-cabang');
    await page.locator('button[type="submit"]').click();
    await expect.poll(async () => (await runs()).map((r) => r.outcome)).toEqual(['DRY_RUN']);
    await page.getByRole('button', { name: 'Simpan ke basis data' }).click();
    await expect.poll(async () => (await runs()).map((r) => r.outcome)).toEqual(['DRY_RUN', 'STORED']);
    await expect.poll(() => page.locator('.import-page').textContent()).toContain('Tersimpan');
    expect(await page.locator('.import-page table tbody tr').count()).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'import-stored-id');
    expect(rec.consoleErrors.filter((e) => !/401|403/.test(e))).toEqual([]);
    expect(rec.foreignRequests).toEqual([]);
  });

  it('says when cost values were rounded to whole Rupiah', async () => {
    await page.goto(`${server.url}/import?lang=id`);
    await page.waitForSelector('input[type="file"]', { state: 'attached' });
    await page.locator('select').first().selectOption('campaigns');
    const csv = 'branch,date,activity,channel,reach,registrations,cost_idr\nMADIUN,2024-01-05,PROMOTION,RADIO,1000,3,0.5\nMADIUN,2024-01-06,PROMOTION,RADIO,1000,3,"1.500.000,50"\n';
    await page.setInputFiles('input[type="file"]', { name: 'biaya.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.fill('input[type="password"]', 'rahasia-cabang');
    await page.locator('button[type="submit"]').click();
    const notes = page.getByTestId('import-notes');
    await expect.poll(() => notes.count()).toBe(1);
    expect(await notes.textContent()).toBe('2 nilai biaya (cost_idr) memuat pecahan rupiah dan akan dibulatkan ke rupiah utuh (setengah ke atas); yang pertama di baris 2: "0.5" → Rp1.');
  });
});
