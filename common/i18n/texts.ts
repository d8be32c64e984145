// Every namespace of the users' texts, by name: the one list to look in for a text, and the one
// tests/unit/i18n/texts.test.ts walks to hold both languages to the same shape. Each module
// imports its own namespace directly (importing this index would pull every text into the
// dashboard's bundle, the command lines' included).
import { account } from './account.ts';
import { chartCaptions } from './chart-captions.ts';
import { charts } from './charts.ts';
import { cli } from './cli.ts';
import { dashboard } from './dashboard.ts';
import { dbErrors } from './db-errors.ts';
import { importPage } from './import-page.ts';
import { importProblems } from './import-problems.ts';
import { planning } from './planning.ts';
import { planningCsv } from './planning-csv.ts';
import { periodCoverage } from './period-coverage.ts';
import { report } from './report.ts';
import { review } from './review.ts';
import { leagueCsv } from './league-csv.ts';
import { reviewCsv } from './review-csv.ts';
import { share } from './share.ts';
import { usersCli } from './users-cli.ts';
import { verdictReasons } from './verdict-reasons.ts';

export const TEXTS = {
  /** The dashboard's shell, filters, panels and states (client/). */
  dashboard,
  /** The charts' labels, legends, code names and verdicts (common/charts/, drawn by both sides). */
  charts,
  /** The standalone chart's caption and title (server/charts/render.ts). */
  chartCaptions,
  /** The upload page (client/features/import/). */
  importPage,
  /** The share menu of a panel (client/features/share/). */
  share,
  /** A person's account: the login view, the header's account menu, the API tokens (client/features/account/). */
  account,
  /** The import's problems and notes (server/import/), shown by the CLI, GraphQL and the upload page. */
  importProblems,
  /** The command lines: import, export and what they share (server/cli/). */
  cli,
  /** The accounts command line (server/auth/cli.ts, npm run users). */
  usersCli,
  /** Database errors in one line (server/db/errors.ts). */
  dbErrors,
  /** The printable report (server/report/report.ts). */
  report,
  /** The weekly review page (client/features/review/). */
  review,
  /** The weekly review's actions CSV (server/api/review-csv.ts). */
  reviewCsv,
  /** The weekly review's AR/ARK league table CSV (server/api/league-csv.ts). */
  leagueCsv,
  /** The planning page (client/features/planning/). */
  planning,
  /** Plan against realisation as CSV (server/api/plan-csv.ts). */
  planningCsv,
  /** The effectiveness verdict's reasons, with their counts (common/charts/effectiveness-verdict.ts). */
  verdictReasons,
  /** The headline rule's words: the latest complete period, incomplete later ones (common/coverage/period-coverage.ts). */
  periodCoverage,
} as const;

export type Namespace = keyof typeof TEXTS;
