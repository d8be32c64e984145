// Serves the built dashboard (dist/client) with long caching for hashed assets, and index.html
// for the dashboard's own routes so that shared URLs open the right view. index.html carries a
// little boot data (each branch's latest year with data) so that the dashboard's first queries
// can all start at once instead of waiting for a round trip to learn the default year.
import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import { ROOT_DIR } from '../config.ts';
import type { Database } from '../db/orm.ts';

export const CLIENT_DIST = path.join(ROOT_DIR, 'dist', 'client');

/** Each branch's latest year with membership data. One GROUP BY on the trend index. */
async function bootData(db: Database): Promise<{ latestYear: Record<string, number> }> {
  const rows: { branch: string; year: number }[] = await db.knex('membership_snapshot').select({ branch: 'branch_code' }).max({ year: 'year' }).groupBy('branch_code');
  return { latestYear: Object.fromEntries(rows.map((r) => [r.branch, Number(r.year)])) };
}

/** JSON that is safe inside a <script> element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function serveClient(app: Express, db: Database, dist = CLIENT_DIST): void {
  app.use('/assets', express.static(path.join(dist, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  app.use(express.static(dist, { index: false, maxAge: 0 }));
  app.get(['/', '/import', '/about'], async (_req, res, next) => {
    const index = path.join(dist, 'index.html');
    if (!fs.existsSync(index)) {
      res.status(503).type('text/plain').send('The dashboard is not built yet: run `npm run build:client` (npm start does it).\n');
      return;
    }
    try {
      const html = await fs.promises.readFile(index, 'utf8');
      const boot = `<script id="pantau-boot" type="application/json">${scriptJson(await bootData(db))}</script>`;
      res.type('html').set('Cache-Control', 'no-cache').send(html.replace('</head>', `${boot}</head>`));
    } catch (err) {
      next(err);
    }
  });
}
