/** Pieces of the HTML report: escaped cells and tables, the page head, and each section, shared by the one-page report and the report in pages. */
import type { Plan } from "../model/plan.js";
import type { Report } from "../model/report.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { ReportMeta } from "../report-model/report-meta.js";
import type { ResultRow, RowContext, WarningRow } from "../report-model/report-rows.js";
import { summaryTable, RATE_COLUMN } from "../report-model/summary-table.js";
import { CATEGORIES } from "../report-model/categories.js";
import { areaCells, areaHeaders, AREA_READER_COLUMNS } from "../report-model/area-table.js";
import { chartNote, noteItems } from "../report-model/report-notes.js";
import type { ReportCell } from "../report-model/report-cell.js";
import { escapeXml as esc } from "../report-model/escape-xml.js";
import type { ChartSet } from "../charts/render-charts.js";
import { num as fmtNum } from "../util/format-number.js";
import { HTML_STYLE } from "./html-style.js";
import { headlineSummary, regionAttainment, regionTable, redWarningsByCounty, statusGrid, RATE_COLUMN_REGIONS } from "../report-model/region-comparison.js";

/** A cell's text: numbers with two decimals (or as a percentage), texts escaped, nothing for no value. */
export function fmt(v: ReportCell, percent = false): string {
  if (v === null || v === undefined || v === "") return "";
  if (typeof v === "number") return percent ? `${fmtNum(v * 100, 1)}%` : fmtNum(v, 2);
  return esc(v);
}

/** How a table's cells are classed and linked. */
export interface TableOptions {
  percentCols?: number[];
  nowrapCols?: number[];
  rowClass?: (i: number) => string;
  cellClass?: (r: number, c: number) => string;
  /** A relative address the cell's text links to. */
  link?: (r: number, c: number) => string | undefined;
}

/** An HTML table with a header row; every text escaped. */
export function table(header: readonly string[], rows: readonly (readonly ReportCell[])[], opts: TableOptions = {}): string {
  const head = `<thead><tr>${header.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead>`;
  const body = rows
    .map((r, i) => {
      const cls = opts.rowClass?.(i);
      const cells = r.map((v, c) => {
        // Short labels (level, area, region) must not be squeezed to one character a line by a long neighbour.
        const cc = [opts.cellClass?.(i, c), opts.nowrapCols?.includes(c) ? "nw" : ""].filter(Boolean).join(" ");
        const href = opts.link?.(i, c);
        const text = fmt(v, opts.percentCols?.includes(c));
        return `<td${typeof v === "number" ? ' class="num"' : cc ? ` class="${cc}"` : ""}>${href ? `<a href="${esc(href)}">${text}</a>` : text}</td>`;
      });
      return `<tr${cls ? ` class="${cls}"` : ""}>${cells.join("")}</tr>`;
    })
    .join("");
  return `<table>${head}<tbody>${body}</tbody></table>`;
}

/** From the doctype to the opening body tag, with the stylesheet and a CSP that forbids loading anything. */
export function pageHead(lang: string, title: string): string {
  return [
    `<!DOCTYPE html><html lang="${lang === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title><style>${HTML_STYLE}</style></head><body>`,
  ].join("\n");
}

/** The end of a page. */
export const PAGE_END = `</body></html>\n`;

/** Title, plan line, the headline rate and the overview tables of `report` (the city's own results when it has them). */
export function introSection(c: RowContext, report: Report, meta: ReportMeta, title: string, methodName: string): string {
  const { t, lang, plan } = c;
  const out: string[] = [`<h1>${esc(title)}</h1>`];
  out.push(`<p class="meta">${esc(t("k-plan"))}：${esc(`${plan.title[lang]}（${report.plan.version}）`)} · ${esc(t("k-method"))}：${esc(methodName)} · ${esc(t("k-generated"))}：${esc(meta.generatedAt.slice(0, 10))}</p>`);
  const headline = headlineSummary(c, report);
  out.push(`<p class="rate">${esc(headline.label)}：<strong>${fmt(headline.summary.attainment_rate, true) || esc(t("none"))}</strong></p>`);
  const summary = summaryTable(c, { ...report, summary: headline.summary });
  out.push(`<h2>${esc(t("sheet-overview"))}</h2>`, table(summary.header, summary.rows, { percentCols: [RATE_COLUMN], rowClass: (i) => (i === summary.rows.length - 1 ? "total" : "") }));
  out.push(table([t("h-category"), t("h-count")], CATEGORIES.map((k) => [t(`cat-${k}`), headline.summary.categories[k] ?? 0])));
  return out.join("\n");
}

/** The regions side by side: attainment and rank (names linked when `regionLink` is given), and unless `brief`, the status grid and the counties' red warnings. */
export function regionsSection(c: RowContext, report: Report, opts: { regionLink?: (code: string) => string | undefined; brief?: boolean } = {}): string {
  const { t } = c;
  const out: string[] = [`<h2>${esc(t("sheet-regions"))}</h2>`, `<h3>${esc(t("regions-table"))}</h3>`];
  const regions = regionAttainment(c, report);
  const rt = regionTable(c, regions);
  out.push(table(rt.header, rt.rows, { percentCols: [RATE_COLUMN_REGIONS], nowrapCols: [0], ...(opts.regionLink ? { link: (r: number, col: number) => (col === 0 ? opts.regionLink!(regions[r]!.region) : undefined) } : {}) }));
  if (opts.brief) return out.join("\n");
  const grid = statusGrid(c, report);
  out.push(`<h3>${esc(t("regions-grid"))}</h3>`);
  out.push(table([t("h-indicator"), ...grid.regions.map((r) => r.name)], grid.rows.map((g) => [g.name, ...g.cells.map((x) => x?.label ?? "")]), { cellClass: (r, col) => (col === 0 ? "name" : `grid st-${grid.rows[r]?.cells[col - 1]?.status ?? "none"}`) }));
  const red = redWarningsByCounty(c, report);
  out.push(`<h3>${esc(t(red.length > 0 ? "regions-red" : "regions-no-red"))}</h3>`);
  for (const county of red) {
    out.push(`<h4>${esc(county.region)}（${county.warnings.length}）</h4><ul class="red">${county.warnings.map((w) => `<li><strong>${esc(w.indicator)}</strong>：${esc(w.text)}</li>`).join("")}</ul>`);
  }
  return out.join("\n");
}

/** The warnings table, red first (`lead`, when given, is a sentence above it). */
export function warningsSection(c: RowContext, warnings: readonly WarningRow[], lead?: string): string {
  const { t } = c;
  return [
    `<h2>${esc(t("sheet-warnings"))}</h2>`,
    ...(lead ? [`<p>${esc(lead)}</p>`] : []),
    warnings.length === 0
      ? `<p>${esc(t("no-warnings"))}</p>`
      : table([t("h-level"), t("h-area"), t("h-indicator"), t("h-region"), t("h-warning"), t("h-reason")], warnings.map((w) => [w.levelName, w.areaName, w.indicatorName, w.regionName, w.warning, w.reason]), { nowrapCols: [0, 1, 3, 4], cellClass: (r, col) => (col === 0 ? `lv-${warnings[r]?.level ?? "none"}` : "") }),
  ].join("\n");
}

/** One table per area with results: the reader's columns (the series, threshold and indicator code stay in the workbook for analysts). */
export function areaSections(c: RowContext, plan: Plan, rows: readonly ResultRow[]): string {
  const out: string[] = [];
  const cols = areaHeaders(c);
  for (const area of plan.areas) {
    const areaRows = rows.filter((r) => r.area === area.id);
    if (areaRows.length === 0) continue;
    out.push(`<h2>${esc(area.name[c.lang])}</h2>`);
    out.push(table(cols.slice(0, AREA_READER_COLUMNS), areaRows.map((r) => areaCells(r).slice(0, AREA_READER_COLUMNS)), { percentCols: [8, 9], nowrapCols: [1, 2, 10, 11], cellClass: (r, col) => (col === 0 ? "name" : col === 6 ? "target" : col === 14 ? "words" : col === 10 ? `st-${areaRows[r]?.statusCode}` : col === 11 ? `cat-${areaRows[r]?.categoryCode ?? "none"}` : "") }));
  }
  return out.join("\n");
}

/** The charts as inline SVG under their areas' headings (empty without charts). */
export function chartsSection(c: RowContext, plan: Plan, charts: ChartSet | undefined): string {
  if (!charts || charts.charts.length === 0) return "";
  const { t, lang } = c;
  const out: string[] = [`<h2>${esc(t("sheet-charts"))}</h2><p>${esc(t("charts-intro"))}</p>`];
  for (const area of plan.areas) {
    const mine = charts.charts.filter((ch) => c.indicators.get(ch.indicator)?.area === area.id);
    if (mine.length === 0) continue;
    out.push(`<h3>${esc(area.name[lang])}</h3><div class="charts">`);
    for (const ch of mine) out.push(`<figure>${ch.svg}<figcaption>${esc(c.indicators.get(ch.indicator)?.name[lang] ?? ch.title)}</figcaption></figure>`);
    out.push(`</div>`);
  }
  return out.join("\n");
}

/** The diagnostics with their locations; at most `limit` rows, with a sentence saying how many were left out. */
export function qualitySection(c: RowContext, diagnostics: readonly Diagnostic[], limit = Infinity): string {
  const { t } = c;
  const shown = diagnostics.slice(0, limit);
  return [
    `<h2>${esc(t("sheet-quality"))}</h2>`,
    diagnostics.length === 0
      ? `<p>${esc(t("no-diagnostics"))}</p>`
      : table([t("h-severity"), t("h-code"), t("h-file"), t("h-row"), t("h-column"), t("h-message")], shown.map((d) => [t(`sev-${d.severity}`), d.code, d.source?.file, d.source?.row ?? d.source?.line, d.source?.column, d.message])),
    ...(shown.length < diagnostics.length ? [`<p>${esc(t("quality-more", { shown: shown.length, count: diagnostics.length }))}</p>`] : []),
  ].join("\n");
}

/** Method, thresholds, chart fonts and the input files with their SHA-256. */
export function notesSection(c: RowContext, report: Report, meta: ReportMeta, methodName: string, charts: ChartSet | undefined): string {
  const { t } = c;
  return [
    `<h2>${esc(t("sheet-notes"))}</h2>`,
    table([t("h-item"), t("h-content")], noteItems(c, report, meta, methodName, chartNote(c, meta, charts, false))),
    table([t("h-file"), t("h-sha256"), t("h-rows")], meta.inputs.map((f) => [f.file, f.sha256, f.rows])),
  ].join("\n");
}
