// Duplicate-key detection within a file in little memory and with no garbage: an
// open-addressing hash table over typed arrays (16 bytes a key, 20 for text keys), instead of a
// Map of strings.
// Numeric keys (membership, targets: exact, see kinds.ts) are stored as they are. String keys
// (campaigns: name and staff are free text) are reduced to two independent hashes, a 52-bit
// one stored as the key and a 32-bit check value; two keys count as equal when all 84 bits
// agree (a chance of about 1 in 10^13 for a million-row file), and keys whose 52-bit hashes
// collide with different checks are kept apart in an overflow map.
export class KeySet {
  // Slot i is [key, line] at 2i and 2i+1 of one Float64Array, so that a probe touches one cache
  // line (parallel arrays cost a cache miss each per key on a million-key table). The check
  // values of string keys live apart, allocated only when a string key comes.
  private slots = KeySet.table(1 << 12);
  private checks?: Uint32Array;
  private capacity = 1 << 12;
  private size = 0;
  private readonly overflow = new Map<string, number>();

  private static table(capacity: number): Float64Array {
    const slots = new Float64Array(capacity * 2);
    for (let i = 0; i < slots.length; i += 2) slots[i] = Number.NaN;
    return slots;
  }

  /** Records the key at `line`; returns the line of an earlier equal key, if any. */
  seen(key: string | number, line: number): number | undefined {
    if (typeof key === 'number') return this.put(key, 0, line, false);
    const [h, check] = hashes(key);
    this.checks ??= new Uint32Array(this.capacity);
    return this.put(h, check, line, true);
  }

  private put(key: number, check: number, line: number, hashed: boolean): number | undefined {
    if ((this.size + 1) * 2 > this.capacity) this.grow();
    const slots = this.slots;
    const mask = this.capacity - 1;
    let i = mix(key) & mask;
    for (;;) {
      const k = slots[i * 2];
      if (k !== k) {
        // NaN: an empty slot.
        slots[i * 2] = key;
        slots[i * 2 + 1] = line;
        if (hashed) this.checks![i] = check;
        this.size++;
        return undefined;
      }
      if (k === key) {
        if (!hashed || this.checks![i] === check) return slots[i * 2 + 1];
        const o = `${key}:${check}`;
        const other = this.overflow.get(o);
        if (other === undefined) this.overflow.set(o, line);
        return other;
      }
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    const oldChecks = this.checks;
    this.capacity *= 2;
    const slots = (this.slots = KeySet.table(this.capacity));
    const checks = (this.checks = oldChecks ? new Uint32Array(this.capacity) : undefined);
    const mask = this.capacity - 1;
    for (let j = 0; j < old.length / 2; j++) {
      const k = old[j * 2];
      if (k !== k) continue;
      let i = mix(k) & mask;
      while (slots[i * 2] === slots[i * 2]) i = (i + 1) & mask;
      slots[i * 2] = k;
      slots[i * 2 + 1] = old[j * 2 + 1];
      if (checks) checks[i] = oldChecks![j];
    }
  }
}

/** Spreads a key (an integer up to 2^53) over 32 bits for the table index. */
function mix(key: number): number {
  let h = Math.imul((key >>> 0) ^ Math.floor(key / 4294967296), 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
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
