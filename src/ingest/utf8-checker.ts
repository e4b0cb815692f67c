/** Checks a UTF-8 byte stream chunk by chunk (a character may be split across chunks). */
import { isUtf8 } from "node:buffer";

/** Length of an incomplete UTF-8 sequence at the end of `b` (0–3). */
function incompleteTail(b: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, b.length); back++) {
    const c = b[b.length - back]!;
    if ((c & 0xc0) === 0x80) continue;
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

/** Feed chunks in order; `valid` turns false at the first invalid byte sequence. */
export class Utf8Checker {
  valid = true;
  private carry: Uint8Array = new Uint8Array(0);

  /** Check the next chunk. */
  push(chunk: Uint8Array): void {
    if (!this.valid) return;
    const b = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    const tail = incompleteTail(b);
    if (!isUtf8(b.subarray(0, b.length - tail))) this.valid = false;
    this.carry = b.slice(b.length - tail);
  }

  /** The stream ended: a dangling partial character is invalid. */
  end(): void {
    if (this.carry.length) this.valid = false;
  }
}
