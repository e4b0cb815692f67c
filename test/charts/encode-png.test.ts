import { describe, expect, it } from "vitest";
import zlib from "node:zlib";
import { Resvg } from "@resvg/resvg-js";
import { encodePng, encodePngWith } from "../../src/charts/encode-png.js";
import { decodePng } from "../helpers/decode-png.js";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
/** The PNG drawn by resvg for this SVG (its own writer) and its raw, premultiplied pixels. */
const drawn = (svg: string) => {
  const img = new Resvg(svg, {}).render();
  return { png: img.asPng(), pixels: img.pixels, width: img.width, height: img.height };
};

describe("encodePng", () => {
  it("writes a 1×1 opaque picture as RGB, byte for byte", () => {
    const png = encodePngWith((raw) => zlib.deflateSync(raw, { level: 9 }), new Uint8Array([0x12, 0x34, 0x56, 255]), 1, 1);
    const idat = zlib.deflateSync(Buffer.from([0, 0x12, 0x34, 0x56]), { level: 9 });
    expect(hex(png.subarray(0, 8))).toBe("89504e470d0a1a0a");
    // IHDR: length 13, "IHDR", 1×1, depth 8, colour type 2 (RGB), compression 0, filter 0, interlace 0, then its CRC.
    expect(hex(png.subarray(8, 33))).toBe("0000000d" + "49484452" + "00000001" + "00000001" + "0802000000" + "907753de");
    expect(png.readUInt32BE(33)).toBe(idat.length);
    expect(png.subarray(37, 41).toString("latin1")).toBe("IDAT");
    expect(hex(png.subarray(41, 41 + idat.length))).toBe(hex(idat));
    // IEND: empty, its CRC the well-known AE426082.
    expect(hex(png.subarray(png.length - 12))).toBe("0000000049454e44ae426082");
    expect(png.length).toBe(8 + 25 + 12 + idat.length + 12);
  });

  it("writes a 3×2 picture with a see-through pixel as RGBA, rows filtered None, and reads back the same pixels", () => {
    const pixels = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 1, 2, 3, 128, 9, 8, 7, 0, 250, 251, 252, 255]);
    const png = encodePngWith((raw) => zlib.deflateSync(raw), pixels, 3, 2);
    const back = decodePng(png);
    expect([back.width, back.height, back.colorType]).toEqual([3, 2, 6]);
    expect(hex(back.pixels)).toBe(hex(pixels));
    const raw = zlib.inflateSync(back.chunks[1]!.data);
    expect(hex(raw)).toBe("00" + hex(pixels.subarray(0, 12)) + "00" + hex(pixels.subarray(12)));
    expect(back.chunks.map((c) => c.type)).toEqual(["IHDR", "IDAT", "IEND"]);
  });

  it("gives each chunk the CRC-32 of its type and data", () => {
    const png = encodePng(new Uint8Array(4 * 7 * 5).fill(200), 7, 5);
    const { chunks } = decodePng(png);
    // CRC-32 bit by bit (no table), to check the encoder's table-driven one; node:zlib's crc32 too where this Node has it.
    const bitwise = (d: Uint8Array): number => {
      let c = 0xffffffff;
      for (const byte of d) {
        c ^= byte;
        for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
      }
      return (c ^ 0xffffffff) >>> 0;
    };
    const crc32 = (zlib as { crc32?: (d: Uint8Array) => number }).crc32;
    expect(chunks.map((c) => c.type)).toEqual(["IHDR", "IDAT", "IEND"]);
    for (const c of chunks) {
      const typed = Buffer.concat([Buffer.from(c.type, "latin1"), c.data]);
      expect(c.crc).toBe(bitwise(typed));
      if (crc32) expect(c.crc).toBe(crc32(typed));
    }
    expect(chunks[2]!.crc).toBe(0xae426082);
  });

  it("keeps every pixel of resvg's own PNG: opaque as RGB, see-through as RGBA", () => {
    const opaque = `<svg xmlns="http://www.w3.org/2000/svg" width="60" height="40"><rect width="60" height="40" fill="#fff"/><circle cx="20" cy="20" r="13" fill="#1f3b73"/><path d="M0 40 L60 0" stroke="#c33" stroke-width="1.7"/></svg>`;
    const seeThrough = `<svg xmlns="http://www.w3.org/2000/svg" width="60" height="40"><circle cx="20" cy="20" r="13" fill="#1f3b73" fill-opacity="0.37"/><path d="M0 40 L60 0" stroke="#c33" stroke-width="1.7" stroke-opacity="0.6"/></svg>`;
    for (const [svg, colorType] of [[opaque, 2], [seeThrough, 6]] as const) {
      const r = drawn(svg);
      const ours = encodePng(r.pixels, r.width, r.height, { premultiplied: true });
      const mine = decodePng(ours), theirs = decodePng(r.png);
      expect(mine.colorType).toBe(colorType);
      expect([mine.width, mine.height]).toEqual([theirs.width, theirs.height]);
      expect(Buffer.from(mine.pixels).equals(Buffer.from(theirs.pixels))).toBe(true);
    }
  });

  it("takes a picture out of a wider buffer and undoes premultiplied alpha as resvg does", () => {
    // A 3×3 buffer; the picture is 2×2 from row 1: opaque, half, clear and 40/255 alpha pixels.
    const sheet = new Uint8Array(3 * 3 * 4).fill(7);
    sheet.set([10, 20, 30, 255, 64, 32, 0, 128], (1 * 3 + 0) * 4);
    sheet.set([0, 0, 0, 0, 20, 40, 39, 40], (2 * 3 + 0) * 4);
    const png = encodePng(sheet, 2, 2, { offset: 12, stride: 12, premultiplied: true });
    expect([...decodePng(png).pixels]).toEqual([10, 20, 30, 255, 128, 64, 0, 128, 0, 0, 0, 0, 128, 255, 249, 40]);
    // Opaque and placed: RGB of just those pixels.
    const rgb = decodePng(encodePng(new Uint8Array([9, 9, 9, 9, 1, 2, 3, 255, 9, 9, 9, 9, 4, 5, 6, 255]), 1, 2, { offset: 4, stride: 8 }));
    expect([rgb.colorType, ...rgb.pixels]).toEqual([2, 1, 2, 3, 255, 4, 5, 6, 255]);
  });

  it("writes the same bytes whether the pixels are read 32 bits at a time or byte by byte (a buffer not on a 4-byte boundary)", () => {
    const pixels = new Uint8Array(5 * 3 * 4).map((_, i) => (i % 4 === 3 ? 255 : (i * 37) % 256));
    const shifted = new Uint8Array(pixels.length + 1).subarray(1);
    shifted.set(pixels);
    const png = encodePng(pixels, 5, 3);
    expect(decodePng(png).colorType).toBe(2);
    expect(hex(encodePng(shifted, 5, 3))).toBe(hex(png));
    expect(hex(decodePng(png).pixels)).toBe(hex(pixels));
    // With one see-through pixel late in the picture both start over as RGBA.
    pixels[4 * 13 + 3] = 7;
    shifted[4 * 13 + 3] = 7;
    expect(decodePng(encodePng(pixels, 5, 3)).colorType).toBe(6);
    expect(hex(encodePng(shifted, 5, 3))).toBe(hex(encodePng(pixels, 5, 3)));
    expect(hex(decodePng(encodePng(shifted, 5, 3)).pixels)).toBe(hex(pixels));
  });

  it("refuses a size that does not match the pixels", () => {
    expect(() => encodePng(new Uint8Array(12), 2, 2)).toThrow(/2×2 RGBA pixels do not fit in 12 bytes/);
    expect(() => encodePng(new Uint8Array(36), 2, 2, { offset: 20, stride: 12 })).toThrow(/do not fit in 36 bytes/);
    expect(() => encodePng(new Uint8Array(36), 2, 2, { stride: 4 })).toThrow(/do not fit/);
    expect(() => encodePng(new Uint8Array(0), 0, 0)).toThrow(/positive whole size/);
  });
});
