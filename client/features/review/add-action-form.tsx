// The Kabid's form to agree an action in a review: what is to be done, its owner (picked from
// the branch's team, reviewStaff) and its due date. The server checks all three; its refusal is
// said in the reader's language under the form and tied to it.
import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { Locale } from '../../../common/i18n/format.ts';
import { account as accountTexts } from '../../../common/i18n/account.ts';
import type { ReviewTexts } from '../../../common/i18n/review.ts';
import { AddActionMutation, ReviewStaffQuery } from './review-api.ts';
import { type ReviewProblem, reviewProblem } from './review-errors.ts';
import { ProblemNote } from '../../lib/problem-note.tsx';

export interface AddActionFormProps {
  reviewId: string;
  branch: string;
  t: ReviewTexts;
  locale: Locale;
  /** After the action is stored: the page asks for its reviews again. */
  onAdded: () => Promise<unknown>;
}

export function AddActionForm({ reviewId, branch, t, locale, onAdded }: AddActionFormProps) {
  const ids = useId();
  const { data: staff } = useQuery(ReviewStaffQuery, { variables: { branch } });
  const [add, { loading }] = useMutation(AddActionMutation);
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [problem, setProblem] = useState<ReviewProblem | null>(null);
  const [added, setAdded] = useState('');
  const titleRef = useRef<HTMLInputElement>(null);
  const roles = (accountTexts[locale] ?? accountTexts.id).roles;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setAdded('');
    const text = title.trim();
    if (!text) {
      setProblem({ text: t.refusals.titleEmpty });
      titleRef.current?.focus();
      return;
    }
    setProblem(null);
    try {
      await add({ variables: { review: reviewId, title: text, owner: owner || null, due: due || null } });
    } catch (error) {
      setProblem(reviewProblem(error, t));
      return;
    }
    setTitle('');
    setOwner('');
    setDue('');
    setAdded(t.actionAdded(text));
    await onAdded();
    titleRef.current?.focus();
  };

  const problemId = `${ids}-problem`;
  return (
    <form className="review-form action-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby={`${ids}-title`} data-testid="add-action-form">
      <h4 id={`${ids}-title`}>{t.addActionTitle}</h4>
      <div className="field field-wide">
        <label htmlFor={`${ids}-text`}>{t.actionTitle}</label>
        <input
          ref={titleRef}
          id={`${ids}-text`}
          name="title"
          type="text"
          maxLength={200}
          required
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          aria-describedby={`${ids}-hint${problem ? ` ${problemId}` : ''}`}
          aria-invalid={problem ? true : undefined}
        />
        <span className="hint" id={`${ids}-hint`}>
          {t.actionTitleHint}
        </span>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-owner`}>{t.actionOwner}</label>
        <select id={`${ids}-owner`} name="owner" value={owner} onChange={(e) => setOwner(e.target.value)}>
          <option value="">{t.noOwner}</option>
          {(staff?.reviewStaff ?? []).map((s) => (
            <option key={s.code} value={s.code}>
              {s.name} ({roles[s.role] ?? s.role})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-due`}>{t.actionDue}</label>
        <input id={`${ids}-due`} name="due" type="date" value={due} onChange={(e) => setDue(e.target.value)} />
      </div>
      <div className="review-form-actions">
        <button type="submit" className="button" disabled={loading}>
          {loading ? t.adding : t.addAction}
        </button>
      </div>
      <ProblemNote kind="review" id={problemId} problem={problem} t={t} locale={locale} />
      <p className="sr-only" role="status">
        {added}
      </p>
    </form>
  );
}
