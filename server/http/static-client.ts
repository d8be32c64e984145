// Serves the built dashboard (dist/client) with long caching for hashed assets, and index.html
// for the dashboard's own routes so that shared URLs open the right view.
import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import { ROOT_DIR } from '../config.ts';

export const CLIENT_DIST = path.join(ROOT_DIR, 'dist', 'client');

export function serveClient(app: Express, dist = CLIENT_DIST): void {
  app.use('/assets', express.static(path.join(dist, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  app.use(express.static(dist, { index: false, maxAge: 0 }));
  app.get(['/', '/import', '/about'], (_req, res) => {
    const index = path.join(dist, 'index.html');
    if (!fs.existsSync(index)) {
      res.status(503).type('text/plain').send('The dashboard is not built yet: run `npm run build:client` (npm start does it).\n');
      return;
    }
    res.sendFile(index);
  });
}
