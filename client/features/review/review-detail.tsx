// One review as the page shows it: who wrote it, its notes, the actions agreed in it (with the
// form to add one, for the writer) and the actions it carried over from earlier reviews, each
// with its status; and the CSV of both lists in the reader's language.
import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import type { Locale } from '../../../common/i18n/format.ts';
import type { ReviewTexts } from '../../../common/i18n/review.ts';
import type { ActionStatus } from '../../../common/vocabulary/schema-enums.ts';
import { ActionList } from './action-list.tsx';
import { AddActionForm } from './add-action-form.tsx';
import { ProblemNote } from '../../lib/problem-note.tsx';
import { type ActionData, type ReviewData, SetActionStatusMutation } from './review-api.ts';
import { type ReviewProblem, reviewProblem } from './review-errors.ts';
import { ReviewNotes } from './review-notes.tsx';
import { WeekAssessment } from './week-assessment.tsx';

export interface ReviewDetailProps {
  review: ReviewData;
  writer: boolean;
  t: ReviewTexts;
  locale: Locale;
  today: string;
  /** Asks for the branch's reviews again (what a review carries over is the server's to say). */
  refetch: () => Promise<unknown>;
}

/** The CSV of a review's actions, in the reader's language's dialect (server/api/review-csv.ts). */
export function reviewCsvHref(branch: string, week: string, locale: Locale): string {
  return `/api/reviews/actions.csv?${new URLSearchParams({ branch, week, lang: locale }).toString()}`;
}

/** The week's printable report (server/report/weekly/), as a page or as a PDF. */
export function weeklyReportHref(branch: string, week: string, locale: Locale, pdf = false): string {
  return `/report/week${pdf ? '.pdf' : ''}?${new URLSearchParams({ branch, week, lang: locale }).toString()}`;
}

export function ReviewDetail({ review, writer, t, locale, today, refetch }: ReviewDetailProps) {
  const ids = useId();
  const [setStatus] = useMutation(SetActionStatusMutation);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [problem, setProblem] = useState<ReviewProblem | null>(null);
  const when = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' });

  const onStatus = async (action: ActionData, status: ActionStatus) => {
    setBusyId(action.id);
    setProblem(null);
    try {
      await setStatus({ variables: { id: action.id, status } });
      await refetch();
    } catch (error) {
      setProblem(reviewProblem(error, t));
    } finally {
      setBusyId(null);
    }
  };
  const statusProps = writer ? { onStatus: (a: ActionData, s: ActionStatus) => void onStatus(a, s), busyId } : {};

  return (
    <div className="review-detail" data-testid="review-detail" data-week={review.week}>
      <p className="hint" data-testid="review-written-by">
        {t.writtenBy(review.createdBy.replace(/^account:/, ''), when.format(new Date(review.createdAt)))}
      </p>
      <ReviewNotes key={review.id} reviewId={review.id} notes={review.notes} writer={writer} t={t} locale={locale} />
      <section className="review-section" aria-labelledby={`${ids}-actions`}>
        <h4 id={`${ids}-actions`}>{t.actionsTitle}</h4>
        <ActionList actions={review.actions} t={t} locale={locale} today={today} empty={t.noActions} testId="review-actions" {...statusProps} />
        {writer ? <AddActionForm reviewId={review.id} branch={review.branch} t={t} locale={locale} onAdded={refetch} /> : null}
      </section>
      <section className="review-section" aria-labelledby={`${ids}-carried`}>
        <h4 id={`${ids}-carried`}>{t.carriedTitle}</h4>
        <p className="hint">{t.carriedHint}</p>
        <ActionList actions={review.carriedOver} t={t} locale={locale} today={today} empty={t.noCarried} testId="review-carried" {...statusProps} />
      </section>
      <ProblemNote kind="review" id={`${ids}-problem`} problem={problem} t={t} locale={locale} />
      <WeekAssessment branch={review.branch} week={review.week} t={t} locale={locale} />
      <p className="review-downloads">
        <a className="button button-quiet" href={reviewCsvHref(review.branch, review.week, locale)} download data-testid="review-csv">
          {t.downloadCsv}
        </a>
        <a className="button button-quiet" href={weeklyReportHref(review.branch, review.week, locale)} target="_blank" rel="noopener" data-testid="review-report">
          {t.printReport}
        </a>
        <a className="button button-quiet" href={weeklyReportHref(review.branch, review.week, locale, true)} target="_blank" rel="noopener" data-testid="review-report-pdf">
          {t.pdfReport}
        </a>
      </p>
    </div>
  );
}
