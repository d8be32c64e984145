// "Today" and "this week" are the agency's (PANTAU_TIME_ZONE, Asia/Jakarta by default), not the
// process's zone: with this process in UTC, at instants either side of Monday 00:00 in Jakarta
// (Sunday 17:00 UTC), the server's week (reviews, report, schedule) and the dashboard's agree
// with Jakarta's calendar. The reviewer's R3: at Monday 01:00 WIB a UTC server said W49.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyInstant, agencyToday, agencyWeek, DEFAULT_AGENCY_TIME_ZONE, timeZoneProblem, weeksAround } from '../../../common/time/agency-time.ts';
import { dayOf } from '../../../common/time/iso-week.ts';
import { rangeBounds } from '../../../client/features/planning/plan-model.ts';
import { loadConfig } from '../../../server/config.ts';
import { weekOfToday } from '../../../server/domains/reviews/input.ts';
import { nextRun } from '../../../server/mail/schedule.ts';
import { readSchedule } from '../../../server/mail/settings.ts';
import { lastCompleteWeek } from '../../../server/report/weekly/data.ts';

const SUNDAY_LATE = new Date('2026-12-06T16:59:59Z'); // Sunday 23:59:59 in Jakarta, W49
const MONDAY_MIDNIGHT = new Date('2026-12-06T17:00:00Z'); // Monday 00:00 in Jakarta, W50
const MONDAY_ONE = new Date('2026-12-06T18:00:00Z'); // Monday 01:00 in Jakarta (the reviewer's instant)
const MONDAY_SIX = new Date('2026-12-06T23:59:00Z'); // Monday 06:59 in Jakarta

describe('the agency clock with the process in UTC', () => {
  const zone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'UTC'; // Node reads TZ again when it is set
  });
  afterAll(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('runs in UTC, where the process calendar still says Sunday', () => {
    expect(new Date(2026, 11, 6).getTimezoneOffset()).toBe(0);
    expect(dayOf(MONDAY_ONE)).toBe('2026-12-06');
  });

  it('turns the day and the week at midnight in Jakarta', () => {
    expect(DEFAULT_AGENCY_TIME_ZONE).toBe('Asia/Jakarta');
    expect([agencyToday(SUNDAY_LATE), agencyWeek(SUNDAY_LATE).key]).toEqual(['2026-12-06', '2026-W49']);
    for (const now of [MONDAY_MIDNIGHT, MONDAY_ONE, MONDAY_SIX]) expect([agencyToday(now), agencyWeek(now).key]).toEqual(['2026-12-07', '2026-W50']);
    // Another zone of Indonesia: 01:00 in Jakarta is 03:00 in Jayapura, still Monday; Sunday 23:00 UTC-5 is Monday in Jakarta.
    expect(agencyToday(MONDAY_ONE, 'Asia/Jayapura')).toBe('2026-12-07');
    expect(agencyToday(SUNDAY_LATE, 'America/New_York')).toBe('2026-12-06');
  });

  it('gives the server and the dashboard the same week at Monday 01:00 in Jakarta', () => {
    expect(weekOfToday(MONDAY_ONE).key).toBe('2026-W50'); // createReview's "has not begun" and the closing week of actions
    expect(lastCompleteWeek(MONDAY_ONE).key).toBe('2026-W49'); // the report page's and CLI's default
    expect(weeksAround(MONDAY_ONE)).toMatchObject({ today: '2026-12-07', thisWeek: { key: '2026-W50' }, lastWeek: { key: '2026-W49' } });
    expect(rangeBounds('week', 2026, MONDAY_ONE)).toEqual({ from: '2026-W50', to: '2026-W50' });
    expect(lastCompleteWeek(SUNDAY_LATE).key).toBe('2026-W48');
  });

  it('reads REPORT_SCHEDULE on the agency clock', () => {
    const mon7 = readSchedule('MON 07:00');
    // 07:00 in Jakarta is 00:00 UTC; not 07:00 UTC (14:00 in Jakarta).
    expect(nextRun(mon7, MONDAY_ONE)).toEqual(new Date('2026-12-07T00:00:00Z'));
    expect(nextRun(mon7, new Date('2026-12-07T00:00:00Z'))).toEqual(new Date('2026-12-14T00:00:00Z'));
    expect(nextRun(readSchedule('SUN 23:30'), MONDAY_ONE)).toEqual(new Date('2026-12-13T16:30:00Z'));
    expect(nextRun(mon7, MONDAY_ONE, 'Asia/Jayapura')).toEqual(new Date('2026-12-06T22:00:00Z'));
  });

  it('finds the instant of a wall time across a daylight saving change', () => {
    expect(agencyInstant('2026-03-29', 1, 30, 'Europe/Berlin')).toEqual(new Date('2026-03-29T00:30:00Z'));
    expect(agencyInstant('2026-03-29', 4, 0, 'Europe/Berlin')).toEqual(new Date('2026-03-29T02:00:00Z'));
    expect(agencyInstant('2026-12-07', 7, 0)).toEqual(new Date('2026-12-07T00:00:00Z'));
  });

  it('validates PANTAU_TIME_ZONE at start, naming it', () => {
    expect(loadConfig({}).timeZone).toBe('Asia/Jakarta');
    expect(loadConfig({ PANTAU_TIME_ZONE: 'Asia/Makassar' }).timeZone).toBe('Asia/Makassar');
    expect(() => loadConfig({ PANTAU_TIME_ZONE: 'Asia/Jakart' })).toThrow(/^PANTAU_TIME_ZONE: "Asia\/Jakart" is not a time zone; use an IANA name such as Asia\/Jakarta/);
    expect(() => loadConfig({ PANTAU_TIME_ZONE: 'WIB+7' })).toThrow(/^PANTAU_TIME_ZONE: /);
    expect(timeZoneProblem('Asia/Jayapura')).toBeNull();
  });
});
