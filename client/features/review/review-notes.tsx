// A review's notes: read as written (line breaks kept), and for the branch's writer an "edit"
// button that turns them into a labelled text field with save and cancel.
import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { Locale } from '../../../common/i18n/format.ts';
import type { ReviewTexts } from '../../../common/i18n/review.ts';
import { UpdateReviewMutation } from './review-api.ts';
import { type ReviewProblem, reviewProblem } from './review-errors.ts';
import { ProblemNote } from '../../lib/problem-note.tsx';

export interface ReviewNotesProps {
  reviewId: string;
  notes: string | null | undefined;
  writer: boolean;
  t: ReviewTexts;
  locale: Locale;
}

export function ReviewNotes({ reviewId, notes, writer, t, locale }: ReviewNotesProps) {
  const ids = useId();
  const [update, { loading }] = useMutation(UpdateReviewMutation);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<ReviewProblem | null>(null);
  const [saved, setSaved] = useState('');
  const editRef = useRef<HTMLButtonElement>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);

  const start = () => {
    setDraft(notes ?? '');
    setProblem(null);
    setSaved('');
    setEditing(true);
    requestAnimationFrame(() => fieldRef.current?.focus());
  };
  const stop = () => {
    setEditing(false);
    requestAnimationFrame(() => editRef.current?.focus());
  };
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      // The answer updates the review in Apollo's cache (same id), so the notes show at once.
      await update({ variables: { id: reviewId, notes: draft.trim() || null } });
    } catch (error) {
      return setProblem(reviewProblem(error, t));
    }
    setSaved(t.notesSaved);
    stop();
  };

  return (
    <section className="review-section" aria-labelledby={`${ids}-title`}>
      <h4 id={`${ids}-title`}>{t.notesTitle}</h4>
      {editing ? (
        <form className="review-form" onSubmit={(e) => void onSubmit(e)} noValidate>
          <div className="field field-wide">
            <label htmlFor={`${ids}-notes`}>{t.notesLabel}</label>
            <textarea ref={fieldRef} id={`${ids}-notes`} name="notes" rows={6} maxLength={10000} value={draft} onChange={(e) => setDraft(e.target.value)} aria-describedby={`${ids}-hint`} />
            <span className="hint" id={`${ids}-hint`}>
              {t.notesHint}
            </span>
          </div>
          <div className="review-form-actions">
            <button type="submit" className="button" disabled={loading}>
              {loading ? t.saving : t.saveNotes}
            </button>
            <button type="button" className="button button-quiet" onClick={stop}>
              {t.cancel}
            </button>
          </div>
          <ProblemNote kind="review" id={`${ids}-problem`} problem={problem} t={t} locale={locale} />
        </form>
      ) : (
        <>
          <p className={notes ? 'review-notes' : 'muted'} data-testid="review-notes">
            {notes || t.noNotes}
          </p>
          {writer ? (
            <button ref={editRef} type="button" className="button button-quiet" onClick={start} data-testid="edit-notes">
              {t.editNotes}
            </button>
          ) : null}
        </>
      )}
      <p className="sr-only" role="status">
        {saved}
      </p>
    </section>
  );
}
