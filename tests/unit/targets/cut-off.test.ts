// targetAttainment's cut-off day: which membership months and which days of activities count.
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../server/analytics/periods.ts';
import { cutOffOf } from '../../../server/domains/targets/query.ts';

describe('the cut-off of a target year', () => {
  it('counts the months that ended by the day, and the activities of its month up to it', () => {
    expect(cutOffOf(2024, '2024-04-07')).toEqual({ monthsEnded: 3, activityMonth: 4, throughDay: dayNumber('2024-04-07') });
    expect(cutOffOf(2024, '2024-03-31')).toEqual({ monthsEnded: 3, activityMonth: 3, throughDay: dayNumber('2024-03-31') });
    expect(cutOffOf(2024, '2024-02-29')).toMatchObject({ monthsEnded: 2, activityMonth: 2 });
    expect(cutOffOf(2024, '2024-01-01')).toMatchObject({ monthsEnded: 0, activityMonth: 1 });
  });

  it('cuts nothing from December 31 on, everything before the year, and names a day that is none', () => {
    expect(cutOffOf(2024, null)).toBeNull();
    expect(cutOffOf(2024, '2024-12-31')).toBeNull();
    expect(cutOffOf(2024, '2025-01-05')).toBeNull();
    expect(cutOffOf(2025, '2024-12-31')).toMatchObject({ monthsEnded: 0, activityMonth: 0 });
    expect(() => cutOffOf(2024, '2024-02-30')).toThrow(/through: "2024-02-30" is not a day/);
  });
});
