import { describe, expect, it } from 'vitest';
import { isoWeekOfDay, readDay, readIsoWeek, shiftIsoWeek } from '../../../common/time/iso-week.ts';

/** An independent reading of ISO 8601: a day's week is the week of its Thursday, counted from the Thursday-year's first Thursday. */
function thursdayRule(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  const weekday = (new Date(t).getUTCDay() + 6) % 7; // Monday 0
  const thursday = new Date(t + (3 - weekday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

describe('ISO weeks', () => {
  it('agree with the Thursday rule on every day from 1999 to 2031', () => {
    const mismatches: string[] = [];
    for (let t = Date.UTC(1999, 0, 1); t <= Date.UTC(2031, 11, 31); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      const week = isoWeekOfDay(day);
      if (week.key !== thursdayRule(day) || day < week.first || day > week.last) mismatches.push(day);
    }
    expect(mismatches).toEqual([]);
  });

  it('know the year ends: 2020 and 2026 have 53 weeks, 2025 has 52, 2026-W01 starts in 2025', () => {
    expect(isoWeekOfDay('2021-01-03').key).toBe('2020-W53');
    expect(readIsoWeek('2026-W01')).toMatchObject({ ok: true, week: { first: '2025-12-29', last: '2026-01-04' } });
    expect(readIsoWeek('2020-W53').ok).toBe(true);
    expect(readIsoWeek('2026-W53').ok).toBe(true); // 2026 begins on a Thursday
    expect(readIsoWeek('2025-W53')).toEqual({ ok: false, problem: '2025 has weeks W01 to W52, not W53' });
  });

  it('name what is wrong with a week that is none', () => {
    expect(readIsoWeek('2026-W1')).toMatchObject({ ok: false, problem: expect.stringContaining('YYYY-Www') });
    expect(readIsoWeek('2026W05').ok).toBe(false);
    expect(readIsoWeek('2026-W00')).toMatchObject({ ok: false, problem: expect.stringContaining('W01 to') });
    expect(readIsoWeek('1800-W10')).toMatchObject({ ok: false, problem: expect.stringContaining('out of range') });
  });

  it('step across year ends', () => {
    const first = readIsoWeek('2026-W01');
    if (!first.ok) throw new Error(first.problem);
    expect(shiftIsoWeek(first.week, -1).key).toBe('2025-W52');
    expect(shiftIsoWeek(first.week, 52).key).toBe('2026-W53');
    expect(shiftIsoWeek(first.week, 53).key).toBe('2027-W01');
  });

  it('reads only real calendar days', () => {
    expect(readDay('2026-02-30')).toBeNull();
    expect(readDay('2026-2-3')).toBeNull();
    expect(readDay('2024-02-29')).not.toBeNull();
    expect(() => isoWeekOfDay('2026-13-01')).toThrow('not a calendar day');
  });
});
