// Campaign reach by ISO week (issue 16): weeks are labelled readably in both languages ("Mg 14
// 2024" / "W14 2024"), kept in their order, and a 53-week year or several years of weeks stay
// legible: bars never overlap, labels are at least a label's height apart (every k-th week once
// the rows are too close, k a whole number of weeks, said in a note), every bar keeps its
// figures in its tooltip, and the table names every week.
import { describe, expect, it } from 'vitest';
import { expectWellFormed, svgOf } from './render.ts';
import { labelStride, layoutCampaignReach, type CampaignReachModel } from '../../../common/charts/campaign-reach-layout.ts';
import { campaignReachTable } from '../../../common/charts/campaign-reach-table.ts';
import type { ReachRow } from '../../../common/charts/types.ts';

/** A week's row as the API answers it: both types that week (MIXED), or one of them. */
function weekRow(key: string, i: number): ReachRow {
  const kind = i % 5 === 0 ? 'PROMOTION' : i % 7 === 0 ? 'SOCIALISATION' : null;
  const attendees = kind === 'PROMOTION' ? 0 : 40 + ((i * 37) % 200);
  const impressions = kind === 'SOCIALISATION' ? 0 : 5000 + ((i * 7919) % 90000);
  const registrations = 5 + ((i * 13) % 60);
  return {
    key,
    activity: kind,
    reachUnit: kind === 'PROMOTION' ? 'IMPRESSIONS' : kind === 'SOCIALISATION' ? 'ATTENDEES' : 'MIXED',
    activities: 2 + (i % 6),
    reach: attendees + impressions,
    attendees,
    impressions,
    registrations,
    costIdr: 1_000_000 + i * 10_000,
    conversionRate: kind ? (registrations / (attendees + impressions)) * 100 : null,
    costPerRegistration: (1_000_000 + i * 10_000) / registrations,
    source: 'SYNTHETIC',
  };
}

const weeksOf = (year: number, count: number) => Array.from({ length: count }, (_, i) => `${year}-W${String(i + 1).padStart(2, '0')}`);
// 2026 has 53 ISO weeks (it starts on a Thursday).
const year2026 = weeksOf(2026, 53).map(weekRow);
// Six years of weeks, 2020 (53 weeks) to 2025, as the dashboard asks over the whole range.
const sixYears = [2020, 2021, 2022, 2023, 2024, 2025].flatMap((y) => weeksOf(y, y === 2020 ? 53 : 52)).map(weekRow);

/** Bars of one block never overlap, labels written are a label's height apart, all within the chart. */
function expectLegible(model: CampaignReachModel) {
  for (const block of model.blocks.keys()) {
    const bars = model.bars.filter((b) => b.block === block);
    for (let i = 1; i < bars.length; i++) expect(bars[i].y).toBeGreaterThanOrEqual(bars[i - 1].y + bars[i - 1].height - 0.01);
    const labelled = bars.filter((b) => b.label.text !== '');
    expect(labelled.length).toBeGreaterThan(0);
    for (let i = 1; i < labelled.length; i++) expect(labelled[i].label.y - labelled[i - 1].label.y).toBeGreaterThanOrEqual(labelled[i].label.fontSize ?? 7);
    for (const bar of bars) {
      expect(bar.y).toBeGreaterThanOrEqual(0);
      expect(bar.y + bar.height).toBeLessThanOrEqual(model.frame.height);
      expect(bar.height).toBeGreaterThanOrEqual(1);
      expect(bar.tooltip).toContain(bar.key.slice(0, 4));
    }
  }
}

describe('campaign reach by week', () => {
  it('labels weeks readably, in both languages, with a week column in the table', () => {
    const model = layoutCampaignReach(year2026.slice(12, 15), { width: 720, height: 420, locale: 'id', measure: 'registrations' });
    expect(model.frame.title).toBe('Jangkauan kampanye per minggu');
    expect(model.bars.map((b) => b.label.text)).toEqual(['Mg 13 2026', 'Mg 14 2026', 'Mg 15 2026']);
    const en = layoutCampaignReach(year2026.slice(12, 15), { width: 720, height: 420, locale: 'en', measure: 'registrations' });
    expect(en.frame.title).toBe('Campaign reach by week');
    expect(en.bars.map((b) => b.label.text)).toEqual(['W13 2026', 'W14 2026', 'W15 2026']);
    expect(campaignReachTable(year2026, 'id').columns[0].label).toBe('Minggu (ISO)');
    expect(campaignReachTable(year2026, 'en').rows.at(-1)![0]).toBe('W53 2026');
  });

  it('keeps the weeks in order in both reach blocks, every week in each', () => {
    const model = layoutCampaignReach(year2026, { width: 900, height: 1200, locale: 'en', measure: 'reach' });
    expect(model.blocks.map((b) => b.unit)).toEqual(['ATTENDEES', 'IMPRESSIONS']);
    for (const block of [0, 1]) {
      const keys = model.bars.filter((b) => b.block === block).map((b) => b.key);
      expect(keys).toEqual(weeksOf(2026, 53));
    }
    // A week of promotion only has no attendees: its socialisation bar is empty, not missing.
    const w01 = model.bars.find((b) => b.block === 0 && b.key === '2026-W01')!;
    expect(w01.value).toBe(0);
    // Tall enough for all 106 bars: every week labelled, no note about labels.
    expect(model.labelStride).toBe(1);
    expect(model.note.map((n) => n.text).join(' ')).not.toContain('Not every bar is labelled');
    expectLegible(model);
  });

  it('labels every few weeks when a 53-week year does not fit, and says so', () => {
    const model = layoutCampaignReach(year2026, { width: 640, height: 420, locale: 'id', measure: 'reach' });
    expect(model.labelStride).toBeGreaterThan(1);
    expect([2, 4, 13, 26, 52]).toContain(model.labelStride);
    const first = model.bars.filter((b) => b.block === 0);
    // The first week of each stride keeps its label and value: Mg 1, then Mg 1 + k…
    expect(first[0].label.text).toBe('Mg 1 2026');
    expect(first[model.labelStride].label.text).toBe(`Mg ${model.labelStride + 1} 2026`);
    expect(first[1].label.text).toBe('');
    expect(first[1].valueLabel.text).toBe('');
    expect(model.note.map((n) => n.text).join(' ')).toContain('Tidak setiap batang diberi label');
    expectLegible(model);
    const svg = svgOf('campaign-reach', year2026, { width: 640, height: 420, locale: 'id', measure: 'reach' });
    expectWellFormed(svg);
    // Every bar is drawn and keeps its figures (its title), labelled or not.
    expect(svg.match(/<rect [^>]*fill=/g)!.length).toBeGreaterThanOrEqual(106);
    expect(svg).toContain('Mg 53 2026');
  });

  it('draws six years of weeks (313 rows, 626 bars) without a collision', () => {
    for (const measure of ['reach', 'registrations', 'costPerRegistration'] as const) {
      const model = layoutCampaignReach(sixYears, { width: 900, height: 1200, locale: 'en', measure });
      expect(model.bars.length, measure).toBe(measure === 'reach' ? 626 : 313);
      expectLegible(model);
      expect(model.labelStride, measure).toBeGreaterThan(1);
    }
  });

  it('picks strides of whole weeks for weeks, round numbers for anything else', () => {
    expect(labelStride(12, 8, true)).toBe(1);
    expect(labelStride(5, 8, true)).toBe(2);
    expect(labelStride(3, 8, true)).toBe(4);
    expect(labelStride(1, 8, true)).toBe(13);
    expect(labelStride(3, 8, false)).toBe(4);
    expect(labelStride(2, 8, false)).toBe(5);
  });
});
