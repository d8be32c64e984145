// A chart served from the cache must change after an import made by the CLI in another
// process, while the server keeps running (the server sees it in the import history).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { ROOT_DIR, loadConfig } from '../../server/config.ts';
import { type Database, openDatabase } from '../../server/db/orm.ts';
import { seedDemoDataIfEmpty } from '../../server/db/seed/seed.ts';

describe('chart cache and imports from another process', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pantau-cache-'));
  const file = path.join(dir, 'data.sqlite');
  let db: Database;
  let url: string;
  let close: () => Promise<void>;
  let server: import('node:http').Server;

  beforeAll(async () => {
    db = await openDatabase({ dialect: 'sqlite', file });
    await seedDemoDataIfEmpty(db);
    const app = await createApp({ db, config: { ...loadConfig({}), database: { dialect: 'sqlite', file } } });
    close = app.close;
    server = app.app.listen(0, '127.0.0.1');
    // spawnSync below blocks this process, server included, for longer than Node's 5 s keep-alive:
    // the idle connection would be closed just as the next fetch reuses it (ECONNRESET).
    server.keepAliveTimeout = 120_000;
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.close();
    await close?.();
    await db?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serves the new figure after `npm run import` stored a file', { timeout: 120_000 }, async () => {
    const chart = `${url}/charts/membership-trend.csv?branch=MADIUN&segments=PU&from=2020&to=2020`;
    const before = await (await fetch(chart)).text();
    expect(before).toContain('46878');
    expect(await (await fetch(chart)).text()).toBe(before); // now cached

    const csv = path.join(dir, 'correction.csv');
    fs.writeFileSync(csv, 'branch,period,segment,active_participants\nMADIUN,2020,PU,46900\n');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/import/cli.ts', 'membership', csv], {
      cwd: ROOT_DIR,
      env: { ...process.env, DATABASE_URL: file },
      encoding: 'utf8',
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);

    const after = await (await fetch(chart)).text();
    expect(after).toContain('46900');
    expect(after).not.toContain('46878');
  });
});
