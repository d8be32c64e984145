// Time from navigation to all four charts drawn, in headless Chromium against a real server
// with the demo data (budget: 1.5 s). Cold = a new browser context (no cache), warm =
// a reload in the same context. Prints medians; asserts nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/orm.ts';
import { seedDemoDataIfEmpty } from '../server/db/seed/seed.ts';
import { ensureClientBuilt, findChromium, launch, waitForCharts } from '../tests/browser/support.ts';

const chromium = findChromium();
if (!chromium) {
  console.log('dashboard-load: chromium not found (apt-get install -y chromium); skipped');
  process.exit(0);
}
ensureClientBuilt();
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pantau-load-')), 'demo.sqlite');
const db = await openDatabase({ dialect: 'sqlite', file });
await seedDemoDataIfEmpty(db);
const { app, close } = await createApp({ db, config: { ...loadConfig({}), database: { dialect: 'sqlite', file } } });
const server = app.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/?lang=id&branch=MADIUN`;

const browser = await launch(chromium);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cold: number[] = [];
const warm: number[] = [];
for (let i = 0; i < 5; i++) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(url);
  cold.push(await waitForCharts(page));
  await page.reload();
  warm.push(await waitForCharts(page));
  await context.close();
}
console.log(`dashboard: four charts drawn after navigation, median of 5 (budget 1500 ms)`);
console.log(`  cold (new context) ${median(cold)} ms   [${cold.join(', ')}]`);
console.log(`  warm (reload)      ${median(warm)} ms   [${warm.join(', ')}]`);
await browser.close();
server.close();
await close();
await db.close();
