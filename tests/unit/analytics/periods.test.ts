import { describe, expect, it } from 'vitest';
import { bucketLabel, dayNumber, monthIndex, parseDatedRange, parsePeriod, parseRange } from '../../../server/analytics/periods.ts';
import { BadInputError } from '../../../server/errors.ts';

describe('periods', () => {
  it('turns years, quarters and months into month ranges', () => {
    expect(parsePeriod('from', '2020')).toEqual({ start: monthIndex(2020, 1), end: monthIndex(2020, 12) });
    expect(parsePeriod('from', '2020-Q3')).toEqual({ start: monthIndex(2020, 7), end: monthIndex(2020, 9) });
    expect(parsePeriod('from', '2020-02')).toEqual({ start: monthIndex(2020, 2), end: monthIndex(2020, 2) });
  });

  it.each(['2020-13', '2020-Q5', '20', '2020-1', 'abc', '2020-00', '2020/01'])('refuses "%s", naming the argument', (value) => {
    expect(() => parsePeriod('to', value)).toThrow(BadInputError);
    expect(() => parsePeriod('to', value)).toThrow(/^to: /);
  });

  it('refuses a range whose start is after its end', () => {
    expect(() => parseRange('2021', '2020-06')).toThrow(/from: "2021" is after to "2020-06"/);
    expect(parseRange('2020-06', '2020-06')).toEqual({ start: monthIndex(2020, 6), end: monthIndex(2020, 6) });
    expect(parseRange(undefined, undefined)).toEqual({ start: undefined, end: undefined });
  });

  it('labels buckets', () => {
    const i = monthIndex(2019, 11);
    expect([bucketLabel(i, 'YEAR'), bucketLabel(i, 'QUARTER'), bucketLabel(i, 'MONTH')]).toEqual(['2019', '2019-Q4', '2019-11']);
  });
});

describe('dated ranges (weeks for dated flows)', () => {
  it('turn a week into its months and days, across a year end', () => {
    // 2025-W01 runs from Monday 2024-12-30 to Sunday 2025-01-05.
    expect(parseDatedRange('2025-W01', '2025-W01')).toEqual({
      start: monthIndex(2024, 12), end: monthIndex(2025, 1), firstDay: dayNumber('2024-12-30'), lastDay: dayNumber('2025-01-05'),
    });
    expect(parseDatedRange('2024', '2024')).toEqual({ start: monthIndex(2024, 1), end: monthIndex(2024, 12), firstDay: undefined, lastDay: undefined });
    expect(parseDatedRange('2024-12', '2025-W01')).toMatchObject({ start: monthIndex(2024, 12), lastDay: dayNumber('2025-01-05') });
  });

  it('refuse a reversed range by days, and a week that is none', () => {
    expect(() => parseDatedRange('2025-03', '2025-W05')).toThrow('from: "2025-03" is after to "2025-W05"');
    // 2025-W05 ends on Sunday 2 February: February starts inside it.
    expect(parseDatedRange('2025-02', '2025-W05').firstDay).toBeUndefined();
    expect(parseDatedRange('2025-01', '2025-W05').lastDay).toBe(dayNumber('2025-02-02'));
    expect(() => parseDatedRange('2025-W53')).toThrow('from: 2025 has weeks W01 to W52, not W53');
    expect(() => parseRange('2025-W05')).toThrow('is a week: weeks are periods of campaign activities only');
  });

  it('count days as the databases do (days since 1970-01-01)', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2);
  });
});
