// The planning page, /plan?branch=MADIUN&year=2025, is the dashboard's index.html like its
// other routes. The dashboard's page handler (server/http/static-client.ts) answers a fixed list
// of paths; until /plan is on it, this hands the request on as /about, a path on that list
// whose page carries the boot data (the caller's account) and no first view of the panels,
// which the planning page does not show. The browser's address stays /plan.
import type { Express } from 'express';

export const PLAN_PAGE_PATH = '/plan';

export function mountPlanPage(app: Express): void {
  app.get([PLAN_PAGE_PATH, `${PLAN_PAGE_PATH}/`], (req, _res, next) => {
    const query = req.url.indexOf('?');
    req.url = `/about${query >= 0 ? req.url.slice(query) : ''}`;
    next();
  });
}
