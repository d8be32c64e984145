// The dashboard's URL state: the contract parameters (lang, branch, from, to, segments) and the
// extras survive a round trip, bad values fall back to defaults, and range conversion between
// granularities keeps the same months.
import { describe, expect, it } from 'vitest';
import { convertRange, DEFAULT_STATE, parseState, periodEnd, periodOf, periodStart, serialiseState } from '../../../common/dashboard/url-state.ts';

describe('dashboard URL state', () => {
  it('reads the contract parameters', () => {
    const s = parseState('?lang=en&branch=madiun&from=2016&to=2020&segments=BPU,PU');
    expect(s.lang).toBe('en');
    expect(s.branch).toBe('MADIUN');
    expect(s.from).toBe('2016');
    expect(s.to).toBe('2020');
    expect(s.segments).toEqual(['PU', 'BPU']);
  });

  it('defaults to Indonesian, all segments, yearly', () => {
    expect(parseState('')).toEqual(DEFAULT_STATE);
    expect(parseState('?lang=fr&segments=&gran=DAY&from=20x&measure=nope&groupBy=x').lang).toBe('id');
    const s = parseState('?lang=fr&segments=XX&gran=DAY&from=20x&measure=nope&groupBy=x&year=abc');
    expect(s.segments).toEqual(['PU', 'BPU', 'JAKON', 'PMI']);
    expect(s.granularity).toBe('YEAR');
    expect(s.from).toBeNull();
    expect(s.measure).toBe('reach');
    expect(s.groupBy).toBe('PROGRAM');
    expect(s.year).toBeNull();
  });

  it('swaps a reversed range', () => {
    const s = parseState('?from=2022-Q3&to=2019');
    expect([s.from, s.to]).toEqual(['2019', '2022-Q3']);
  });

  it('round-trips every field through the query string', () => {
    const state = {
      ...DEFAULT_STATE,
      lang: 'en' as const,
      branch: 'KEDIRI',
      from: '2020-Q1',
      to: '2025-Q4',
      segments: ['PU' as const, 'PMI' as const],
      granularity: 'QUARTER' as const,
      programs: ['JKK' as const, 'JHT' as const],
      measure: 'costPerRegistration' as const,
      channel: 'TIKTOK',
      year: 2024,
      groupBy: 'STAFF' as const,
      tables: ['membership' as const, 'reach' as const],
    };
    const search = serialiseState(state);
    expect(search).toContain('lang=en&branch=KEDIRI&from=2020-Q1&to=2025-Q4&segments=PU,PMI');
    expect(parseState(search)).toEqual(state);
  });

  it('keeps the focused channel of one activity type, and still reads a bare channel from older links', () => {
    const promotion = parseState('?channel=PROMOTION:YOUTUBE');
    expect(promotion.channel).toBe('PROMOTION:YOUTUBE');
    expect(serialiseState(promotion)).toContain('channel=PROMOTION:YOUTUBE');
    expect(parseState(serialiseState(promotion)).channel).toBe('PROMOTION:YOUTUBE');
    expect(parseState('?channel=socialisation%3Ayoutube').channel).toBe('SOCIALISATION:YOUTUBE');
    // An old link: the channel alone (both of its rows).
    expect(parseState('?channel=YOUTUBE').channel).toBe('YOUTUBE');
    expect(serialiseState(parseState('?channel=youtube'))).toContain('channel=YOUTUBE');
    expect(parseState('?channel=%3Cscript%3E').channel).toBeNull();
  });

  it('converts ranges between granularities without losing months', () => {
    expect(periodStart('2020-Q3')).toBe('2020-07');
    expect(periodEnd('2020-Q3')).toBe('2020-09');
    expect(periodEnd('2020')).toBe('2020-12');
    expect(periodOf('2020-08', 'QUARTER')).toBe('2020-Q3');
    expect(convertRange('2016', '2025', 'QUARTER')).toEqual({ from: '2016-Q1', to: '2025-Q4' });
    expect(convertRange('2016', '2025', 'MONTH')).toEqual({ from: '2016-01', to: '2025-12' });
    expect(convertRange('2016-Q2', '2025-11', 'YEAR')).toEqual({ from: '2016', to: '2025' });
    expect(convertRange(null, null, 'MONTH')).toEqual({ from: null, to: null });
  });
});
