/**
 * The first index seen with each text key, in an open-addressing table sized once for the number of keys.
 * Duplicate detection over 100,000 project names: a Map spends most of its time growing and rehashing
 * (measured ~60 ms for 100,000 new names on this machine), this table a few milliseconds.
 */
export class FirstSeen {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly keys: string[] = [];
  private readonly indices: number[] = [];

  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2; // at most half full: short probe runs
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
  }

  /** The index first stored with `key`; when the key is new, stores `index` with it and returns -1. */
  firstOr(key: string, index: number): number {
    let h = hash(key) & this.mask;
    for (;;) {
      const e = this.slots[h];
      if (e === -1) {
        if (this.keys.length * 2 >= this.slots.length) throw new Error('FirstSeen: more keys than its capacity');
        this.slots[h] = this.keys.length;
        this.keys.push(key);
        this.indices.push(index);
        return -1;
      }
      if (this.keys[e] === key) return this.indices[e];
      h = (h + 1) & this.mask;
    }
  }
}

/** FNV-1a over the UTF-16 code units. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
