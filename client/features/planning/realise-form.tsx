// The form to record what a planned activity came to: the day it took place (the planned day
// unless said), attendees, registrations, cost and those interested. Stored by the server as an
// import of the branch's campaigns, with every check of one; a refusal is said under the form.
import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Locale } from '../../../common/i18n/format.ts';
import type { PlanningTexts } from '../../../common/i18n/planning.ts';
import { type PlanProblem, planProblem } from './plan-errors.ts';
import { readCount } from './plan-model.ts';
import { type PlanActivity, RealisePlannedMutation } from './planning-api.ts';
import { ProblemNote } from '../../lib/problem-note.tsx';

export interface RealiseFormProps {
  activity: PlanActivity;
  t: PlanningTexts;
  locale: Locale;
  onDone: (recorded: boolean) => void;
}

export function RealiseForm({ activity, t, locale, onDone }: RealiseFormProps) {
  const ids = useId();
  const [realise, { loading }] = useMutation(RealisePlannedMutation, { refetchQueries: ['PlanActivities', 'PlanRealisation'], awaitRefetchQueries: true });
  const [fields, setFields] = useState({ date: '', reach: '', registrations: '', cost: '', leads: '' });
  const [problem, setProblem] = useState<PlanProblem | null>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const set = (name: keyof typeof fields) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: e.target.value }));

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const reach = readCount(fields.reach);
    const registrations = readCount(fields.registrations);
    const optional = (text: string) => (text.trim() ? readCount(text) : undefined);
    const cost = optional(fields.cost);
    const leads = optional(fields.leads);
    if (!fields.reach.trim() || !fields.registrations.trim()) return setProblem({ text: t.refusals.countRequired });
    // The first field that is not a count, named with what was typed in it.
    const labels = { reach: t.reach, registrations: t.registrations, cost: t.cost, leads: t.leads };
    const bad = (Object.entries({ reach, registrations, cost, leads }) as [keyof typeof labels, number | null | undefined][]).find(([, v]) => v === null);
    if (bad || reach === null || registrations === null) return setProblem({ text: t.refusals.countNotCount(labels[bad?.[0] ?? 'reach'], fields[bad?.[0] ?? 'reach'].trim()) });
    setProblem(null);
    try {
      await realise({ variables: { id: activity.id, date: fields.date || null, reach, registrations, costIdr: cost ?? null, leads: leads ?? null, lang: locale === 'en' ? 'EN' : 'ID' } });
    } catch (error) {
      return setProblem(planProblem(error, t, locale));
    }
    onDone(true);
  };

  const problemId = `${ids}-problem`;
  const invalid = problem ? true : undefined;
  const count = (name: 'reach' | 'registrations' | 'cost' | 'leads', label: string, ref?: typeof first) => (
    <div className="field">
      <label htmlFor={`${ids}-${name}`}>{label}</label>
      <input ref={ref} id={`${ids}-${name}`} name={name} className="num-input" inputMode="numeric" value={fields[name]} onChange={set(name)} aria-invalid={invalid} aria-describedby={problem ? problemId : undefined} />
    </div>
  );
  return (
    <form className="plan-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby={`${ids}-title`} data-testid="realise-form">
      <h5 id={`${ids}-title`}>{t.recordFor(activity.location)}</h5>
      {count('reach', t.reach, first)}
      {count('registrations', t.registrations)}
      {count('cost', t.cost)}
      {count('leads', t.leads)}
      <div className="field">
        <label htmlFor={`${ids}-date`}>{t.realisedDate}</label>
        <input id={`${ids}-date`} name="date" type="date" value={fields.date} onChange={set('date')} aria-describedby={`${ids}-date-hint`} />
        <span className="hint" id={`${ids}-date-hint`}>
          {t.realisedDateHint}
        </span>
      </div>
      <div className="plan-form-actions">
        <button type="submit" className="button" disabled={loading}>
          {loading ? t.recording : t.recordSubmit}
        </button>
        <button type="button" className="button button-quiet" onClick={() => onDone(false)}>
          {t.cancel}
        </button>
      </div>
      <ProblemNote kind="plan" id={problemId} problem={problem} t={t} locale={locale} />
    </form>
  );
}
