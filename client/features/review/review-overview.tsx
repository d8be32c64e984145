// The reviews across every branch the account reads, for an office's or head office's account
// (one covering more than one branch): per branch its latest review up to the week shown
// (this week or not), its open and overdue actions and its team's attainment against the
// phasing to date; a branch's name opens its reviews of that week.
import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { formatInteger, formatPercent, type Locale } from '../../../common/i18n/format.ts';
import type { ReviewTexts } from '../../../common/i18n/review.ts';
import { ProblemNote } from '../../lib/problem-note.tsx';
import { ReviewOverviewQuery } from './review-api.ts';
import { reviewProblem } from './review-errors.ts';

export interface ReviewOverviewProps {
  week: string;
  t: ReviewTexts;
  locale: Locale;
  onBranch: (code: string) => void;
}

const DASH = '–';

export function ReviewOverview({ week, t, locale, onBranch }: ReviewOverviewProps) {
  const ids = useId();
  const o = t.overview;
  const { data, error } = useQuery(ReviewOverviewQuery, { variables: { week }, fetchPolicy: 'cache-and-network' });
  const rows = data?.reviewOverview;
  const int = (n: number | null | undefined) => (n === null || n === undefined ? DASH : formatInteger(n, locale));
  return (
    <section className="review-overview" aria-labelledby={`${ids}-title`} data-testid="review-overview" data-week={week}>
      <h3 id={`${ids}-title`}>{o.title}</h3>
      <p className="hint">{o.hint}</p>
      {error && !rows ? <ProblemNote kind="review" id={`${ids}-problem`} problem={reviewProblem(error, t)} t={t} locale={locale} /> : null}
      {!rows ? (
        error ? null : <p className="hint" role="status">{o.loading}</p>
      ) : (
        <div className="table-scroll">
          <table className="review-league" data-testid="review-overview-table">
            <thead>
              <tr>
                <th scope="col">{o.columns.branch}</th>
                <th scope="col">{o.columns.latest}</th>
                <th scope="col" className="num">{o.columns.open}</th>
                <th scope="col" className="num">{o.columns.overdue}</th>
                <th scope="col" className="num">{o.columns.expectedToDate}</th>
                <th scope="col" className="num">{o.columns.realisedToDate}</th>
                <th scope="col" className="num">{o.columns.attainmentToDate}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.branch} data-branch={r.branch}>
                  <th scope="row">
                    <a
                      href={`/review?${new URLSearchParams({ lang: locale, branch: r.branch, week }).toString()}`}
                      onClick={(e) => {
                        e.preventDefault();
                        onBranch(r.branch);
                      }}
                    >
                      {r.name}
                    </a>
                  </th>
                  <td className={r.reviewedThisWeek ? 'on-track' : 'behind'}>
                    {r.latestWeek ? `${r.latestWeek} · ${r.reviewedThisWeek ? o.reviewed : o.notReviewed}` : o.none}
                  </td>
                  <td className="num">{int(r.openActions)}</td>
                  <td className={r.overdueActions ? 'num behind' : 'num'}>{int(r.overdueActions)}</td>
                  <td className="num">{int(r.expectedToDate)}</td>
                  <td className="num">{int(r.realisedToDate)}</td>
                  <td className={r.onTrack === null ? 'num' : r.onTrack ? 'num on-track' : 'num behind'}>
                    {r.attainmentToDatePct === null || r.onTrack === null
                      ? DASH
                      : `${formatPercent(r.attainmentToDatePct, locale, 1)} · ${r.onTrack ? t.assessment.onTrack.yes : t.assessment.onTrack.no}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
