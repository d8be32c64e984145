// Reach bars never put two units on one scale (tryout F14: a reach chart by channel drew
// socialisation attendees and promotion impressions on one axis). Reach and conversion of both
// activity types are two blocks, each on its own scale and titled with what it counts (the
// attendees and impressions figures); a mixed group's attendees and impressions go to their
// own block; measures both types count alike (registrations, cost) keep one scale.
import { describe, expect, it } from 'vitest';
import { expectWellFormed, svgOf } from './render.ts';
import { reachChannels } from './fixtures.ts';
import { layoutCampaignReach } from '../../../common/charts/campaign-reach-layout.ts';
import type { ReachRow } from '../../../common/charts/types.ts';

// The national picture: promotion reaches thousands of times more impressions than
// socialisation has attendees, so on one axis every socialisation bar would be a sliver.
const national: ReachRow[] = reachChannels.map((r) =>
  r.activity === 'PROMOTION'
    ? { ...r, reach: r.reach * 100_000, impressions: r.reach * 100_000, reachUnit: 'IMPRESSIONS' }
    : { ...r, attendees: r.reach, reachUnit: 'ATTENDEES' },
);

const blockBars = (model: ReturnType<typeof layoutCampaignReach>, block: number) => model.bars.filter((b) => b.block === block);

describe('campaign reach in its units', () => {
  it('draws attendees and impressions on two scales, each titled with its unit', () => {
    const model = layoutCampaignReach(national, { width: 640, height: 480, locale: 'id', measure: 'reach' });
    expect(model.blocks.map((b) => [b.unit, b.measureTitle.text])).toEqual([
      ['ATTENDEES', 'Peserta hadir (sosialisasi)'],
      ['IMPRESSIONS', 'Tayangan (promosi)'],
    ]);
    expect(new Set(blockBars(model, 0).map((b) => b.activity))).toEqual(new Set(['SOCIALISATION']));
    expect(new Set(blockBars(model, 1).map((b) => b.activity))).toEqual(new Set(['PROMOTION']));
    // Each scale fits its own figures: the largest bar of each block reaches most of its axis.
    for (const [i, block] of model.blocks.entries()) {
      const length = block.xAxis.range[1] - block.xAxis.range[0];
      expect(Math.max(...blockBars(model, i).map((b) => b.width)), block.measureTitle.text).toBeGreaterThan(length * 0.5);
    }
    // The blocks stack without overlapping: the first axis lies above the second block's title and bars.
    expect(model.blocks[0].xAxis.offset).toBeLessThan(model.blocks[1].measureTitle.y);
    expect(Math.max(...blockBars(model, 0).map((b) => b.y + b.height))).toBeLessThanOrEqual(model.blocks[0].xAxis.offset);
    expect(Math.min(...blockBars(model, 1).map((b) => b.y))).toBeGreaterThan(model.blocks[1].measureTitle.y);
    expect(model.note.map((n) => n.text).join(' ')).toContain('masing-masing dengan skalanya sendiri');
  });

  it('says the units in English, in the drawing and in its description', () => {
    const svg = svgOf('campaign-reach', national, { width: 640, height: 480, locale: 'en', measure: 'reach' });
    expectWellFormed(svg);
    expect(svg).toContain('data-unit="ATTENDEES"');
    expect(svg).toContain('data-unit="IMPRESSIONS"');
    expect(svg).toContain('>Attendees (socialisation)<');
    expect(svg).toContain('>Impressions (promotion)<');
    const model = layoutCampaignReach(national, { locale: 'en', measure: 'reach' });
    expect(model.frame.desc).toMatch(/^Attendees \(socialisation\): Face to face 2,150; .*\. Impressions \(promotion\): Newspaper 4,500,000,000; /);
  });

  it('keeps conversion per attendee and per impression apart too', () => {
    const model = layoutCampaignReach(national, { locale: 'en', measure: 'conversionRate' });
    expect(model.blocks.map((b) => b.measureTitle.text)).toEqual(['Socialisation conversion (registrations/attendees)', 'Promotion conversion (registrations/impressions)']);
  });

  it('keeps one scale for what both types count alike', () => {
    for (const measure of ['registrations', 'costIdr', 'costPerRegistration'] as const) {
      const model = layoutCampaignReach(national, { locale: 'id', measure });
      expect(model.blocks.map((b) => b.unit), measure).toEqual([null]);
      expect(model.bars.length).toBe(national.length);
    }
    // One type alone has one unit: one scale, named as the measure.
    const promotion = layoutCampaignReach(national.filter((r) => r.activity === 'PROMOTION'), { locale: 'id', measure: 'reach' });
    expect(promotion.blocks.map((b) => b.unit)).toEqual([null]);
  });

  it("puts a mixed group's attendees and impressions each on its own scale, never their sum", () => {
    const months: ReachRow[] = ['2024-01', '2024-02'].map((key, i) => ({
      key, activity: null, reachUnit: 'MIXED', activities: 10, reach: 1_000_000 + 900 * (i + 1), attendees: 900 * (i + 1), impressions: 1_000_000,
      registrations: 50, costIdr: 5_000_000, conversionRate: null,
    }));
    const model = layoutCampaignReach(months, { locale: 'id', measure: 'reach' });
    expect(model.bars.map((b) => [b.key, b.block, b.value])).toEqual([['2024-01', 0, 900], ['2024-02', 0, 1800], ['2024-01', 1, 1_000_000], ['2024-02', 1, 1_000_000]]);
    // No conversion to draw: each month once, without a bar.
    const conversion = layoutCampaignReach(months, { locale: 'id', measure: 'conversionRate' });
    expect(conversion.bars.map((b) => [b.key, b.value])).toEqual([['2024-01', null], ['2024-02', null]]);
  });
});
