// React binding of the review page's week (review-url.ts): read from location.search on every
// render and on Back/Forward, written with history.pushState so that Back returns to the week
// shown before, as it undoes a filter on the dashboard.
import { useCallback, useSyncExternalStore } from 'react';
import { parseReviewWeek, withReviewWeek } from './review-url.ts';

/** Told when this hook changed the address itself (pushState fires no event of its own). */
const CHANGED = 'pantau:review-week';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

const snapshot = () => window.location.search;

/** The week shown (the current week when the URL names none) and a setter. */
export function useReviewWeek(currentWeek: string): [string, (week: string) => void] {
  const search = useSyncExternalStore(subscribe, snapshot, () => '');
  const week = parseReviewWeek(search) ?? currentWeek;
  const setWeek = useCallback(
    (next: string) => {
      const current = window.location.search;
      const url = `${window.location.pathname}${withReviewWeek(current, next, currentWeek)}`;
      if (url === `${window.location.pathname}${current}`) return;
      window.history.pushState(null, '', url);
      window.dispatchEvent(new Event(CHANGED));
    },
    [currentWeek],
  );
  return [week, setWeek];
}
