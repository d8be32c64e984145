// The membership and targets panels while the view's period is weeks: their figures are
// monthly stocks and yearly targets, which no week can answer (the API refuses a week for
// them), so the panel says so, names the panels that do answer it, and offers the periods that
// hold the weeks. It keeps the panel's id, heading and place in the grid.
import type { DashboardView } from './view.ts';
import { periodRangeWords, periodsHoldingWeeks, weekRangeOf } from '../../../common/dashboard/week-period.ts';
import './week-period.css';

export function WeekUnavailablePanel({ view, panel }: { view: DashboardView; panel: 'membership' | 'targets' }) {
  const { state, m, locale } = view;
  const range = weekRangeOf(state);
  const back = range ? periodsHoldingWeeks(range, state.granularity) : null;
  const id = `panel-${panel}`;
  const title = panel === 'membership' ? m.membershipTitle : m.targetsTitle;
  return (
    <section className="panel" id={id} aria-labelledby={`${id}-heading`} data-status="unavailable">
      <header className="panel-header">
        <div className="panel-titles">
          <h2 id={`${id}-heading`}>{title}</h2>
        </div>
      </header>
      <div className="panel-body">
        <div className="state state-week" role="note" data-testid={`week-unavailable-${panel}`}>
          <p>
            <strong>{m.weekUnavailable[panel]}</strong> {m.weekAnsweredBy}
          </p>
          {back ? (
            <button type="button" className="button" onClick={() => view.update(back)}>
              {m.leaveWeeks(periodRangeWords(back, locale))}
            </button>
          ) : null}
        </div>
      </div>
    </section>
  );
}
