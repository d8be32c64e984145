// The branch's reviews, newest first: each its week (`YYYY-Www`), its Monday–Sunday in the
// reader's language and how many actions it agreed; choosing one shows it (the URL's `week`).
// The page lists its latest reviews; while more may lie before them, a button asks for older ones.
import type { Locale } from '../../../common/i18n/format.ts';
import type { ReviewTexts } from '../../../common/i18n/review.ts';
import type { ReviewData } from './review-api.ts';
import { weekDays, weekNumber } from '../../../common/time/week-days.ts';
import { withReviewWeek } from './review-url.ts';

export interface ReviewListProps {
  reviews: readonly ReviewData[];
  week: string;
  onWeek: (week: string) => void;
  t: ReviewTexts;
  locale: Locale;
  /** Set while older reviews may follow the ones listed: asks for the next page of them. */
  older?: { onMore: () => void; loading: boolean };
}

export function ReviewList({ reviews, week, onWeek, t, locale, older }: ReviewListProps) {
  return (
    <nav className="review-list" aria-label={t.listTitle} data-testid="review-list">
      <h3>{t.listTitle}</h3>
      {reviews.length ? (
        <ol>
          {reviews.map((r) => (
            <li key={r.id}>
              <a
                // A real link (open in a new tab, copy): the same address with this week.
                href={`${window.location.pathname}${withReviewWeek(window.location.search, r.week, '')}`}
                aria-current={r.week === week ? 'page' : undefined}
                data-week={r.week}
                onClick={(e) => {
                  e.preventDefault();
                  onWeek(r.week);
                }}
              >
                <span className="review-list-week">{t.weekLabel(weekNumber(r.week), r.week)}</span>
                <span className="review-list-days">{weekDays(r.weekStart, r.weekEnd, locale)}</span>
                <span className="review-list-count">{t.actionsCount(r.actions.length)}</span>
              </a>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t.noReviews}</p>
      )}
      {older ? (
        <button type="button" className="button button-quiet" onClick={older.onMore} disabled={older.loading} aria-busy={older.loading} data-testid="review-list-older">
          {older.loading ? t.olderLoading : t.olderReviews}
        </button>
      ) : null}
    </nav>
  );
}
