// React binding of the ranked offices' table's URL parameters (ranking-url.ts): read from
// location.search on every render and on Back/Forward, written with history.pushState so that
// Back undoes a sort, as it undoes a filter. The dashboard's own URL state
// (client/app/use-url-state.ts) carries these parameters along while the scope stays, so
// neither side loses the other's.
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseRankingView, type RankingView, withRankingView } from './ranking-url.ts';

/** Told when this hook changed the address itself (pushState fires no event of its own). */
const CHANGED = 'pantau:ranking-view';
/** Marks a history entry made by typing in the search box. */
const TYPING = 'pantauRankingSearch';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

const snapshot = () => window.location.search;

export function useRankingView(): [RankingView, (change: Partial<RankingView>) => void] {
  // The address is the one source of truth: another part of the dashboard changing it (a
  // narrower scope drops these parameters) shows at the next render without any event.
  const search = useSyncExternalStore(subscribe, snapshot, () => '');
  const view = useMemo(() => parseRankingView(search), [search]);
  const change = useCallback((next: Partial<RankingView>) => {
    const current = window.location.search;
    const url = `${window.location.pathname}${withRankingView(current, { ...parseRankingView(current), ...next })}`;
    if (url === `${window.location.pathname}${current}`) return;
    // A run of keystrokes is one history entry: Back returns to the table before the search,
    // not to each letter typed.
    const typing = Object.keys(next).length === 1 && 'search' in next;
    const state: unknown = window.history.state;
    if (typing && typeof state === 'object' && state !== null && TYPING in state) window.history.replaceState(state, '', url);
    else window.history.pushState(typing ? { [TYPING]: true } : null, '', url);
    window.dispatchEvent(new Event(CHANGED));
  }, []);
  return [view, change];
}
