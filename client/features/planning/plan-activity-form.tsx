// The Kabid's form to plan a socialisation activity: the day, the channel, where, for which
// companies or worker groups, who runs it and for which segment. The server checks every field;
// its refusal is said in the reader's language under the form and tied to it.
import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { CHANNEL_LABELS } from '../../../common/charts/labels.ts';
import type { Locale } from '../../../common/i18n/format.ts';
import type { PlanningTexts } from '../../../common/i18n/planning.ts';
import { CHANNELS_BY_ACTIVITY, SEGMENTS } from '../../../common/vocabulary/catalog.ts';
import type { Channel, Segment } from '../../../common/vocabulary/schema-enums.ts';
import { type PlanProblem, planProblem } from './plan-errors.ts';
import { PlanActivityMutation } from './planning-api.ts';
import { ProblemNote } from '../../lib/problem-note.tsx';
import type { TeamMember } from './split-editor.tsx';

const CHANNELS = Object.keys(CHANNELS_BY_ACTIVITY.SOCIALISATION) as Channel[];

export interface PlanActivityFormProps {
  branch: string;
  /** The day the form starts with (the reader's today). */
  today: string;
  team: readonly TeamMember[];
  roles: Record<string, string>;
  t: PlanningTexts;
  locale: Locale;
}

export function PlanActivityForm({ branch, today, team, roles, t, locale }: PlanActivityFormProps) {
  const ids = useId();
  const [plan, { loading }] = useMutation(PlanActivityMutation, { refetchQueries: ['PlanActivities', 'PlanRealisation'], awaitRefetchQueries: true });
  const [date, setDate] = useState(today);
  const [channel, setChannel] = useState<Channel>(CHANNELS[0]);
  const [location, setLocation] = useState('');
  const [audience, setAudience] = useState('');
  const [staff, setStaff] = useState('');
  const [segment, setSegment] = useState('');
  const [problem, setProblem] = useState<PlanProblem | null>(null);
  const [done, setDone] = useState('');
  const locationRef = useRef<HTMLInputElement>(null);
  const audienceRef = useRef<HTMLInputElement>(null);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setDone('');
    // Said at once rather than after a round trip: the server would refuse the same.
    if (!location.trim()) {
      setProblem({ text: t.refusals.locationEmpty });
      return locationRef.current?.focus();
    }
    if (!audience.trim()) {
      setProblem({ text: t.refusals.audienceEmpty });
      return audienceRef.current?.focus();
    }
    setProblem(null);
    try {
      await plan({ variables: { branch, date, channel, location: location.trim(), audience: audience.trim(), staff: staff || null, segment: (segment || null) as Segment | null } });
    } catch (error) {
      return setProblem(planProblem(error, t, locale));
    }
    setDone(t.plannedNote(location.trim()));
    setLocation('');
    setAudience('');
    locationRef.current?.focus();
  };

  const problemId = `${ids}-problem`;
  const described = (hint: string) => `${hint}${problem ? ` ${problemId}` : ''}`;
  return (
    <form className="plan-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby={`${ids}-title`} data-testid="plan-activity-form">
      <h4 id={`${ids}-title`}>{t.planTitle}</h4>
      <div className="field">
        <label htmlFor={`${ids}-date`}>{t.date}</label>
        <input id={`${ids}-date`} name="date" type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${ids}-channel`}>{t.channel}</label>
        <select id={`${ids}-channel`} name="channel" value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {CHANNEL_LABELS[locale][c] ?? c}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-wide">
        <label htmlFor={`${ids}-location`}>{t.location}</label>
        <input ref={locationRef} id={`${ids}-location`} name="location" type="text" maxLength={200} required value={location} onChange={(e) => setLocation(e.target.value)} aria-describedby={described(`${ids}-location-hint`)} />
        <span className="hint" id={`${ids}-location-hint`}>
          {t.locationHint}
        </span>
      </div>
      <div className="field field-wide">
        <label htmlFor={`${ids}-audience`}>{t.audience}</label>
        <input ref={audienceRef} id={`${ids}-audience`} name="audience" type="text" maxLength={300} required value={audience} onChange={(e) => setAudience(e.target.value)} aria-describedby={described(`${ids}-audience-hint`)} />
        <span className="hint" id={`${ids}-audience-hint`}>
          {t.audienceHint}
        </span>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-staff`}>{t.staff}</label>
        <select id={`${ids}-staff`} name="staff" value={staff} onChange={(e) => setStaff(e.target.value)}>
          <option value="">{t.noStaff}</option>
          {team.map((s) => (
            <option key={s.code} value={s.code}>
              {s.name} ({roles[s.role] ?? s.role})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-segment`}>{t.segment}</label>
        <select id={`${ids}-segment`} name="segment" value={segment} onChange={(e) => setSegment(e.target.value)}>
          <option value="">{t.noSegment}</option>
          {SEGMENTS.map((s) => (
            <option key={s} value={s}>
              {t.segmentNames[s] ?? s}
            </option>
          ))}
        </select>
      </div>
      <div className="plan-form-actions">
        <button type="submit" className="button" disabled={loading}>
          {loading ? t.planning : t.planSubmit}
        </button>
      </div>
      <ProblemNote kind="plan" id={problemId} problem={problem} t={t} locale={locale} />
      <p className="sr-only" role="status">
        {done}
      </p>
    </form>
  );
}
