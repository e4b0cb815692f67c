/** A hash index from non-negative integer keys to slots: open addressing over typed arrays, far leaner than a Map of a million numbers. */

const EMPTY = -1;

/** Key → slot (both non-negative integers; keys up to 2^53). */
export class KeyIndex {
  private keys: Float64Array;
  private slots: Int32Array;
  private shift: number;
  private count = 0;

  constructor(capacityBits = 10) {
    this.keys = new Float64Array(1 << capacityBits).fill(EMPTY);
    this.slots = new Int32Array(1 << capacityBits);
    this.shift = 32 - capacityBits;
  }

  private home(key: number): number {
    // Fibonacci hashing of the key's low and high 32 bits.
    return Math.imul((key | 0) ^ ((key / 4294967296) | 0), 0x9e3779b1) >>> this.shift;
  }

  /** The slot of `key`, or -1. */
  get(key: number): number {
    const keys = this.keys, mask = keys.length - 1;
    for (let i = this.home(key); ; i = (i + 1) & mask) {
      const k = keys[i]!;
      if (k === key) return this.slots[i]!;
      if (k === EMPTY) return -1;
    }
  }

  /** Add a key that is not present yet. */
  insert(key: number, slot: number): void {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    this.place(key, slot);
    this.count++;
  }

  private place(key: number, slot: number): void {
    const keys = this.keys, mask = keys.length - 1;
    let i = this.home(key);
    while (keys[i] !== EMPTY) i = (i + 1) & mask;
    keys[i] = key;
    this.slots[i] = slot;
  }

  private grow(): void {
    const oldKeys = this.keys, oldSlots = this.slots;
    this.keys = new Float64Array(oldKeys.length * 2).fill(EMPTY);
    this.slots = new Int32Array(oldKeys.length * 2);
    this.shift--;
    for (let i = 0; i < oldKeys.length; i++) if (oldKeys[i] !== EMPTY) this.place(oldKeys[i]!, oldSlots[i]!);
  }

  /** Number of keys. */
  get size(): number {
    return this.count;
  }
}
