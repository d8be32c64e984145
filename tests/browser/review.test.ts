// The weekly review page as a branch meets on Monday, in headless Chromium against a real server
// with real accounts: the Kabid writes last week's review, agrees an action with an owner and a
// due date, writes this week's review and finds the action carried over (overdue, as it is
// due long ago), marks it done; an AR of the branch reads all of it and can change nothing; an
// anonymous visitor is asked to log in; the page in English, with a refusal of the server (a
// week not begun) said in English; readable at phone width, with no serious axe violations.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../common/i18n/format.ts';
import { shiftIsoWeek } from '../../common/time/iso-week.ts';
import { weeksAround } from '../../common/time/agency-time.ts';
import { addAccount, TEST_PASSWORD } from '../support/accounts.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { chromiumOrSkipReason, ensureClientBuilt, expectNoSeriousAxeViolations, launch, newContextAs, type PageRecord, record, screenshot } from './support.ts';

const chromiumPath = chromiumOrSkipReason().path;

const KABID = { username: 'kabid.madiun', password: TEST_PASSWORD, role: 'KABID', branch: 'MADIUN' } as const;
const AR = { username: 'ar.madiun', password: TEST_PASSWORD, role: 'AR', branch: 'MADIUN' } as const;
const ACTION = 'Kunjungi 10 perusahaan di kawasan industri';
const DUE = '2020-01-06';

describe.skipIf(!chromiumPath)('the weekly review page in chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let staff: { code: string; name: string };
  const { thisWeek, lastWeek } = weeksAround();

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer('sqlite', {
      prepare: async (db) => {
        for (const a of [KABID, AR]) await addAccount(db, a.username, a.role, { branch: a.branch });
      },
    });
    staff = (await server.db.knex('staff').where('branch_code', 'MADIUN').orderBy('code').first('code', 'name'))!;
    browser = await launch(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function visitor(account: { username: string; password: string } | null, viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; page: Page; rec: PageRecord }> {
    const context = await newContextAs(browser, server.url, account, viewport);
    const page = await context.newPage();
    return { context, page, rec: record(page) };
  }

  const weekParam = (page: Page) => new URL(page.url()).searchParams.get('week');

  it('lets the Kabid write two weeks’ reviews, carry an action over and close it', async () => {
    const { context, page, rec } = await visitor(KABID);
    // From the dashboard's navigation, as a Kabid opens it on Monday.
    await page.goto(`${server.url}/?lang=id&branch=MADIUN`);
    await page.getByTestId('nav-review').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/review');
    await page.getByTestId('review-page').waitFor();
    expect(await page.title()).toBe('Review mingguan · Pantau');
    // This week by default, with its Monday–Sunday in Indonesian; nothing written yet.
    const title = page.getByTestId('review-week-title');
    await expect.poll(() => title.textContent()).toContain(thisWeek.key);
    expect(await title.textContent()).toContain(formatDate(thisWeek.last, 'id'));
    await page.getByTestId('review-none').waitFor();
    expect(await page.getByTestId('review-readonly').count()).toBe(0);

    // Last week first: the switch, then the form (its week is the week shown).
    await page.getByText('Minggu lalu', { exact: true }).click();
    await expect.poll(() => weekParam(page)).toBe(lastWeek.key);
    const form = page.getByTestId('new-review-form');
    expect(await form.getByLabel('Minggu', { exact: true }).inputValue()).toBe(lastWeek.key);
    await form.getByLabel('Hasil, masalah dan solusi').fill('Target JKK belum tercapai.\nSosialisasi ke kawasan industri.');
    await form.getByRole('button', { name: 'Simpan review' }).click();
    const detail = page.getByTestId('review-detail');
    await expect.poll(() => detail.getAttribute('data-week')).toBe(lastWeek.key);
    expect(await page.getByTestId('review-notes').textContent()).toBe('Target JKK belum tercapai.\nSosialisasi ke kawasan industri.');

    // An action with an owner from the branch's team and a due date, typed and chosen by keyboard-reachable fields.
    const add = page.getByTestId('add-action-form');
    await add.getByLabel('Tindakan', { exact: true }).fill(ACTION);
    await add.getByLabel('Penanggung jawab').selectOption(staff.code);
    await add.getByLabel('Tenggat').fill(DUE);
    await add.getByLabel('Tindakan', { exact: true }).press('Enter');
    const own = page.getByTestId('review-actions').getByTestId('action');
    await expect.poll(() => own.count()).toBe(1);
    expect(await own.first().textContent()).toContain(ACTION);
    expect(await own.first().textContent()).toContain(staff.name);
    expect(await own.first().textContent()).toContain('6 Januari 2020');
    expect(await own.first().getByTestId('action-overdue').textContent()).toBe('Lewat tenggat');

    // This week's review carries it over, still open and overdue.
    await page.getByText('Minggu ini', { exact: true }).click();
    await expect.poll(() => weekParam(page)).toBeNull();
    await page.getByTestId('new-review-form').getByRole('button', { name: 'Simpan review' }).click();
    await expect.poll(() => detail.getAttribute('data-week')).toBe(thisWeek.key);
    const carried = page.getByTestId('review-carried').getByTestId('action');
    await expect.poll(() => carried.count()).toBe(1);
    expect(await carried.first().getAttribute('data-status')).toBe('OPEN');
    expect(await carried.first().getByTestId('action-status').textContent()).toBe('Terbuka');
    expect(await carried.first().textContent()).toContain(`Disepakati ${lastWeek.key}`);
    expect(await carried.first().getByTestId('action-overdue').count()).toBe(1);

    // The review written, the reader is taken to it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('review-week-title');
    // Done, by keyboard: the button's name says which action.
    await page.getByRole('button', { name: `Selesai: ${ACTION}` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => carried.first().getAttribute('data-status')).toBe('DONE');
    expect(await carried.first().getByTestId('action-status').textContent()).toBe('Selesai');
    expect(await carried.first().getByTestId('action-overdue').count()).toBe(0);
    expect(await carried.first().textContent()).toContain(`ditutup ${thisWeek.key}`);
    expect(await page.getByRole('button', { name: `Buka lagi: ${ACTION}` }).count()).toBe(1);

    // The list: newest first, each week with its days.
    const weeks = page.getByTestId('review-list').locator('a');
    expect(await weeks.evaluateAll((links) => links.map((a) => a.getAttribute('data-week')))).toEqual([thisWeek.key, lastWeek.key]);
    expect(await weeks.nth(1).textContent()).toContain(formatDate(lastWeek.last, 'id'));
    expect(await weeks.first().getAttribute('aria-current')).toBe('page');

    // The CSV of this review's actions, in Indonesian Excel's dialect.
    const href = (await page.getByTestId('review-csv').getAttribute('href'))!;
    expect(href).toBe(`/api/reviews/actions.csv?branch=MADIUN&week=${thisWeek.key}&lang=id`);
    const csv = await context.request.get(`${server.url}${href}`);
    expect(csv.status()).toBe(200);
    const text = (await csv.text()).replace(/^\uFEFF/, '');
    expect(text.split('\r\n')[1]).toBe(`${thisWeek.key};Dibawa dari review sebelumnya;${ACTION};${staff.code};${staff.name};${DUE};Selesai;${lastWeek.key};${thisWeek.key};tidak`);

    // The week's printable report, beside it.
    const report = (await page.getByTestId('review-report').getAttribute('href'))!;
    expect(report).toBe(`/report/week?branch=MADIUN&week=${thisWeek.key}&lang=id`);
    expect((await context.request.get(`${server.url}${report}`)).status()).toBe(200);
    expect(await page.getByTestId('review-report-pdf').getAttribute('href')).toBe(`/report/week.pdf?branch=MADIUN&week=${thisWeek.key}&lang=id`);

    // Notes edited in place.
    await page.getByTestId('edit-notes').click();
    await page.getByLabel('Hasil, masalah dan solusi').fill('Kunjungan berjalan.');
    await page.getByRole('button', { name: 'Simpan catatan' }).click();
    await expect.poll(() => page.getByTestId('review-notes').textContent()).toBe('Kunjungan berjalan.');

    // An action without owner or due date, dropped, then reopened.
    const banner = 'Pasang spanduk di pasar';
    await page.getByTestId('add-action-form').getByLabel('Tindakan', { exact: true }).fill(banner);
    await page.getByTestId('add-action-form').getByRole('button', { name: 'Tambah tindakan' }).click();
    const mine = page.getByTestId('review-actions').getByTestId('action');
    await expect.poll(() => mine.count()).toBe(1);
    expect(await mine.first().textContent()).toContain('Belum ditentukan');
    expect(await mine.first().textContent()).toContain('Tanpa tenggat');
    await page.getByRole('button', { name: `Batalkan: ${banner}` }).click();
    await expect.poll(() => mine.first().getAttribute('data-status')).toBe('DROPPED');
    expect(await mine.first().getByTestId('action-status').textContent()).toBe('Dibatalkan');
    await page.getByRole('button', { name: `Buka lagi: ${banner}` }).click();
    await expect.poll(() => mine.first().getAttribute('data-status')).toBe('OPEN');

    await expectNoSeriousAxeViolations(page, 'the weekly review (KABID)');
    await screenshot(page, 'review-kabid-id');
    expect(rec.consoleErrors).toEqual([]);
    expect(rec.foreignRequests).toEqual([]);
    await context.close();
  });

  it('shows an AR of the branch everything, read-only', async () => {
    const { context, page, rec } = await visitor(AR);
    await page.goto(`${server.url}/review?lang=id&branch=MADIUN`);
    const detail = page.getByTestId('review-detail');
    await expect.poll(() => detail.getAttribute('data-week')).toBe(thisWeek.key);
    expect(await page.getByTestId('review-readonly').textContent()).toBe('Anda membaca sebagai Account Representative: review ditulis oleh Kabid cabang.');
    expect(await page.getByTestId('review-notes').textContent()).toBe('Kunjungan berjalan.');
    const carried = page.getByTestId('review-carried').getByTestId('action');
    expect(await carried.first().getAttribute('data-status')).toBe('DONE');
    // Nothing to write with.
    for (const id of ['new-review-form', 'add-action-form', 'edit-notes', 'action-set-OPEN', 'action-set-DONE', 'action-set-DROPPED']) expect(await page.getByTestId(id).count(), id).toBe(0);

    // Last week's review, by the list's link: its action, agreed there.
    await page.getByTestId('review-list').locator(`a[data-week="${lastWeek.key}"]`).click();
    await expect.poll(() => detail.getAttribute('data-week')).toBe(lastWeek.key);
    expect(await page.getByTestId('review-actions').getByTestId('action').first().textContent()).toContain(ACTION);
    expect(await page.getByTestId('new-review-form').count()).toBe(0);
    // A week without a review says so, and offers no form.
    await page.getByTestId('review-prev-week').click();
    await page.getByTestId('review-none').waitFor();
    expect(await page.getByTestId('review-none').textContent()).toBe('Belum ada review untuk minggu ini.');
    expect(await page.getByTestId('new-review-form').count()).toBe(0);
    // Back returns to the week before.
    await page.goBack();
    await expect.poll(() => detail.getAttribute('data-week')).toBe(lastWeek.key);
    expect(rec.consoleErrors).toEqual([]);
    await context.close();
  });

  it('asks an anonymous visitor to log in, and comes back afterwards', async () => {
    const { context, page } = await visitor(null);
    await page.goto(`${server.url}/review?lang=id&branch=MADIUN`);
    const notice = page.getByTestId('review-login');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('hanya untuk akun yang sudah masuk');
    expect(await page.getByTestId('review-detail').count()).toBe(0);
    const href = new URL((await page.getByTestId('review-login-link').getAttribute('href'))!, server.url);
    expect(href.pathname).toBe('/login');
    expect(href.searchParams.get('next')).toMatch(/^\/review\?lang=id&branch=MADIUN/);
    await page.getByTestId('review-login-link').click();
    await page.locator('input[name="username"]').fill(AR.username);
    await page.locator('input[name="password"]').fill(AR.password);
    await page.locator('.login-form button[type="submit"]').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/review');
    await expect.poll(() => page.getByTestId('review-detail').getAttribute('data-week')).toBe(thisWeek.key);
    await context.close();
  });

  it('speaks English, and says a refusal of the server in English', async () => {
    const { context, page, rec } = await visitor(KABID);
    await page.goto(`${server.url}/review?lang=en&branch=MADIUN`);
    const detail = page.getByTestId('review-detail');
    await expect.poll(() => detail.getAttribute('data-week')).toBe(thisWeek.key);
    expect(await page.locator('h2').first().textContent()).toContain('Weekly review');
    expect(await page.getByTestId('review-week-title').textContent()).toContain(formatDate(thisWeek.last, 'en'));
    expect(await page.getByTestId('review-carried').getByTestId('action-status').first().textContent()).toBe('Done');
    expect(await page.getByTestId('review-csv').getAttribute('href')).toContain('lang=en');

    // A week with no review, then a week that has not begun typed into the form.
    const older = shiftIsoWeek(thisWeek, -5).key;
    await page.getByTestId('review-list').waitFor();
    await page.goto(`${server.url}/review?lang=en&branch=MADIUN&week=${older}`);
    const form = page.getByTestId('new-review-form');
    await form.waitFor();
    expect(await form.getByLabel('Week', { exact: true }).inputValue()).toBe(older);
    await form.getByLabel('Week', { exact: true }).fill(shiftIsoWeek(thisWeek, 1).key);
    await form.getByRole('button', { name: 'Save review' }).click();
    await expect.poll(() => form.getByTestId('review-problem').textContent()).toBe('That week has not begun: write the review of this week or an earlier one.');
    // The language toggle keeps the week shown, and says it in Indonesian.
    await page.getByRole('button', { name: /^ID EN/ }).click();
    await expect.poll(() => page.getByTestId('review-week-title').textContent()).toContain(`Minggu ${Number(older.slice(-2))}`);
    expect(weekParam(page)).toBe(older);
    expect(rec.consoleErrors).toEqual([]);
    await context.close();
  });

  it('is readable at phone width', async () => {
    const { context, page } = await visitor(KABID, { width: 375, height: 740 });
    await page.goto(`${server.url}/review?lang=id&branch=MADIUN`);
    await expect.poll(() => page.getByTestId('review-detail').getAttribute('data-week')).toBe(thisWeek.key);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectNoSeriousAxeViolations(page, 'the weekly review at phone width');
    await screenshot(page, 'review-phone-id');
    await context.close();
  });
});

describe.skipIf(!chromiumPath)('the weekly review page on a server that shows its data to accounts only', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer('sqlite', { env: { AUTH_READ: 'login' }, prepare: (db) => addAccount(db, AR.username, AR.role, { branch: AR.branch }) });
    browser = await launch(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('asks an anonymous visitor to log in, in English when asked, and opens the branch’s own reviews afterwards', async () => {
    const context = await newContextAs(browser, server.url, null);
    const page = await context.newPage();
    const rec = record(page);
    // No branch in the address: the AR's own branch once logged in.
    await page.goto(`${server.url}/review?lang=en`);
    await page.getByTestId('review-login').waitFor();
    expect(await page.getByTestId('review-login').textContent()).toContain('for logged-in accounts only');
    await page.getByTestId('review-login-link').click();
    await page.locator('input[name="username"]').fill(AR.username);
    await page.locator('input[name="password"]').fill(AR.password);
    await page.locator('.login-form button[type="submit"]').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/review');
    await page.getByTestId('review-none').waitFor();
    expect(await page.getByTestId('review-none').textContent()).toBe('No review for this week yet.');
    await expect.poll(() => new URL(page.url()).searchParams.get('branch')).toBe('MADIUN');
    // Requests refused before the login (401) are the only errors the console saw.
    expect(rec.consoleErrors.filter((e) => !/401/.test(e))).toEqual([]);
    await context.close();
  });
});
