// GET /api/reviews/actions.csv?branch=MADIUN&week=2026-W49&lang=id: the actions of one weekly
// review, those agreed in it and those it carried over from earlier reviews, one row each, in
// the dialect of `lang` (csv-format.ts: `id` for Indonesian Excel, `en` the machine format, the
// default of every /api download). Read by whoever reads the branch's reviews (the same check
// as the `reviews` query: never anonymously); the file names staff, so no shared cache keeps it.
import type { Express, Request } from 'express';
import type { Config } from '../config.ts';
import type { Database } from '../db/orm.ts';
import { principalOf } from '../auth/identify.ts';
import { demandReviewReader } from '../domains/reviews/reader-access.ts';
import { weekArgument } from '../domains/reviews/input.ts';
import { reviewsOf } from '../domains/reviews/store.ts';
import { reviewViews } from '../domains/reviews/views.ts';
import { BadInputError } from '../errors.ts';
import type { Action } from '../graphql/generated/resolvers-types.ts';
import { agencyToday } from '../../common/time/agency-time.ts';
import { isLocale, type Locale } from '../../common/i18n/format.ts';
import { reviewCsv } from '../../common/i18n/review-csv.ts';
import { isOverdue } from '../../common/reviews/actions.ts';
import { queryParam } from './query-param.ts';
import { CSV_CONTENT_TYPE, CSV_DEFAULT_LANG, writeCsv } from './csv-format.ts';

export const REVIEW_CSV_PATH = '/api/reviews/actions.csv';

/** The file's rows, header first: the review's own actions, then those it carried over. */
export function reviewActionRows(review: { week: string; actions: Action[]; carriedOver: Action[] }, lang: Locale, today: string): string[][] {
  const t = reviewCsv[lang];
  const h = t.headers;
  const yesNo = (value: boolean) => (lang === 'id' ? (value ? 'ya' : 'tidak') : String(value));
  const row = (action: Action, list: string) => [
    review.week, list, action.title, action.owner ?? '', action.ownerName ?? '', action.due ?? '',
    t.statuses[action.status], action.week, action.closedWeek ?? '', yesNo(isOverdue(action, today)),
  ];
  return [
    [h.reviewWeek, h.list, h.title, h.owner, h.ownerName, h.due, h.status, h.agreedWeek, h.closedWeek, h.overdue],
    ...review.actions.map((a) => row(a, t.lists.agreed)),
    ...review.carriedOver.map((a) => row(a, t.lists.carriedOver)),
  ];
}

/** One query parameter of this download (query-param.ts). */
const param = (req: Request, name: string, required: boolean) => queryParam(req, name, { required, usage: `${REVIEW_CSV_PATH}?branch=MADIUN&week=2026-W49&lang=id` });

export function registerReviewCsvRoute(app: Express, deps: { db: Database; config: Config }): void {
  app.get(REVIEW_CSV_PATH, async (req, res) => {
    const langText = param(req, 'lang', false)?.toLowerCase() ?? CSV_DEFAULT_LANG.api;
    if (!isLocale(langText)) throw new BadInputError('lang', `"${langText}" is not a language: id or en`);
    const branch = await demandReviewReader(deps.db, principalOf(req), deps.config.authRead, param(req, 'branch', true)!);
    const week = weekArgument('week', param(req, 'week', true)!).key;
    const [review] = await reviewViews(deps.db, branch.code, await reviewsOf(deps.db, branch.code, { from: week, to: week }));
    if (!review) {
      res.status(404).type('text/plain; charset=utf-8').send(`Branch ${branch.code} has no review of ${week}\n`);
      return;
    }
    // Overdue as of the agency's calendar day, as the page marks it.
    const body = writeCsv(reviewActionRows(review, langText, agencyToday()), langText);
    res.set({
      'Content-Type': CSV_CONTENT_TYPE,
      'Content-Disposition': `attachment; filename="pantau-review-${branch.code}-${week}-${langText}.csv"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.send(body);
  });
}
