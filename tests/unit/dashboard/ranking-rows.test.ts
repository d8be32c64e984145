// The ranked offices' rows (issue 15, T4): a key the answers add beyond the offices in scope is
// named from the directory, never shown as a bare code; the branches without an office are named
// as such.
import { describe, expect, it } from 'vitest';
import { NO_REGION_KEY, rankingRows } from '../../../common/dashboard/ranking.ts';

describe('rankingRows', () => {
  const offices = [{ code: 'MADIUN', name: 'Kantor Cabang Madiun', study: true }];
  const targets = [
    { key: 'MADIUN', attainmentPct: 90, status: 'IN_PROGRESS' as const, source: 'SYNTHETIC' },
    { key: 'SUMBARRIAU', attainmentPct: 100.75, status: 'COMPLETE' as const, source: 'SYNTHETIC' },
    { key: NO_REGION_KEY, attainmentPct: 50, status: 'COMPLETE' as const, source: 'SYNTHETIC' },
  ];

  it('names an added key from the directory, and the group without an office by its name', () => {
    const rows = rankingRows(offices, targets, [], 'Tanpa kantor wilayah', new Map([['SUMBARRIAU', 'Kantor Wilayah Sumbar Riau']]));
    expect(rows.map((r) => [r.code, r.name, r.selectable])).toEqual([
      ['MADIUN', 'Kantor Cabang Madiun', true],
      ['SUMBARRIAU', 'Kantor Wilayah Sumbar Riau', false],
      [NO_REGION_KEY, 'Tanpa kantor wilayah', false],
    ]);
  });

  it('keeps the code only for a key nobody knows', () => {
    expect(rankingRows(offices, targets, [], 'No regional office').map((r) => r.name)).toEqual(['Kantor Cabang Madiun', 'SUMBARRIAU', 'No regional office']);
  });
});
