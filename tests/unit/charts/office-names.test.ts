// The targets chart and table name branch and office rows as the directory does; other rows, and
// codes the directory does not know, keep the API's label.
import { describe, expect, it } from 'vitest';
import { withOfficeNames } from '../../../common/charts/target-attainment-names.ts';

const names = {
  branches: new Map([['MADIUN', 'Kantor Cabang Madiun']]),
  regions: new Map([['JATIM', 'Kantor Wilayah Jawa Timur']]),
  noRegion: 'Tanpa kantor wilayah',
};

describe('the names of target rows', () => {
  it('names branches and offices, and the row of branches without an office', () => {
    expect(withOfficeNames([{ key: 'MADIUN', label: 'MADIUN' }, { key: 'KEDIRI', label: 'KEDIRI' }], 'BRANCH', names)).toEqual([
      { key: 'MADIUN', label: 'Kantor Cabang Madiun' },
      { key: 'KEDIRI', label: 'KEDIRI' },
    ]);
    expect(withOfficeNames([{ key: 'JATIM', label: 'JATIM' }, { key: '(none)', label: '(none)' }], 'REGION', names)).toEqual([
      { key: 'JATIM', label: 'Kantor Wilayah Jawa Timur' },
      { key: '(none)', label: 'Tanpa kantor wilayah' },
    ]);
  });

  it('leaves programs, segments and staff (named by the API) as they are', () => {
    const rows = [{ key: 'MADIUN', label: 'Budi' }];
    expect(withOfficeNames(rows, 'STAFF', names)).toBe(rows);
    expect(withOfficeNames([{ key: 'JHT', label: 'JHT' }], 'PROGRAM', names)).toEqual([{ key: 'JHT', label: 'JHT' }]);
  });
});
