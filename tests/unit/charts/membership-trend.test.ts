import { describe, expect, it } from 'vitest';
import { expectGolden } from './golden.ts';
import { expectWellFormed, svgOf } from './render.ts';
import { membershipLongLabels, membershipMixed, membershipMonthly, membershipNulls, membershipStudy } from './fixtures.ts';
import { layoutMembershipTrend } from '../../../common/charts/membership-trend-layout.ts';
import { membershipTrendTable } from '../../../common/charts/membership-trend-table.ts';
import type { MembershipSeries } from '../../../common/charts/types.ts';
import type { ChartOptions } from '../../../common/charts/types.ts';

const cases: [string, readonly MembershipSeries[], ChartOptions][] = [
  ['membership-trend-study-id', membershipStudy, { width: 640, height: 400, locale: 'id', title: 'Peserta aktif Kantor Cabang Madiun', caption: 'Sumber: studi Kantor Cabang Madiun, Tabel 1–2' }],
  ['membership-trend-study-en', membershipStudy, { width: 640, height: 400, locale: 'en' }],
  ['membership-trend-mixed-sources', membershipMixed, { width: 800, height: 420, locale: 'id' }],
  ['membership-trend-monthly-large', membershipMonthly(), { width: 1200, height: 600, locale: 'en' }],
  ['membership-trend-small', membershipStudy, { width: 320, height: 240, locale: 'id' }],
  ['membership-trend-empty', [], { width: 640, height: 400, locale: 'id' }],
  ['membership-trend-nulls', membershipNulls, { width: 640, height: 400, locale: 'en' }],
  ['membership-trend-long-labels', membershipLongLabels, { width: 320, height: 240, locale: 'id', title: 'Judul yang sangat panjang sekali untuk grafik kecil ini' }],
];

describe('membership-trend', () => {
  it.each(cases)('%s matches its golden SVG', (name, data, options) => {
    const svg = svgOf('membership-trend', data, options);
    expectWellFormed(svg);
    expectGolden(name, svg);
  });

  it('writes Indonesian and English numbers', () => {
    const id = svgOf('membership-trend', membershipStudy, { locale: 'id' });
    const en = svgOf('membership-trend', membershipStudy, { locale: 'en' });
    expect(id).toContain('46.878');
    expect(id).toContain('-2,42%');
    expect(id).toContain('−1.058');
    expect(en).toContain('46,878');
    expect(en).toContain('-2.42%');
    expect(id).toContain('Data studi (Tabel 1–2)');
    expect(en).toContain('Study data (Tables 1–2)');
  });

  it('marks study points filled and synthetic points hollow, with a legend entry for each', () => {
    const model = layoutMembershipTrend(membershipMixed, { locale: 'id' });
    const shapes = model.series[0].points.map((p) => p.shape);
    expect(shapes.slice(0, 5)).toEqual(Array(5).fill('circle'));
    expect(shapes.slice(5)).toEqual(['hollow-circle', 'hollow-circle']);
    expect(model.frame.legend.map((l) => l.label.text)).toEqual(['PU', 'BPU', 'Data studi (Tabel 1–2)', 'Sintetis (demo)']);
  });

  it('thins 120 monthly periods to readable ticks', () => {
    const model = layoutMembershipTrend(membershipMonthly(), { width: 1200, height: 600, locale: 'en' });
    expect(model.series[0].points).toHaveLength(120);
    expect(model.xAxis!.ticks.length).toBeLessThanOrEqual(20);
    const small = layoutMembershipTrend(membershipMonthly(), { width: 320, height: 240, locale: 'en' });
    expect(small.xAxis!.ticks.length).toBeLessThanOrEqual(6);
    expect(small.xAxis!.ticks.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
  });

  it('labels quarters by year when they are too dense to label one by one', () => {
    const periods = Array.from({ length: 40 }, (_, i) => `${2015 + Math.floor(i / 4)}-Q${(i % 4) + 1}`);
    const series = [{ segment: 'PU', program: null, points: periods.map((period, i) => ({ period, activeParticipants: 30000 + i * 250 })) }];
    const model = layoutMembershipTrend(series, { width: 320, height: 240, locale: 'id' });
    expect(model.xAxis!.ticks.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
    const wide = layoutMembershipTrend(series.map((s) => ({ ...s, points: s.points.slice(0, 6) })), { width: 1200, height: 600, locale: 'id' });
    expect(wide.xAxis!.ticks.map((t) => t.label)).toContain('TW III 2015');
  });

  it('labels program series and keeps segment colours stable', () => {
    const model = layoutMembershipTrend(membershipMonthly(), { locale: 'id' });
    expect(model.series.map((s) => s.label)).toEqual(['PU · JHT', 'PU · JP', 'BPU · JKK']);
    const bpuOnly = layoutMembershipTrend([membershipStudy[1]], { locale: 'id' });
    const both = layoutMembershipTrend(membershipStudy, { locale: 'id' });
    expect(bpuOnly.series[0].color).toBe(both.series[1].color);
  });

  it('puts period, value, change and change % in each tooltip', () => {
    const model = layoutMembershipTrend(membershipStudy, { locale: 'id' });
    const tip = model.series[0].points[3].tooltip;
    expect(tip).toContain('2019');
    expect(tip).toContain('42.617');
    expect(tip).toContain('−1.058');
    expect(tip).toContain('-2,42%');
  });

  it('shows an empty-state message instead of axes', () => {
    const svg = svgOf('membership-trend', [], { locale: 'en' });
    expect(svg).toContain('No data for this selection');
    expect(svg).not.toContain('<path');
  });

  it('has a table with every figure', () => {
    const table = membershipTrendTable(membershipStudy, 'id');
    expect(table.columns.map((c) => c.key)).toContain('active_participants');
    expect(table.rows).toHaveLength(10);
    expect(table.rows[4]).toContain('46.878');
    expect(table.rows[3]).toEqual(expect.arrayContaining(['2019', '42.617', '−1.058', '-2,42%']));
    expect(table.values[9]).toEqual(['BPU', null, 'PERSONS', '2020', 7269, 2503, 52.52, null, null, null, null, 'STUDY', null, null]);
    expect(table.rows[9][2]).toBe('orang');
    expect(JSON.stringify(membershipTrendTable(membershipNulls, 'en'))).not.toContain('NaN');
  });
});
