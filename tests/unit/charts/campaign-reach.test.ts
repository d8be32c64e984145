import { describe, expect, it } from 'vitest';
import { expectGolden } from './golden.ts';
import { expectWellFormed, svgOf } from './render.ts';
import { reachChannels, reachLongKeys, reachNulls } from './fixtures.ts';
import { layoutCampaignReach } from '../../../client/charts/campaign-reach-layout.ts';
import { campaignReachTable } from '../../../client/charts/campaign-reach-table.ts';
import { reachKeyLabel } from '../../../client/charts/reach-keys.ts';
import type { CampaignReachOptions, ReachRow } from '../../../client/charts/types.ts';

const cases: [string, readonly ReachRow[], CampaignReachOptions][] = [
  ['campaign-reach-channels-id', reachChannels, { width: 640, height: 400, locale: 'id' }],
  ['campaign-reach-channels-en', reachChannels, { width: 640, height: 400, locale: 'en', title: 'Campaign reach, Madiun 2024' }],
  ['campaign-reach-cost-per-registration', reachChannels, { width: 640, height: 400, locale: 'id', measure: 'costPerRegistration', sort: 'value' }],
  ['campaign-reach-conversion-highlight', reachChannels, { width: 800, height: 420, locale: 'en', measure: 'conversionRate', highlight: 'ZOOM' }],
  ['campaign-reach-large', reachChannels, { width: 1200, height: 600, locale: 'id', measure: 'registrations' }],
  ['campaign-reach-small', reachChannels, { width: 320, height: 240, locale: 'id', measure: 'costIdr' }],
  ['campaign-reach-empty', [], { width: 640, height: 400, locale: 'en' }],
  ['campaign-reach-nulls', reachNulls, { width: 640, height: 400, locale: 'id', measure: 'conversionRate' }],
  ['campaign-reach-long-labels', reachLongKeys, { width: 320, height: 240, locale: 'en', measure: 'registrations' }],
];

describe('campaign-reach', () => {
  it.each(cases)('%s matches its golden SVG', (name, data, options) => {
    const svg = svgOf('campaign-reach', data, options);
    expectWellFormed(svg);
    expectGolden(name, svg);
  });

  it('labels channels per locale and formats values per measure', () => {
    const id = svgOf('campaign-reach', reachChannels, { locale: 'id', measure: 'costIdr' });
    expect(id).toContain('Tatap muka');
    expect(id).toContain('Koran');
    expect(id).toContain('Rp28.800.000');
    const en = svgOf('campaign-reach', reachChannels, { locale: 'en', measure: 'conversionRate' });
    expect(en).toContain('Face to face');
    expect(en).toContain('Newspaper');
    expect(en).toContain('15.91%');
    expect(reachKeyLabel('BROCHURE', 'id')).toBe('Brosur');
    expect(reachKeyLabel('WEBSITE', 'en')).toBe('Website');
    expect(reachKeyLabel('2024-Q3', 'id')).toBe('Triwulan III 2024');
    expect(reachKeyLabel('AR-07', 'id')).toBe('AR-07');
  });

  it('colours bars by activity type with a legend for both', () => {
    const model = layoutCampaignReach(reachChannels, { locale: 'id' });
    const colors = new Set(model.bars.map((b) => `${b.activity}:${b.color}`));
    expect(colors.size).toBe(2);
    expect(model.frame.legend.map((l) => l.label.text)).toEqual(['Sosialisasi', 'Promosi']);
  });

  it('warns that reach is not comparable across types only where it matters', () => {
    expect(layoutCampaignReach(reachChannels, { locale: 'id', measure: 'reach' }).note.length).toBeGreaterThan(0);
    expect(layoutCampaignReach(reachChannels, { locale: 'id', measure: 'registrations' }).note).toHaveLength(0);
    expect(layoutCampaignReach(reachChannels.slice(0, 3), { locale: 'id', measure: 'reach' }).note).toHaveLength(0);
  });

  it('emphasises the highlighted key and dims the others', () => {
    const model = layoutCampaignReach(reachChannels, { highlight: 'ZOOM' });
    expect(model.bars.filter((b) => b.highlighted).map((b) => b.key)).toEqual(['ZOOM']);
    expect(model.bars.filter((b) => b.dimmed)).toHaveLength(reachChannels.length - 1);
    const unknown = layoutCampaignReach(reachChannels, { highlight: 'NOPE' });
    expect(unknown.bars.some((b) => b.dimmed)).toBe(false);
  });

  it('sorts by value only when asked, keeping null values last', () => {
    const model = layoutCampaignReach(reachChannels, { measure: 'costPerRegistration', sort: 'value' });
    expect(model.bars[0].key).toBe('SPANDUK');
    expect(model.bars[model.bars.length - 1].key).toBe('NEWSPAPER');
    expect(model.bars[model.bars.length - 1].valueLabel.text).toBe('–');
    expect(layoutCampaignReach(reachChannels).bars.map((b) => b.key)).toEqual(reachChannels.map((r) => r.key));
  });

  it('truncates long labels with an ellipsis and keeps the full text', () => {
    const model = layoutCampaignReach(reachLongKeys, { width: 320, height: 240 });
    expect(model.bars[0].label.text.endsWith('…')).toBe(true);
    expect(model.bars[0].label.full).toBe(reachLongKeys[0].key);
  });

  it('has a table with every figure', () => {
    const table = campaignReachTable(reachChannels, 'id');
    expect(table.columns[0].label).toBe('Kanal');
    const f2f = table.rows.find((r) => r[0] === 'Tatap muka')!;
    expect(f2f).toEqual(['Tatap muka', 'Sosialisasi', '48', '2.150', '610', '342', 'Rp28.800.000', '15,91%', 'Rp84.211', '7,13', 'Sintetis (demo)']);
    expect(table.values[4].slice(0, 3)).toEqual(['FACE_TO_FACE', 'SOCIALISATION', 48]);
    const nulls = campaignReachTable(reachNulls, 'en');
    expect(nulls.rows[1][0]).toBe('(none)');
    expect(nulls.rows[2][7]).toBe('–');
    expect(JSON.stringify(nulls)).not.toContain('NaN');
    expect(campaignReachTable([], 'en').rows).toEqual([]);
  });
});
