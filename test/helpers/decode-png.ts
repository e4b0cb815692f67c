/** A small PNG reader for tests: 8-bit RGB or RGBA, not interlaced, any row filter → straight RGBA pixels and the chunks seen. */
import { inflateSync } from "node:zlib";

/** One chunk as found: its type, data and stored CRC. */
export interface PngChunk {
  type: string;
  data: Buffer;
  crc: number;
}

/** The decoded picture: size, colour type, RGBA pixels (alpha 255 when the PNG has none) and its chunks in order. */
export function decodePng(png: Buffer): { width: number; height: number; colorType: number; pixels: Uint8Array; chunks: PngChunk[] } {
  if (!png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) throw new Error("not a PNG signature");
  const chunks: PngChunk[] = [];
  for (let at = 8; at < png.length; ) {
    const len = png.readUInt32BE(at);
    chunks.push({ type: png.toString("latin1", at + 4, at + 8), data: png.subarray(at + 8, at + 8 + len), crc: png.readUInt32BE(at + 8 + len) });
    at += 12 + len;
  }
  const ihdr = chunks[0]!.data;
  const width = ihdr.readUInt32BE(0), height = ihdr.readUInt32BE(4), depth = ihdr[8], colorType = ihdr[9]!;
  if (depth !== 8 || (colorType !== 2 && colorType !== 6) || ihdr[12] !== 0) throw new Error("only 8-bit RGB/RGBA, not interlaced");
  const bpp = colorType === 6 ? 4 : 3, stride = width * bpp;
  const raw = inflateSync(Buffer.concat(chunks.filter((c) => c.type === "IDAT").map((c) => c.data)));
  if (raw.length !== height * (stride + 1)) throw new Error(`IDAT holds ${raw.length} bytes, not ${height * (stride + 1)}`);
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= bpp ? rows[y * stride + x - bpp]! : 0, b = y > 0 ? rows[(y - 1) * stride + x]! : 0, c = x >= bpp && y > 0 ? rows[(y - 1) * stride + x - bpp]! : 0;
      const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      const pred = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter];
      if (pred === undefined) throw new Error(`unknown row filter ${filter}`);
      rows[y * stride + x] = (v + pred) & 0xff;
    }
  }
  const pixels = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    pixels.set(rows.subarray(i * bpp, i * bpp + 3), i * 4);
    pixels[i * 4 + 3] = bpp === 4 ? rows[i * 4 + 3]! : 255;
  }
  return { width, height, colorType, pixels, chunks };
}
