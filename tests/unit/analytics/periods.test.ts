import { describe, expect, it } from 'vitest';
import { bucketLabel, monthIndex, parsePeriod, parseRange } from '../../../server/analytics/periods.ts';
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
