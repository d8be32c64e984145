// Everything one week's report shows, read once for the print page, the PDF and the mail: the
// branch's review of the week (notes, its actions, those carried over), the week's assessment
// and the branch's four charts of the week's year, through the chart registry's questions.
import { agencyToday } from '../../../common/time/agency-time.ts';
import { type IsoWeek, shiftIsoWeek } from '../../../common/time/iso-week.ts';
import type { Locale } from '../../../common/i18n/format.ts';
import type { Database } from '../../db/orm.ts';
import { branchName } from '../../domains/branches/query.ts';
import { CHART_QUESTIONS } from '../../domains/questions.ts';
import { type WeekAssessment, weekAssessment } from '../../domains/reviews/assessment/assessment.ts';
import { weekOfToday } from '../../domains/reviews/input.ts';
import { reviewsOf } from '../../domains/reviews/store.ts';
import { type ReviewView, reviewViews } from '../../domains/reviews/views.ts';
import { commonSource } from '../../domains/source.ts';
import { prepareChart, type PreparedChart } from '../../charts/render.ts';

export interface WeeklyReportData {
  branch: string;
  branchName: string;
  week: IsoWeek;
  locale: Locale;
  /** The review of the week, or null when none was written. */
  review: ReviewView | null;
  assessment: WeekAssessment;
  charts: PreparedChart[];
  /** Some of what is shown is synthetic (or mixed with other sources): the report says so. */
  synthetic: boolean;
  /** The week has not ended on the day the report is made. */
  running: boolean;
  /** The day it was made, `YYYY-MM-DD`. */
  generated: string;
}

/** The week before this one: the last whose seven days are over. */
export function lastCompleteWeek(now: Date = new Date()): IsoWeek {
  return shiftIsoWeek(weekOfToday(now), -1);
}

/** Reads the report of `branch` (a checked, upper-case code) for `week`. */
export async function weeklyReportData(db: Database, branch: string, week: IsoWeek, locale: Locale, now: Date = new Date()): Promise<WeeklyReportData> {
  const charts = CHART_QUESTIONS.flatMap(({ chart: { name, report } }) => (report ? [{ name, args: report.args(branch, week.year) as Record<string, unknown> }] : []));
  const [reviews, assessment, prepared, name] = await Promise.all([
    reviewsOf(db, branch, { from: week.key, to: week.key }),
    weekAssessment(db, branch, week),
    Promise.all(charts.map((c) => prepareChart(db, c.name, c.args, locale))),
    branchName(db, branch),
  ]);
  const [review] = await reviewViews(db, branch, reviews);
  const source = commonSource([assessment.source, ...prepared.map((p) => p.meta.source)]);
  const today = weekOfToday(now);
  return {
    branch,
    branchName: name ?? branch,
    week,
    locale,
    review: review ?? null,
    assessment,
    charts: prepared,
    synthetic: source === 'SYNTHETIC' || source === 'MIXED',
    running: week.key >= today.key,
    generated: agencyToday(now),
  };
}
