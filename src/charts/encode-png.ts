/** RGBA pixels → PNG bytes, written by hand: faster than resvg's asPng for our charts, and RGB when nothing is transparent. */
import { deflateSync } from "node:zlib";

/** zlib level of the PNG's pixel data: the size/time trade-off measured on the sample report's charts (see the s15-png notes). */
export const PNG_DEFLATE_LEVEL = 3;

/**
 * A PNG of `width`×`height` straight (not premultiplied) RGBA pixels, row after row, with `deflate` packing the
 * filtered rows into a zlib stream. 8-bit RGB when every alpha is 255, else 8-bit RGBA; every row uses the filter
 * "None". Self-contained (no outside names but Buffer), so the PNG workers get it as text: keep it so.
 */
export function encodePngWith(deflate: (raw: Uint8Array) => Uint8Array, pixels: Uint8Array, width: number, height: number): Buffer {
  if (!(width > 0 && height > 0 && Number.isInteger(width) && Number.isInteger(height))) throw new Error(`a PNG needs a positive whole size, not ${width}×${height}`);
  if (pixels.length !== width * height * 4) throw new Error(`${width}×${height} RGBA pixels are ${width * height * 4} bytes, not ${pixels.length}`);
  let opaque = true;
  for (let i = 3; i < pixels.length; i += 4) {
    if (pixels[i] !== 255) {
      opaque = false;
      break;
    }
  }
  const channels = opaque ? 3 : 4;
  const rowBytes = width * channels + 1;
  const raw = new Uint8Array(rowBytes * height);
  // Each row: the filter byte 0 ("None", already 0), then the pixels, with the alpha byte dropped when opaque.
  if (opaque) {
    for (let y = 0, s = 0; y < height; y++) {
      let o = y * rowBytes + 1;
      for (let x = 0; x < width; x++, s += 4, o += 3) {
        raw[o] = pixels[s]!;
        raw[o + 1] = pixels[s + 1]!;
        raw[o + 2] = pixels[s + 2]!;
      }
    }
  } else {
    for (let y = 0; y < height; y++) raw.set(pixels.subarray(y * width * 4, (y + 1) * width * 4), y * rowBytes + 1);
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

/** A PNG of straight RGBA pixels (see encodePngWith), deflated at PNG_DEFLATE_LEVEL. */
export function encodePng(pixels: Uint8Array, width: number, height: number): Buffer {
  return encodePngWith((raw) => deflateSync(raw, { level: PNG_DEFLATE_LEVEL }), pixels, width, height);
}
