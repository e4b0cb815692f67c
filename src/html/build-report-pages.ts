/**
 * The HTML report of many regions (a province's counties), in pages: one page per region and one for the charts beside
 * a summary page, instead of one page of every result. The summary gives the city's own results, the ranking of the
 * regions (each name links to its page) and how each indicator is spread over the regions (median, lowest, highest).
 */
import type { Plan } from "../model/plan.js";
import type { Report } from "../model/report.js";
import type { ReportMeta } from "../report-model/report-meta.js";
import { resultRows, rowContext, warningRows, type RowContext } from "../report-model/report-rows.js";
import { distributionCells, distributionHeader, regionDistribution, regionReport } from "../report-model/region-distribution.js";
import { escapeXml as esc } from "../report-model/escape-xml.js";
import { renderCharts } from "../charts/render-charts.js";
import { num } from "../util/format-number.js";
import { areaSections, chartsSection, introSection, notesSection, pageHead, qualitySection, regionsSection, table, warningsSection, PAGE_END } from "./html-parts.js";

/** Reports of more regions than this are written in pages; up to it, on one page as buildReportHtml writes it. */
export const ONE_PAGE_MAX_REGIONS = 12;

/** Diagnostics listed on the summary page at most (the workbook and `validate` list them all). */
const QUALITY_ROWS = 500;

/** A page: its file name relative to the pages directory, or "" for the summary page beside it. */
export interface HtmlPage {
  file: string;
  html: string;
}

/** Whether the report covers so many regions that its HTML is written in pages. */
export function needsPages(report: Report): boolean {
  return new Set(report.results.map((r) => r.region)).size > ONE_PAGE_MAX_REGIONS;
}

/** The file name of a region's page: its code, with anything but letters, digits, - and _ replaced. */
export function regionPageFile(code: string): string {
  return `${code.replace(/[^A-Za-z0-9_-]/g, "_")}.html`;
}

/** The charts page's file name. */
export const CHARTS_PAGE = "charts.html";

function back(c: RowContext, main: string): string {
  return `<p class="meta"><a href="../${esc(encodeURI(main))}">${esc(c.t("pages-back"))}</a></p>`;
}

/**
 * The pages, one at a time so each can be written and dropped before the next: the regions' pages, the charts page
 * (when charts are drawn), and last the summary page. `dir` is the pages directory's name and `main` the summary page's
 * file name, both as the links between the pages use them.
 */
export async function* buildReportPages(report: Report, plan: Plan, meta: ReportMeta, names: { dir: string; main: string }): AsyncGenerator<HtmlPage> {
  const c = rowContext(plan, meta.lang);
  const { t, lang } = c;
  const title = t("title", { title: plan.title[lang], year: report.as_of });
  const methodName = t(`method-${meta.method ?? report.method}`);
  const covered = new Set(report.results.map((r) => r.region));
  const regions = plan.regions.filter((r) => covered.has(r.code));
  const link = (file: string): string => `${encodeURI(names.dir)}/${file}`;

  for (const region of regions) {
    const sub = regionReport(c, report, region.code);
    const pageTitle = t("pages-region-title", { region: region.name[lang], title });
    yield {
      file: regionPageFile(region.code),
      html: [pageHead(lang, pageTitle), back(c, names.main), introSection(c, sub, meta, pageTitle, methodName), warningsSection(c, warningRows(c, sub)), areaSections(c, plan, resultRows(c, sub)), PAGE_END].join("\n"),
    };
  }

  const charts = meta.fonts === undefined ? undefined : await renderCharts(report, plan, { lang, fonts: meta.fonts, png: false });
  const chartPart = chartsSection(c, plan, charts);
  if (chartPart) yield { file: CHARTS_PAGE, html: [pageHead(lang, `${t("sheet-charts")} · ${title}`), back(c, names.main), chartPart, PAGE_END].join("\n") };

  const city = plan.regions.find((r) => r.level === "city" && covered.has(r.code));
  const cityName = city?.name[lang] ?? "";
  const out: string[] = [pageHead(lang, title), introSection(c, report, meta, title, methodName), `<p>${esc(t("pages-note", { count: regions.length }))}</p>`];
  out.push(regionsSection(c, report, { brief: true, regionLink: (code) => link(regionPageFile(code)) }));
  out.push(`<h2>${esc(t("d-title"))}</h2>`);
  const spread = regionDistribution(c, report);
  for (const area of plan.areas) {
    const mine = spread.filter((d) => d.area === area.id);
    if (mine.length === 0) continue;
    out.push(`<h3>${esc(area.name[lang])}</h3>`);
    out.push(table(distributionHeader(c, cityName), mine.map((d) => distributionCells(c, d, (v) => num(v, 2))), { nowrapCols: [1, 3, 9, 10], cellClass: (_r, col) => (col === 0 ? "name" : "") }));
  }
  const cityWarnings = city ? warningRows(c, regionReport(c, report, city.code)) : [];
  out.push(warningsSection(c, cityWarnings, city ? t("pages-warnings", { region: cityName }) : undefined));
  if (chartPart) out.push(`<p>${t("pages-charts", { link: `<a href="${esc(link(CHARTS_PAGE))}">${esc(t("sheet-charts"))}</a>` })}</p>`);
  out.push(qualitySection(c, [...report.diagnostics, ...(charts?.diagnostics ?? [])], QUALITY_ROWS));
  out.push(notesSection(c, report, meta, methodName, charts));
  out.push(PAGE_END);
  yield { file: "", html: out.join("\n") };
}
