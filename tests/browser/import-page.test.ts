// The upload page as branch staff use it, in headless Chromium against a real server with real
// accounts: nobody logged in, and a VIEWER, see why they cannot import (and a way to log in) and
// store nothing; a PAP of the branch checks a file (dry run), stores it and sees the history; the
// rows of another branch are refused; rounded costs are said.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount, TEST_PASSWORD } from '../support/accounts.ts';
import { STUDY_EXAMPLE } from '../support/project-files.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { chromiumOrSkipReason, ensureClientBuilt, launch, newContextAs, type PageRecord, record, screenshot } from './support.ts';

const chromiumPath = chromiumOrSkipReason().path;
const FILE = STUDY_EXAMPLE('madiun-membership-2016-2020.csv');

const PAP = { username: 'pap.madiun', password: TEST_PASSWORD, role: 'PAP', branch: 'MADIUN' } as const;
const VIEWER = { username: 'pembaca.madiun', password: TEST_PASSWORD, role: 'VIEWER', branch: 'MADIUN' } as const;

describe.skipIf(!chromiumPath)('import page in chromium', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer('sqlite', {
      prepare: async (db) => {
        for (const a of [PAP, VIEWER]) await addAccount(db, a.username, a.role, { branch: a.branch });
      },
    });
    browser = await launch(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const runs = () => server.db.knex('import_run').select('outcome', 'rows').orderBy('id');

  /** A browser context logged in as the account (its session cookie), or anonymous. */
  async function visitor(account?: { username: string; password: string }): Promise<{ context: BrowserContext; page: Page; rec: PageRecord }> {
    const context = await newContextAs(browser, server.url, account ?? null, { width: 1280, height: 900 });
    const page = await context.newPage();
    return { context, page, rec: record(page) };
  }

  const open = async (page: Page, kind: string, file: string | { name: string; mimeType: string; buffer: Buffer }) => {
    await page.goto(`${server.url}/import?lang=id`);
    await page.waitForSelector('input[type="file"]', { state: 'attached' });
    await page.getByTestId('import-who').waitFor();
    await page.locator('select').first().selectOption(kind);
    await page.setInputFiles('input[type="file"]', file);
  };

  it('tells an anonymous visitor to log in, offers the login, and shows no history', async () => {
    const { context, page } = await visitor();
    await open(page, 'membership', FILE);
    expect(await page.getByTestId('import-who').textContent()).toContain('Masuk untuk mengimpor data');
    const login = page.getByTestId('import-who').getByTestId('import-login');
    const href = new URL((await login.getAttribute('href'))!, server.url);
    expect(href.pathname).toBe('/login');
    // Back to this page (the view's state in its URL) after the login.
    expect(href.searchParams.get('next')).toBe(`${new URL(page.url()).pathname}${new URL(page.url()).search}`);
    expect(href.searchParams.get('next')).toMatch(/^\/import\?lang=id&/);
    expect(await page.locator('button[type="submit"]').isDisabled()).toBe(true);
    expect(await page.locator('.import-page').textContent()).toContain('Riwayat impor tampil setelah Anda masuk.');
    expect(await page.locator('.import-page table').count()).toBe(0);
    // Nor is a password field for an admin token left anywhere.
    expect(await page.locator('input[type="password"]').count()).toBe(0);
    expect(await runs()).toEqual([]);
    await context.close();
  });

  it('refuses a VIEWER with the reason, in the chosen language, and stores nothing', async () => {
    const { context, page } = await visitor(VIEWER);
    await open(page, 'membership', FILE);
    const who = page.getByTestId('import-who');
    expect(await who.textContent()).toContain('Akun Anda (Pembaca) hanya dapat membaca data dan tidak dapat mengimpor.');
    expect(await who.getByTestId('import-login').textContent()).toBe('Masuk dengan akun lain');
    expect(await page.locator('button[type="submit"]').isDisabled()).toBe(true);
    await page.locator('.lang-toggle').click();
    await expect.poll(() => who.textContent()).toContain('Your account (Viewer) can read the data but not import.');
    // The server refuses it too, whatever the page shows: with the session, over GraphQL.
    const answer = await page.evaluate(async () => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { importData(kind: membership, fileName: "x.csv", content: "YnJhbmNo", contentEncoding: BASE64, dryRun: true) { outcome } }' }),
      });
      return (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    });
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await runs()).toEqual([]);
    await screenshot(page, 'import-viewer-refused-en');
    await context.close();
  });

  it('lets a PAP of the branch check the file, then store it on confirmation, and shows the history', async () => {
    const { context, page, rec } = await visitor(PAP);
    await open(page, 'membership', FILE);
    expect(await page.getByTestId('import-who').textContent()).toBe('Anda mengimpor sebagai pap.madiun (Kantor Cabang Madiun); impor dicatat atas nama akun ini.');
    await page.locator('button[type="submit"]').click();
    await expect.poll(async () => (await runs()).map((r) => r.outcome)).toEqual(['DRY_RUN']);
    await page.getByRole('button', { name: 'Simpan ke basis data' }).click();
    await expect.poll(async () => (await runs()).map((r) => r.outcome)).toEqual(['DRY_RUN', 'STORED']);
    await expect.poll(() => page.locator('.import-page').textContent()).toContain('Tersimpan');
    const history = page.locator('.import-page table').last();
    await expect.poll(() => history.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
    expect(await history.textContent()).toContain('pap.madiun');
    await screenshot(page, 'import-stored-id');
    expect(rec.consoleErrors).toEqual([]);
    expect(rec.foreignRequests).toEqual([]);
    await context.close();
  });

  it("refuses the rows of another branch in a PAP's file, naming why, and stores nothing of it", async () => {
    const { context, page } = await visitor(PAP);
    const before = (await runs()).length;
    const csv = 'branch,period,segment,active_participants\nKEDIRI,2024-01,PU,1000\n';
    await open(page, 'membership', { name: 'kediri.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.locator('button[type="submit"]').click();
    await expect.poll(() => page.locator('.import-page').textContent()).toContain('Ditolak');
    expect(await page.locator('.import-report').textContent()).toContain('Cabang di luar wewenang akun Anda');
    expect(await page.getByRole('button', { name: 'Simpan ke basis data' }).isDisabled()).toBe(true);
    expect((await runs()).slice(before).map((r) => r.outcome)).toEqual(['REJECTED']);
    await context.close();
  });

  it('says when cost values were rounded to whole Rupiah', async () => {
    const { context, page } = await visitor(PAP);
    const csv = 'branch,date,activity,channel,reach,registrations,cost_idr\nMADIUN,2024-01-05,PROMOTION,RADIO,1000,3,0.5\nMADIUN,2024-01-06,PROMOTION,RADIO,1000,3,"1.500.000,50"\n';
    await open(page, 'campaigns', { name: 'biaya.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.locator('button[type="submit"]').click();
    const notes = page.getByTestId('import-notes');
    await expect.poll(() => notes.count()).toBe(1);
    expect(await notes.textContent()).toBe('2 nilai biaya (cost_idr) memuat pecahan rupiah dan akan dibulatkan ke rupiah utuh (setengah ke atas); yang pertama di baris 2: "0.5" → Rp1.');
    await context.close();
  });
});
