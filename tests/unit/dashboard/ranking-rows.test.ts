// The ranked offices' rows (issue 15, T4): a key the answers add beyond the offices in scope is
// named from the directory, never shown as a bare code; the branches without an office are named
// as such.
import { describe, expect, it } from 'vitest';
import { officeNames } from '../../../common/charts/office-names.ts';
import { NO_REGION_KEY, rankingRows } from '../../../common/dashboard/ranking.ts';

describe('rankingRows', () => {
  const offices = [{ code: 'JATIM', name: 'Kantor Wilayah Jawa Timur', study: true }];
  const targets = [
    { key: 'JATIM', attainmentPct: 90, status: 'IN_PROGRESS' as const, source: 'SYNTHETIC' },
    { key: 'SUMBARRIAU', attainmentPct: 100.75, status: 'COMPLETE' as const, source: 'SYNTHETIC' },
    { key: NO_REGION_KEY, attainmentPct: 50, status: 'COMPLETE' as const, source: 'SYNTHETIC' },
  ];

  it('names an added key from the directory, and the group without an office by its name', () => {
    const rows = rankingRows(offices, targets, [], 'REGION', officeNames({ regions: [{ code: 'SUMBARRIAU', name: 'Kantor Wilayah Sumbar Riau' }] }, 'id'));
    expect(rows.map((r) => [r.code, r.name, r.selectable])).toEqual([
      ['JATIM', 'Kantor Wilayah Jawa Timur', true],
      ['SUMBARRIAU', 'Kantor Wilayah Sumbar Riau', false],
      [NO_REGION_KEY, 'Tanpa kantor wilayah', false],
    ]);
  });

  it('keeps the code only for a key nobody knows', () => {
    expect(rankingRows(offices, targets, [], 'REGION', officeNames(null, 'en')).map((r) => r.name)).toEqual(['Kantor Wilayah Jawa Timur', 'SUMBARRIAU', 'No regional office']);
  });

  it('names a key of a branch ranking from the branches only', () => {
    const names = officeNames({ branches: [{ code: 'KEDIRI', name: 'Kantor Cabang Kediri' }], regions: [{ code: 'KEDIRI', name: 'not a branch' }] }, 'id');
    const branch = [{ key: 'KEDIRI', attainmentPct: 80, status: 'COMPLETE' as const, source: 'SYNTHETIC' }];
    expect(rankingRows([], branch, [], 'BRANCH', names).map((r) => r.name)).toEqual(['Kantor Cabang Kediri']);
  });
});
