// The review page's pure helpers: the agency's weeks across a year end, newest first, overdue,
// a week's days in either language, who writes, which branches an account reads, and the
// status an action can move to.
import { describe, expect, it } from 'vitest';
import { readableBranches } from '../../../client/features/review/readable-branches.ts';
import { newestFirst, nextStatuses, writesReviews } from '../../../client/features/review/review-model.ts';
import { isOverdue } from '../../../common/reviews/actions.ts';
import { weeksAround } from '../../../common/time/agency-time.ts';
import { daysOfWeek, weekDays, weekNumber } from '../../../common/time/week-days.ts';

describe('the review page’s helpers', () => {
  it('finds the agency’s week and the one before, across a year end', () => {
    const monday = weeksAround(new Date('2026-01-05T09:00:00+07:00'));
    expect(monday).toMatchObject({ today: '2026-01-05', thisWeek: { key: '2026-W02' }, lastWeek: { key: '2026-W01', first: '2025-12-29', last: '2026-01-04' } });
    // A Sunday late in the evening in Jakarta is still its own week (the agency's day, not UTC's).
    expect(weeksAround(new Date('2026-01-04T23:30:00+07:00')).thisWeek.key).toBe('2026-W01');
    expect(weeksAround(new Date('2027-01-01T00:00:00+07:00')).lastWeek.key).toBe('2026-W52');
  });

  it('lists reviews newest first', () => {
    expect(newestFirst([{ week: '2025-W52' }, { week: '2026-W02' }, { week: '2026-W01' }]).map((r) => r.week)).toEqual(['2026-W02', '2026-W01', '2025-W52']);
  });

  it('marks open actions due before today as overdue, and no others', () => {
    expect(isOverdue({ status: 'OPEN', due: '2026-12-01' }, '2026-12-02')).toBe(true);
    expect(isOverdue({ status: 'OPEN', due: '2026-12-02' }, '2026-12-02')).toBe(false);
    expect(isOverdue({ status: 'OPEN', due: null }, '2026-12-02')).toBe(false);
    expect(isOverdue({ status: 'DONE', due: '2020-01-01' }, '2026-12-02')).toBe(false);
    expect(isOverdue({ status: 'DROPPED', due: '2020-01-01' }, '2026-12-02')).toBe(false);
  });

  it('writes a week’s Monday to Sunday as people do, in either language', () => {
    expect(weekDays('2026-12-07', '2026-12-13', 'id')).toBe('7–13 Desember 2026');
    expect(weekDays('2026-11-30', '2026-12-06', 'id')).toBe('30 November – 6 Desember 2026');
    expect(weekDays('2026-11-30', '2026-12-06', 'en')).toBe('30 November – 6 December 2026');
    expect(weekDays('2025-12-29', '2026-01-04', 'en')).toBe('29 December 2025 – 4 January 2026');
    expect(daysOfWeek('2026-W01', 'id')).toBe('29 Desember 2025 – 4 Januari 2026');
    expect(daysOfWeek('not a week', 'en')).toBe('not a week');
    expect(weekNumber('2026-W09')).toBe(9);
  });

  it('lets the branch’s Kabid and admins write, and nobody else', () => {
    expect(writesReviews({ role: 'KABID', branch: 'MADIUN' }, 'MADIUN')).toBe(true);
    expect(writesReviews({ role: 'ADMIN', branch: null }, 'MADIUN')).toBe(true);
    expect(writesReviews({ role: 'KABID', branch: 'KEDIRI' }, 'MADIUN')).toBe(false);
    for (const role of ['AR', 'ARK', 'PAP', 'VIEWER', 'RESEARCHER']) expect(writesReviews({ role, branch: 'MADIUN' }, 'MADIUN')).toBe(false);
    expect(writesReviews(null, 'MADIUN')).toBe(false);
  });

  it('offers the branches of the account’s scope', () => {
    const branches = [
      { code: 'MADIUN', regionCode: 'JATIM' },
      { code: 'KEDIRI', regionCode: 'JATIM' },
      { code: 'BANDUNG', regionCode: 'JABAR' },
    ];
    expect(readableBranches({ branch: 'KEDIRI' }, branches).map((b) => b.code)).toEqual(['KEDIRI']);
    expect(readableBranches({ region: 'JATIM' }, branches).map((b) => b.code)).toEqual(['MADIUN', 'KEDIRI']);
    expect(readableBranches({}, branches)).toHaveLength(3);
  });

  it('closes an open action either way and reopens a closed one', () => {
    expect(nextStatuses('OPEN')).toEqual(['DONE', 'DROPPED']);
    expect(nextStatuses('DONE')).toEqual(['OPEN']);
    expect(nextStatuses('DROPPED')).toEqual(['OPEN']);
    // Reopened only in the week it was closed, as the server allows.
    expect(nextStatuses('DONE', { closedWeek: '2026-W50', thisWeek: '2026-W50' })).toEqual(['OPEN']);
    expect(nextStatuses('DONE', { closedWeek: '2026-W48', thisWeek: '2026-W50' })).toEqual([]);
    expect(nextStatuses('DROPPED', { closedWeek: '2025-W52', thisWeek: '2026-W01' })).toEqual([]);
  });
});
