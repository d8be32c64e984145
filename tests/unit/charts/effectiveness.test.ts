import { describe, expect, it } from 'vitest';
import { expectGolden } from './golden.ts';
import { expectWellFormed, svgOf } from './render.ts';
import { effectivenessClose, effectivenessDecided, effectivenessEmpty, effectivenessInsufficient, effectivenessPromotionCheaper } from './fixtures.ts';
import { layoutEffectiveness } from '../../../client/charts/effectiveness-layout.ts';
import { effectivenessTable } from '../../../client/charts/effectiveness-table.ts';
import { effectivenessReachNote, effectivenessVerdictText } from '../../../client/charts/effectiveness-verdict.ts';
import type { ChartOptions, Effectiveness } from '../../../client/charts/types.ts';

const cases: [string, Effectiveness, ChartOptions][] = [
  ['effectiveness-decided-id', effectivenessDecided, { width: 640, height: 400, locale: 'id' }],
  ['effectiveness-decided-en', effectivenessDecided, { width: 640, height: 400, locale: 'en', title: 'Socialisation versus promotion, Madiun 2024' }],
  ['effectiveness-not-distinguishable', effectivenessClose, { width: 800, height: 450, locale: 'id' }],
  ['effectiveness-insufficient', effectivenessInsufficient, { width: 640, height: 400, locale: 'en' }],
  ['effectiveness-large', effectivenessDecided, { width: 1200, height: 600, locale: 'id' }],
  ['effectiveness-small', effectivenessDecided, { width: 320, height: 240, locale: 'en' }],
  ['effectiveness-empty', effectivenessEmpty, { width: 640, height: 400, locale: 'id' }],
];

describe('effectiveness', () => {
  it.each(cases)('%s matches its golden SVG', (name, data, options) => {
    const svg = svgOf('effectiveness', data, options);
    expectWellFormed(svg);
    expectGolden(name, svg);
  });

  it('states the winner with figures and the cost ratio interval', () => {
    const id = effectivenessVerdictText(effectivenessDecided, 'id');
    expect(id).toContain('Sosialisasi menghasilkan pendaftaran dengan biaya lebih rendah daripada promosi');
    expect(id).toContain('Rp73.861');
    expect(id).toContain('promosi sekitar 6,4 kali lebih mahal');
    expect(id).toContain('5,2–8,0');
    const en = effectivenessVerdictText(effectivenessDecided, 'en');
    expect(en).toContain('Socialisation brings registrations at a lower cost than promotion');
    expect(en).toContain('Socialisation brings more registrations per activity than promotion');
  });

  it('inverts the ratio when promotion is the cheaper one', () => {
    const en = effectivenessVerdictText(effectivenessPromotionCheaper, 'en');
    expect(en).toContain('Promotion brings registrations at a lower cost than socialisation');
    expect(en).toContain('socialisation costs about 2.0 times as much per registration (95% CI: 1.3–4.0)');
  });

  it('says explicitly when the data cannot tell them apart, or is insufficient', () => {
    expect(effectivenessVerdictText(effectivenessClose, 'en')).toContain('The data cannot tell socialisation and promotion apart on cost per registration');
    expect(effectivenessVerdictText(effectivenessClose, 'id')).toContain('Data belum dapat membedakan');
    expect(effectivenessVerdictText(effectivenessInsufficient, 'en')).toContain('cannot be compared yet');
    expect(effectivenessVerdictText(effectivenessClose, 'en')).not.toContain('times');
  });

  it('reminds that reach is attendees vs impressions', () => {
    expect(effectivenessReachNote('en')).toContain('attendees');
    expect(effectivenessReachNote('id')).toContain('tayangan');
    const svg = svgOf('effectiveness', effectivenessDecided, { locale: 'id' });
    expect(svg).toContain('tidak sebanding');
  });

  it('draws conversion as dots with 95 % whiskers and the others as bars', () => {
    const model = layoutEffectiveness(effectivenessDecided, { locale: 'en' });
    const [conversion, cost, perActivity] = model.panels;
    expect(conversion.items.every((i) => i.dot && i.whisker && !i.bar)).toBe(true);
    expect(cost.items.every((i) => i.bar && !i.dot)).toBe(true);
    expect(perActivity.items.map((i) => i.valueLabel.text)).toEqual(['6.1', '1.6']);
    const w = conversion.items[0].whisker!;
    expect(w.y1).toBeGreaterThan(w.y2);
  });

  it('leaves the missing side empty with a dash', () => {
    const model = layoutEffectiveness(effectivenessInsufficient, { locale: 'id' });
    const promo = model.panels[1].items[1];
    expect(promo.bar).toBeNull();
    expect(promo.valueLabel.text).toBe('–');
  });

  it('treats a partial result as missing data rather than crashing', () => {
    const partial = { promotion: effectivenessDecided.promotion } as unknown as Effectiveness;
    const svg = svgOf('effectiveness', partial, { locale: 'en' });
    expectWellFormed(svg);
    expect(svg).toContain('cannot be compared yet');
    expectWellFormed(svgOf('effectiveness', null as unknown as Effectiveness, { locale: 'en' }));
  });

  it('has a table with every figure', () => {
    const table = effectivenessTable(effectivenessDecided, 'id');
    expect(table.columns.map((c) => c.label)).toEqual(['Ukuran', 'Sosialisasi', 'Promosi']);
    expect(table.rows.find((r) => r[0] === 'Biaya per pendaftaran')).toEqual(['Biaya per pendaftaran', 'Rp73.861', 'Rp474.757']);
    expect(table.rows.find((r) => r[0] === 'Konversi')).toEqual(['Konversi', '13,85%', '0,14%']);
    expect(table.values.find((v) => v[0] === 'reach')).toEqual(['reach', 3010, 76000]);
    expect(JSON.stringify(effectivenessTable(effectivenessInsufficient, 'en'))).not.toContain('NaN');
  });
});
