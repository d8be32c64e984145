// The Kabid's form to write a week's review: the week (the week shown by default; this week or
// any earlier one, as an ISO week) and the notes. The server refuses a week that has not begun
// or already has its review; the refusal is said in the reader's language.
import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import type { Locale } from '../../../common/i18n/format.ts';
import type { ReviewTexts } from '../../../common/i18n/review.ts';
import { readIsoWeek } from '../../../common/time/iso-week.ts';
import { CreateReviewMutation } from './review-api.ts';
import { type ReviewProblem, reviewProblem } from './review-errors.ts';
import { ProblemNote } from '../../lib/problem-note.tsx';

export interface NewReviewFormProps {
  branch: string;
  /** The week the form starts with (the week shown). */
  week: string;
  /** The current week: the latest a review may be written for. */
  thisWeek: string;
  t: ReviewTexts;
  locale: Locale;
  /** After the review is stored: the page shows its week. */
  onCreated: (week: string) => Promise<unknown>;
}

export function NewReviewForm({ branch, week: initialWeek, thisWeek, t, locale, onCreated }: NewReviewFormProps) {
  const ids = useId();
  const [create, { loading }] = useMutation(CreateReviewMutation);
  const [week, setWeek] = useState(initialWeek);
  const [notes, setNotes] = useState('');
  const [problem, setProblem] = useState<ReviewProblem | null>(null);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const read = readIsoWeek(week.toUpperCase());
    if (!read.ok) return setProblem({ text: t.refusals.weekInvalid });
    setProblem(null);
    let created: string | undefined;
    try {
      const result = await create({ variables: { branch, week: read.week.key, notes: notes.trim() || null } });
      created = result.data?.createReview.week;
    } catch (error) {
      return setProblem(reviewProblem(error, t));
    }
    if (created) await onCreated(created);
  };

  const problemId = `${ids}-problem`;
  return (
    <form className="review-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby={`${ids}-title`} data-testid="new-review-form">
      <h3 id={`${ids}-title`}>{t.newReviewTitle}</h3>
      <div className="field">
        <label htmlFor={`${ids}-week`}>{t.newReviewWeek}</label>
        {/* An ISO week field where the browser has one (its value is YYYY-Www); a text field elsewhere, read the same way. */}
        <input
          id={`${ids}-week`}
          name="week"
          type="week"
          max={thisWeek}
          value={week}
          onChange={(e) => setWeek(e.target.value)}
          aria-describedby={`${ids}-week-hint${problem ? ` ${problemId}` : ''}`}
          aria-invalid={problem ? true : undefined}
        />
        <span className="hint" id={`${ids}-week-hint`}>
          {t.newReviewWeekHint}
        </span>
      </div>
      <div className="field field-wide">
        <label htmlFor={`${ids}-notes`}>{t.notesLabel}</label>
        <textarea id={`${ids}-notes`} name="notes" rows={5} maxLength={10000} value={notes} onChange={(e) => setNotes(e.target.value)} aria-describedby={`${ids}-notes-hint`} />
        <span className="hint" id={`${ids}-notes-hint`}>
          {t.notesHint}
        </span>
      </div>
      <div className="review-form-actions">
        <button type="submit" className="button" disabled={loading}>
          {loading ? t.creating : t.createReview}
        </button>
      </div>
      <ProblemNote kind="review" id={problemId} problem={problem} t={t} locale={locale} />
    </form>
  );
}
