// The review page's week in the URL: read strictly, the current week left out, every other
// parameter kept, and carried over as it stands.
import { describe, expect, it } from 'vitest';
import { parseReviewWeek, reviewParamsOf, withReviewWeek } from '../../../client/features/review/review-url.ts';

describe('the review page’s week in the URL', () => {
  it('reads an ISO week, and anything else as the current week', () => {
    expect(parseReviewWeek('?lang=id&branch=MADIUN&week=2026-W48')).toBe('2026-W48');
    expect(parseReviewWeek('week=2026-w05')).toBe('2026-W05');
    for (const bad of ['', '?week=', '?week=2026-W54', '?week=2026W05', '?week=2026-12-01']) expect(parseReviewWeek(bad), bad).toBeNull();
  });

  it('writes the week, and leaves the current week out', () => {
    expect(withReviewWeek('?lang=id&branch=MADIUN&segments=PU,BPU', '2026-W48', '2026-W49')).toBe('?lang=id&branch=MADIUN&segments=PU,BPU&week=2026-W48');
    expect(withReviewWeek('?lang=id&week=2026-W48', '2026-W49', '2026-W49')).toBe('?lang=id');
    expect(withReviewWeek('?week=2026-W48', null, '2026-W49')).toBe('');
  });

  it('carries its parameter over as it stands', () => {
    expect(reviewParamsOf('?lang=en&week=2026-W40&rank=x')).toEqual([['week', '2026-W40']]);
    expect(reviewParamsOf('?lang=en')).toEqual([]);
  });
});
