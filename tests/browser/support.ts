// Shared pieces of the browser tests: finding Debian's chromium, building the client when the
// build is missing or older than its sources, launching a headless browser with no background
// traffic, and recording what a page does (console errors, requests to other hosts).
import { execFileSync, execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const OUTPUT_DIR = path.join(ROOT, 'tests', 'browser', '__output__');
const DIST_INDEX = path.join(ROOT, 'dist', 'client', 'index.html');

/** Path of a chromium executable, or null. PANTAU_CHROMIUM overrides the search. */
export function findChromium(): string | null {
  const candidates = [process.env.PANTAU_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean) as string[];
  for (const c of candidates) if (fs.existsSync(c)) return c;
  try {
    const found = execSync('command -v chromium || command -v chromium-browser', { encoding: 'utf8', shell: '/bin/sh' }).trim();
    return found || null;
  } catch {
    return null;
  }
}

/** In CI a missing browser is a failure; locally the browser tests skip with this message. */
export function chromiumOrSkipReason(): { path: string | null; reason: string | null } {
  const found = findChromium();
  if (found) return { path: found, reason: null };
  const reason = 'chromium not found (install it with `apt-get install -y chromium`, or set PANTAU_CHROMIUM)';
  if (process.env.CI) throw new Error(`Browser tests need chromium in CI: ${reason}`);
  console.warn(`[browser tests] SKIPPED: ${reason}`);
  return { path: null, reason };
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds dist/client when it is missing or older than client/ (returns the build time in ms, 0 when fresh). */
export function ensureClientBuilt(): number {
  const fresh = fs.existsSync(DIST_INDEX) && fs.statSync(DIST_INDEX).mtimeMs >= Math.max(newestMtime(path.join(ROOT, 'client')), newestMtime(path.join(ROOT, 'common')));
  if (fresh && !process.env.PANTAU_REBUILD) return 0;
  const started = Date.now();
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', path.join(ROOT, 'vite.config.ts')], {
    cwd: ROOT,
    stdio: 'pipe',
    // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return Date.now() - started;
}

export async function launch(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage'],
  });
}

/**
 * A fresh browser context, logged in as the account when one is given: through the real
 * POST /auth/login, whose session cookie the context then holds as a browser would.
 */
export async function newContextAs(
  browser: Browser,
  serverUrl: string,
  account: { username: string; password: string } | null,
  viewport = { width: 1366, height: 768 },
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport });
  if (account) {
    const res = await context.request.post(`${serverUrl}/auth/login`, { data: { username: account.username, password: account.password } });
    if (res.status() !== 200) throw new Error(`login of ${account.username} answered ${res.status()}: ${await res.text()}`);
  }
  return context;
}

export interface PageRecord {
  consoleErrors: string[];
  foreignRequests: string[];
  requests: string[];
}

/** Records console errors, uncaught exceptions and every request not to 127.0.0.1. */
export function record(page: Page): PageRecord {
  const rec: PageRecord = { consoleErrors: [], foreignRequests: [], requests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') rec.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => rec.consoleErrors.push(`pageerror: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    rec.requests.push(url);
    if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
    const host = new URL(url).hostname;
    if (host !== '127.0.0.1') rec.foreignRequests.push(url);
  });
  return rec;
}

/** Waits until the four charts are drawn and nothing is loading; returns ms since navigation start. */
export async function waitForCharts(page: Page, { count = 4, timeout = 20_000 } = {}): Promise<number> {
  const handle = await page.waitForFunction(
    (count) => {
      const charts = document.querySelectorAll('svg[data-chart]');
      const busy = document.querySelector('[aria-busy="true"]');
      return document.querySelectorAll('section.panel').length === 4 && charts.length >= count && !busy ? performance.now() : false;
    },
    count,
    { timeout, polling: 25 },
  );
  return Math.round((await handle.jsonValue()) as number);
}

export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; summary: string }[];
}

const AXE_SOURCE = fs.readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/**
 * Runs axe-core (WCAG 2.x A/AA and best practices) on the page as it is now and returns every
 * violation. The script goes in through the DevTools protocol, so the page's CSP does not apply.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: any[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n: any) => ({ target: n.target.map(String), summary: String(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300) })),
    }));
  });
}

/** One line per violation: impact, rule, help and the first elements it names. */
export function describeViolations(violations: AxeViolation[]): string[] {
  return violations.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} (${n.summary})`).join('; ')}${v.nodes.length > 3 ? ` … ${v.nodes.length} elements` : ''}`);
}

/**
 * Fails listing every axe violation of impact serious or critical on the page (`label` names the
 * page in the message). Lesser ones are returned for a caller that wants to print them.
 */
export async function expectNoSeriousAxeViolations(page: Page, label: string): Promise<AxeViolation[]> {
  const violations = await axeViolations(page);
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (process.env.PANTAU_AXE_LOG) console.log(`[axe] ${label}:`, JSON.stringify(describeViolations(violations), null, 1));
  if (serious.length) throw new Error(`axe-core found ${serious.length} serious or critical violation(s) on ${label}:\n${describeViolations(serious).join('\n')}`);
  return violations;
}
