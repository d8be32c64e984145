// One planned activity: its day, channel, place, audience, who runs it, its status in words
// and, once done, its results; the buttons to record its results (whoever may import the
// branch's campaigns) and to cancel it (the Kabid), each naming the activity it acts on.
import { useMutation } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { CHANNEL_LABELS } from '../../../common/charts/labels.ts';
import { formatDate, formatInteger, formatRupiah, type Locale } from '../../../common/i18n/format.ts';
import type { PlanningTexts } from '../../../common/i18n/planning.ts';
import { type PlanProblem, planProblem } from './plan-errors.ts';
import { CancelPlannedMutation, type PlanActivity } from './planning-api.ts';
import { ProblemNote } from '../../lib/problem-note.tsx';
import { RealiseForm } from './realise-form.tsx';

export interface ActivityItemProps {
  activity: PlanActivity;
  writer: boolean;
  recorder: boolean;
  t: PlanningTexts;
  locale: Locale;
  /** Says what was done, in the page's status line. */
  onNote: (text: string) => void;
}

export function ActivityItem({ activity: a, writer, recorder, t, locale, onNote }: ActivityItemProps) {
  const [recording, setRecording] = useState(false);
  const [problem, setProblem] = useState<PlanProblem | null>(null);
  const [cancel, { loading: cancelling }] = useMutation(CancelPlannedMutation, { refetchQueries: ['PlanActivities', 'PlanRealisation'], awaitRefetchQueries: true });
  const recordRef = useRef<HTMLButtonElement>(null);
  const open = a.status === 'PLANNED';

  const onCancel = async () => {
    setProblem(null);
    try {
      await cancel({ variables: { id: a.id } });
    } catch (error) {
      return setProblem(planProblem(error, t, locale));
    }
    onNote(t.cancelledNote(a.location));
  };

  return (
    <li className={`plan-activity status-${a.status.toLowerCase()}`} data-testid="planned-activity" data-status={a.status} data-id={a.id}>
      <div className="plan-activity-head">
        <span className="plan-activity-place">{a.location}</span>
        <span className={`badge badge-status status-${a.status.toLowerCase()}`} data-testid="planned-status">
          {t.statuses[a.status]}
        </span>
      </div>
      <dl className="plan-activity-meta">
        <div>
          <dt>{t.date}</dt>
          <dd>{formatDate(a.date, locale)}</dd>
        </div>
        <div>
          <dt>{t.channel}</dt>
          <dd>{CHANNEL_LABELS[locale][a.channel] ?? a.channel}</dd>
        </div>
        <div>
          <dt>{t.audience}</dt>
          <dd>{a.audience}</dd>
        </div>
        <div>
          <dt>{t.staff}</dt>
          <dd>{a.staffName ?? a.staff ?? t.noStaff}</dd>
        </div>
        <div>
          <dt>{t.segment}</dt>
          <dd>{a.segment ? (t.segmentNames[a.segment] ?? a.segment) : t.noSegment}</dd>
        </div>
        {a.realised ? (
          <div>
            <dt>{t.results}</dt>
            <dd data-testid="planned-results">
              {t.resultLine(formatInteger(a.realised.reach, locale), formatInteger(a.realised.registrations, locale), formatRupiah(a.realised.costIdr, locale))}
              {a.realised.date !== a.date ? ` (${formatDate(a.realised.date, locale)})` : ''}
            </dd>
          </div>
        ) : null}
      </dl>
      {open && (recorder || writer) && !recording ? (
        <div className="plan-activity-buttons">
          {recorder ? (
            <button ref={recordRef} type="button" className="button" onClick={() => setRecording(true)} aria-label={t.recordFor(a.location)} data-testid="record-results">
              {t.recordTitle}
            </button>
          ) : null}
          {writer ? (
            <button type="button" className="button button-quiet" onClick={() => void onCancel()} disabled={cancelling} aria-label={t.cancelPlan(a.location)} data-testid="cancel-planned">
              {cancelling ? t.cancelling : t.cancelButton}
            </button>
          ) : null}
        </div>
      ) : null}
      {recording ? (
        <RealiseForm
          activity={a}
          t={t}
          locale={locale}
          onDone={(recorded) => {
            setRecording(false);
            if (recorded) onNote(t.recorded(a.location));
            else requestAnimationFrame(() => recordRef.current?.focus());
          }}
        />
      ) : null}
      <ProblemNote kind="plan" id={`planned-${a.id}-problem`} problem={problem} t={t} locale={locale} />
    </li>
  );
}
