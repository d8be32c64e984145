// Pantau's icon: a small SVG at /favicon.svg that every page links (<link rel="icon"
// href="/favicon.svg">), and /favicon.ico answered with 204 No Content for browsers and tools
// that ask for it anyway, so that no page logs a 404 (an embed would show it in the console of
// the site that frames it). Same origin, so the pages' `img-src 'self'` admits it.
import type { Express } from 'express';

export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0072B2"/><path d="M9 24V8h8a5 5 0 0 1 0 10h-4v6z" fill="#fff"/></svg>\n';

/** The `<link>` every server-rendered page puts in its <head>. */
export const FAVICON_LINK = '<link rel="icon" href="/favicon.svg" type="image/svg+xml">';

const DAY = 86_400;

export function mountFavicon(app: Express): void {
  app.get('/favicon.svg', (_req, res) => {
    res.setHeader('Content-Type', 'image/svg+xml; charset=utf-8');
    res.setHeader('Cache-Control', `public, max-age=${DAY}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.send(FAVICON_SVG);
  });
  app.get('/favicon.ico', (_req, res) => {
    res.setHeader('Cache-Control', `public, max-age=${DAY}`);
    res.status(204).end();
  });
}
