// The weekly review's page, /review?branch=MADIUN&week=2026-W49, is the dashboard's index.html
// like its other routes. The dashboard's page handler (server/http/static-client.ts) answers a
// fixed list of paths; until /review is on it, this hands the request on as /about, a path on
// that list whose page carries the boot data (the caller's account) and no first view of the
// panels, which the review page does not show. The browser's address stays /review.
import type { Express } from 'express';

export const REVIEW_PAGE_PATH = '/review';

export function mountReviewPage(app: Express): void {
  app.get([REVIEW_PAGE_PATH, `${REVIEW_PAGE_PATH}/`], (req, _res, next) => {
    const query = req.url.indexOf('?');
    req.url = `/about${query >= 0 ? req.url.slice(query) : ''}`;
    next();
  });
}
