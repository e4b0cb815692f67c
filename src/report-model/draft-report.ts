/**
 * The draft 统计监测报告 (issue 13) as a document model: headings, paragraphs and tables, every sentence built by rule
 * from the assessment (counts, rates, the result sentences), never invented. The Word renderer draws it.
 */
import type { IndicatorResult, Report, SummaryBlock, WarningCode } from "../model/report.js";
import { translator } from "../i18n/messages.js";
import { num } from "../util/format-number.js";
import { draftMessages } from "./draft-messages.js";
import { orderedResults, resultRows, rowContext, type RowContext } from "./report-rows.js";
import { resultSentences } from "./result-sentences.js";
import { headlineSummary, regionAttainment, regionTable, statusGrid, RATE_COLUMN_REGIONS } from "./region-comparison.js";
import { summaryTable, RATE_COLUMN } from "./summary-table.js";
import type { Plan } from "../model/plan.js";
import type { Lang } from "../i18n/lang.js";
import type { ReportCell } from "./report-cell.js";

/** One block of the draft, in reading order. */
export type DraftBlock =
  | { kind: "heading"; level: 1 | 2; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "table"; caption?: string; header: string[]; rows: string[][] };

/** The whole draft: title, the note that it is a draft, the four parts, and the appendix tables (printed landscape). */
export interface DraftReport {
  title: string;
  note: string;
  blocks: DraftBlock[];
  appendix: DraftBlock[];
}

const MAX_LISTED = 8;

function pct(v: number | null): string | null {
  return v === null ? null : `${num(v * 100, 1)}%`;
}

function cellText(v: ReportCell, percent: boolean): string {
  if (v === null || v === undefined) return "—";
  if (typeof v === "number") return percent ? pct(v) ?? "—" : num(v, 2);
  return v;
}

/** Build the draft from the report. */
export function draftReport(report: Report, plan: Plan, lang: Lang): DraftReport {
  const c = rowContext(plan, lang);
  const d = translator(draftMessages, lang);
  const rate = (v: number | null): string => pct(v) ?? d("rate-none");
  const list = (items: readonly string[]): string => {
    const unique = [...new Set(items)];
    return unique.slice(0, MAX_LISTED).join(d("sep")) + (unique.length > MAX_LISTED ? d("more", { count: unique.length - MAX_LISTED }) : "");
  };
  const headline = headlineSummary(c, report);
  const city = plan.regions.find((r) => r.level === "city" && report.results.some((x) => x.region === r.code));
  // Without the city's own results (a report for one county), the sentences speak of the one region the report covers.
  const covered = [...new Set(report.results.map((r) => r.region))];
  const cityName = city?.name[lang] ?? (covered.length === 1 ? c.regionName(covered[0]!) : plan.regions.find((r) => r.level === "city")?.name[lang] ?? "");
  const own = (r: IndicatorResult): boolean => !city || r.region === city.code;
  const ordered = orderedResults(report, plan);
  const sentences = new Map(ordered.map((r) => [r, resultSentences(r, { plan, asOf: report.as_of, lang })]));
  const indName = (r: IndicatorResult): string => c.indicators.get(r.indicator)?.name[lang] ?? r.indicator;
  const blocks: DraftBlock[] = [];
  const h = (level: 1 | 2, text: string): void => void blocks.push({ kind: "heading", level, text });
  const p = (text: string): void => void blocks.push({ kind: "paragraph", text });
  const counts = (b: SummaryBlock) => ({ results: b.results, assessable: b.assessable, met: b.met, nearly: b.nearly_met, notMet: b.not_met, rate: rate(b.attainment_rate) });

  // 一、总体情况
  h(1, d("h-overall"));
  h(2, d("h-overall-rate"));
  p(d("overall", { year: report.as_of, region: cityName, ...counts(headline.summary), indeterminate: headline.summary.indeterminate, missing: headline.summary.missing }));
  const regions = regionAttainment(c, report);
  if (regions.length > 1) {
    const ranked = regions.filter((r) => r.rank !== null).sort((a, b) => a.rank! - b.rank!);
    p(d("overall-regions", { list: ranked.map((r) => d("region-rate", { region: r.name, rate: rate(r.block.attainment_rate) })).join(d("sep")) }));
  }
  h(2, d("h-overall-progress"));
  const areaRates = plan.areas
    .map((a) => ({ name: a.name[lang], b: headline.summary.areas[a.id] }))
    .filter((x): x is { name: string; b: SummaryBlock } => !!x.b && x.b.attainment_rate !== null)
    .sort((a, b) => b.b.attainment_rate! - a.b.attainment_rate!);
  if (areaRates.length > 0) p(d("progress-areas", { list: areaRates.slice(0, 3).map((x) => d("area-rate", { area: x.name, rate: rate(x.b.attainment_rate) })).join(d("sep")) }));
  const achieved = ordered.filter((r) => own(r) && r.category === "achieved" && r.status === "met");
  if (achieved.length === 0) p(d("progress-none"));
  for (const r of achieved.slice(0, 5)) p(sentences.get(r)!.verdicts.join(""));

  // 二、各领域目标实现情况
  h(1, d("h-areas"));
  const rows = resultRows(c, report);
  for (const area of plan.areas) {
    const mine = ordered.filter((r) => r.area === area.id && own(r));
    if (!ordered.some((r) => r.area === area.id)) continue;
    h(2, c.lang === "zh" ? `（${"一二三四五六七八九十"[area.number - 1] ?? area.number}）${area.name.zh}` : `2.${area.number} ${area.name.en}`);
    const b = headline.summary.areas[area.id];
    p(b ? d("area-summary", { region: cityName, ...counts(b) }) : d("area-none", { region: cityName }));
    for (const r of mine) p(sentences.get(r)!.verdicts.join(""));
    const areaRows = rows.filter((x) => x.area === area.id && (!city || x.region === city.code));
    if (areaRows.length > 0) {
      blocks.push({
        kind: "table",
        header: [d("h-indicator"), d("h-latest"), d("h-target"), d("h-status")],
        rows: areaRows.map((x) => [x.regionName === cityName ? x.indicatorName : `${x.indicatorName}（${x.regionName}）`, x.latest === null ? "—" : `${num(x.latest, 2)}${x.unit && x.unit !== "%" ? ` ${x.unit}` : x.unit}`, x.target || "—", x.status]),
      });
    }
  }

  // 三、存在的主要问题
  h(1, d("h-problems"));
  const withWarning = (code: WarningCode) => ordered.filter((r) => r.warnings.some((w) => w.code === code));
  const warningTexts = (r: IndicatorResult, code: WarningCode): string[] => {
    const s = sentences.get(r)!;
    return r.warnings.flatMap((w, i) => (w.code === code ? [`${indName(r)}${sexSuffix(c, r)}${lang === "zh" ? "：" : ": "}${s.warnings[i]?.text ?? ""}`] : []));
  };
  const expected = withWarning("expected-to-miss");
  h(2, d("h-expected"));
  if (expected.length === 0) p(d("none-found"));
  else {
    p(d("expected-count", { count: expected.length, region: cityName, own: expected.filter(own).length, counties: expected.filter((r) => !own(r)).length }));
    for (const r of expected.filter(own)) for (const s of warningTexts(r, "expected-to-miss")) p(s);
    const byCounty = plan.regions.filter((r) => r.level === "county").map((reg) => ({ name: reg.name[lang], n: expected.filter((r) => r.region === reg.code).length })).filter((x) => x.n > 0);
    if (byCounty.length > 0) p(d("expected-counties", { list: byCounty.map((x) => d("county-count", { region: x.name, count: x.n })).join(d("sep")) }));
  }
  const fluctuation = withWarning("strong-fluctuation");
  h(2, d("h-fluctuation"));
  if (fluctuation.length === 0) p(d("none-found"));
  else {
    p(d("fluctuation-count", { count: fluctuation.length, region: cityName, own: fluctuation.filter(own).length }));
    for (const r of fluctuation.filter(own)) for (const s of warningTexts(r, "strong-fluctuation")) p(s);
  }
  const missing = ordered.filter((r) => r.reason === "no-data");
  h(2, d("h-missing"));
  if (missing.length === 0) p(d("none-found"));
  else {
    p(d("missing-count", { year: report.as_of, count: missing.length, region: cityName, own: missing.filter(own).length }));
    if (missing.some(own)) p(d("missing-list", { region: cityName, list: list(missing.filter(own).map(indName)) }));
  }

  // 四、下一步工作建议 — templates chosen by the findings above, for the analyst to rewrite
  h(1, d("h-advice"));
  const advice: string[] = [];
  if (expected.length > 0) advice.push(d("advice-expected", { list: list(expected.map(indName)) }));
  if (fluctuation.length > 0) advice.push(d("advice-fluctuation", { list: list(fluctuation.map(indName)) }));
  if (missing.length > 0) advice.push(d("advice-missing", { list: list(missing.map(indName)) }));
  const ranked = regions.filter((r) => r.rank !== null && !r.city);
  const worst = ranked.length > 2 ? ranked.filter((r) => r.rank === Math.max(...ranked.map((x) => x.rank!))) : [];
  if (worst.length > 0 && worst.length < ranked.length) advice.push(d("advice-counties", { list: worst.map((r) => r.name).join(d("sep")) }));
  if (advice.length === 0) advice.push(d("advice-none"));
  advice.forEach((a, i) => p(lang === "zh" ? `（${"一二三四五六七八九十"[i]}）${a}` : `${i + 1}. ${a}`));

  // 附表
  const main = blocks.splice(0);
  h(1, d("h-appendix"));
  const at = summaryTable(c, { ...report, summary: headline.summary });
  blocks.push({ kind: "table", caption: d("appendix-areas", { region: cityName }), header: at.header, rows: at.rows.map((r) => r.map((v, i) => cellText(v, i === RATE_COLUMN))) });
  if (regions.length > 1) {
    const rt = regionTable(c, regions);
    blocks.push({ kind: "table", caption: d("appendix-regions"), header: rt.header, rows: rt.rows.map((r) => r.map((v, i) => cellText(v, i === RATE_COLUMN_REGIONS))) });
    const grid = statusGrid(c, report);
    blocks.push({ kind: "table", caption: d("appendix-grid"), header: [d("h-indicator"), ...grid.regions.map((r) => r.name)], rows: grid.rows.map((g) => [g.name, ...g.cells.map((x) => x?.label ?? "—")]) });
  }
  return { title: d("title", { plan: plan.title[lang], year: report.as_of }) + d("draft-mark"), note: d("draft-note"), blocks: main, appendix: blocks };
}

function sexSuffix(c: RowContext, r: IndicatorResult): string {
  if (!r.sex || r.sex === "total") return "";
  return c.lang === "zh" ? `（${c.t(`sex-${r.sex}`)}）` : ` (${c.t(`sex-${r.sex}`)})`;
}
