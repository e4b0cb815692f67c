/** A self-contained HTML report: the same summary tables as the workbook and the charts as inline SVG, every text escaped. */
import type { Plan } from "../model/plan.js";
import type { Report } from "../model/report.js";
import type { ReportMeta } from "../report-model/report-meta.js";
import { resultRows, rowContext, warningRows } from "../report-model/report-rows.js";
import { summaryTable, RATE_COLUMN } from "../report-model/summary-table.js";
import { CATEGORIES } from "../report-model/categories.js";
import { areaCells, areaHeaders, AREA_READER_COLUMNS } from "../report-model/area-table.js";
import { chartNote, noteItems } from "../report-model/report-notes.js";
import type { ReportCell } from "../report-model/report-cell.js";
import { escapeXml as esc } from "../report-model/escape-xml.js";
import { renderCharts } from "../charts/render-charts.js";
import { num as fmtNum } from "../util/format-number.js";
import { HTML_STYLE } from "./html-style.js";
import { headlineSummary, regionAttainment, regionTable, redWarningsByCounty, statusGrid, RATE_COLUMN_REGIONS } from "../report-model/region-comparison.js";

function fmt(v: ReportCell, percent = false): string {
  if (v === null || v === undefined || v === "") return "";
  if (typeof v === "number") return percent ? `${fmtNum(v * 100, 1)}%` : fmtNum(v, 2);
  return esc(v);
}

function table(header: readonly string[], rows: readonly (readonly ReportCell[])[], opts: { percentCols?: number[]; nowrapCols?: number[]; rowClass?: (i: number) => string; cellClass?: (r: number, c: number) => string } = {}): string {
  const head = `<thead><tr>${header.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead>`;
  const body = rows
    .map((r, i) => {
      const cls = opts.rowClass?.(i);
      const cells = r.map((v, c) => {
        // Short labels (level, area, region) must not be squeezed to one character a line by a long neighbour.
        const cc = [opts.cellClass?.(i, c), opts.nowrapCols?.includes(c) ? "nw" : ""].filter(Boolean).join(" ");
        return `<td${typeof v === "number" ? ' class="num"' : cc ? ` class="${cc}"` : ""}>${fmt(v, opts.percentCols?.includes(c))}</td>`;
      });
      return `<tr${cls ? ` class="${cls}"` : ""}>${cells.join("")}</tr>`;
    })
    .join("");
  return `<table>${head}<tbody>${body}</tbody></table>`;
}

/** The counties side by side: attainment and rank, the status grid, the counties' red warnings. */
function regionsSection(c: ReturnType<typeof rowContext>, report: Report): string {
  const { t } = c;
  const out: string[] = [`<h2>${esc(t("sheet-regions"))}</h2>`, `<h3>${esc(t("regions-table"))}</h3>`];
  const rt = regionTable(c, regionAttainment(c, report));
  out.push(table(rt.header, rt.rows, { percentCols: [RATE_COLUMN_REGIONS], nowrapCols: [0] }));
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

/** Build the HTML report (charts are drawn when `meta.fonts` is given; the browser supplies the fonts). */
export async function buildReportHtml(report: Report, plan: Plan, meta: ReportMeta): Promise<string> {
  const c = rowContext(plan, meta.lang);
  const { t, lang } = c;
  const title = t("title", { title: plan.title[lang], year: report.as_of });
  const methodName = t(`method-${meta.method ?? report.method}`);
  const charts = meta.fonts === undefined ? undefined : await renderCharts(report, plan, { lang, fonts: meta.fonts, png: false });
  const rows = resultRows(c, report);
  const warnings = warningRows(c, report);
  const out: string[] = [];
  out.push(`<!DOCTYPE html><html lang="${lang === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8">`);
  out.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
  out.push(`<meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title><style>${HTML_STYLE}</style></head><body>`);
  out.push(`<h1>${esc(title)}</h1>`);
  out.push(`<p class="meta">${esc(t("k-plan"))}：${esc(`${plan.title[lang]}（${report.plan.version}）`)} · ${esc(t("k-method"))}：${esc(methodName)} · ${esc(t("k-generated"))}：${esc(meta.generatedAt.slice(0, 10))}</p>`);
  const headline = headlineSummary(c, report);
  out.push(`<p class="rate">${esc(headline.label)}：<strong>${fmt(headline.summary.attainment_rate, true) || esc(t("none"))}</strong></p>`);

  const summary = summaryTable(c, { ...report, summary: headline.summary });
  out.push(`<h2>${esc(t("sheet-overview"))}</h2>`, table(summary.header, summary.rows, { percentCols: [RATE_COLUMN], rowClass: (i) => (i === summary.rows.length - 1 ? "total" : "") }));
  out.push(table([t("h-category"), t("h-count")], CATEGORIES.map((k) => [t(`cat-${k}`), headline.summary.categories[k] ?? 0])));

  if (new Set(report.results.map((r) => r.region)).size > 1) out.push(regionsSection(c, report));

  out.push(`<h2>${esc(t("sheet-warnings"))}</h2>`);
  out.push(
    warnings.length === 0
      ? `<p>${esc(t("no-warnings"))}</p>`
      : table([t("h-level"), t("h-area"), t("h-indicator"), t("h-region"), t("h-warning"), t("h-reason")], warnings.map((w) => [w.levelName, w.areaName, w.indicatorName, w.regionName, w.warning, w.reason]), { nowrapCols: [0, 1, 3, 4], cellClass: (r, col) => (col === 0 ? `lv-${warnings[r]?.level ?? "none"}` : "") }),
  );

  const cols = areaHeaders(c);
  for (const area of plan.areas) {
    const areaRows = rows.filter((r) => r.area === area.id);
    if (areaRows.length === 0) continue;
    out.push(`<h2>${esc(area.name[lang])}</h2>`);
    // Readers see the first columns; the series, threshold and indicator code stay in the workbook for analysts.
    out.push(table(cols.slice(0, AREA_READER_COLUMNS), areaRows.map((r) => areaCells(r).slice(0, AREA_READER_COLUMNS)), { percentCols: [8, 9], nowrapCols: [1, 2, 10, 11], cellClass: (r, col) => (col === 0 ? "name" : col === 6 ? "target" : col === 14 ? "words" : col === 10 ? `st-${areaRows[r]?.statusCode}` : col === 11 ? `cat-${areaRows[r]?.categoryCode ?? "none"}` : "") }));
  }

  if (charts && charts.charts.length > 0) {
    out.push(`<h2>${esc(t("sheet-charts"))}</h2><p>${esc(t("charts-intro"))}</p>`);
    for (const area of plan.areas) {
      const mine = charts.charts.filter((ch) => c.indicators.get(ch.indicator)?.area === area.id);
      if (mine.length === 0) continue;
      out.push(`<h3>${esc(area.name[lang])}</h3><div class="charts">`);
      for (const ch of mine) out.push(`<figure>${ch.svg}<figcaption>${esc(c.indicators.get(ch.indicator)?.name[lang] ?? ch.title)}</figcaption></figure>`);
      out.push(`</div>`);
    }
  }

  out.push(`<h2>${esc(t("sheet-quality"))}</h2>`);
  out.push(
    report.diagnostics.length === 0
      ? `<p>${esc(t("no-diagnostics"))}</p>`
      : table([t("h-severity"), t("h-code"), t("h-file"), t("h-row"), t("h-column"), t("h-message")], report.diagnostics.map((d) => [t(`sev-${d.severity}`), d.code, d.source?.file, d.source?.row ?? d.source?.line, d.source?.column, d.message])),
  );

  out.push(`<h2>${esc(t("sheet-notes"))}</h2>`);
  out.push(table([t("h-item"), t("h-content")], noteItems(c, report, meta, methodName, chartNote(c, meta, charts, false))));
  out.push(table([t("h-file"), t("h-sha256"), t("h-rows")], meta.inputs.map((f) => [f.file, f.sha256, f.rows])));
  out.push(`</body></html>\n`);
  return out.join("\n");
}
