// The stale-data notice at a wide scope: a line naming a few lagging branches and counting the
// rest, and none of them when every branch lags (the latest month itself is stale); by name.
import { describe, expect, it } from 'vitest';
import { laggingBranches, MAX_NAMED_BRANCHES } from '../../../common/coverage/lagging-branches.ts';
import { officeNames } from '../../../common/charts/office-names.ts';
import { latestCoverageText } from '../../../common/coverage/latest-coverage-text.ts';
import { latestMonthCoverage } from '../../../common/coverage/period-coverage.ts';
import { messages } from '../../../common/i18n/messages.ts';

describe('lagging branches in the stale-data notice', () => {
  const codes = Array.from({ length: 147 }, (_, i) => `KC${String(i).padStart(3, '0')}`);

  it('names the first few and counts the rest, in both languages', () => {
    const { shown, more } = laggingBranches(codes, false);
    expect(shown).toEqual(codes.slice(0, MAX_NAMED_BRANCHES));
    expect(more).toBe(147 - MAX_NAMED_BRANCHES);
    expect(messages('id').staleBranches(shown.slice(0, 2).join(', '), more)).toBe(`Cabang dengan data tertinggal: KC000, KC001 dan ${more} cabang lain.`);
    expect(messages('en').staleBranches('KC000', 0)).toBe('Branches whose data lag behind: KC000.');
  });

  it('names them as the directory names them, a code the directory lacks by its code, in both languages', () => {
    const names = officeNames({ branches: [{ code: 'BETA', name: 'Kantor Cabang Beta' }, { code: 'KC001', name: 'Kantor Cabang Satu' }] }, 'id');
    expect(laggingBranches(['BETA', 'ZULU'], false, names)).toEqual({ shown: ['Kantor Cabang Beta', 'ZULU'], more: 0 });
    const { shown, more } = laggingBranches(codes, false, names);
    expect(shown.slice(0, 3)).toEqual(['KC000', 'Kantor Cabang Satu', 'KC002']);
    expect(more).toBe(147 - MAX_NAMED_BRANCHES);
    expect(messages('id').staleBranches(laggingBranches(['BETA'], false, names).shown.join(', '), 0)).toBe('Cabang dengan data tertinggal: Kantor Cabang Beta.');
    expect(messages('en').staleBranches(laggingBranches(['BETA'], false, officeNames({ branches: [{ code: 'BETA', name: 'Kantor Cabang Beta' }] }, 'en')).shown.join(', '), 0)).toBe(
      'Branches whose data lag behind: Kantor Cabang Beta.',
    );
    // Before the directory has loaded: the codes.
    expect(laggingBranches(['BETA'], false, officeNames(undefined, 'id')).shown).toEqual(['BETA']);
  });

  it('names none when the latest month itself is stale: then every branch lags, which the notice says already', () => {
    expect(laggingBranches(codes, true)).toEqual({ shown: [], more: 0 });
    expect(laggingBranches(['BETA'], false)).toEqual({ shown: ['BETA'], more: 0 });
  });
});

describe("the latest month's coverage in the notice (issue 15, T2)", () => {
  const early = latestMonthCoverage([{ month: '2025-10', branches: 146 }, { month: '2025-11', branches: 1 }]);

  it('says how many branches the latest month covers and which month is complete, in both languages', () => {
    const current = { monthsBehind: 1, staleAfterMonths: 2 };
    expect(latestCoverageText(early, current, 'id')).toBe('Data terakhir: November 2025 (1 dari 147 cabang); Oktober 2025 lengkap.');
    expect(latestCoverageText(early, current, 'en')).toBe('Latest data: November 2025 (1 of 147 branches); October 2025 complete.');
  });

  it('adds how old the complete month is when that is stale', () => {
    expect(latestCoverageText(early, { monthsBehind: 13, staleAfterMonths: 2 }, 'id')).toBe(
      'Data terakhir: November 2025 (1 dari 147 cabang); Oktober 2025 lengkap. Bulan lengkap terakhir 14 bulan sebelum bulan ini: angka yang tampil bukan keadaan saat ini.',
    );
    // November two months behind is current, October three behind is not.
    expect(latestCoverageText(early, { monthsBehind: 2, staleAfterMonths: 2 }, 'en')).toContain('The latest complete month is 3 months before this month');
  });

  it('says nothing when every branch reported the latest month', () => {
    expect(latestCoverageText(latestMonthCoverage([{ month: '2025-10', branches: 147 }]), { monthsBehind: 1, staleAfterMonths: 2 }, 'id')).toBeNull();
    expect(latestCoverageText(latestMonthCoverage([]), { monthsBehind: null, staleAfterMonths: 2 }, 'id')).toBeNull();
  });
});
