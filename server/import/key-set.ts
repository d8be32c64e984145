// Duplicate-key detection within a file in little memory and with no garbage: an
// open-addressing hash table over one typed array (24 bytes a slot), instead of a Map of strings.
// Numeric keys (membership, targets: exact, see kinds.ts) are stored as they are. String keys
// (campaigns: name and staff are free text) are reduced to two independent hashes, a 52-bit
// one stored as the key and a 32-bit check value; two keys count as equal when all 84 bits
// agree (a chance of about 1 in 10^13 for a million-row file), and keys whose 52-bit hashes
// collide with different checks are kept apart in an overflow map.
//
// A numeric key's slot keeps its neighbours near: keys 16 apart at most (a membership file's
// series of one branch and month) share a run of slots, placed at random by their neighbourhood,
// so that a file in key order (as exports are) fills the table a few cache lines at a time instead
// of missing the cache for every key (the probes were a tenth of an import's main thread). Numeric
// keys are integers (kinds.ts): a neighbourhood holds at most 16 of them.
export class KeySet {
  // Slot i is [key, line, check] at 3i, 3i+1 and 3i+2 of one Float64Array (a numeric key's
  // check is NUMERIC, which no hash is), so that a probe touches one cache line (parallel
  // arrays cost a cache miss each per key on a million-key table). Lines start at 1, so line 0
  // marks an empty slot: a new table needs no filling.
  private slots: Float64Array;
  private capacity: number;
  private size = 0;
  private readonly overflow = new Map<string, number>();

  constructor(expectedKeys = 0) {
    this.capacity = capacityFor(expectedKeys);
    this.slots = new Float64Array(this.capacity * 3);
  }

  /**
   * Makes room for `keys` keys in all, at once: growing a million-key table step by step
   * rehashes every key about twice more.
   */
  reserve(keys: number): void {
    const capacity = capacityFor(keys);
    if (capacity > this.capacity) this.rehash(capacity);
  }

  /** Records the key at `line` (≥ 1); returns the line of an earlier equal key, if any. */
  seen(key: string | number, line: number): number | undefined {
    if (typeof key === 'number') return this.put(key, NUMERIC, line, false);
    hashInto(key);
    return this.put(HASH[0], HASH[1], line, true);
  }

  private put(key: number, check: number, line: number, hashed: boolean): number | undefined {
    if ((this.size + 1) * 2 > this.capacity) this.rehash(this.capacity * 2);
    const slots = this.slots;
    const mask = this.capacity - 1;
    let i = slotOf(key, hashed) & mask;
    for (;;) {
      const at = i * 3;
      const earlier = slots[at + 1];
      if (earlier === 0) {
        slots[at] = key;
        slots[at + 1] = line;
        slots[at + 2] = check;
        this.size++;
        return undefined;
      }
      if (slots[at] === key) {
        const stored = slots[at + 2];
        if (stored === check) return earlier;
        if (hashed && stored !== NUMERIC) {
          const o = `${key}:${check}`;
          const other = this.overflow.get(o);
          if (other === undefined) this.overflow.set(o, line);
          return other;
        }
        // A number and a hashed text that happen to be equal as numbers: different keys.
      }
      i = (i + 1) & mask;
    }
  }

  private rehash(capacity: number): void {
    const old = this.slots;
    const slots = new Float64Array(capacity * 3);
    const mask = capacity - 1;
    for (let j = 0; j < old.length; j += 3) {
      if (old[j + 1] === 0) continue;
      let i = slotOf(old[j], old[j + 2] !== NUMERIC) & mask;
      while (slots[i * 3 + 1] !== 0) i = (i + 1) & mask;
      slots[i * 3] = old[j];
      slots[i * 3 + 1] = old[j + 1];
      slots[i * 3 + 2] = old[j + 2];
    }
    this.slots = slots;
    this.capacity = capacity;
  }
}

/** The check value of a numeric key: hashes' checks are 0 to 2^32 - 1. */
const NUMERIC = -1;

/** A power of two at least twice the keys (the table stays at most half full). */
function capacityFor(keys: number): number {
  let capacity = 1 << 12;
  while (capacity < keys * 2) capacity *= 2;
  return capacity;
}

/**
 * Where a key's probes start (before masking): a hashed key anywhere; a numeric key beside the
 * other keys of its neighbourhood (the same key / 16, rounded down).
 */
function slotOf(key: number, hashed: boolean): number {
  if (hashed) return mix(key);
  const near = Math.floor(key / 16);
  return mix(near) + (key - near * 16);
}

/** Spreads a key (an integer up to 2^53) over 32 bits for the table index. */
function mix(key: number): number {
  let h = Math.imul((key >>> 0) ^ Math.floor(key / 4294967296), 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}

// hashInto's result, reused: a pair allocated per key was a measurable part of a campaign import.
const HASH = new Float64Array(2);

/** Two independent hashes of a string: 52 bits (FNV-1a 32 + 20 bits of a murmur-style mix) and 32 bits. */
function hashInto(s: string): void {
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
  HASH[0] = (a >>> 0) * 1048576 + (b >>> 12);
  HASH[1] = c >>> 0;
}

/** The two hashes of a string as a pair (for tests). */
export function hashes(s: string): [number, number] {
  hashInto(s);
  return [HASH[0], HASH[1]];
}
