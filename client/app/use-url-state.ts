// React binding of the URL state: one source of truth in location.search, updated with
// history.pushState for user actions (so Back undoes a filter change) and replaceState for
// normalisation (filling in the default branch), and re-read on popstate.
import { useCallback, useEffect, useState } from 'react';
import { type DashboardState, parseState, serialiseState } from '../../common/dashboard/url-state.ts';

export type Route = 'dashboard' | 'import';

export function routeOf(pathname: string): Route {
  return /^\/import\/?$/.test(pathname) ? 'import' : 'dashboard';
}

const ROUTE_PATH: Record<Route, string> = { dashboard: '/', import: '/import' };

export interface UrlState {
  state: DashboardState;
  route: Route;
  /** Applies a change; `replace` rewrites the current history entry instead of adding one. */
  update(change: Partial<DashboardState>, options?: { replace?: boolean }): void;
  navigate(route: Route): void;
}

function read(): { state: DashboardState; route: Route } {
  return { state: parseState(window.location.search), route: routeOf(window.location.pathname) };
}

export function useUrlState(): UrlState {
  const [current, setCurrent] = useState(read);

  useEffect(() => {
    const onPop = () => setCurrent(read());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    document.documentElement.lang = current.state.lang;
  }, [current.state.lang]);

  const update = useCallback((change: Partial<DashboardState>, options: { replace?: boolean } = {}) => {
    setCurrent((prev) => {
      const state = { ...prev.state, ...change };
      const url = `${ROUTE_PATH[prev.route]}${serialiseState(state)}`;
      if (url !== `${window.location.pathname}${window.location.search}`) {
        if (options.replace) window.history.replaceState(null, '', url);
        else window.history.pushState(null, '', url);
      }
      return { ...prev, state };
    });
  }, []);

  const navigate = useCallback((route: Route) => {
    setCurrent((prev) => {
      const url = `${ROUTE_PATH[route]}${serialiseState(prev.state)}`;
      window.history.pushState(null, '', url);
      return { ...prev, route };
    });
  }, []);

  return { state: current.state, route: current.route, update, navigate };
}
