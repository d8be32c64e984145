import { describe, expect, it } from 'vitest';
import { estimateTextWidth, r2, truncate, wrapText } from '../../../common/charts/text.ts';
import { compactTicks, percentTicks } from '../../../common/charts/format-extra.ts';
import { normaliseSvg } from './golden.ts';

describe('text estimates', () => {
  it('grows with length and font size, wider for capitals', () => {
    expect(estimateTextWidth('', 12)).toBe(0);
    expect(estimateTextWidth('abcd', 24)).toBeCloseTo(estimateTextWidth('abcd', 12) * 2);
    expect(estimateTextWidth('ABCD', 12)).toBeGreaterThan(estimateTextWidth('abcd', 12));
  });

  it('truncates with an ellipsis and keeps the full text', () => {
    expect(truncate('Tatap muka', 200, 12)).toEqual({ text: 'Tatap muka' });
    const cut = truncate('Dwi Handayani Kusumawardhani Puspitasari', 80, 12);
    expect(cut.text.endsWith('…')).toBe(true);
    expect(estimateTextWidth(cut.text, 12)).toBeLessThanOrEqual(80);
    expect(cut.full).toBe('Dwi Handayani Kusumawardhani Puspitasari');
    expect(truncate('Hello', 1, 12).text).toBe('…');
  });

  it('wraps words into lines that fit, ellipsising the last allowed line', () => {
    const lines = wrapText('satu dua tiga empat lima enam tujuh delapan sembilan sepuluh', 80, 12);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.every((l) => estimateTextWidth(l, 12) <= 80)).toBe(true);
    const two = wrapText('satu dua tiga empat lima enam tujuh delapan sembilan sepuluh', 80, 12, 2);
    expect(two).toHaveLength(2);
    expect(two[1].endsWith('…')).toBe(true);
  });

  it('rounds without NaN', () => {
    expect(r2(1.23456)).toBe(1.23);
    expect(r2(Number.NaN)).toBe(0);
    expect(Object.is(r2(-0.001), -0)).toBe(false);
  });
});

describe('axis label formats', () => {
  it('drops a decimal zero only when every tick has one', () => {
    expect(compactTicks([0, 10000, 20000, 30000], 'id')).toEqual(['0', '10 rb', '20 rb', '30 rb']);
    expect(compactTicks([0, 2500, 5000], 'en')).toEqual(['0', '2.5k', '5.0k']);
    expect(percentTicks([0, 50, 100], 'id')).toEqual(['0%', '50%', '100%']);
    expect(percentTicks([0, 0.5, 1], 'en')).toEqual(['0.0%', '0.5%', '1.0%']);
  });
});

describe('golden normalisation', () => {
  it('rounds geometry only and renumbers ids', () => {
    const svg = '<svg aria-labelledby="pantau-x-abc-title"><title id="pantau-x-abc-title">46.878</title><rect x="1.23456" y="2" data-tooltip="Rp1.500.000"></rect></svg>';
    const out = normaliseSvg(svg);
    expect(out).toContain('x="1.23"');
    expect(out).toContain('>46.878<');
    expect(out).toContain('data-tooltip="Rp1.500.000"');
    expect(out).toContain('id="id0-title"');
    expect(out).toContain('aria-labelledby="id0-title"');
  });
});
