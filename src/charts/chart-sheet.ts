/** Several SVG drawings stacked into one sheet SVG, so resvg parses fonts and draws once for all of them; each is cut out after. */
import type { ResvgRenderOptions } from "@resvg/resvg-js";

/** Where one drawing lies in the sheet's pixels: from row `top`, `width`×`height` pixels at the left edge. */
export interface SheetCut {
  top: number;
  width: number;
  height: number;
}

/** The sheet to draw, its expected size in pixels, and one cut per drawing, in the order given. */
export interface ChartSheet {
  svg: string;
  width: number;
  height: number;
  cuts: SheetCut[];
}

/** Blank pixel rows between two drawings on a sheet. */
const GAP = 2;

/** The zoom resvg draws at under these options, when a sheet of such drawings keeps every pixel (plain or `zoom` fit); undefined otherwise. */
export function sheetZoom(options: ResvgRenderOptions): number | undefined {
  const fit = options.fitTo;
  if (fit === undefined || fit.mode === "original") return 1;
  return fit.mode === "zoom" && Number.isFinite(fit.value) && fit.value > 0 ? fit.value : undefined;
}

/**
 * The size of an SVG document that can go on a sheet: a root `<svg>` first (no prolog, doctype or entities),
 * whole-number width and height in user units, no x/y on the root (they would move it once nested), and no
 * ids or style sheets that would reach across drawings. Undefined when it must be drawn alone.
 */
export function stackableSize(svg: string): { width: number; height: number } | undefined {
  const open = /^<svg\b[^>]*>/.exec(svg);
  if (!open || /\s(?:x|y)=/.test(open[0]) || /\sid=|<style\b|<!/.test(svg)) return undefined;
  const width = Number(/\swidth="(\d+)"/.exec(open[0])?.[1] ?? NaN);
  const height = Number(/\sheight="(\d+)"/.exec(open[0])?.[1] ?? NaN);
  return width > 0 && height > 0 ? { width, height } : undefined;
}

/**
 * Stack drawings (each with its stackableSize) from top to bottom at the left edge; each starts on a whole pixel
 * row at this zoom, GAP rows below the previous one. Each keeps its own `<svg>` element, with its content
 * not clipped to its box (a clip costs resvg a mask the size of the whole sheet): a drawing must stay inside
 * its box, as charts do, or it would show in its neighbour's picture.
 */
export function chartSheet(drawings: readonly { svg: string; width: number; height: number }[], zoom: number): ChartSheet {
  let top = 0, width = 0;
  const cuts: SheetCut[] = [], parts: string[] = [];
  for (const d of drawings) {
    cuts.push({ top, width: Math.ceil(d.width * zoom), height: Math.ceil(d.height * zoom) });
    parts.push(d.svg.replace(/^<svg\b/, `<svg x="0" y="${top / zoom}" overflow="visible"`));
    width = Math.max(width, d.width);
    top += Math.ceil(d.height * zoom) + GAP;
  }
  const height = (top - GAP) / zoom;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join("")}</svg>`;
  return { svg, width: Math.ceil(width * zoom), height: Math.ceil(height * zoom), cuts };
}

/**
 * One drawing's straight RGBA pixels out of a drawn sheet's premultiplied ones (resvg's `pixels`), rounding as
 * resvg's own PNG writer does. Self-contained (no outside names), so the PNG workers get it as text: keep it so.
 */
export function cutPixels(sheet: Uint8Array, sheetWidth: number, cut: { top: number; width: number; height: number }): Uint8Array {
  const out = new Uint8Array(cut.width * cut.height * 4);
  for (let y = 0; y < cut.height; y++) {
    const from = (cut.top + y) * sheetWidth * 4;
    out.set(sheet.subarray(from, from + cut.width * 4), y * cut.width * 4);
  }
  for (let i = 3; i < out.length; i += 4) {
    const a = out[i]!;
    if (a === 255) continue;
    for (let c = i - 3; c < i; c++) out[c] = a === 0 ? 0 : Math.floor(out[c]! / (a / 255) + 0.5);
  }
  return out;
}
