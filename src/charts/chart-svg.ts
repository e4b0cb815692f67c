/** SVG pieces around a chart: the title and the region legend, laid out with our own text width estimate (CJK 1 em, others 0.6 em). */
import { isWide } from "../util/display-width.js";
import { escapeXml } from "../report-model/escape-xml.js";

/** Estimated width of a text in px: CJK and full-width characters are 1 em, others 0.6 em. */
export function textWidth(s: string, fontSize: number): number {
  let em = 0;
  for (const ch of s) em += isWide(ch) ? 1 : 0.6;
  return em * fontSize;
}

/** Cut a text with "…" so it fits `width` px. */
export function fitText(s: string, fontSize: number, width: number): string {
  if (textWidth(s, fontSize) <= width) return s;
  let out = "";
  for (const ch of s) {
    if (textWidth(out + ch + "…", fontSize) > width) break;
    out += ch;
  }
  return out + "…";
}

/** One legend line: what it shows and how it is drawn. */
export interface LegendEntry {
  label: string;
  color: string;
  width: number;
  dashed?: boolean;
  /** A filled swatch of this opacity (a band) instead of a line. */
  fill?: number;
}

const ROW = 18, FONT = 12, SWATCH = 24;

/** The legend as a standalone SVG document (rendered once and reused in every chart picture). */
export function legendSvg(title: string, entries: readonly LegendEntry[], font: string): { svg: string; width: number; height: number } {
  const width = Math.ceil(Math.max(textWidth(title, FONT), ...entries.map((e) => SWATCH + 8 + textWidth(e.label, FONT)))) + 8;
  const height = ROW * (entries.length + 1) + 6;
  const rows = entries.map((e, i) => {
    const y = ROW * (i + 1) + 14;
    const dash = e.dashed ? ' stroke-dasharray="5,3"' : "";
    const swatch =
      e.fill !== undefined
        ? `<rect x="2" y="${y - 10}" width="${SWATCH - 2}" height="12" fill="${e.color}" fill-opacity="${e.fill}"/>`
        : `<line x1="2" y1="${y - 4}" x2="${SWATCH}" y2="${y - 4}" stroke="${e.color}" stroke-width="${e.width}"${dash}/><circle cx="${SWATCH / 2 + 1}" cy="${y - 4}" r="2.6" fill="${e.color}"/>`;
    return `${swatch}<text x="${SWATCH + 6}" y="${y}" font-size="${FONT}">${escapeXml(e.label)}</text>`;
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><g font-family="${escapeXml(font)}" fill="#333"><text x="2" y="14" font-size="${FONT}" font-weight="bold">${escapeXml(title)}</text>${rows.join("")}</g></svg>`;
  return { svg, width, height };
}

/** The size and inner markup of an SVG document. */
export function svgParts(svg: string): { width: number; height: number; inner: string } {
  const open = /^<svg[^>]*>/.exec(svg);
  const width = Number(/\bwidth="([\d.]+)"/.exec(open?.[0] ?? "")?.[1] ?? 0);
  const height = Number(/\bheight="([\d.]+)"/.exec(open?.[0] ?? "")?.[1] ?? 0);
  return { width, height, inner: svg.slice(open?.[0].length ?? 0).replace(/<\/svg>\s*$/, "") };
}

/** A chart picture: an optional title on top, the chart below it, the legend (an SVG fragment) on the right. */
export function composeChart(chart: string, title: string, titleFont: string, legend: { markup: string; width: number; height: number }): { svg: string; width: number; height: number } {
  const c = svgParts(chart);
  const TITLE_H = title ? 30 : 0;
  const width = Math.ceil(c.width + legend.width + 12);
  const height = Math.ceil(Math.max(c.height, legend.height) + TITLE_H);
  const text = escapeXml(fitText(title, 14, width - 16));
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${height}" fill="white"/>` +
    (title ? `<text x="8" y="20" font-size="15" fill="#222" font-family="${escapeXml(titleFont)}">${text}</text>` : "") +
    `<g transform="translate(0,${TITLE_H})">${c.inner}</g>` +
    `<g transform="translate(${Math.ceil(c.width) + 6},${TITLE_H + 8})">${legend.markup}</g></svg>`;
  return { svg, width, height };
}
