// Logging in as branch staff meet it, in headless Chromium against a real server with real
// accounts: a wrong password is said, too many are throttled with the wait, the right one returns
// to the page the person came from (a path of this site only) and the header's menu shows the
// account; an API token's secret is shown once and then listed without it; logging out reloads
// the view as anonymous. With AUTH_READ=login an anonymous visitor gets the login view instead
// of an error, and the dashboard's data after logging in.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../common/vocabulary/schema-enums.ts';
import type { Database } from '../../server/db/orm.ts';
import { refreshMembershipRollup } from '../../server/domains/membership/rollup.ts';
import { addAccount, TEST_PASSWORD } from '../support/accounts.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { chromiumOrSkipReason, ensureClientBuilt, launch, type PageRecord, record, screenshot, waitForCharts } from './support.ts';

const chromiumPath = chromiumOrSkipReason().path;

interface TestAccount {
  username: string;
  password: string;
  role: Role;
  scope?: { branch?: string; region?: string };
}
const KABID: TestAccount = { username: 'kabid.madiun', password: TEST_PASSWORD, role: 'KABID', scope: { branch: 'MADIUN' } };
const VIEWER: TestAccount = { username: 'pembaca.nasional', password: TEST_PASSWORD, role: 'VIEWER' };
const REGIONAL: TestAccount = { username: 'pembaca.jatim', password: TEST_PASSWORD, role: 'VIEWER', scope: { region: 'JATIM' } };

const withAccounts = (...accounts: TestAccount[]) => async (db: Database) => {
  for (const a of accounts) await addAccount(db, a.username, a.role, a.scope);
};

/** Fills the login form of the page and submits it. */
async function submitLogin(page: Page, username: string, password: string) {
  await page.getByTestId('login-view').waitFor();
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('.login-form button[type="submit"]').click();
}

describe.skipIf(!chromiumPath)('login and the account menu in chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let rec: PageRecord;

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer('sqlite', {
      // Three failures of one username are throttled; the address's own limit stays out of reach.
      env: { LOGIN_MAX_FAILURES: '3', LOGIN_MAX_FAILURES_PER_IP: '1000' },
      prepare: withAccounts(KABID),
    });
    browser = await launch(chromiumPath!);
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    rec = record(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const me = () => page.evaluate(async () => {
    const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { username } }' }) });
    return ((await res.json()) as { data?: { me: { username: string } | null } }).data?.me ?? null;
  });

  it('says so when the password is wrong, and logs nobody in', async () => {
    await page.goto(`${server.url}/?lang=id&branch=MADIUN`);
    await page.getByTestId('account-login').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/?lang=id&branch=MADIUN');
    // The cursor is in the first field: a person types at once.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('username');
    await submitLogin(page, KABID.username, 'salah-sekali-123');
    const error = page.getByTestId('login-error');
    await expect.poll(() => error.textContent()).toBe('Nama pengguna atau kata sandi salah.');
    expect(await page.locator('input[name="password"]').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('input[name="password"]').getAttribute('aria-describedby')).toBe(await error.getAttribute('id'));
    expect(await me()).toBeNull();
    await screenshot(page, 'login-wrong-password-id');
  });

  it('throttles repeated failures and says how long to wait, in the chosen language', async () => {
    await page.goto(`${server.url}/login?lang=en`);
    const error = page.getByTestId('login-error');
    // Each attempt waits for the server's answer, so that the next is a new failure.
    const attempt = async (password: string) => {
      const answered = page.waitForResponse((res) => res.url().endsWith('/auth/login'));
      await submitLogin(page, 'ar.throttled', password);
      return (await answered).status();
    };
    for (let i = 0; i < 3; i++) {
      expect(await attempt(`wrong-password-${i}`)).toBe(401);
      await expect.poll(() => error.getAttribute('data-reason')).toBe('BAD_CREDENTIALS');
    }
    expect(await attempt('wrong-password-3')).toBe(429);
    await expect.poll(() => error.getAttribute('data-reason')).toBe('LOGIN_THROTTLED');
    expect(await error.textContent()).toMatch(/^Too many failed login attempts\. Try again in \d+ (seconds?|minutes)\.$/);
  });

  it('logs in, returns to the page it came from and shows the account in the menu', async () => {
    await page.goto(`${server.url}/login?lang=en&next=${encodeURIComponent('/import?lang=en&branch=MADIUN')}`);
    await submitLogin(page, KABID.username, KABID.password);
    await expect.poll(() => `${new URL(page.url()).pathname}${new URL(page.url()).search}`).toBe('/import?lang=en&branch=MADIUN');
    const button = page.getByTestId('account-button');
    await button.waitFor();
    // The page came with its account: the header needs no `me` query to show it.
    expect(await page.evaluate(() => (JSON.parse(document.getElementById('pantau-boot')!.textContent!) as { me: { username: string } }).me.username)).toBe('kabid.madiun');
    expect(await page.getByRole('button', { name: 'Account kabid.madiun', exact: true }).count()).toBe(1);
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByTestId('account-username').textContent()).toBe('kabid.madiun');
    expect(await page.getByTestId('account-role').textContent()).toBe('Head of Membership');
    expect(await page.getByTestId('account-scope').textContent()).toBe('Kantor Cabang Madiun');
    // The role name follows the language switch.
    await page.locator('.lang-toggle').click();
    await expect.poll(() => page.getByTestId('account-role').textContent()).toBe('Kepala Bidang Kepesertaan');
    expect(await page.getByTestId('account-login').count()).toBe(0);
    expect((await me())?.username).toBe('kabid.madiun');
    // Escape closes the menu and gives the focus back to its button.
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('account-button');
  });

  it('never forwards to another site: a next that is not a path of this one goes to the dashboard', async () => {
    for (const next of ['https://example.org/', '//example.org/x', '/\\example.org', 'javascript:alert(1)']) {
      await page.goto(`${server.url}/login?lang=id&next=${encodeURIComponent(next)}`);
      // Logged in already (from the test before): the page says as whom.
      expect(await page.getByTestId('login-signed-in').textContent()).toBe('Anda sudah masuk sebagai kabid.madiun. Masuk lagi untuk berganti akun.');
      await submitLogin(page, KABID.username, KABID.password);
      // This site's dashboard: its own origin and path (the dashboard then writes its view into the query).
      const landed = () => {
        const at = new URL(page.url());
        return `${at.origin}${at.pathname}`;
      };
      await expect.poll(landed, { message: next, timeout: 10_000 }).toBe(`${server.url}/`);
      await page.getByTestId('account-button').waitFor();
    }
  });

  it('creates an API token whose secret is shown once, then lists it without the secret, and revokes it', async () => {
    await page.goto(`${server.url}/?lang=id&branch=MADIUN`);
    await page.getByTestId('account-button').click();
    const panel = page.getByTestId('account-panel');
    await expect.poll(() => panel.textContent()).toContain('Belum ada token.');
    await panel.getByLabel('Nama token baru').fill('notebook analisis 2025');
    await panel.getByRole('button', { name: 'Buat token' }).click();
    const shown = page.getByTestId('api-token-secret');
    await shown.waitFor();
    const secret = await shown.locator('input').inputValue();
    expect(secret.length).toBeGreaterThan(20);
    expect(await shown.textContent()).toContain('hanya ditampilkan kali ini');
    // The secret is the account's: a request with it is that account.
    const asToken = await server.graphql('{ me { username } }', {}, { authorization: `Bearer ${secret}` });
    expect(asToken.data?.me?.username).toBe('kabid.madiun');
    const list = page.getByTestId('api-token-list');
    await expect.poll(() => list.locator('tbody tr').count()).toBe(1);
    const row = list.locator('tbody tr').first();
    expect(await row.textContent()).toContain('notebook analisis 2025');
    expect(secret.startsWith((await row.locator('code').textContent())!.replace('…', ''))).toBe(true);
    await panel.getByRole('button', { name: 'Sudah saya salin' }).click();
    expect(await shown.count()).toBe(0);
    expect(await page.content()).not.toContain(secret);
    // After a reload the list still has it, used once now, and nowhere its secret.
    await page.reload();
    await page.getByTestId('account-button').click();
    await expect.poll(() => page.getByTestId('api-token-list').locator('tbody tr').count()).toBe(1);
    expect(await page.getByTestId('api-token-list').textContent()).not.toContain('Belum pernah');
    expect(await page.content()).not.toContain(secret);
    await screenshot(page, 'account-menu-tokens-id', false);
    // Revoking asks first; cancel keeps it, confirming revokes it.
    await page.getByRole('button', { name: 'Cabut: notebook analisis 2025' }).click();
    const confirm = page.getByTestId('api-token-confirm');
    expect(await confirm.textContent()).toContain('Cabut token "notebook analisis 2025"?');
    await confirm.getByRole('button', { name: 'Batal' }).click();
    expect(await confirm.count()).toBe(0);
    expect((await server.graphql('{ me { username } }', {}, { authorization: `Bearer ${secret}` })).data?.me?.username).toBe('kabid.madiun');
    await page.getByRole('button', { name: 'Cabut: notebook analisis 2025' }).click();
    await page.getByTestId('api-token-confirm').getByRole('button', { name: 'Ya, cabut' }).click();
    await expect.poll(() => page.getByTestId('api-token-list').textContent()).toContain('Dicabut');
    const refused = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` }, body: JSON.stringify({ query: '{ me { username } }' }) });
    expect(refused.status === 401 || ((await refused.json()) as { data?: { me: unknown } }).data?.me === null).toBe(true);
  });

  it('logs out: the view reloads as anonymous', async () => {
    await page.goto(`${server.url}/?lang=en&branch=MADIUN`);
    await page.getByTestId('account-button').click();
    await page.getByTestId('account-logout').click();
    await page.getByTestId('account-login').waitFor();
    expect(await page.getByTestId('account-button').count()).toBe(0);
    expect(await me()).toBeNull();
    await waitForCharts(page);
    // The refused logins and queries above are answers, not faults of the page.
    expect(rec.consoleErrors.filter((e) => !/status of (401|403|429)/.test(e))).toEqual([]);
    expect(rec.foreignRequests).toEqual([]);
  });
});

describe.skipIf(!chromiumPath)('a server that shows its data only after login (AUTH_READ=login)', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer('sqlite', {
      env: { AUTH_READ: 'login' },
      prepare: async (db) => {
        // A second office, so that JATIM is not the nation: Blitar moves to it.
        await db.knex('region').insert({ code: 'UJI', name: 'Kantor Wilayah Uji', source: 'SYNTHETIC' });
        await db.knex('branch').where({ code: 'BLITAR' }).update({ region_code: 'UJI' });
        // Moved another way than the branches import: the month rollup's groups are per office.
        await refreshMembershipRollup(db.knex, 'months');
        await withAccounts(VIEWER, REGIONAL)(db);
      },
    });
    browser = await launch(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows an anonymous visitor the login view instead of an error, the data after logging in, and the login again when the session ends', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${server.url}/?lang=id&branch=MADIUN&from=2016&to=2020`);
    await page.getByTestId('login-view').waitFor();
    expect(await page.locator('.login-view').textContent()).toContain('Data di server ini hanya untuk pengguna yang sudah masuk.');
    expect(await page.locator('.state-error').count()).toBe(0);
    expect(await page.locator('svg[data-chart]').count()).toBe(0);
    expect(await page.title()).toBe('Masuk · Pantau');
    await screenshot(page, 'login-required-id');
    await submitLogin(page, VIEWER.username, VIEWER.password);
    await waitForCharts(page);
    expect(new URL(page.url()).searchParams.get('from')).toBe('2016');
    expect(await page.getByTestId('branch-name').textContent()).toBe('Kantor Cabang Madiun');
    await page.getByTestId('account-button').click();
    expect(await page.getByTestId('account-role').textContent()).toBe('Pembaca');
    expect(await page.getByTestId('account-scope').textContent()).toBe('Nasional');
    await page.keyboard.press('Escape');

    // The session ends while the page is open (here: every session deleted): the next query the
    // view makes is refused, and the page offers the login again instead of four errors.
    await server.db.knex('auth_session').del();
    await page.getByRole('combobox', { name: 'Satuan waktu' }).selectOption('QUARTER');
    await page.getByTestId('login-view').waitFor();
    expect(await page.locator('.state-error').count()).toBe(0);
    expect(await page.getByTestId('account-button').count()).toBe(0);
    await submitLogin(page, VIEWER.username, VIEWER.password);
    await waitForCharts(page);
    expect(new URL(page.url()).searchParams.get('gran')).toBe('QUARTER');
    await page.close();
  });

  it("shows a regional account its own office, never another scope's label over its figures", async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    // Opened on the nation: the server answers such an account for its office, and so the view says.
    await page.goto(`${server.url}/?lang=id&scope=national`);
    await submitLogin(page, REGIONAL.username, REGIONAL.password);
    await waitForCharts(page);
    await page.waitForURL((url) => url.searchParams.get('region') === 'JATIM');
    expect(new URL(page.url()).searchParams.get('scope')).toBeNull();
    expect(await page.getByTestId('scope-name').textContent()).toBe('Kantor Wilayah Jawa Timur');
    // Another office's branch: its own office instead; a branch of its office: that branch.
    await page.goto(`${server.url}/?lang=id&branch=BLITAR`);
    await page.waitForURL((url) => url.searchParams.get('region') === 'JATIM');
    expect(await page.getByTestId('scope-name').textContent()).toBe('Kantor Wilayah Jawa Timur');
    await page.goto(`${server.url}/?lang=id&branch=KEDIRI`);
    await waitForCharts(page);
    expect(await page.getByTestId('branch-name').textContent()).toBe('Kantor Cabang Kediri');
    // The picker and the breadcrumbs offer its office and the office's branches only.
    const picker = page.locator('.scope-picker select');
    expect(await picker.nth(0).locator('option').allTextContents()).toEqual(['Kantor Wilayah Jawa Timur']);
    expect(await picker.nth(1).locator('option').allTextContents()).toEqual(['Semua kantor cabang di Kantor Wilayah Jawa Timur', 'Kantor Cabang Kediri', 'Kantor Cabang Madiun', 'Kantor Cabang Ponorogo']);
    expect(await page.getByTestId('scope-breadcrumbs').locator('li').allTextContents()).toEqual(['Kantor Wilayah Jawa Timur', 'Kantor Cabang Kediri']);
    // No scope in the URL: its office, not the study's branch.
    await page.goto(`${server.url}/?lang=id`);
    await page.waitForURL((url) => url.searchParams.get('region') === 'JATIM');
    expect(await page.locator('.state-error').count()).toBe(0);
    await page.close();
  });
});
