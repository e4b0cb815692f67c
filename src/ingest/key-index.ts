/**
 * A hash index from non-negative integer keys to slots: open addressing over one typed array of slots, far leaner than
 * a Map of a million numbers. The keys themselves stay with their owner (read back through `keyOf`), so they are not held twice.
 */

const EMPTY = -1;

/** Key → slot (slots are non-negative integers; keys up to 2^53, read through keyOf(slot)). */
export class KeyIndex {
  private slots: Int32Array;
  private shift: number;
  private count = 0;

  constructor(
    private readonly keyOf: (slot: number) => number,
    capacityBits = 10,
  ) {
    this.slots = new Int32Array(1 << capacityBits).fill(EMPTY);
    this.shift = 32 - capacityBits;
  }

  private home(key: number): number {
    // Fibonacci hashing of the key's low and high 32 bits.
    return Math.imul((key | 0) ^ ((key / 4294967296) | 0), 0x9e3779b1) >>> this.shift;
  }

  /** The slot of `key`, or -1. */
  get(key: number): number {
    const slots = this.slots, mask = slots.length - 1;
    for (let i = this.home(key); ; i = (i + 1) & mask) {
      const s = slots[i]!;
      if (s === EMPTY) return -1;
      if (this.keyOf(s) === key) return s;
    }
  }

  /** Add a key that is not present yet; keyOf(slot) must already give it. */
  insert(key: number, slot: number): void {
    if ((this.count + 1) * 2 > this.slots.length) this.grow();
    this.place(key, slot);
    this.count++;
  }

  private place(key: number, slot: number): void {
    const slots = this.slots, mask = slots.length - 1;
    let i = this.home(key);
    while (slots[i] !== EMPTY) i = (i + 1) & mask;
    slots[i] = slot;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2).fill(EMPTY);
    this.shift--;
    for (let i = 0; i < old.length; i++) if (old[i] !== EMPTY) this.place(this.keyOf(old[i]!), old[i]!);
  }

  /** Number of keys. */
  get size(): number {
    return this.count;
  }
}
