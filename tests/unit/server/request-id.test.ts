// Fresh request ids come from a pool of random bytes refilled every few hundred ids: they stay
// 12 characters of base64url, and distinct across refills.
import { describe, expect, it } from 'vitest';
import { requestIdOf } from '../../../server/http/request-log.ts';

describe('requestIdOf', () => {
  it('gives distinct 12-character ids across several refills of its pool', () => {
    const ids = Array.from({ length: 3000 }, () => requestIdOf(undefined));
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps a safe incoming id and replaces an unsafe one', () => {
    expect(requestIdOf('lb-7f3a.1:2')).toBe('lb-7f3a.1:2');
    expect(requestIdOf('two words')).toMatch(/^[A-Za-z0-9_-]{12}$/);
  });
});
