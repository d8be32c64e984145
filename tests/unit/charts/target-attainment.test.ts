import { describe, expect, it } from 'vitest';
import { expectGolden } from './golden.ts';
import { expectWellFormed, svgOf } from './render.ts';
import { attainmentNulls, attainmentPrograms, attainmentStaff } from './fixtures.ts';
import { layoutTargetAttainment } from '../../../client/charts/target-attainment-layout.ts';
import { targetAttainmentTable } from '../../../client/charts/target-attainment-table.ts';
import type { AttainmentRow, ChartOptions } from '../../../client/charts/types.ts';

const cases: [string, readonly AttainmentRow[], ChartOptions][] = [
  ['target-attainment-programs-id', attainmentPrograms, { width: 640, height: 400, locale: 'id' }],
  ['target-attainment-programs-en', attainmentPrograms, { width: 640, height: 400, locale: 'en', caption: 'Synthetic demo data; realisation as of June 2024.' }],
  ['target-attainment-staff-large', attainmentStaff, { width: 1200, height: 600, locale: 'id', title: 'Target peserta baru per petugas 2024' }],
  ['target-attainment-small', attainmentPrograms, { width: 320, height: 240, locale: 'id' }],
  ['target-attainment-empty', [], { width: 640, height: 400, locale: 'id' }],
  ['target-attainment-nulls', attainmentNulls, { width: 640, height: 400, locale: 'en' }],
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
    expect(table.rows[0]).toEqual(['JKK', '52.000', '48.100', '92,50%', '3.900', '53.400', '102,69%', 'Juni 2024', 'Sintetis (demo)']);
    expect(table.values[2]).toEqual(['JHT', 41000, 43800, 106.83, -2800, null, null, '2024-06', 'SYNTHETIC']);
    const nulls = targetAttainmentTable(attainmentNulls, 'en');
    expect(nulls.rows[0][3]).toBe('–');
    expect(JSON.stringify(nulls)).not.toContain('NaN');
  });
});
