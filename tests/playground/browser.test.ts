// The playground as a researcher meets it, in headless Debian chromium: it opens at
// /playground and at /graphql, shows the examples, runs them and shows the answers, and no
// request leaves 127.0.0.1 (no CDN, no fonts from elsewhere). The client is built into a
// temporary folder so that this file never races another test's build of dist/client.
// A screenshot is written to tests/playground/__output__/ for a person to look at.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { type Database, openDatabase } from '../../server/db/orm.ts';
import { seedDemoDataIfEmpty } from '../../server/db/seed/seed.ts';
import { mountPlayground } from '../../server/playground/routes.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const OUTPUT = path.join(import.meta.dirname, '__output__');

function findChromium(): string | null {
  const candidates = [process.env.PANTAU_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((c) => fs.existsSync(c)) ?? null;
  if (!found && process.env.CI) throw new Error('The playground browser test needs chromium in CI (apt-get install -y chromium)');
  if (!found) console.warn('[playground browser test] SKIPPED: chromium not found (apt-get install -y chromium, or set PANTAU_CHROMIUM)');
  return found;
}

const chromiumPath = findChromium();

describe.skipIf(!chromiumPath)('playground in chromium', () => {
  let dist: string;
  let db: Database;
  let closeApp: () => Promise<void>;
  let server: import('node:http').Server;
  let url: string;
  let browser: Browser;
  let page: Page;
  const foreign: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'pantau-playground-'));
    const started = Date.now();
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', path.join(ROOT, 'vite.config.ts'), '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: ROOT,
      stdio: 'pipe',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    console.log(`[playground browser test] built the client in ${Date.now() - started} ms`);

    db = await openDatabase({ dialect: 'sqlite', file: ':memory:' });
    await seedDemoDataIfEmpty(db);
    const pantau = await createApp({ db, config: { ...loadConfig({}), database: { dialect: 'sqlite', file: ':memory:' } } });
    closeApp = pantau.close;
    const outer = express();
    outer.use('/assets', express.static(path.join(dist, 'assets'), { fallthrough: false }));
    mountPlayground(outer, dist);
    outer.use(pantau.app);
    server = outer.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    browser = await chromium.launch({
      executablePath: chromiumPath!,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
    });
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('request', (req) => {
      const u = req.url();
      if (u.startsWith('data:') || u.startsWith('blob:') || u === 'about:blank') return;
      if (new URL(u).hostname !== '127.0.0.1') foreign.push(u);
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await closeApp?.();
    await db?.close();
    if (dist) fs.rmSync(dist, { recursive: true, force: true });
  });

  const response = () => page.locator('.graphiql-response').innerText();
  /** Presses ▶ and returns the JSON answer that came back (the editor only renders visible lines). */
  const run = async (press: () => Promise<unknown> = () => page.locator('.graphiql-execute-button').click()): Promise<any> => {
    const answer = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().method() === 'POST' && !(r.request().postData() ?? '').includes('__schema'));
    await press();
    return (await answer).json();
  };

  it('opens at /playground with the examples listed and the first example in its tab', async () => {
    const started = performance.now();
    await page.goto(`${url}/playground`);
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    await page.locator('.pantau-examples button').first().waitFor();
    const titles = await page.locator('.pantau-examples button').allInnerTexts();
    expect(titles).toContain('Study membership table');
    expect(titles).toContain('Socialisation vs promotion');
    await expect.poll(() => page.locator('.graphiql-query-editor').innerText(), { timeout: 15_000 }).toMatch(/StudyMembershipTable/);
    console.log(`[playground browser test] playground ready in ${Math.round(performance.now() - started)} ms`);
  });

  it('runs the study table and shows the study figures', async () => {
    const answer = await run();
    expect(answer.errors).toBeUndefined();
    const pu = answer.data.membershipTrend.find((s: any) => s.segment === 'PU');
    expect(pu.points.map((p: any) => p.period)).toEqual(['2016', '2017', '2018', '2019', '2020']);
    expect(pu.points.every((p: any) => p.source === 'STUDY')).toBe(true);
    await expect.poll(response, { timeout: 20_000 }).toMatch(/"activeParticipants"/);
    fs.mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: path.join(OUTPUT, 'playground-study-table.png') });
  });

  it('opens another example from the Examples panel in a new tab and runs it', async () => {
    const tabsBefore = await page.locator('.graphiql-tab').count();
    // ▶ at once, in the same moment as the choice (the editor reads the operation's name from its
    // text only after a pause, and a loaded machine presses sooner than that): the new tab must run
    // its own operation, not the previous tab's name with this tab's text.
    const answer = await run(() =>
      page.evaluate(() => {
        (document.querySelector('.pantau-examples button[data-example$="socialisation-vs-promotion"]') as HTMLButtonElement).click();
        (document.querySelector('.graphiql-execute-button') as HTMLButtonElement).click();
      }),
    );
    expect(await page.locator('.graphiql-tab').count()).toBe(tabsBefore + 1);
    expect(await page.locator('.graphiql-query-editor').innerText()).toMatch(/SocialisationVsPromotion/);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.effectiveness.socialisation.registrations).toBeGreaterThan(0);
    await expect.poll(response, { timeout: 20_000 }).toMatch(/"cheaperPerRegistration"/);
    await page.screenshot({ path: path.join(OUTPUT, 'playground-effectiveness.png') });
  });

  it('is also what a browser gets at /graphql', async () => {
    await page.goto(`${url}/graphql`);
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    expect(await page.title()).toBe('Pantau · GraphQL playground');
  });

  it('made no request outside 127.0.0.1 and logged no errors', () => {
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});
