/** RGBA pixels → PNG bytes, written by hand: faster than resvg's asPng for our charts, and RGB when nothing is transparent. */
import { deflateSync } from "node:zlib";

/** zlib level of the PNG's pixel data: the size/time trade-off measured on the sample report's charts (see the s15-png notes). */
export const PNG_DEFLATE_LEVEL = 3;

/** Where a picture's pixels lie in a larger buffer, and how they are stored. */
export interface PixelLayout {
  /** Byte where the picture's first row starts (default 0). */
  offset?: number;
  /** Bytes from one row's start to the next (default width × 4). */
  stride?: number;
  /** Colours are premultiplied by alpha, as resvg's `pixels` are (default false); undone as resvg's own PNG writer does. */
  premultiplied?: boolean;
}

/**
 * A PNG of `width`×`height` RGBA pixels, row after row (or placed as `layout` says), with `deflate` packing the
 * filtered rows into a zlib stream. 8-bit RGB when every alpha is 255, else 8-bit RGBA; every row uses the filter
 * "None" (smaller and faster than Sub or Up on charts). Self-contained (no outside names but Buffer), so the PNG
 * workers get it as text: keep it so.
 */
export function encodePngWith(deflate: (raw: Uint8Array) => Uint8Array, pixels: Uint8Array, width: number, height: number, layout: PixelLayout = {}): Buffer {
  if (!(width > 0 && height > 0 && Number.isInteger(width) && Number.isInteger(height))) throw new Error(`a PNG needs a positive whole size, not ${width}×${height}`);
  const offset = layout.offset ?? 0, stride = layout.stride ?? width * 4;
  if (stride < width * 4 || offset < 0 || offset + (height - 1) * stride + width * 4 > pixels.length) throw new Error(`${width}×${height} RGBA pixels do not fit in ${pixels.length} bytes`);
  // Packed as RGB while every alpha seen is 255 (charts have a white background); the first other alpha starts over as RGBA.
  let raw = new Uint8Array((width * 3 + 1) * height);
  let opaque = true;
  // Read as whole 32-bit pixels where the bytes allow it (a third faster): little-endian, so red is the low byte.
  const words = pixels.byteOffset % 4 === 0 && offset % 4 === 0 && stride % 4 === 0 && new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? new Uint32Array(pixels.buffer, pixels.byteOffset, pixels.length >> 2) : undefined;
  rgb: for (let y = 0; y < height; y++) {
    let i = offset + y * stride, j = y * (width * 3 + 1) + 1;
    if (words) {
      for (let w = i >> 2, end = w + width; w < end; w++, j += 3) {
        const v = words[w]!;
        if (v >>> 24 !== 255) {
          opaque = false;
          break rgb;
        }
        raw[j] = v;
        raw[j + 1] = v >>> 8;
        raw[j + 2] = v >>> 16;
      }
      continue;
    }
    for (let x = 0; x < width; x++, i += 4, j += 3) {
      if (pixels[i + 3] !== 255) {
        opaque = false;
        break rgb;
      }
      raw[j] = pixels[i]!;
      raw[j + 1] = pixels[i + 1]!;
      raw[j + 2] = pixels[i + 2]!;
    }
  }
  // Each row starts with its filter byte, 0 ("None"), which the new array already holds.
  if (!opaque) {
    const rowBytes = width * 4 + 1;
    raw = new Uint8Array(rowBytes * height);
    for (let y = 0; y < height; y++) {
      const s = offset + y * stride, o = y * rowBytes + 1;
      raw.set(pixels.subarray(s, s + width * 4), o);
      if (!layout.premultiplied) continue;
      for (let i = o + 3, end = o + width * 4; i < end; i += 4) {
        const a = raw[i]!;
        if (a === 255) continue;
        for (let c = i - 3; c < i; c++) raw[c] = a === 0 ? 0 : Math.floor(raw[c]! / (a / 255) + 0.5);
      }
    }
  }
  const idat = deflate(raw);

  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  const out = Buffer.from(new ArrayBuffer(8 + 25 + 12 + idat.length + 12));
  out.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let at = 8;
  // A chunk: length, type, data, then the CRC-32 of type and data.
  const chunk = (type: string, data: Uint8Array): void => {
    out.writeUInt32BE(data.length, at);
    out.write(type, at + 4, "latin1");
    out.set(data, at + 8);
    let crc = -1;
    for (let i = at + 4; i < at + 8 + data.length; i++) crc = table[(crc ^ out[i]!) & 0xff]! ^ (crc >>> 8);
    out.writeUInt32BE((crc ^ -1) >>> 0, at + 8 + data.length);
    at += 12 + data.length;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = opaque ? 2 : 6; // colour type: RGB or RGBA; compression, filter method and interlace stay 0
  chunk("IHDR", ihdr);
  chunk("IDAT", idat);
  chunk("IEND", new Uint8Array(0));
  return out;
}

/** A PNG of RGBA pixels (see encodePngWith), deflated at PNG_DEFLATE_LEVEL. */
export function encodePng(pixels: Uint8Array, width: number, height: number, layout: PixelLayout = {}): Buffer {
  return encodePngWith((raw) => deflateSync(raw, { level: PNG_DEFLATE_LEVEL }), pixels, width, height, layout);
}
