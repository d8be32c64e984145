// The branch's planned socialisation in a range (this week, last week, this month or the
// year), by ISO week with its Monday–Sunday in the reader's language; the Kabid's form to plan
// one. The range is the URL's (`range=`), shared with plan against realisation below.
import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { account as accountTexts } from '../../../common/i18n/account.ts';
import type { Locale } from '../../../common/i18n/format.ts';
import type { PlanningTexts } from '../../../common/i18n/planning.ts';
import { daysOfWeek, weekNumber } from '../../../common/time/week-days.ts';
import { ActivityItem } from './activity-item.tsx';
import { planProblem } from './plan-errors.ts';
import { byWeek, PLAN_RANGES, type PlanRange } from './plan-model.ts';
import { PlanActivityForm } from './plan-activity-form.tsx';
import { PlannedActivitiesQuery } from './planning-api.ts';
import { ProblemNote } from '../../lib/problem-note.tsx';
import type { TeamMember } from './split-editor.tsx';

export interface PlannedActivitiesProps {
  branch: string;
  year: number;
  range: PlanRange;
  bounds: { from: string; to: string };
  onRange: (range: PlanRange) => void;
  today: string;
  team: readonly TeamMember[];
  writer: boolean;
  recorder: boolean;
  t: PlanningTexts;
  locale: Locale;
}

export function RangeSwitch({ range, year, onRange, t }: { range: PlanRange; year: number; onRange: (range: PlanRange) => void; t: PlanningTexts }) {
  const id = useId();
  const label: Record<PlanRange, string> = { week: t.thisWeek, lastWeek: t.lastWeek, month: t.thisMonth, year: t.wholeYear(year) };
  return (
    <fieldset className="segmented" data-testid="plan-range">
      <legend>{t.range}</legend>
      {PLAN_RANGES.map((r) => (
        <label key={r}>
          <input type="radio" name={`${id}-range`} value={r} checked={range === r} onChange={() => onRange(r)} />
          <span>{label[r]}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function PlannedActivities({ branch, year, range, bounds, onRange, today, team, writer, recorder, t, locale }: PlannedActivitiesProps) {
  const ids = useId();
  const { data, error, refetch } = useQuery(PlannedActivitiesQuery, { variables: { branch, ...bounds }, fetchPolicy: 'cache-and-network' });
  const [note, setNote] = useState('');
  const roles = (accountTexts[locale] ?? accountTexts.id).roles as Record<string, string>;
  const weeks = byWeek(data?.plannedActivities ?? []);
  return (
    <section className="plan-section" aria-labelledby={`${ids}-title`} data-testid="planned-activities">
      <h3 id={`${ids}-title`}>{t.activitiesTitle}</h3>
      <RangeSwitch range={range} year={year} onRange={onRange} t={t} />
      <p className="sr-only" role="status" data-testid="planned-note">
        {note}
      </p>
      {error && !data ? (
        <div className="state state-error">
          <strong>{t.errorTitle}</strong>
          <ProblemNote kind="plan" id={`${ids}-problem`} problem={planProblem(error, t, locale)} t={t} locale={locale} />
          <button type="button" className="button" onClick={() => void refetch()}>
            {t.retry}
          </button>
        </div>
      ) : !data ? (
        <div className="state state-loading" role="status">
          <span className="spinner" aria-hidden="true" />
          {t.loading}
        </div>
      ) : weeks.length ? (
        weeks.map((w) => (
          <div key={w.week} className="plan-week" data-week={w.week}>
            <h4 className="plan-week-title" data-testid="plan-week-title">
              {t.weekLabel(weekNumber(w.week), w.week)} <span className="plan-week-days">{daysOfWeek(w.week, locale)}</span>
            </h4>
            <ul className="plan-activities">
              {w.activities.map((a) => (
                <ActivityItem key={a.id} activity={a} writer={writer} recorder={recorder} t={t} locale={locale} onNote={setNote} />
              ))}
            </ul>
          </div>
        ))
      ) : (
        <p className="muted" data-testid="planned-none">
          {t.noActivities}
        </p>
      )}
      {writer ? <PlanActivityForm branch={branch} today={today} team={team} roles={roles} t={t} locale={locale} /> : null}
    </section>
  );
}
