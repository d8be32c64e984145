// A staff member's target in persons from their shares of the program lines (tryout T1).
import { describe, expect, it } from 'vitest';
import { bindingShares, personTarget } from '../../../server/domains/targets/person-target.ts';

describe('a person target from program shares', () => {
  it('takes per segment the largest share, since one registered person joins every program of the segment', () => {
    expect(personTarget([{ program: 'JKK', segment: 'PU', target: 487 }, { program: 'JKM', segment: 'PU', target: 6000 }])).toBe(6000);
  });

  it('adds the segments, whose persons are different people', () => {
    const shares = [
      { program: 'JKK', segment: 'PU', target: 300 },
      { program: 'JHT', segment: 'PU', target: 120 },
      { program: 'JKK', segment: 'BPU', target: 80 },
      { program: 'JKM', segment: 'BPU', target: 95 },
    ];
    expect(personTarget(shares)).toBe(300 + 95);
    expect(bindingShares(shares).map((s) => `${s.program}·${s.segment}`)).toEqual(['JKK·PU', 'JKM·BPU']);
  });

  it('keeps one share as it is, none as 0, and a tie to the first program of the catalogue', () => {
    expect(personTarget([{ program: 'JP', segment: 'PU', target: 42 }])).toBe(42);
    expect(personTarget([])).toBe(0);
    expect(bindingShares([{ program: 'JKM', segment: 'PU', target: 10 }, { program: 'JKK', segment: 'PU', target: 10 }])[0].program).toBe('JKK');
  });
});
