// A review's actions as a list of cards (one per action, readable at phone width): the title,
// its owner, due date, status and where it was agreed, overdue ones marked in words (not by
// colour alone). The branch's writer gets the status buttons: close it (done or dropped) or
// reopen it (only in the week it was closed); each button's name says which action it acts on.
import { formatDate, type Locale } from '../../../common/i18n/format.ts';
import { isOverdue } from '../../../common/reviews/actions.ts';
import { isoWeekOfDay } from '../../../common/time/iso-week.ts';
import type { ReviewTexts } from '../../../common/i18n/review.ts';
import type { ActionStatus } from '../../../common/vocabulary/schema-enums.ts';
import type { ActionData } from './review-api.ts';
import { nextStatuses } from './review-model.ts';

export interface ActionListProps {
  actions: readonly ActionData[];
  t: ReviewTexts;
  locale: Locale;
  today: string;
  /** Shown when the list is empty. */
  empty: string;
  /** Given to the branch's writer only: sets an action's status. */
  onStatus?: (action: ActionData, status: ActionStatus) => void;
  /** The action whose status is being set (its buttons wait). */
  busyId?: string | null;
  testId: string;
}

export function ActionList({ actions, t, locale, today, empty, onStatus, busyId, testId }: ActionListProps) {
  if (!actions.length) return <p className="muted" data-testid={`${testId}-empty`}>{empty}</p>;
  const thisWeek = isoWeekOfDay(today).key;
  const buttonWord = (status: ActionStatus) => (status === 'DONE' ? t.markDone : status === 'DROPPED' ? t.markDropped : t.reopen);
  return (
    <ul className="action-list" data-testid={testId}>
      {actions.map((action) => {
        const overdue = isOverdue(action, today);
        return (
          <li key={action.id} className={`action-item status-${action.status.toLowerCase()}${overdue ? ' is-overdue' : ''}`} data-testid="action" data-status={action.status} data-overdue={overdue || undefined}>
            <p className="action-title">{action.title}</p>
            <dl className="action-meta">
              <div>
                <dt>{t.owner}</dt>
                <dd>{action.owner ? (action.ownerName ?? action.owner) : t.noOwner}</dd>
              </div>
              <div>
                <dt>{t.due}</dt>
                <dd>{action.due ? formatDate(action.due, locale) : t.noDue}</dd>
              </div>
              <div>
                <dt className="sr-only">Status</dt>
                <dd>
                  <span className={`badge badge-status status-${action.status.toLowerCase()}`} data-testid="action-status">
                    {t.statuses[action.status]}
                  </span>
                  {overdue ? (
                    <span className="badge badge-overdue" data-testid="action-overdue">
                      {t.overdue}
                    </span>
                  ) : null}
                </dd>
              </div>
            </dl>
            <p className="action-weeks">
              {t.agreedIn(action.week)}
              {action.closedWeek ? `, ${t.closedIn(action.closedWeek)}` : ''}
            </p>
            {onStatus ? (
              <div className="action-buttons">
                {nextStatuses(action.status, { closedWeek: action.closedWeek, thisWeek }).map((status) => (
                  <button
                    key={status}
                    type="button"
                    className="button button-quiet"
                    disabled={busyId === action.id}
                    aria-label={t.statusButtonName(buttonWord(status), action.title)}
                    data-testid={`action-set-${status}`}
                    onClick={() => onStatus(action, status)}
                  >
                    {buttonWord(status)}
                  </button>
                ))}
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
