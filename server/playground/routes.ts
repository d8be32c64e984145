// Serves the researchers' GraphQL playground (GraphiQL, built by Vite as client/playground.html)
// at /playground, and at GET /graphql when a browser asks for a page: a GET with `query=` (or
// `extensions=`) and every POST still go to the GraphQL server, so clients are unaffected.
// Everything it loads comes from this server; the Content-Security-Policy makes sure of it.
import fs from 'node:fs';
import path from 'node:path';
import type { Express, Request, RequestHandler } from 'express';
import { CLIENT_DIST } from '../http/static-client.ts';

/** Only our own origin: scripts, workers, styles, fonts and the GraphQL endpoint. */
export const PLAYGROUND_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'self'",
  "base-uri 'self'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/** True for a browser asking to see /graphql, not for a GraphQL client sending an operation. */
export function wantsPlayground(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (req.query.query !== undefined || req.query.extensions !== undefined) return false;
  return (req.headers.accept ?? '').split(',').some((part) => part.trim().toLowerCase().startsWith('text/html'));
}

export function playgroundPage(dist = CLIENT_DIST): RequestHandler {
  const file = path.join(dist, 'playground.html');
  return (_req, res) => {
    if (!fs.existsSync(file)) {
      res
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('The GraphQL playground is not built yet: run `npm run build:client` (npm start does it). GraphQL itself answers POST /graphql.\n');
      return;
    }
    res.set({ 'content-security-policy': PLAYGROUND_CSP, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff', 'referrer-policy': 'same-origin' });
    res.sendFile(file);
  };
}

/** Mount before the GraphQL middleware. */
export function mountPlayground(app: Express, dist = CLIENT_DIST): void {
  const page = playgroundPage(dist);
  app.get('/playground', page);
  app.get('/graphql', (req, res, next) => (wantsPlayground(req) ? page(req, res, next) : next()));
}
