// The stale-data notice at a wide scope: a line naming a few lagging branches and counting the
// rest, and none of them when every branch lags (the latest month itself is stale).
import { describe, expect, it } from 'vitest';
import { laggingBranches, MAX_NAMED_BRANCHES } from '../../../client/features/dashboard/freshness-notice.tsx';
import { messages } from '../../../common/i18n/messages.ts';

describe('lagging branches in the stale-data notice', () => {
  const codes = Array.from({ length: 147 }, (_, i) => `KC${String(i).padStart(3, '0')}`);

  it('names the first few and counts the rest, in both languages', () => {
    const { shown, more } = laggingBranches(codes, false);
    expect(shown).toEqual(codes.slice(0, MAX_NAMED_BRANCHES));
    expect(more).toBe(147 - MAX_NAMED_BRANCHES);
    expect(messages('id').staleBranches(shown.slice(0, 2).join(', '), more)).toBe(`Cabang dengan data tertinggal: KC000, KC001 dan ${more} cabang lain.`);
    expect(messages('en').staleBranches('KC000', 0)).toBe('Branches whose data lag behind: KC000.');
  });

  it('names none when the latest month itself is stale: then every branch lags, which the notice says already', () => {
    expect(laggingBranches(codes, true)).toEqual({ shown: [], more: 0 });
    expect(laggingBranches(['BETA'], false)).toEqual({ shown: ['BETA'], more: 0 });
  });
});
