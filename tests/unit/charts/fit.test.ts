// Nothing a chart writes may run past its edges: every text mark of every chart, at the widths
// the dashboard, the embeds and the report use, in both locales, stays inside the SVG by the same
// width estimate the layout uses (text.ts; the SVG asks for Arial metrics, which it matches).
import { describe, expect, it } from 'vitest';
import { ELLIPSIS, estimateTextWidth } from '../../../common/charts/text.ts';
import type { TextMark } from '../../../common/charts/model.ts';
import type { AttainmentRow } from '../../../common/charts/types.ts';
import { layoutMembershipTrend } from '../../../common/charts/membership-trend-layout.ts';
import { layoutCampaignReach } from '../../../common/charts/campaign-reach-layout.ts';
import { layoutTargetAttainment } from '../../../common/charts/target-attainment-layout.ts';
import { layoutEffectiveness } from '../../../common/charts/effectiveness-layout.ts';
import { effectivenessClose, effectivenessDecided, membershipStudy, reachChannels, reachLongKeys, attainmentPrograms, attainmentStaff } from './fixtures.ts';
import { svgOf } from './render.ts';

/** Every TextMark anywhere in a model (anything with x, y and a string `text`). */
function textMarks(value: unknown, out: TextMark[] = []): TextMark[] {
  if (Array.isArray(value)) {
    for (const v of value) textMarks(v, out);
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.text === 'string' && typeof o.x === 'number' && typeof o.y === 'number') out.push(o as unknown as TextMark);
    else for (const v of Object.values(o)) textMarks(v, out);
  }
  return out;
}

function extent(mark: TextMark): [number, number] {
  const w = estimateTextWidth(mark.text, mark.fontSize ?? 12, mark.weight === 'bold');
  if (mark.anchor === 'end') return [mark.x - w, mark.x];
  if (mark.anchor === 'middle') return [mark.x - w / 2, mark.x + w / 2];
  return [mark.x, mark.x + w];
}

function expectInside(model: { frame: { width: number; height: number } }, what: string): void {
  const { width, height } = model.frame;
  for (const mark of textMarks(model)) {
    const [a, b] = extent(mark);
    expect.soft(a, `${what}: "${mark.text}" starts left of the chart`).toBeGreaterThanOrEqual(-0.5);
    expect.soft(b, `${what}: "${mark.text}" runs past the right edge (${width})`).toBeLessThanOrEqual(width + 0.5);
    expect.soft(mark.y, `${what}: "${mark.text}" below the chart`).toBeLessThanOrEqual(height);
    expect.soft(mark.y - (mark.fontSize ?? 12) * 0.8, `${what}: "${mark.text}" above the chart`).toBeGreaterThanOrEqual(0);
  }
}

// Dashboard-like figures: six-digit targets give the longest value labels ("97,56% · 277.991/279.941").
const bigPrograms: AttainmentRow[] = [
  { key: 'JKK', label: 'JKK', target: 279941, realised: 277991, attainmentPct: 99.3, gap: 1950, asOf: '2025-10', projectedRealised: 333600, projectedAttainmentPct: 119.17, source: 'SYNTHETIC' },
  { key: 'JKM', label: 'JKM', target: 280322, realised: 277991, attainmentPct: 99.17, gap: 2331, asOf: '2025-10', source: 'SYNTHETIC' },
  { key: 'JHT', label: 'JHT', target: 260590, realised: 259949, attainmentPct: 99.75, gap: 641, asOf: '2025-10', source: 'SYNTHETIC' },
  { key: 'JP', label: 'JP', target: 151660, realised: 148730, attainmentPct: 98.07, gap: 2930, asOf: '2025-10', source: 'SYNTHETIC' },
  { key: 'JKP', label: 'JKP', target: 143340, realised: 140775, attainmentPct: 98.21, gap: 2565, asOf: '2025-10', source: 'SYNTHETIC' },
];

const SIZES: [number, number][] = [
  [320, 360],
  [390, 300],
  [640, 400],
  [620, 341],
  [800, 450],
  [1200, 500],
];
const LOCALES = ['id', 'en'] as const;

describe('text stays inside the chart', () => {
  for (const [width, height] of SIZES) {
    for (const locale of LOCALES) {
      const o = { width, height, locale };
      it(`${width}×${height} ${locale}`, () => {
        expectInside(layoutMembershipTrend(membershipStudy, o), 'membership-trend');
        expectInside(layoutCampaignReach(reachChannels, o), 'campaign-reach');
        expectInside(layoutCampaignReach(reachChannels, { ...o, measure: 'costIdr' }), 'campaign-reach cost');
        expectInside(layoutCampaignReach(reachLongKeys, { ...o, measure: 'conversionRate' }), 'campaign-reach long keys');
        expectInside(layoutTargetAttainment(attainmentPrograms, o), 'target-attainment programs');
        expectInside(layoutTargetAttainment(bigPrograms, o), 'target-attainment big programs');
        expectInside(layoutTargetAttainment(attainmentStaff, { ...o, title: 'Target peserta baru per petugas 2024' }), 'target-attainment staff');
        expectInside(layoutEffectiveness(effectivenessDecided, o), 'effectiveness');
        expectInside(layoutEffectiveness(effectivenessClose, { ...o, caption: 'Synthetic demo data.' }), 'effectiveness close');
      });
    }
  }
});

describe('notes, verdict and value labels are not cut at the usual sizes', () => {
  for (const [width, height] of SIZES) {
    for (const locale of LOCALES) {
      it(`${width}×${height} ${locale}`, () => {
        const reach = layoutCampaignReach(reachChannels, { width, height, locale });
        expect(reach.note.length).toBeGreaterThan(0);
        expect(reach.note.map((l) => l.text).join(' ')).not.toContain(ELLIPSIS);
        const eff = layoutEffectiveness(effectivenessDecided, { width, height, locale });
        expect(eff.verdict.map((l) => l.text).join(' ')).not.toContain(ELLIPSIS);
        const targets = layoutTargetAttainment(bigPrograms, { width, height, locale });
        for (const bar of targets.bars) expect(bar.valueLabel.full, bar.valueLabel.text).toBeUndefined();
      });
    }
  }

  it('gives the realised/target figures once the bars keep half the width', () => {
    const wide = layoutTargetAttainment(bigPrograms, { width: 620, height: 341, locale: 'id' });
    expect(wide.bars[0].valueLabel.text).toBe('99,30% · 277.991/279.941');
    const narrow = layoutTargetAttainment(bigPrograms, { width: 320, height: 300, locale: 'id' });
    expect(narrow.bars[0].valueLabel.text).toBe('99,30%');
  });
});

describe('target-attainment uses the height', () => {
  it('spreads a few rows instead of leaving an empty band at the bottom', () => {
    for (const [width, height] of [
      [800, 450],
      [640, 400],
      [1200, 500],
    ]) {
      const model = layoutTargetAttainment(bigPrograms, { width, height, locale: 'id' });
      const axis = model.xAxis!.offset;
      const lastBar = model.bars[model.bars.length - 1].track;
      expect(height - axis, `${width}×${height}: axis at ${axis}`).toBeLessThan(50);
      expect(lastBar.y + lastBar.height).toBeLessThanOrEqual(axis);
      expect(model.bars.every((b) => b.track.height <= 40)).toBe(true);
    }
  });

  it('does the same for campaign-reach with a short list', () => {
    const model = layoutCampaignReach(reachChannels, { width: 1200, height: 600, locale: 'id', measure: 'registrations' });
    const axis = model.xAxis!.offset;
    expect(600 - axis).toBeLessThan(60);
    expect(model.bars.every((b) => b.height <= 44)).toBe(true);
  });

  it('centres a block that cannot fill the height (bars keep a sensible thickness)', () => {
    const model = layoutTargetAttainment(attainmentStaff, { width: 1200, height: 600, locale: 'id' });
    const axisTitleTop = model.axisTitle!.y - 13;
    const legendBottom = Math.max(...model.frame.legend.map((l) => l.label.y));
    const above = axisTitleTop - legendBottom;
    const below = 600 - 12 - (model.xAxis!.offset + 13 * 1.2 + 8);
    expect(Math.abs(above - below)).toBeLessThan(20);
    expect(model.bars[0].track.height).toBe(40);
  });
});

describe('effectiveness without its text', () => {
  it('leaves the verdict and note out on request, giving the panels the height', () => {
    const full = layoutEffectiveness(effectivenessDecided, { width: 620, height: 260, locale: 'id' });
    const bare = layoutEffectiveness(effectivenessDecided, { width: 620, height: 260, locale: 'id', showVerdict: false, showNotes: false });
    expect(bare.verdict).toEqual([]);
    expect(bare.note).toEqual([]);
    expect(bare.panels[0].baseline.y).toBeGreaterThan(full.panels[0].baseline.y);
    expect(bare.panels[0].title.map((t) => t.text).join(' ')).not.toContain('*');
    // Still described for screen readers.
    expect(bare.frame.desc).toContain('Sosialisasi menghasilkan pendaftaran');
    expect(bare.frame.desc).toContain('tidak sebanding');
    const svg = svgOf('effectiveness', effectivenessDecided, { width: 620, height: 260, showVerdict: false, showNotes: false });
    expect(svg).not.toContain('class="note"');
  });

  it('keeps the verdict but drops only the note with showNotes: false', () => {
    const model = layoutEffectiveness(effectivenessDecided, { width: 800, height: 450, locale: 'en', showNotes: false });
    expect(model.verdict.length).toBeGreaterThan(0);
    expect(model.note).toEqual([]);
  });
});

describe('<desc> summaries', () => {
  it('give the key figures of each chart', () => {
    const trend = layoutMembershipTrend(membershipStudy, { locale: 'en' }).frame.desc;
    expect(trend).toContain('46,878 (2020)');
    expect(trend).toMatch(/change [+−-]?\d/);
    const reach = layoutCampaignReach(reachChannels, { locale: 'id' }).frame.desc;
    // Attendees and impressions each on their own scale, named by their unit (tryout F14).
    expect(reach.startsWith('Peserta hadir (sosialisasi): Tatap muka 2.150; Zoom 860. Tayangan (promosi): Koran 45.000')).toBe(true);
    const eff = layoutEffectiveness(effectivenessDecided, { locale: 'en' }).frame.desc;
    // Each side's conversion with its own unit, as the two conversion panels draw them.
    expect(eff).toMatch(/^Socialisation conversion \(registrations per attendee · 95% CI\): \d.*Promotion conversion \(registrations per impression · 95% CI\): \d/);
    expect(eff).toContain('Socialisation brings registrations at a lower cost than promotion');
    const targets = layoutTargetAttainment(attainmentPrograms, { locale: 'id' }).frame.desc;
    expect(targets).toContain('JKK 92,50% (48.100/52.000)');
  });
});
