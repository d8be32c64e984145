import { describe, expect, it } from 'vitest';
import { expectGolden } from './golden.ts';
import { expectWellFormed, svgOf } from './render.ts';
import { reachChannels, reachLongKeys, reachNulls } from './fixtures.ts';
import { layoutCampaignReach } from '../../../common/charts/campaign-reach-layout.ts';
import { campaignReachTable } from '../../../common/charts/campaign-reach-table.ts';
import { reachKeyLabel } from '../../../common/charts/reach-keys.ts';
import type { CampaignReachOptions, ReachRow } from '../../../common/charts/types.ts';

/** Channels as campaignReach now answers them: one row per type (YouTube twice), with intervals. */
const interval = (key: string, activity: 'SOCIALISATION' | 'PROMOTION', n: number, reach: number, y: number, cost: number, cpr: [number, number | null], conv: [number, number]): ReachRow => ({
  key,
  activity,
  reachUnit: activity === 'SOCIALISATION' ? 'ATTENDEES' : 'IMPRESSIONS',
  activities: n,
  reach,
  attendees: activity === 'SOCIALISATION' ? reach : 0,
  impressions: activity === 'PROMOTION' ? reach : 0,
  leads: null,
  registrations: y,
  costIdr: cost,
  conversionRate: (100 * y) / reach,
  conversionLow: conv[0],
  conversionHigh: conv[1],
  costPerRegistration: cost / y,
  costPerRegistrationLow: cpr[0],
  costPerRegistrationHigh: cpr[1],
  registrationsPerActivity: y / n,
  source: 'SYNTHETIC',
});
const reachIntervals: ReachRow[] = [
  interval('FACE_TO_FACE', 'SOCIALISATION', 48, 2150, 610, 28_800_000, [39_500, 61_200], [24.1, 32.9]),
  interval('YOUTUBE', 'SOCIALISATION', 6, 1900, 52, 900_000, [9_800, 35_400], [1.5, 4.6]),
  interval('YOUTUBE', 'PROMOTION', 9, 210_000, 61, 18_000_000, [180_000, 520_000], [0.011, 0.06]),
  interval('INSTAGRAM', 'PROMOTION', 3, 90_000, 12, 4_500_000, [120_000, null], [0.002, 0.09]),
];
const reachMixedYear: ReachRow[] = [
  { ...interval('2024', 'SOCIALISATION', 120, 4500, 900, 60_000_000, [55_000, 80_000], [17, 23]), activity: null, reachUnit: 'MIXED', reach: 504_500, impressions: 500_000, conversionRate: null, conversionLow: null, conversionHigh: null },
];

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
  ['campaign-reach-intervals-id', reachIntervals, { width: 640, height: 360, locale: 'id', measure: 'costPerRegistration', sort: 'value' }],
  ['campaign-reach-intervals-conversion-en', reachIntervals, { width: 640, height: 360, locale: 'en', measure: 'conversionRate' }],
  ['campaign-reach-mixed-year', reachMixedYear, { width: 480, height: 240, locale: 'id', measure: 'conversionRate' }],
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

  it('highlights one channel of one activity type: PROMOTION:YOUTUBE is one bar, a bare YOUTUBE both', () => {
    const promotion = layoutCampaignReach(reachIntervals, { highlight: 'PROMOTION:YOUTUBE' });
    expect(promotion.bars.filter((b) => b.highlighted).map((b) => `${b.activity}:${b.key}`)).toEqual(['PROMOTION:YOUTUBE']);
    expect(promotion.bars.filter((b) => b.dimmed)).toHaveLength(reachIntervals.length - 1);
    const socialisation = layoutCampaignReach(reachIntervals, { highlight: 'SOCIALISATION:YOUTUBE' });
    expect(socialisation.bars.filter((b) => b.highlighted).map((b) => b.activity)).toEqual(['SOCIALISATION']);
    // Each bar's data-key names it alone, so a click focuses that bar and no other.
    expect(promotion.bars.map((b) => b.focusKey)).toEqual(['SOCIALISATION:FACE_TO_FACE', 'SOCIALISATION:YOUTUBE', 'PROMOTION:YOUTUBE', 'PROMOTION:INSTAGRAM']);
    const svg = svgOf('campaign-reach', reachIntervals, { highlight: 'PROMOTION:YOUTUBE' });
    expect(svg.match(/data-highlighted="true"/g)).toHaveLength(1);
    expect(svg).toContain('data-key="PROMOTION:YOUTUBE"');
    // An old link's bare key still works and means both rows.
    const bare = layoutCampaignReach(reachIntervals, { highlight: 'YOUTUBE' });
    expect(bare.bars.filter((b) => b.highlighted).map((b) => b.activity)).toEqual(['SOCIALISATION', 'PROMOTION']);
    // A type the channel does not have highlights nothing.
    expect(layoutCampaignReach(reachIntervals, { highlight: 'SOCIALISATION:INSTAGRAM' }).bars.some((b) => b.dimmed)).toBe(false);
  });

  it('sorts by value only when asked, keeping null values last', () => {
    const model = layoutCampaignReach(reachChannels, { measure: 'costPerRegistration', sort: 'value' });
    expect(model.bars[0].key).toBe('SPANDUK');
    expect(model.bars[model.bars.length - 1].key).toBe('NEWSPAPER');
    expect(model.bars[model.bars.length - 1].valueLabel.text).toBe('–');
    expect(layoutCampaignReach(reachChannels, { measure: 'registrations' }).bars.map((b) => b.key)).toEqual(reachChannels.map((r) => r.key));
    // Reach: each type on its own scale, in the input order within it.
    const byType = (a: string) => reachChannels.filter((r) => r.activity === a).map((r) => r.key);
    expect(layoutCampaignReach(reachChannels).bars.map((b) => b.key)).toEqual([...byType('SOCIALISATION'), ...byType('PROMOTION')]);
  });

  it('truncates long labels with an ellipsis and keeps the full text', () => {
    const model = layoutCampaignReach(reachLongKeys, { width: 320, height: 240 });
    expect(model.bars[0].label.text.endsWith('…')).toBe(true);
    expect(model.bars[0].label.full).toBe(reachLongKeys[0].key);
  });

  it('labels a channel of both types with its type, and draws the intervals', () => {
    const model = layoutCampaignReach(reachIntervals, { locale: 'en', measure: 'costPerRegistration' });
    expect(model.bars.map((b) => b.label.full ?? b.label.text)).toEqual(['Face to face', 'YouTube (Socialisation)', 'YouTube (Promotion)', 'Instagram']);
    const [f2f, , , instagram] = model.bars;
    expect(f2f.whisker!.x1).toBeLessThan(f2f.x + f2f.width);
    expect(f2f.whisker!.x2).toBeGreaterThan(f2f.x + f2f.width);
    // No upper bound: the whisker runs to the end of the axis, without a cap.
    expect(instagram.whisker!.open).toBe(true);
    expect(model.frame.desc).toContain('Rp39,500–Rp61,200');
    expect(model.note.map((n) => n.text).join(' ')).toContain('intervals overlap');
    expect(layoutCampaignReach(reachIntervals, { measure: 'registrations' }).bars.every((b) => b.whisker === null)).toBe(true);
  });

  it('gives a mixed group no conversion and says why', () => {
    const model = layoutCampaignReach(reachMixedYear, { locale: 'en', measure: 'conversionRate' });
    expect(model.bars[0].valueLabel.text).toBe('–');
    expect(model.frame.desc).toContain('Mixed groups (socialisation and promotion) have no single reach or conversion rate');
    // Its reach is its attendees on the attendees' scale and its impressions on theirs, never a sum.
    expect(layoutCampaignReach(reachMixedYear, { measure: 'reach' }).bars.map((b) => [b.block, b.value])).toEqual([[0, 4500], [1, 500_000]]);
    const table = campaignReachTable(reachMixedYear, 'en');
    expect(table.rows[0].slice(2, 7)).toEqual(['Mixed (not comparable)', '120', '–', '4,500', '500,000']);
  });

  it('has a table with every figure', () => {
    const table = campaignReachTable(reachChannels, 'id');
    expect(table.columns[0].label).toBe('Kanal');
    const f2f = table.rows.find((r) => r[0] === 'Tatap muka')!;
    expect(f2f).toEqual(['Tatap muka', 'Sosialisasi', '–', '48', '2.150', '–', '–', '610', '342', 'Rp28.800.000', '15,91%', '–', '–', 'Rp84.211', '–', '–', '7,13', 'Sintetis (demo)']);
    expect(table.values[4].slice(0, 4)).toEqual(['FACE_TO_FACE', 'SOCIALISATION', null, 48]);
    const nulls = campaignReachTable(reachNulls, 'en');
    expect(nulls.rows[1][0]).toBe('(none)');
    expect(nulls.rows[2][10]).toBe('–');
    expect(JSON.stringify(nulls)).not.toContain('NaN');
    expect(campaignReachTable([], 'en').rows).toEqual([]);
  });
});
