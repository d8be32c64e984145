// Duplicate-key detection within a file in little memory. Numeric keys (membership, targets)
// are stored as they are. String keys (campaigns: name and staff are free text) are not kept:
// each is reduced to two independent hashes, a 52-bit one that indexes the map and a 32-bit
// check value; only when two different keys share the 52-bit hash is the pair (hash, check)
// kept in an overflow map. Two keys are taken as equal when 84 hash bits agree, a chance of
// about 1 in 10^13 for a million-row file, for about 40 bytes per row instead of ~150.
export class KeySet {
  private readonly numbers = new Map<number, number>();
  private readonly checks = new Map<number, number>();
  private readonly overflow = new Map<string, number>();

  /** Records the key at `line`; returns the line of an earlier equal key, if any. */
  seen(key: string | number, line: number): number | undefined {
    if (typeof key === 'number') {
      const first = this.numbers.get(key);
      if (first === undefined) this.numbers.set(key, line);
      return first;
    }
    const [h, check] = hashes(key);
    const first = this.numbers.get(h);
    if (first === undefined) {
      this.numbers.set(h, line);
      this.checks.set(h, check);
      return undefined;
    }
    if (this.checks.get(h) === check) return first;
    const o = `${h}:${check}`;
    const other = this.overflow.get(o);
    if (other === undefined) this.overflow.set(o, line);
    return other;
  }
}

/** Two independent hashes of a string: 52 bits (FNV-1a 32 + 20 bits of a murmur-style mix) and 32 bits. */
export function hashes(s: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  let c = 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    a = Math.imul(a ^ ch, 0x01000193);
    b = Math.imul(b ^ ch, 0x5bd1e995);
    b ^= b >>> 15;
    c = Math.imul(c + ch, 0x27d4eb2d);
    c ^= c >>> 13;
  }
  b = Math.imul(b ^ (b >>> 16), 0x85ebca6b);
  b ^= b >>> 13;
  c = Math.imul(c ^ (c >>> 16), 0xc2b2ae35);
  c ^= c >>> 16;
  return [(a >>> 0) * 1048576 + (b >>> 12), c >>> 0];
}
