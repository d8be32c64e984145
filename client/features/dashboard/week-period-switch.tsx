// The filter bar's weeks: "this week" and "last week" (ISO weeks, Monday to Sunday, by the
// reader's clock) as the view's period, written to the URL as the week itself (`from=to=
// 2026-W49`), so a shared link shows the same week. While weeks are shown, the bar names them
// with their days and offers the way back to its periods: those that hold the weeks.
import { useMemo } from 'react';
import type { Locale } from '../../../common/i18n/format.ts';
import type { Messages } from '../../../common/i18n/messages.ts';
import type { DashboardState } from '../../../common/dashboard/url-state.ts';
import { periodRangeWords, periodsHoldingWeeks, RELATIVE_WEEKS, relativeWeekOf, weekPeriodChange, weekRangeOf, weekRangeWords, weeksNow } from '../../../common/dashboard/week-period.ts';
import './week-period.css';

interface WeekPeriodSwitchProps {
  state: DashboardState;
  update(change: Partial<DashboardState>): void;
  m: Messages;
  locale: Locale;
}

export function WeekPeriodSwitch({ state, update, m, locale }: WeekPeriodSwitchProps) {
  // The weeks of the moment the dashboard opened: a view left open over Sunday night keeps them.
  const now = useMemo(() => new Date(), []);
  const weeks = useMemo(() => weeksNow(now), [now]);
  const range = weekRangeOf(state);
  const chosen = relativeWeekOf(state, now);
  const back = range ? periodsHoldingWeeks(range, state.granularity) : null;
  const words = range ? weekRangeWords(range, locale) : null;
  return (
    <fieldset className="week-period" data-testid="week-period">
      <legend>{m.weeks}</legend>
      {RELATIVE_WEEKS.map((which) => (
        <button
          key={which}
          type="button"
          className="chip"
          aria-pressed={chosen === which}
          data-week={weeks[which].key}
          onClick={() => update(weekPeriodChange(weeks[which]))}
        >
          {m[which]}
        </button>
      ))}
      {range && words && back ? (
        <>
          <span className="week-shown" data-testid="week-shown" aria-live="polite">
            {m.weeksShown(words.weeks, words.days)}
          </span>
          <button type="button" className="button button-quiet" data-testid="leave-weeks" onClick={() => update(back)}>
            {m.leaveWeeks(periodRangeWords(back, locale))}
          </button>
        </>
      ) : null}
    </fieldset>
  );
}
