// The dashboard's weeks (issue 16): "this week / last week" kept in the URL as the week itself,
// bad or mixed week ranges read sensibly, the reach panel's grouping, the panels a week view asks
// (not membership stocks nor yearly targets), and the weeks in words in both languages,
// across a 53-week year's end.
import { describe, expect, it } from 'vitest';
import { convertRange, DEFAULT_STATE, isWeekRange, parseState, serialiseState } from '../../../common/dashboard/url-state.ts';
import { periodRangeWords, periodsHoldingWeeks, relativeWeekOf, weekPeriodChange, weekRangeOf, weekRangeWords, weeksNow } from '../../../common/dashboard/week-period.ts';
import { operationName, panelOperations } from '../../../common/dashboard/first-view.ts';
import { readIsoWeek } from '../../../common/time/iso-week.ts';

const week = (key: string) => {
  const read = readIsoWeek(key);
  if (!read.ok) throw new Error(read.problem);
  return read.week;
};
// Local calendar days, as the reader's clock gives them (iso-week.ts reads days as local).
const at = (y: number, m: number, d: number) => new Date(y, m - 1, d, 10, 0, 0);

describe('weeks in the dashboard URL state', () => {
  it('keeps a week as from and to, and the reach grouping, through a round trip', () => {
    const state = { ...DEFAULT_STATE, branch: 'MADIUN', ...weekPeriodChange(week('2026-W49')), reachBy: 'WEEK' as const };
    const search = serialiseState(state);
    expect(search).toBe('?lang=id&branch=MADIUN&from=2026-W49&to=2026-W49&segments=PU,BPU,JAKON,PMI&reachBy=WEEK');
    expect(parseState(search)).toEqual(state);
    expect(isWeekRange(parseState(search))).toBe(true);
    // The default grouping is left out of the link.
    expect(serialiseState({ ...state, reachBy: 'CHANNEL' })).not.toContain('reachBy');
    expect(parseState('?reachBy=week').reachBy).toBe('WEEK');
    expect(parseState('?reachBy=STAFF').reachBy).toBe('CHANNEL');
  });

  it('reads weeks case-insensitively, drops weeks that do not exist, swaps reversed ones', () => {
    expect(parseState('?from=2026-w48&to=2026-w49')).toMatchObject({ from: '2026-W48', to: '2026-W49' });
    // 2025 has 52 weeks, 2026 has 53.
    expect(parseState('?from=2025-W53&to=2025-W53')).toMatchObject({ from: null, to: null });
    expect(parseState('?from=2026-W53&to=2026-W53')).toMatchObject({ from: '2026-W53', to: '2026-W53' });
    expect(parseState('?from=2026-W5&to=2026W05')).toMatchObject({ from: null, to: null });
    expect(parseState('?from=2027-W02&to=2026-W52')).toMatchObject({ from: '2026-W52', to: '2027-W02' });
  });

  it('reads a week at one end only as that week alone (the filter bar has no such range)', () => {
    expect(parseState('?from=2026-W49&to=2026-12')).toMatchObject({ from: '2026-W49', to: '2026-W49' });
    expect(parseState('?from=2026&to=2026-W02')).toMatchObject({ from: '2026-W02', to: '2026-W02' });
    expect(parseState('?to=2026-W02')).toMatchObject({ from: '2026-W02', to: '2026-W02' });
    expect(isWeekRange(parseState('?from=2026&to=2026-12'))).toBe(false);
  });

  it('keeps weeks when the granularity changes (it is the membership trend’s)', () => {
    expect(convertRange('2026-W48', '2026-W49', 'QUARTER')).toEqual({ from: '2026-W48', to: '2026-W49' });
    expect(convertRange('2016', '2025-11', 'MONTH')).toEqual({ from: '2016-01', to: '2025-11' });
  });
});

describe('this week and last week', () => {
  it('are the ISO weeks of the reader’s day and the one before', () => {
    const weeks = weeksNow(at(2026, 12, 2));
    expect([weeks.thisWeek.key, weeks.lastWeek.key]).toEqual(['2026-W49', '2026-W48']);
    expect([weeks.thisWeek.first, weeks.thisWeek.last]).toEqual(['2026-11-30', '2026-12-06']);
  });

  it('cross the end of a 53-week year', () => {
    // 1 January 2027 is a Friday: still week 53 of 2026; the Monday after starts 2027-W01.
    expect(weeksNow(at(2027, 1, 1)).thisWeek.key).toBe('2026-W53');
    const monday = weeksNow(at(2027, 1, 4));
    expect([monday.thisWeek.key, monday.lastWeek.key]).toEqual(['2027-W01', '2026-W53']);
    // Sunday 3 January 2027 is the last day of 2026-W53.
    expect(weeksNow(at(2027, 1, 3)).thisWeek.key).toBe('2026-W53');
  });

  it('are recognised in a view, and no other range is', () => {
    const now = at(2026, 12, 2);
    expect(relativeWeekOf(parseState('?from=2026-W49&to=2026-W49'), now)).toBe('thisWeek');
    expect(relativeWeekOf(parseState('?from=2026-W48&to=2026-W48'), now)).toBe('lastWeek');
    expect(relativeWeekOf(parseState('?from=2026-W47&to=2026-W47'), now)).toBeNull();
    expect(relativeWeekOf(parseState('?from=2026-W48&to=2026-W49'), now)).toBeNull();
    expect(relativeWeekOf(parseState('?from=2026-11&to=2026-12'), now)).toBeNull();
    // A shared link keeps its week: opened a week later it is no longer "this week", but the same figures.
    expect(relativeWeekOf(parseState('?from=2026-W49&to=2026-W49'), at(2026, 12, 9))).toBe('lastWeek');
  });

  it('lead back to the periods that hold their days', () => {
    const range = weekRangeOf(parseState('?from=2026-W53&to=2026-W53'))!;
    // Monday 28 December 2026 to Sunday 3 January 2027.
    expect(periodsHoldingWeeks(range, 'MONTH')).toEqual({ from: '2026-12', to: '2027-01' });
    expect(periodsHoldingWeeks(range, 'QUARTER')).toEqual({ from: '2026-Q4', to: '2027-Q1' });
    expect(periodsHoldingWeeks(range, 'YEAR')).toEqual({ from: '2026', to: '2027' });
    expect(periodsHoldingWeeks(weekRangeOf(parseState('?from=2026-W49&to=2026-W49'))!, 'MONTH')).toEqual({ from: '2026-11', to: '2026-12' });
    expect(weekRangeOf(parseState('?from=2026&to=2026'))).toBeNull();
  });
});

describe('weeks in words', () => {
  it('names a week with its week-numbering year and its days, in both languages', () => {
    const one = weekRangeOf(parseState('?from=2026-W53&to=2026-W53'))!;
    expect(weekRangeWords(one, 'id')).toEqual({ weeks: 'Mg 53 2026', days: '28 Desember 2026 – 3 Januari 2027' });
    expect(weekRangeWords(one, 'en')).toEqual({ weeks: 'W53 2026', days: '28 December 2026 – 3 January 2027' });
    const two = weekRangeOf(parseState('?from=2024-W14&to=2024-W15'))!;
    expect(weekRangeWords(two, 'id').weeks).toBe('Mg 14 2024 – Mg 15 2024');
    expect(weekRangeWords(two, 'en').weeks).toBe('W14 2024 – W15 2024');
    expect(periodRangeWords({ from: '2026-12', to: '2027-01' }, 'id')).toBe('Desember 2026 – Januari 2027');
    expect(periodRangeWords({ from: '2026', to: '2026' }, 'en')).toBe('2026');
  });
});

describe('the operations of a view of weeks', () => {
  const names = (search: string) => panelOperations(parseState(search), { branch: 'MADIUN' }, [2025]).map((op) => operationName(op.query as never));

  it('asks the campaign panels for the week, and neither membership stocks nor yearly targets', () => {
    expect(names('?from=2026-W49&to=2026-W49')).toEqual(['CampaignReachPanel', 'EffectivenessPanel', 'FreshnessNotice']);
    expect(names('?from=2026&to=2026')).toEqual(['MembershipTrendPanel', 'CampaignReachPanel', 'TargetAttainmentPanel', 'EffectivenessPanel', 'FreshnessNotice']);
    const reach = panelOperations(parseState('?from=2026-W48&to=2026-W49&reachBy=WEEK'), { branch: 'MADIUN' }, [2025])[0];
    expect(reach.variables).toEqual({ branch: 'MADIUN', from: '2026-W48', to: '2026-W49', groupBy: 'WEEK' });
  });
});
