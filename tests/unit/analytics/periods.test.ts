import { describe, expect, it } from 'vitest';
import { bucketLabel, dayNumber, daysOfPart, monthIndex, parseDatedRange, parsePeriod, parseRange, splitDays } from '../../../server/analytics/periods.ts';
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

describe('a range of days as whole months and its ends (splitDays)', () => {
  const day = dayNumber;
  it('takes 2025-W21 to 2025-W40 (19 May to 5 October) as June to September, 19–31 May and 1–5 October', () => {
    const split = splitDays(parseDatedRange('2025-W21', '2025-W40'));
    expect(split).toEqual({
      months: { start: monthIndex(2025, 6), end: monthIndex(2025, 9) },
      ends: [
        { months: { start: monthIndex(2025, 5), end: monthIndex(2025, 5) }, firstDay: day('2025-05-19'), lastDay: day('2025-05-31') },
        { months: { start: monthIndex(2025, 10), end: monthIndex(2025, 10) }, firstDay: day('2025-10-01'), lastDay: day('2025-10-05') },
      ],
    });
    expect(split!.ends.map(daysOfPart)).toEqual([13, 5]);
  });

  it('leaves out an end that falls on a month boundary, across a new year too', () => {
    // 2024-W01 starts on Monday 1 January; 2024-W44 on 28 October; 2025-W01 runs from 30 December 2024 to 5 January 2025.
    expect(splitDays(parseDatedRange('2024-W01', '2024-W09'))).toEqual({
      months: { start: monthIndex(2024, 1), end: monthIndex(2024, 2) },
      ends: [{ months: { start: monthIndex(2024, 3), end: monthIndex(2024, 3) }, firstDay: day('2024-03-01'), lastDay: day('2024-03-03') }],
    });
    const split = splitDays(parseDatedRange('2024-W44', '2025-W01'));
    expect(split?.months).toEqual({ start: monthIndex(2024, 11), end: monthIndex(2024, 12) });
    expect(split?.ends.map(daysOfPart)).toEqual([4, 5]);
    // A week to a month: the month's last day ends the range, whole.
    expect(splitDays(parseDatedRange('2024-W44', '2024-12'))?.ends).toHaveLength(1);
  });

  it('keeps an open end open, and holds no whole month in one week or in a few days of two months', () => {
    expect(splitDays(parseDatedRange(null, '2025-W40'))).toEqual({
      months: { start: undefined, end: monthIndex(2025, 9) },
      ends: [{ months: { start: monthIndex(2025, 10), end: monthIndex(2025, 10) }, firstDay: day('2025-10-01'), lastDay: day('2025-10-05') }],
    });
    expect(splitDays(parseDatedRange('2025-W40', '2025-W40'))).toBeNull();
    expect(splitDays(parseDatedRange('2025-W39', '2025-W41'))).toBeNull();
    expect(splitDays({ start: monthIndex(2025, 3), end: monthIndex(2025, 3), firstDay: day('2025-03-01'), lastDay: day('2025-03-31') })).toEqual({
      months: { start: monthIndex(2025, 3), end: monthIndex(2025, 3) },
      ends: [],
    });
  });
});
