// React binding of the planning page's own URL parameters (plan-url.ts): read from
// location.search on every render and on Back/Forward, written with history.pushState so that
// Back returns to the range shown before, as it undoes a filter on the dashboard.
import { useCallback, useSyncExternalStore } from 'react';
import { type PlanParam, type PlanView, parsePlanView, withPlanParam } from './plan-url.ts';

/** Told when this hook changed the address itself (pushState fires no event of its own). */
const CHANGED = 'pantau:plan-view';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

const snapshot = () => window.location.search;

export function usePlanView(): [PlanView, (name: PlanParam, value: string) => void] {
  const search = useSyncExternalStore(subscribe, snapshot, () => '');
  const set = useCallback((name: PlanParam, value: string) => {
    const current = window.location.search;
    const next = withPlanParam(current, name, value);
    if (next === current) return;
    window.history.pushState(null, '', `${window.location.pathname}${next}`);
    window.dispatchEvent(new Event(CHANGED));
  }, []);
  return [parsePlanView(search), set];
}
