// Registers everything that serves charts for reports on the app: /charts/*, /embed/*,
// /api/*.csv and /report, sharing one bounded cache of rendered answers; and the weekly
// review's actions and league table CSVs and its weekly report (/report/week, .pdf), and the planning page's
// plan-against-realisation CSV, which no cache keeps (they name staff).
import type { Express } from 'express';
import { registerCsvRoutes } from '../api/csv.ts';
import { registerLeagueCsvRoute } from '../api/league-csv.ts';
import { registerPlanCsvRoute } from '../api/plan-csv.ts';
import { registerReviewCsvRoute } from '../api/review-csv.ts';
import { createAnswerCache } from '../cache/answers.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/orm.ts';
import { registerEmbedRoutes } from '../embed/routes.ts';
import { registerReportRoutes } from '../report/report.ts';
import { registerWeeklyReportRoutes } from '../report/weekly/routes.ts';
import { registerChartRoutes } from './routes.ts';

export function registerReportingRoutes(app: Express, deps: { db: Database; config: Config }): void {
  const withCache = { ...deps, cache: createAnswerCache(deps.db) };
  registerChartRoutes(app, withCache);
  registerEmbedRoutes(app, withCache);
  registerReviewCsvRoute(app, deps);
  registerLeagueCsvRoute(app, deps);
  registerPlanCsvRoute(app, deps);
  registerCsvRoutes(app, withCache);
  registerReportRoutes(app, deps);
  registerWeeklyReportRoutes(app, deps);
}
