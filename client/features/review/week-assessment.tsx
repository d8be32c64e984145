// The week's assessment under its review: how many program targets are met, and the AR/ARK
// league table against the year's split and against its monthly phasing up to the week's
// Sunday (on track or behind), as of that Sunday. Asked when a review is shown, not with the
// list, since each assessment costs the server seven questions.
import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { formatDate, formatInteger, formatPercent, type Locale } from '../../../common/i18n/format.ts';
import type { ReviewTexts } from '../../../common/i18n/review.ts';
import { ProblemNote } from '../../lib/problem-note.tsx';
import { ReviewAssessmentQuery } from './review-api.ts';
import { reviewProblem } from './review-errors.ts';

export interface WeekAssessmentProps {
  branch: string;
  week: string;
  t: ReviewTexts;
  locale: Locale;
}

const DASH = '–';

/** The league table as CSV, in the reader's language's dialect (server/api/league-csv.ts). */
export function leagueCsvHref(branch: string, week: string, locale: Locale): string {
  return `/api/reviews/league.csv?${new URLSearchParams({ branch, week, lang: locale }).toString()}`;
}

export function WeekAssessment({ branch, week, t, locale }: WeekAssessmentProps) {
  const ids = useId();
  const a = t.assessment;
  const { data, error } = useQuery(ReviewAssessmentQuery, { variables: { branch, week }, fetchPolicy: 'cache-and-network' });
  const assessment = data?.reviews[0]?.assessment;
  const int = (n: number | null | undefined) => (n === null || n === undefined ? DASH : formatInteger(n, locale));
  const pct = (n: number | null | undefined) => (n === null || n === undefined ? DASH : formatPercent(n, locale, 1));
  return (
    <section className="review-section week-assessment" aria-labelledby={`${ids}-title`} data-testid="review-assessment">
      <h4 id={`${ids}-title`}>{a.title}</h4>
      {error && !assessment ? <ProblemNote kind="review" id={`${ids}-problem`} problem={reviewProblem(error, t)} t={t} locale={locale} /> : null}
      {!assessment ? (
        error ? null : <p className="hint" role="status">{a.loading}</p>
      ) : (
        <>
          <p className="hint" data-testid="review-assessment-through">{a.through(formatDate(assessment.through, locale))}</p>
          <p data-testid="review-assessment-targets">{a.targets(assessment.targetsMet, assessment.targetsNotMet, assessment.targetsWithoutData)}</p>
          <h5>{a.leagueTitle}</h5>
          <p className="hint">{a.leagueHint}</p>
          {assessment.league.length ? (
            <div className="table-scroll">
              <table className="review-league" data-testid="review-league">
                <thead>
                  <tr>
                    <th scope="col">{a.columns.staff}</th>
                    <th scope="col" className="num">{a.columns.target}</th>
                    <th scope="col" className="num">{a.columns.realised}</th>
                    <th scope="col" className="num">{a.columns.attainment}</th>
                    <th scope="col" className="num">{a.columns.expectedToDate}</th>
                    <th scope="col" className="num">{a.columns.attainmentToDate}</th>
                    <th scope="col">{a.columns.onTrack}</th>
                  </tr>
                </thead>
                <tbody>
                  {assessment.league.map((s) => {
                    const shown = s.attainment && s.attainment.status !== 'NO_DATA' ? s.attainment : null;
                    return (
                      <tr key={s.staff} data-staff={s.staff}>
                        <th scope="row">{s.name ? `${s.name} (${s.staff})` : s.staff}</th>
                        <td className="num">{int(s.attainment?.target)}</td>
                        <td className="num">{int(shown?.realised)}</td>
                        <td className="num">{pct(shown?.attainmentPct)}</td>
                        <td className="num">{int(s.expectedToDate)}</td>
                        <td className="num">{pct(s.attainmentToDatePct)}</td>
                        <td className={s.onTrack === null ? undefined : s.onTrack ? 'on-track' : 'behind'}>{s.onTrack === null ? DASH : s.onTrack ? a.onTrack.yes : a.onTrack.no}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          ) : (
            <p className="muted">{a.noLeague}</p>
          )}
          <a className="button button-quiet" href={leagueCsvHref(branch, week, locale)} download data-testid="review-league-csv">
            {a.downloadLeague}
          </a>
        </>
      )}
    </section>
  );
}
