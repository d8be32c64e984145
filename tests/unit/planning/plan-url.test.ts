// The planning page's URL parameters: the activities' range and the grouping of plan against
// realisation, read strictly (anything unknown is the default), written without the defaults,
// every other parameter kept.
import { describe, expect, it } from 'vitest';
import { parsePlanView, planParamsOf, withPlanParam } from '../../../client/features/planning/plan-url.ts';
import { routeOf } from '../../../client/app/use-url-state.ts';

describe('the planning page’s URL state', () => {
  it('reads the range and the grouping, defaults for anything else', () => {
    expect(parsePlanView('?branch=MADIUN&year=2025')).toEqual({ range: 'week', by: 'WEEK' });
    expect(parsePlanView('range=lastWeek&by=staff')).toEqual({ range: 'lastWeek', by: 'STAFF' });
    expect(parsePlanView('?range=decade&by=YEAR')).toEqual({ range: 'week', by: 'WEEK' });
  });

  it('writes a parameter, leaving the defaults out and the rest as it was', () => {
    expect(withPlanParam('?lang=en&branch=MADIUN&year=2025', 'range', 'month')).toBe('?lang=en&branch=MADIUN&year=2025&range=month');
    expect(withPlanParam('?branch=MADIUN&range=month', 'range', 'week')).toBe('?branch=MADIUN');
    expect(withPlanParam('?range=month', 'by', 'MONTH')).toBe('?range=month&by=MONTH');
    expect(withPlanParam('', 'by', 'WEEK')).toBe('');
    expect(planParamsOf('?branch=MADIUN&range=year&by=STAFF&week=2026-W49')).toEqual([['range', 'year'], ['by', 'STAFF']]);
  });

  it('is the /plan route', () => {
    expect(routeOf('/plan')).toBe('plan');
    expect(routeOf('/plan/')).toBe('plan');
    expect(routeOf('/planning')).toBe('dashboard');
  });
});
