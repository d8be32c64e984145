import { describe, expect, it } from 'vitest';
import { expectGolden } from './golden.ts';
import { expectWellFormed, svgOf } from './render.ts';
import { attainmentNulls, attainmentPrograms, attainmentStaff } from './fixtures.ts';
import { attainmentPartial, attainmentStaffPersons, attainmentWithIntervals } from './target-attainment-fixtures.ts';
import { layoutTargetAttainment } from '../../../common/charts/target-attainment-layout.ts';
import { targetAttainmentTable } from '../../../common/charts/target-attainment-table.ts';
import type { AttainmentRow, ChartOptions } from '../../../common/charts/types.ts';

const cases: [string, readonly AttainmentRow[], ChartOptions][] = [
  ['target-attainment-programs-id', attainmentPrograms, { width: 640, height: 400, locale: 'id' }],
  ['target-attainment-programs-en', attainmentPrograms, { width: 640, height: 400, locale: 'en', caption: 'Synthetic demo data; realisation as of June 2024.' }],
  ['target-attainment-staff-large', attainmentStaff, { width: 1200, height: 600, locale: 'id', title: 'Target peserta baru per petugas 2024' }],
  ['target-attainment-small', attainmentPrograms, { width: 320, height: 240, locale: 'id' }],
  ['target-attainment-empty', [], { width: 640, height: 400, locale: 'id' }],
  ['target-attainment-nulls', attainmentNulls, { width: 640, height: 400, locale: 'en' }],
  ['target-attainment-intervals-id', attainmentWithIntervals, { width: 640, height: 400, locale: 'id' }],
  ['target-attainment-intervals-en', attainmentWithIntervals, { width: 640, height: 400, locale: 'en' }],
  ['target-attainment-partial-id', attainmentPartial, { width: 640, height: 400, locale: 'id' }],
  ['target-attainment-partial-en', attainmentPartial, { width: 640, height: 400, locale: 'en' }],
];

describe('target-attainment', () => {
  it.each(cases)('%s matches its golden SVG', (name, data, options) => {
    const svg = svgOf('target-attainment', data, options);
    expectWellFormed(svg);
    expectGolden(name, svg);
  });

  it('labels attainment per row in the locale and draws projections only where given', () => {
    const model = layoutTargetAttainment(attainmentPrograms, { width: 640, locale: 'id' });
    expect(model.bars.map((b) => b.valueLabel.text.split(' ')[0])).toEqual(['92,50%', '92,21%', '106,83%', '71,67%']);
    expect(model.bars.map((b) => b.projection !== null)).toEqual([true, true, false, true]);
    expect(model.frame.legend.map((l) => l.key)).toEqual(['target', 'realised', 'projected']);
    const en = svgOf('target-attainment', attainmentPrograms, { locale: 'en' });
    expect(en).toContain('92.50%');
    expect(en).toContain('Year-end projection: 53,400 (102.69%)');
  });

  it('places the 100 % reference where the target track ends', () => {
    const model = layoutTargetAttainment(attainmentPrograms, {});
    const track = model.bars[0].track;
    expect(model.reference!.x).toBeCloseTo(track.x + track.width, 1);
  });

  it('caps the scale for runaway attainment but keeps the real figure in the label', () => {
    const model = layoutTargetAttainment(attainmentStaff, { width: 800 });
    const agus = model.bars.find((b) => b.key === 'ARK-01')!;
    expect(agus.clipped).toBe(true);
    expect(agus.valueLabel.text).toContain('400,00%');
    expect(agus.bar.x + agus.bar.width).toBeLessThanOrEqual(model.xAxis!.range[1] + 0.01);
  });

  it('shows a zero target as undefined attainment, not 0 %', () => {
    const model = layoutTargetAttainment(attainmentNulls, { locale: 'en' });
    expect(model.bars[0].valueLabel.text.split(' ')[0]).toBe('–');
    expect(model.bars[0].label.text).toBe('JKP');
    expect(model.bars[0].bar.width).toBe(0);
  });

  it('has a table with every figure', () => {
    const table = targetAttainmentTable(attainmentPrograms, 'id');
    expect(table.rows[0]).toEqual(['JKK', '–', '52.000', '48.100', '92,50%', '3.900', '53.400', '–', '–', '102,69%', 'Juni 2024', '–', '–', '–', '–', '–', 'Sintetis (demo)']);
    expect(table.values[2]).toEqual(['JHT', null, 41000, 43800, 106.83, -2800, null, null, null, null, '2024-06', null, null, null, null, null, 'SYNTHETIC']);
    const nulls = targetAttainmentTable(attainmentNulls, 'en');
    expect(nulls.rows[0][4]).toBe('–');
    expect(JSON.stringify(nulls)).not.toContain('NaN');
  });

  it('names the unit of every count: program enrolments for programs, persons for staff', () => {
    const table = targetAttainmentTable(attainmentWithIntervals, 'id');
    expect(table.columns.map((c) => c.key)).toContain('realised_enrolments');
    expect(table.columns.find((c) => c.key === 'realised_enrolments')!.label).toBe('Realisasi (kepesertaan program)');
    expect(JSON.stringify(table.columns)).not.toMatch(/peserta\b|persons/);
    const en = targetAttainmentTable(attainmentStaffPersons, 'en');
    expect(en.columns.find((c) => c.key === 'realised_persons')!.label).toBe('Realised (persons)');
    const model = layoutTargetAttainment(attainmentWithIntervals, { width: 640, locale: 'id' });
    expect(model.axisTitle!.full ?? model.axisTitle!.text).toContain('kepesertaan program');
    expect(model.frame.desc).toContain('kepesertaan program');
    expect(model.bars[0].tooltip).toContain('(kepesertaan program)');
  });

  it('says "belum ada data" / "no data yet" for a target with no data, never 0 %', () => {
    const id = layoutTargetAttainment(attainmentWithIntervals, { width: 640, locale: 'id' });
    const jkp = id.bars.find((b) => b.key === 'JKP')!;
    expect(jkp.valueLabel.text).toBe('belum ada data');
    expect(jkp.bar.width).toBe(0);
    expect(jkp.tooltip).not.toMatch(/0,00%/);
    expect(id.frame.desc).toContain('JKP belum ada data');
    const en = layoutTargetAttainment(attainmentWithIntervals, { width: 640, locale: 'en' });
    expect(en.bars.find((b) => b.key === 'JKP')!.valueLabel.text).toBe('no data yet');
    const table = targetAttainmentTable(attainmentWithIntervals, 'en');
    const row = table.rows.find((r) => r[0] === 'JKP')!;
    expect(row[1]).toBe('No data yet');
    expect(row[4]).toBe('no data yet');
    expect(table.values.find((v) => v[0] === 'JKP')![4]).toBeNull();
  });

  it('draws the 95 % interval of a projection and names the months and branches behind a row', () => {
    const model = layoutTargetAttainment(attainmentWithIntervals, { width: 640, locale: 'id' });
    const jht = model.bars.find((b) => b.key === 'JHT')!;
    expect(jht.projection!.interval!.x1).toBeLessThan(jht.projection!.tickX);
    expect(jht.projection!.interval!.x2).toBeGreaterThan(jht.projection!.tickX);
    expect(jht.tooltip).toContain('IK 95%: 640–720');
    const jkk = model.bars.find((b) => b.key === 'JKK')!;
    expect(jkk.tooltip).toContain('Per Agustus 2031 – Oktober 2031');
    expect(JSON.stringify(model.frame.legend.find((l) => l.key === 'projected'))).toContain('Proyeksi akhir tahun (IK 95%)');
    const table = targetAttainmentTable(attainmentWithIntervals, 'id');
    expect(table.rows[0].slice(6, 9)).toEqual(['4.264', '4.236', '4.292']);
    expect(table.rows[1][11]).toBe('1/1');
  });

  it('says "data belum lengkap" / "incomplete data" for a row whose targets only partly have data, with the attainment over those', () => {
    const id = layoutTargetAttainment(attainmentPartial, { width: 640, locale: 'id' });
    const pu = id.bars.find((b) => b.key === 'PU')!;
    expect(pu.partial).toBe(true);
    expect(pu.valueLabel.text.startsWith('data belum lengkap: 101,21%')).toBe(true);
    const wide = layoutTargetAttainment(attainmentPartial, { width: 1100, locale: 'id' }).bars[0];
    expect(wide.valueLabel.full ?? wide.valueLabel.text).toBe('data belum lengkap: 101,21% · 12.145/12.000');
    expect(JSON.stringify(id)).not.toContain('33,74%');
    // The bar stands for 101 % of the covered target, not 34 % of the whole.
    expect(pu.bar.width).toBeGreaterThan(pu.track.width);
    expect(pu.tooltip).toContain('data belum lengkap: 1 dari 3 target ada datanya, target 24.000 belum ada data');
    expect(pu.tooltip).toContain('Capaian atas target yang ada datanya (12.000): 101,21%');
    expect(id.frame.desc).toContain('PU data belum lengkap: 101,21% (12.145/12.000; 1 dari 3 target ada datanya, target 24.000 belum ada data)');
    expect(id.frame.legend.map((l) => l.key)).toContain('partial');
    expect(id.bars.find((b) => b.key === 'BPU')!.partial).toBe(false);
    const en = layoutTargetAttainment(attainmentPartial, { width: 640, locale: 'en' });
    const puEn = en.bars.find((b) => b.key === 'PU')!;
    expect(puEn.valueLabel.text.startsWith('incomplete data: 101.21%')).toBe(true);
    expect(puEn.tooltip).toContain('incomplete data: 1 of 3 targets have data, 24,000 of the target has none yet');
    // No legend entry where every row is plain.
    expect(layoutTargetAttainment(attainmentWithIntervals, { width: 640 }).frame.legend.map((l) => l.key)).not.toContain('partial');
    const svg = svgOf('target-attainment', attainmentPartial, { locale: 'en' });
    expect(svg).toContain('incomplete data');
  });

  it('tables a partial row with its counts, the target without data and a note', () => {
    const table = targetAttainmentTable(attainmentPartial, 'id');
    const col = (key: string) => table.columns.findIndex((c) => c.key === key);
    const pu = table.rows[0];
    expect(pu[col('status')]).toBe('Data belum lengkap');
    expect(pu[col('attainment_pct')]).toBe('data belum lengkap: 101,21%');
    expect(pu[col('keys_with_data')]).toBe('1/3');
    expect(pu[col('target_with_data_enrolments')]).toBe('12.000');
    expect(pu[col('target_without_data_enrolments')]).toBe('24.000');
    expect(pu[col('note')]).toBe('data belum lengkap: 1 dari 3 target ada datanya, target 24.000 belum ada data');
    expect(table.values[0].slice(col('keys_with_data'), col('note') + 1)).toEqual([1, 12000, 24000, 'data belum lengkap: 1 dari 3 target ada datanya, target 24.000 belum ada data']);
    expect(table.rows[1][col('note')]).toBe('–');
    expect(table.rows[1][col('target_without_data_enrolments')]).toBe('–');
    expect(table.rows[2][col('target_without_data_enrolments')]).toBe('900');
    expect(table.rows[2][col('gap_enrolments')]).toBe('–');
    const en = targetAttainmentTable(attainmentPartial, 'en');
    expect(en.rows[0][col('attainment_pct')]).toBe('incomplete data: 101.21%');
    expect(en.columns[col('target_without_data_enrolments')].label).toBe('Target without data (program enrolments)');
  });
});
