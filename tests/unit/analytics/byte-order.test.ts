// The one text order of every answer: code points (UTF-8 bytes), NULL first, numbers by value.
import { describe, expect, it } from 'vitest';
import { compareCodePoints, compareValues } from '../../../server/analytics/byte-order.ts';
import { orderRows } from '../../../server/analytics/run.ts';

const utf8Order = (values: string[]) => [...values].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));

describe('compareCodePoints', () => {
  it('orders as UTF-8 bytes do, not as people or ICU read', () => {
    const keys = ['FACEBOOK', 'FACE_TO_FACE', 'face_to_face', 'Ärzte', 'AR10', 'AR2', 'AR-1', 'ar.1', 'Zoom', 'zoom', 'é', 'e\u0301', ''];
    expect([...keys].sort(compareCodePoints)).toEqual(utf8Order(keys));
    expect(compareCodePoints('FACEBOOK', 'FACE_TO_FACE')).toBeLessThan(0);
    expect(compareCodePoints('AR10', 'AR2')).toBeLessThan(0);
  });

  it('puts characters beyond the BMP after U+E000–U+FFFF (UTF-16 code units would not)', () => {
    const keys = ['\u{1F600}', '\uFF21', '\uE000', 'z', '\u{10000}a', '\u{10000}'];
    expect([...keys].sort(compareCodePoints)).toEqual(utf8Order(keys));
    expect('\u{1F600}' < '\uFF21').toBe(true); // why the comparator exists
    expect(compareCodePoints('\u{1F600}', '\uFF21')).toBeGreaterThan(0);
  });

  it('is zero only for identical strings (NFC and NFD stay apart)', () => {
    expect(compareCodePoints('abc', 'abc')).toBe(0);
    expect(compareCodePoints('é', 'e\u0301')).not.toBe(0);
  });
});

describe('compareValues and orderRows', () => {
  it('orders NULL first, then numbers by value, then text', () => {
    expect([3, 'b', null, 10, 'B', 2.5].sort(compareValues)).toEqual([null, 2.5, 3, 10, 'B', 'b']);
  });

  it('orders by the query order, then by every dimension, descending where asked', () => {
    const rows = [
      { k: 'FACE_TO_FACE', g: 'x', v: 1 },
      { k: 'FACEBOOK', g: 'y', v: 1 },
      { k: 'FACEBOOK', g: 'x', v: null },
      { k: 'ZOOM', g: 'x', v: 3 },
    ];
    expect(orderRows([...rows], { dimensions: ['k', 'g'] }).map((r) => `${r.k}/${r.g}`)).toEqual(['FACEBOOK/x', 'FACEBOOK/y', 'FACE_TO_FACE/x', 'ZOOM/x']);
    expect(orderRows([...rows], { dimensions: ['k', 'g'], order: [{ member: 'v', desc: true }] }).map((r) => `${r.k}/${r.g}`)).toEqual([
      'ZOOM/x', 'FACEBOOK/y', 'FACE_TO_FACE/x', 'FACEBOOK/x',
    ]);
  });
});
