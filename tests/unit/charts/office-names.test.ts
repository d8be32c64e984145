// Branch and office rows are named as the directory names them, the same for the dashboard and
// the charts the server draws (common/charts/office-names.ts); other rows, and codes the
// directory does not know, keep their own label. Named rows' tables have the name, then the
// code, so that a row reads by its name and a CSV stays joinable.
import { describe, expect, it } from 'vitest';
import { officeLabel, officeNames, withOfficeNames } from '../../../common/charts/office-names.ts';
import { campaignReachTable } from '../../../common/charts/campaign-reach-table.ts';
import { layoutCampaignReach } from '../../../common/charts/campaign-reach-layout.ts';
import { targetAttainmentTable } from '../../../common/charts/target-attainment-table.ts';
import type { ReachRow } from '../../../common/charts/types.ts';

const directory = { branches: [{ code: 'MADIUN', name: 'Kantor Cabang Madiun' }], regions: [{ code: 'JATIM', name: 'Kantor Wilayah Jawa Timur' }] };
const names = officeNames(directory, 'id');

describe('the names of office rows', () => {
  it('names branches and offices, and the row of branches without an office in the reader\'s language', () => {
    expect(withOfficeNames([{ key: 'MADIUN', label: 'MADIUN' }, { key: 'KEDIRI', label: 'KEDIRI' }], 'BRANCH', names)).toEqual([
      { key: 'MADIUN', label: 'Kantor Cabang Madiun' },
      { key: 'KEDIRI', label: 'KEDIRI' },
    ]);
    expect(withOfficeNames([{ key: 'JATIM', label: 'JATIM' }, { key: '(none)', label: '(none)' }], 'REGION', names)).toEqual([
      { key: 'JATIM', label: 'Kantor Wilayah Jawa Timur' },
      { key: '(none)', label: 'Tanpa kantor wilayah' },
    ]);
    expect(withOfficeNames([{ key: '(none)' }], 'REGION', officeNames(directory, 'en'))).toEqual([{ key: '(none)', label: 'No regional office' }]);
  });

  it('gives one key its name, or the key where there is none (the stale-data warnings)', () => {
    expect(officeLabel('MADIUN', 'BRANCH', names)).toBe('Kantor Cabang Madiun');
    expect(officeLabel('KEDIRI', 'BRANCH', names)).toBe('KEDIRI');
    expect(officeLabel('(none)', 'REGION', officeNames(directory, 'en'))).toBe('No regional office');
    expect(officeLabel('JHT', 'PROGRAM', names)).toBe('JHT');
  });

  it('leaves programs, segments and staff (named by the API) as they are', () => {
    const rows = [{ key: 'MADIUN', label: 'Budi' }];
    expect(withOfficeNames(rows, 'STAFF', names)).toBe(rows);
    expect(withOfficeNames([{ key: 'JHT', label: 'JHT' }], 'PROGRAM', names)).toEqual([{ key: 'JHT', label: 'JHT' }]);
  });
});

const reach = (key: string): ReachRow => ({ key, activity: null, reachUnit: 'MIXED', activities: 4, reach: 100, attendees: 40, impressions: 60, registrations: 8, costIdr: 1_000_000 });

describe('named rows in charts and tables', () => {
  it('draws a campaign-reach bar by the branch\'s name, and its table gives the code beside the name', () => {
    const rows = withOfficeNames([reach('MADIUN'), reach('KEDIRI')], 'BRANCH', names);
    const model = layoutCampaignReach(rows, { locale: 'id', measure: 'registrations' });
    expect(model.bars.map((b) => b.label.full ?? b.label.text)).toContain('Kantor Cabang Madiun');
    expect(model.bars.find((b) => (b.label.full ?? b.label.text) === 'Kantor Cabang Madiun')!.tooltip.startsWith('Kantor Cabang Madiun')).toBe(true);
    const table = campaignReachTable(rows, 'id');
    expect(table.columns.slice(0, 2).map((c) => [c.key, c.label])).toEqual([['name', 'Nama'], ['key', 'Kode']]);
    expect(table.values.map((v) => v.slice(0, 2))).toEqual([['Kantor Cabang Madiun', 'MADIUN'], ['KEDIRI', 'KEDIRI']]);
    expect(table.rows[0].slice(0, 3)).toEqual(['Kantor Cabang Madiun', 'MADIUN', 'Campuran']);
  });

  it('keeps a table of unnamed rows (channels, programs) as it was: one key column', () => {
    const channels = campaignReachTable([{ ...reach('YOUTUBE'), activity: 'PROMOTION', reachUnit: 'IMPRESSIONS' }], 'en');
    expect(channels.columns[1].key).toBe('activity');
    expect(channels.rows[0][0]).toBe('YouTube');
    expect(channels.values[0][0]).toBe('YOUTUBE');
    const programs = targetAttainmentTable([{ key: 'JHT', label: 'JHT', target: 10, realised: 5, attainmentPct: 50 }], 'en');
    expect(programs.columns.map((c) => c.key).slice(0, 2)).toEqual(['key', 'status']);
  });

  it('gives a target table of offices a name and a code column', () => {
    const rows = withOfficeNames([{ key: 'JATIM', label: 'JATIM', target: 10, realised: 5, attainmentPct: 50 }], 'REGION', officeNames(directory, 'en'));
    const table = targetAttainmentTable(rows, 'en');
    expect(table.columns.slice(0, 2).map((c) => c.label)).toEqual(['Name', 'Code']);
    expect(table.values[0].slice(0, 2)).toEqual(['Kantor Wilayah Jawa Timur', 'JATIM']);
  });
});
