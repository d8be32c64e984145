// What the planning page keeps in the URL beside the dashboard's state (whose `branch` and
// `year` it shares): the activities' range (`range=lastWeek`) and how plan against realisation
// is grouped (`by=MONTH`). The defaults (this week, by week) are left out of the address. Pure,
// so the round trip is tested without a browser.
import { PLAN_RANGES, type PlanRange } from './plan-model.ts';

export const PLAN_GROUPS = ['WEEK', 'MONTH', 'STAFF'] as const;
export type PlanGroup = (typeof PLAN_GROUPS)[number];

/** The URL parameters the page owns (the dashboard's URL state carries them along, client/app/use-url-state.ts). */
export const PLAN_PARAMS = ['range', 'by'] as const;
export type PlanParam = (typeof PLAN_PARAMS)[number];

export interface PlanView {
  range: PlanRange;
  by: PlanGroup;
}

export const DEFAULT_PLAN_VIEW: PlanView = { range: 'week', by: 'WEEK' };

/** The page's view of a query string (with or without "?"); anything unknown is the default. */
export function parsePlanView(search: string): PlanView {
  const p = new URLSearchParams(search);
  const range = p.get('range');
  const by = p.get('by')?.toUpperCase();
  return {
    range: PLAN_RANGES.includes(range as PlanRange) ? (range as PlanRange) : DEFAULT_PLAN_VIEW.range,
    by: PLAN_GROUPS.includes(by as PlanGroup) ? (by as PlanGroup) : DEFAULT_PLAN_VIEW.by,
  };
}

/** A query string with one of the page's parameters replaced (its default: removed); every other parameter stays. */
export function withPlanParam(search: string, name: PlanParam, value: string): string {
  const p = new URLSearchParams(search);
  p.delete(name);
  if (value !== DEFAULT_PLAN_VIEW[name]) p.set(name, value);
  const text = p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return text ? `?${text}` : '';
}

/** Only the page's parameters of a query string, as they stand (for carrying them over to a new address). */
export function planParamsOf(search: string): [string, string][] {
  const p = new URLSearchParams(search);
  return PLAN_PARAMS.flatMap((name) => (p.has(name) ? [[name, p.get(name)!] as [string, string]] : []));
}
