// The planning page as a branch plans its year and its weeks, in headless Chromium against a
// real server with real accounts: the Kabid splits a target with a monthly phasing and sees the
// unassigned remainder move while typing, is refused in Indonesian when the split exceeds the
// target, and plans an activity for today; an AR of the branch reads the plan, records the
// activity's results and sees plan against realisation move (and its CSV say so); an anonymous
// visitor is asked to log in; the page in English, with the same refusal in English; readable at
// phone width, with no serious axe violations.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate, formatInteger } from '../../common/i18n/format.ts';
import { weeksAround } from '../../common/time/agency-time.ts';
import { addAccount, TEST_PASSWORD } from '../support/accounts.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { chromiumOrSkipReason, ensureClientBuilt, expectNoSeriousAxeViolations, launch, newContextAs, type PageRecord, record, screenshot } from './support.ts';

const chromiumPath = chromiumOrSkipReason().path;

const KABID = { username: 'kabid.madiun', password: TEST_PASSWORD, role: 'KABID', branch: 'MADIUN' } as const;
const AR = { username: 'ar.madiun', password: TEST_PASSWORD, role: 'AR', branch: 'MADIUN' } as const;
const PLACE = 'PT Sumber Rejeki, Jl. Diponegoro';
const AUDIENCE = 'Pekerja pabrik garmen (PU)';
const PHASING = [5, 5, 5, 10, 10, 10, 10, 10, 10, 10, 10, 25];
const SHARE = PHASING.reduce((a, b) => a + b, 0);

describe.skipIf(!chromiumPath)('the planning page in chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let ar: { code: string; name: string };
  let branchTarget: number;
  const { thisWeek } = weeksAround();

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer('sqlite', {
      prepare: async (db) => {
        for (const a of [KABID, AR]) await addAccount(db, a.username, a.role, { branch: a.branch });
      },
    });
    ar = (await server.db.knex('staff').where({ branch_code: 'MADIUN', role: 'AR' }).orderBy('code').first('code', 'name'))!;
    const row = await server.db.knex('target').where({ branch_code: 'MADIUN', year: 2025, program: 'JKK', segment: 'PU', metric: 'NEW_PARTICIPANTS', staff_code: '' }).first('target');
    branchTarget = Number(row.target);
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

  const jkk = (page: Page) => page.locator('[data-testid="split-line"][data-line="JKK-PU"]');
  const weekRow = (page: Page) => page.locator(`[data-testid="plan-row"][data-key="${thisWeek.key}"]`);
  const cell = (row: Locator, col: string) => row.locator(`[data-col="${col}"]`).textContent();

  /** Opens the JKK PU line's editor with no shares left in it. */
  async function emptyEditor(page: Page, removeName: RegExp): Promise<Locator> {
    await jkk(page).getByTestId('split-edit').click();
    const editor = jkk(page).getByTestId('split-editor');
    await editor.waitFor();
    while ((await editor.getByTestId('split-share').count()) > 0) await editor.getByRole('button', { name: removeName }).first().click();
    return editor;
  }

  it('lets the Kabid split a target with a phasing, refuses a split beyond the target, and plans an activity', async () => {
    const { context, page, rec } = await visitor(KABID);
    const n = (v: number) => formatInteger(v, 'id');
    // From the dashboard's navigation, beside the weekly review.
    await page.goto(`${server.url}/?lang=id&branch=MADIUN&year=2025`);
    await page.getByTestId('nav-plan').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/plan');
    await page.getByTestId('plan-page').waitFor();
    expect(await page.title()).toBe('Perencanaan · Pantau');
    expect(new URL(page.url()).searchParams.get('year')).toBe('2025');
    await jkk(page).waitFor();
    expect(await jkk(page).getByTestId('line-target').textContent()).toBe(n(branchTarget));
    expect(await page.getByTestId('plan-readonly').count()).toBe(0);

    // One AR, a share beyond the target: the remainder goes negative as it is typed, and the server refuses.
    const editor = await emptyEditor(page, /^Hapus bagian /);
    expect(await editor.getByTestId('split-unassigned').textContent()).toBe(n(branchTarget));
    await editor.getByLabel('Tambah AR/ARK').selectOption(ar.code);
    await editor.getByTestId('split-add').click();
    const share = editor.getByTestId('split-share').first();
    await share.getByLabel('Bagian', { exact: true }).fill(String(branchTarget + 40));
    await expect.poll(() => editor.getByTestId('split-unassigned').textContent()).toBe(n(-40));
    expect(await editor.getByTestId('split-live').textContent()).toContain(`Pembagian melebihi target cabang sebanyak ${n(40)}.`);
    await editor.getByRole('button', { name: 'Simpan pembagian' }).click();
    await expect
      .poll(() => editor.getByTestId('plan-problem').textContent())
      .toBe(`Pembagian berjumlah ${n(branchTarget + 40)}, melebihi target cabang ${n(branchTarget)} (lebih ${n(40)}). Kurangi bagiannya.`);

    // Within the target, phased by month: typed month by month, the remainder shown live.
    await share.getByLabel('Bagian', { exact: true }).fill(n(SHARE));
    await expect.poll(() => editor.getByTestId('split-unassigned').textContent()).toBe(n(branchTarget - SHARE));
    await share.getByText('Atur per bulan', { exact: true }).click();
    const months = share.getByTestId('split-month');
    expect(await months.count()).toBe(12);
    for (let i = 0; i < 12; i++) await months.nth(i).fill(String(PHASING[i]));
    expect(await share.getByTestId('split-months-off').count()).toBe(0);
    await share.getByLabel('Des', { exact: true }).press('Enter');
    await jkk(page).getByTestId('share-row').first().waitFor();
    expect(await jkk(page).getByTestId('line-assigned').textContent()).toBe(n(SHARE));
    expect(await jkk(page).getByTestId('line-unassigned').textContent()).toBe(n(branchTarget - SHARE));
    const row = jkk(page).getByTestId('share-row');
    expect(await row.count()).toBe(1);
    expect(await row.first().textContent()).toContain(ar.name);
    expect(await row.first().textContent()).toContain('dirinci Kabid');
    expect(await row.first().textContent()).toContain('Des 25');
    // The editor gone, the reader is back on the line's heading.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-line-title'))).toBe('JKK-PU');

    // This week's activities: none yet; one planned for today, by the AR.
    const activities = page.getByTestId('planned-activities');
    await activities.getByTestId('planned-none').waitFor();
    const form = page.getByTestId('plan-activity-form');
    await form.getByLabel('Tempat').fill(PLACE);
    await form.getByLabel('Sasaran (perusahaan atau kelompok pekerja)').fill(AUDIENCE);
    await form.getByLabel('Staf').selectOption(ar.code);
    await form.getByLabel('Segmen').selectOption('PU');
    await form.getByRole('button', { name: 'Simpan rencana' }).click();
    const item = activities.getByTestId('planned-activity');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.first().getByTestId('planned-status').textContent()).toBe('Direncanakan');
    expect(await item.first().textContent()).toContain(ar.name);
    const title = activities.getByTestId('plan-week-title').first();
    expect(await title.textContent()).toContain(`Minggu ${thisWeek.week} · ${thisWeek.key}`);
    expect(await title.textContent()).toContain(formatDate(thisWeek.last, 'id'));
    // Plan against realisation: planned and open this week.
    await expect.poll(() => cell(weekRow(page), 'planned')).toBe('1');
    expect(await cell(weekRow(page), 'open')).toBe('1');
    expect(await cell(weekRow(page), 'done')).toBe('0');

    await expectNoSeriousAxeViolations(page, 'the planning page (KABID)');
    await screenshot(page, 'plan-kabid-id');
    expect(rec.consoleErrors).toEqual([]);
    expect(rec.foreignRequests).toEqual([]);
    await context.close();
  });

  it('lets an AR record the results, and plan against realisation moves', async () => {
    const { context, page, rec } = await visitor(AR);
    await page.goto(`${server.url}/plan?lang=id&branch=MADIUN&year=2025`);
    await page.getByTestId('plan-readonly').waitFor();
    expect(await page.getByTestId('plan-readonly').textContent()).toBe('Anda membaca sebagai Account Representative: rencana disusun oleh Kabid cabang.');
    await jkk(page).getByTestId('share-row').first().waitFor();
    for (const id of ['split-edit', 'plan-activity-form', 'cancel-planned']) expect(await page.getByTestId(id).count(), id).toBe(0);

    await expect.poll(() => cell(weekRow(page), 'open')).toBe('1');
    const before = { socialisations: Number(await cell(weekRow(page), 'socialisations')), registrations: Number(await cell(weekRow(page), 'registrations')) };

    // By keyboard: the button names the activity, the form takes the focus.
    await page.getByRole('button', { name: `Catat hasil: ${PLACE}` }).focus();
    await page.keyboard.press('Enter');
    const form = page.getByTestId('realise-form');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('reach');
    await page.keyboard.type('40');
    await form.getByLabel('Pendaftaran').fill('12');
    // Not a count: the refusal names the field and what was typed; then as Indonesians write Rupiah.
    await form.getByLabel('Biaya (Rp)').fill('250.000,50');
    await form.getByRole('button', { name: 'Simpan hasil' }).click();
    await expect.poll(() => form.getByTestId('plan-problem').textContent()).toContain('Biaya (Rp): “250.000,50” bukan bilangan bulat 0 atau lebih');
    await form.getByLabel('Biaya (Rp)').fill('Rp250.000');
    await form.getByRole('button', { name: 'Simpan hasil' }).click();
    const item = page.getByTestId('planned-activity').first();
    await expect.poll(() => item.getAttribute('data-status')).toBe('DONE');
    expect(await item.getByTestId('planned-status').textContent()).toBe('Terlaksana');
    expect(await item.getByTestId('planned-results').textContent()).toContain('40 hadir, 12 mendaftar');

    const row = weekRow(page);
    await expect.poll(() => cell(row, 'done')).toBe('1');
    expect(await cell(row, 'open')).toBe('0');
    expect(await cell(row, 'donePct')).toBe('100%');
    expect(Number(await cell(row, 'socialisations'))).toBe(before.socialisations + 1);
    expect(Number(await cell(row, 'registrations'))).toBe(before.registrations + 12);

    // By staff: the AR's row, by name.
    await page.getByTestId('plan-group').getByText('Staf', { exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('by')).toBe('STAFF');
    await expect.poll(() => page.locator(`[data-testid="plan-row"][data-key="${ar.code}"] th`).textContent()).toBe(ar.name);
    await page.getByTestId('plan-group').getByText('Minggu', { exact: true }).click();

    // The CSV, in Indonesian Excel's dialect.
    const href = (await page.getByTestId('plan-csv').getAttribute('href'))!;
    expect(href).toBe(`/api/plan/realisation.csv?branch=MADIUN&from=${thisWeek.key}&to=${thisWeek.key}&groupBy=WEEK&lang=id`);
    const csv = await context.request.get(`${server.url}${href}`);
    expect(csv.status()).toBe(200);
    const lines = (await csv.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Minggu;Senin;Minggu (hari);Direncanakan;Terlaksana;Dibatalkan;Belum;Terlaksana (%);Sosialisasi tercatat (kegiatan);Pendaftaran (orang)');
    expect(lines[1]).toBe(`${thisWeek.key};${thisWeek.first};${thisWeek.last};1;1;0;0;100,00;${before.socialisations + 1};${before.registrations + 12}`);
    expect(rec.consoleErrors).toEqual([]);
    await context.close();
  });

  it('asks an anonymous visitor to log in', async () => {
    const { context, page } = await visitor(null);
    await page.goto(`${server.url}/plan?lang=id&branch=MADIUN&year=2025`);
    const notice = page.getByTestId('plan-login');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('hanya dapat dibaca setelah masuk');
    expect(await page.getByTestId('target-split').count()).toBe(0);
    const href = new URL((await page.getByTestId('plan-login-link').getAttribute('href'))!, server.url);
    expect(href.pathname).toBe('/login');
    expect(href.searchParams.get('next')).toMatch(/^\/plan\?lang=id&branch=MADIUN&year=2025/);
    await page.getByTestId('plan-login-link').click();
    await page.locator('input[name="username"]').fill(AR.username);
    await page.locator('input[name="password"]').fill(AR.password);
    await page.locator('.login-form button[type="submit"]').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/plan');
    await page.getByTestId('plan-readonly').waitFor();
    await context.close();
  });

  it('speaks English, and says the refusal in English', async () => {
    const { context, page, rec } = await visitor(KABID);
    const n = (v: number) => formatInteger(v, 'en');
    await page.goto(`${server.url}/plan?lang=en&branch=MADIUN&year=2025`);
    await jkk(page).waitFor();
    expect(await page.locator('h2').first().textContent()).toContain('Planning');
    expect(await page.title()).toBe('Planning · Pantau');
    expect(await jkk(page).getByTestId('share-row').first().textContent()).toContain('phased by the Kabid');
    const item = page.getByTestId('planned-activity').first();
    await item.waitFor();
    expect(await item.getByTestId('planned-status').textContent()).toBe('Done');
    expect(await page.getByTestId('plan-week-title').first().textContent()).toContain(formatDate(thisWeek.last, 'en'));
    expect(await page.getByTestId('plan-csv').getAttribute('href')).toContain('lang=en');

    await jkk(page).getByTestId('split-edit').click();
    const editor = jkk(page).getByTestId('split-editor');
    const share = editor.getByTestId('split-share').first();
    // Spread evenly, so that only the total is at fault.
    await share.getByText('Even spread', { exact: true }).click();
    await share.getByLabel('Share', { exact: true }).fill(String(branchTarget + 1));
    await expect.poll(() => editor.getByTestId('split-unassigned').textContent()).toBe(n(-1));
    await editor.getByRole('button', { name: 'Save split' }).click();
    await expect.poll(() => editor.getByTestId('plan-problem').textContent()).toBe(`The shares add up to ${n(branchTarget + 1)}, more than the branch target of ${n(branchTarget)} (by 1). Lower the shares.`);
    await editor.getByRole('button', { name: 'Cancel', exact: true }).click();

    // The range switch is the URL's, kept when the language changes.
    await page.getByTestId('plan-range').getByText('This month', { exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('range')).toBe('month');
    await page.getByRole('button', { name: /^ID EN/ }).click();
    await expect.poll(() => page.getByTestId('plan-range').locator('input:checked + span').textContent()).toBe('Bulan ini');
    expect(new URL(page.url()).searchParams.get('range')).toBe('month');
    expect(rec.consoleErrors).toEqual([]);
    await context.close();
  });

  it('is readable at phone width', async () => {
    const { context, page } = await visitor(KABID, { width: 375, height: 740 });
    await page.goto(`${server.url}/plan?lang=id&branch=MADIUN&year=2025`);
    await jkk(page).getByTestId('share-row').first().waitFor();
    await page.getByTestId('planned-activity').first().waitFor();
    await jkk(page).getByTestId('split-edit').click();
    await jkk(page).getByTestId('split-editor').waitFor();
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > 376 && !e.closest('.table-scroll'))
        .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`)
        .slice(0, 15),
    );
    expect(wide).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectNoSeriousAxeViolations(page, 'the planning page at phone width');
    await screenshot(page, 'plan-phone-id');
    await context.close();
  });
});
