// The weekly review page (/review?branch=MADIUN&week=2026-W49): the branch's latest reviews
// newest first (older ones a page at a time), and one week's review (the current ISO week unless the URL names another) with its
// notes, its actions and the actions carried over from earlier reviews. The branch's Kabid (and
// an admin) writes: the week's review, its notes, its actions and their status; everyone else
// who may read the branch's reviews reads. Reviews name the team, so the server answers nobody
// anonymous: the page asks to log in instead. Loaded only when opened.
import { useQuery } from '@apollo/client/react';
import { useId, useMemo, useRef, useState } from 'react';
import { account as accountTexts } from '../../../common/i18n/account.ts';
import type { Locale } from '../../../common/i18n/format.ts';
import { review as reviewTexts, type ReviewTexts } from '../../../common/i18n/review.ts';
import { readIsoWeek, shiftIsoWeek } from '../../../common/time/iso-week.ts';
import type { Account } from '../../lib/account-api.ts';
import { isUnauthenticated } from '../../lib/auth-errors.ts';
import { currentPath, loginHref } from '../../lib/next-path.ts';
import { NewReviewForm } from './new-review-form.tsx';
import { ProblemNote } from '../../lib/problem-note.tsx';
import { ReviewPageQuery, ReviewWeekQuery } from './review-api.ts';
import { ReviewDetail } from './review-detail.tsx';
import { reviewProblem } from './review-errors.ts';
import { ReviewList } from './review-list.tsx';
import { ReviewOverview } from './review-overview.tsx';
import { newestFirst, writesReviews } from './review-model.ts';
import { weeksAround } from '../../../common/time/agency-time.ts';
import { daysOfWeek, weekNumber } from '../../../common/time/week-days.ts';
import { useReviewWeek } from './use-review-week.ts';
import './review.css';

export interface ReviewPageProps {
  locale?: Locale;
  /** The logged-in account; null when anonymous; undefined while `me` has not answered. */
  account: Account | null | undefined;
  /** The branch whose reviews are shown; null when the view's scope is no branch. */
  branch: string | null;
  /** The branches the reader may choose among (the dashboard's scope picker's). */
  branches: readonly { code: string; name: string }[];
  onBranch: (code: string) => void;
  branchName: (code: string) => string;
}

function LoginNotice({ t, locale }: { t: ReviewTexts; locale: Locale }) {
  return (
    <div className="notice notice-stale" role="note" data-testid="review-login">
      <span>{t.needLogin}</span>{' '}
      <a href={loginHref(locale, currentPath())} data-testid="review-login-link">
        {t.login}
      </a>
    </div>
  );
}

function BranchPicker({ branch, branches, onBranch, t, branchName }: Pick<ReviewPageProps, 'branch' | 'branches' | 'onBranch' | 'branchName'> & { t: ReviewTexts }) {
  const id = useId();
  // A reader of one branch has nothing to choose: its name is said in the header.
  if (branches.length <= 1 && branch) return null;
  return (
    <div className="field review-branch">
      <label htmlFor={id}>{t.branch}</label>
      <select id={id} value={branch ?? ''} onChange={(e) => e.target.value && onBranch(e.target.value)} data-testid="review-branch">
        {branch ? null : <option value="">{t.chooseBranch}</option>}
        {branch && !branches.some((b) => b.code === branch) ? <option value={branch}>{branchName(branch)}</option> : null}
        {branches.map((b) => (
          <option key={b.code} value={b.code}>
            {b.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** "This week / last week" and the weeks before and after the one shown. */
function WeekSwitch({ week, thisWeek, lastWeek, onWeek, t }: { week: string; thisWeek: string; lastWeek: string; onWeek: (week: string) => void; t: ReviewTexts }) {
  const id = useId();
  const read = readIsoWeek(week);
  const shift = (n: number) => (read.ok ? shiftIsoWeek(read.week, n).key : week);
  return (
    <div className="review-weeks">
      <fieldset className="segmented" data-testid="review-week-switch">
        <legend>{t.weekShown}</legend>
        {[
          [thisWeek, t.thisWeek],
          [lastWeek, t.lastWeek],
        ].map(([key, label]) => (
          <label key={key}>
            <input type="radio" name={`${id}-week`} value={key} checked={week === key} onChange={() => onWeek(key)} />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
      <div className="review-week-steps">
        <button type="button" className="button button-quiet" onClick={() => onWeek(shift(-1))} data-testid="review-prev-week">
          ‹ {t.prevWeek}
        </button>
        <button type="button" className="button button-quiet" onClick={() => onWeek(shift(1))} disabled={week >= thisWeek} data-testid="review-next-week">
          {t.nextWeek} ›
        </button>
      </div>
    </div>
  );
}

/** The reviews of every branch for the week of the URL (this week when none), without a branch chosen. */
function OverviewOnly({ locale, t, onBranch }: { locale: Locale; t: ReviewTexts; onBranch: (code: string) => void }) {
  const { thisWeek } = useMemo(() => weeksAround(), []);
  const [week] = useReviewWeek(thisWeek.key);
  return <ReviewOverview week={week} t={t} locale={locale} onBranch={onBranch} />;
}

interface ReviewBoardProps {
  locale: Locale;
  account: Account;
  branch: string;
  t: ReviewTexts;
  /** The account reads more than one branch: the reviews of every branch are shown under the week. */
  overview: boolean;
  onBranch: (code: string) => void;
}

/** The reviews listed at first, and added by each page of older ones: half a year of weeks. */
const REVIEWS_PAGE = 26;
/** The most reviews one answer lists (schema/reviews.graphql); weeks before reach the week switch. */
const REVIEWS_MAX = 530;

function ReviewBoard({ locale, account, branch, t, overview, onBranch }: ReviewBoardProps) {
  const { today, thisWeek, lastWeek } = useMemo(() => weeksAround(), []);
  const [week, setWeek] = useReviewWeek(thisWeek.key);
  // The window widens a page at a time and is asked whole, so that a write's refetch keeps it.
  const [pages, setPages] = useState(1);
  const last = Math.min(REVIEWS_PAGE * pages, REVIEWS_MAX);
  const list = useQuery(ReviewPageQuery, { variables: { branch, last }, fetchPolicy: 'cache-and-network' });
  // While a wider window loads, the narrower one stays on screen.
  const widening = !list.data && list.previousData !== undefined;
  const data = list.data ?? list.previousData;
  const { error, loading } = list;
  const reviews = useMemo(() => newestFirst(data?.reviews ?? []), [data]);
  // A full window: older reviews may lie before it.
  const more = widening || (data?.reviews.length ?? 0) >= last;
  const oldest = reviews.at(-1)?.week;
  const listed = reviews.find((r) => r.week === week) ?? null;
  // A week before the window (from the URL, or stepped back to) is asked on its own.
  const beforeWindow = !listed && more && oldest !== undefined && week < oldest;
  const single = useQuery(ReviewWeekQuery, { variables: { branch, week }, skip: !beforeWindow, fetchPolicy: 'cache-and-network' });
  const shown = listed ?? (beforeWindow ? (single.data?.reviews[0] ?? null) : null);
  const weekPending = beforeWindow && !single.data;
  const refetch = () => Promise.all([list.refetch(), beforeWindow ? single.refetch() : null]);
  const writer = writesReviews(account, branch);
  const role = (accountTexts[locale] ?? accountTexts.id).roles[account.role] ?? account.role;
  const titleRef = useRef<HTMLHeadingElement>(null);
  // Opening a review from the list, or writing one, takes the reader to it (the form is gone).
  const showWeek = (next: string) => {
    setWeek(next);
    requestAnimationFrame(() => titleRef.current?.focus());
  };

  if (error && !data) {
    if (isUnauthenticated(error)) return <LoginNotice t={t} locale={locale} />;
    return (
      <div className="state state-error" data-testid="review-error">
        <strong>{t.errorTitle}</strong>
        <ProblemNote kind="review" id="review-load-problem" problem={reviewProblem(error, t)} t={t} locale={locale} />
        <button type="button" className="button" onClick={() => void refetch()}>
          {t.retry}
        </button>
      </div>
    );
  }
  if (!data) {
    return (
      <div className="state state-loading" role="status" aria-busy={loading}>
        <span className="spinner" aria-hidden="true" />
        {t.loading}
      </div>
    );
  }
  return (
    <div className="review-layout">
      <div className="review-main">
        {writer ? null : (
          <p className="hint review-readonly" data-testid="review-readonly">
            {t.readOnly(role)}
          </p>
        )}
        <WeekSwitch week={week} thisWeek={thisWeek.key} lastWeek={lastWeek.key} onWeek={setWeek} t={t} />
        <h3 ref={titleRef} tabIndex={-1} className="review-week-title" data-testid="review-week-title">
          {t.weekLabel(weekNumber(week), week)}
          <span className="review-week-days">{daysOfWeek(week, locale)}</span>
        </h3>
        {weekPending ? (
          single.error ? (
            <ProblemNote kind="review" id="review-week-problem" problem={reviewProblem(single.error, t)} t={t} locale={locale} />
          ) : (
            <div className="state state-loading" role="status" aria-busy="true">
              <span className="spinner" aria-hidden="true" />
              {t.loading}
            </div>
          )
        ) : shown ? (
          <ReviewDetail review={shown} writer={writer} t={t} locale={locale} today={today} refetch={() => refetch()} />
        ) : (
          <>
            <p className="muted" data-testid="review-none">
              {writer ? t.noReviewThisWeek : t.noReviewReadOnly}
            </p>
            {writer ? (
              <NewReviewForm
                key={week}
                branch={branch}
                week={week}
                thisWeek={thisWeek.key}
                t={t}
                locale={locale}
                onCreated={async (created) => {
                  await refetch();
                  showWeek(created);
                }}
              />
            ) : null}
          </>
        )}
      </div>
      <ReviewList
        reviews={reviews}
        week={week}
        onWeek={showWeek}
        t={t}
        locale={locale}
        older={more && last < REVIEWS_MAX ? { onMore: () => setPages((n) => n + 1), loading: widening && loading } : undefined}
      />
      {overview ? (
        <div className="review-overview-row">
          <ReviewOverview week={week} t={t} locale={locale} onBranch={onBranch} />
        </div>
      ) : null}
    </div>
  );
}

export default function ReviewPage({ locale = 'id', account, branch, branches, onBranch, branchName }: ReviewPageProps) {
  const t = reviewTexts[locale] ?? reviewTexts.id;
  const ids = useId();
  return (
    <section className="panel review-page" aria-labelledby={`${ids}-title`} data-testid="review-page">
      <div className="panel-header review-header">
        <div className="panel-titles">
          <h2 id={`${ids}-title`}>
            {t.title}
            {branch ? <span className="review-branch-name"> · {branchName(branch)}</span> : null}
          </h2>
          <p className="panel-subtitle">{t.intro}</p>
        </div>
        {account ? <BranchPicker branch={branch} branches={branches} onBranch={onBranch} t={t} branchName={branchName} /> : null}
      </div>
      {account === undefined ? null : account === null ? (
        <LoginNotice t={t} locale={locale} />
      ) : !branch ? (
        <>
          <p className="muted">{t.chooseBranch}</p>
          {branches.length > 1 ? <OverviewOnly locale={locale} t={t} onBranch={onBranch} /> : null}
        </>
      ) : (
        <ReviewBoard key={branch} locale={locale} account={account} branch={branch} t={t} overview={branches.length > 1} onBranch={onBranch} />
      )}
    </section>
  );
}
