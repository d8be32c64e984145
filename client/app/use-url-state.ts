// React binding of the URL state: one source of truth in location.search, updated with
// history.pushState for user actions (so Back undoes a filter change) and replaceState for
// normalisation (filling in the default branch), and re-read on popstate.
import { useCallback, useEffect, useState } from 'react';
import { type DashboardState, parseState, serialiseState } from '../../common/dashboard/url-state.ts';
import { rankingParamsOf } from '../features/dashboard/ranking-url.ts';
import { reviewParamsOf } from '../features/review/review-url.ts';
import { planParamsOf } from '../features/planning/plan-url.ts';

export type Route = 'dashboard' | 'import' | 'login' | 'review' | 'plan';

export function routeOf(pathname: string): Route {
  if (/^\/import\/?$/.test(pathname)) return 'import';
  if (/^\/login\/?$/.test(pathname)) return 'login';
  if (/^\/review\/?$/.test(pathname)) return 'review';
  if (/^\/plan\/?$/.test(pathname)) return 'plan';
  return 'dashboard';
}

const ROUTE_PATH: Record<Route, string> = { dashboard: '/', import: '/import', login: '/login', review: '/review', plan: '/plan' };

/**
 * The address of a route with the view's state. The login page also keeps its `next` (where it
 * returns to), which is no part of the dashboard's state, so that switching the language there
 * does not lose it.
 */
function urlOf(route: Route, state: DashboardState, carried: [string, string][] = []): string {
  const search = serialiseState(state) + carried.map(([k, v]) => `&${new URLSearchParams({ [k]: v }).toString().replace(/%3A/g, ':')}`).join('');
  const next = route === 'login' ? new URLSearchParams(window.location.search).get('next') : null;
  if (!next) return `${ROUTE_PATH[route]}${search}`;
  const params = new URLSearchParams(search);
  params.set('next', next);
  return `${ROUTE_PATH[route]}?${params.toString()}`;
}

export interface UrlState {
  state: DashboardState;
  route: Route;
  /** Applies a change; `replace` rewrites the current history entry instead of adding one. */
  update(change: Partial<DashboardState>, options?: { replace?: boolean }): void;
  navigate(route: Route): void;
}

/**
 * The parameters a feature keeps beside the state (the ranked offices' sort and search,
 * features/dashboard/ranking-url.ts), carried over to the next address of the dashboard while
 * its scope stays: they describe that scope's table, so another office or branch starts afresh.
 * The review page's week (features/review/review-url.ts) stays whatever changes: the same week
 * of another branch, or in the other language.
 */
function carriedParams(route: Route, before: DashboardState, after: DashboardState): [string, string][] {
  if (route === 'review') return reviewParamsOf(window.location.search);
  // The planning page's range and grouping (features/planning/plan-url.ts) stay as well.
  if (route === 'plan') return planParamsOf(window.location.search);
  const sameScope = before.branch === after.branch && before.region === after.region && before.national === after.national;
  return route === 'dashboard' && sameScope ? rankingParamsOf(window.location.search) : [];
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
      const url = urlOf(prev.route, state, carriedParams(prev.route, prev.state, state));
      if (url !== `${window.location.pathname}${window.location.search}`) {
        if (options.replace) window.history.replaceState(null, '', url);
        else window.history.pushState(null, '', url);
      }
      return { ...prev, state };
    });
  }, []);

  const navigate = useCallback((route: Route) => {
    setCurrent((prev) => {
      const url = urlOf(route, prev.state);
      window.history.pushState(null, '', url);
      return { ...prev, route };
    });
  }, []);

  return { state: current.state, route: current.route, update, navigate };
}
