/** The report for an officer at a terminal: the attainment summary and the red warnings first (the first screen says what needs action), then one table per area with coloured statuses, sparklines and warnings under their rows. */
import type { ChalkInstance } from "chalk";
import type { AssessmentReporter } from "./assessment-reporter.js";
import { resultText, type ResultText } from "../../report-model/result-text.js";
import { groupResults, type AreaGroup } from "../../report-model/group-results.js";
import { tableRows, TABLE_COLUMNS, type Cell, type Row, type TableColumn } from "./table-rows.js";
import { displayWidth, wrapText } from "../../util/display-width.js";
import { renderLegend, renderSummary } from "./summary-text.js";
import { renderRedWarnings } from "./red-warnings-text.js";
import { tableMessages } from "./table-messages.js";
import { translator } from "../../i18n/messages.js";
import { renderDiagnostics } from "./diagnostics-text.js";

const INDENT = 2;
const GAP = 2;
// Dropped in this order when the terminal is too narrow (and named in the note in table order, the reverse); the rest always stays.
const OPTIONAL = ["category", "gap"] as const satisfies readonly TableColumn[];
// Columns that wrap, narrowed in this order down to these widths before any column is dropped.
const SHRINK: [TableColumn, number][] = [["target", 16], ["label", 16]];
const TARGET_MAX = 26;

function headerRow(text: ResultText, chalk: ChalkInstance, flat: boolean): Row {
  const h = (k: Parameters<ResultText["t"]>[0]): Cell => ({ text: text.t(k), paint: chalk.dim });
  const cells = { label: h(flat ? "col-indicator" : "col-region"), latest: h("col-latest"), status: h("col-status"), gap: h("col-gap"), category: h("col-category"), target: h("col-target"), spark: h("col-spark"), trend: h("col-trend") };
  return { cells };
}

function areaRows(group: AreaGroup, text: ResultText, chalk: ChalkInstance, flat: boolean): Row[] {
  const rows: Row[] = [];
  for (const ind of group.indicators) {
    const name = text.nameWithUnit(ind.indicator);
    if (flat) {
      for (const r of ind.results) {
        const sexWord = r.sex ? ` · ${text.t(`sex-${r.sex}`)}` : "";
        const label = `${name}${sexWord}`;
        rows.push(...tableRows(r, { text: label, paint: chalk.bold }, text, chalk, INDENT));
      }
      continue;
    }
    rows.push({ span: name, paint: chalk.bold, indent: 0 });
    for (const r of ind.results) rows.push(...tableRows(r, { text: text.subject(r), indent: INDENT }, text, chalk, 2 * INDENT));
  }
  return rows;
}

function columnWidths(rows: Row[], cols: TableColumn[]): Record<TableColumn, number> {
  const w = Object.fromEntries(TABLE_COLUMNS.map((c) => [c, 0])) as Record<TableColumn, number>;
  for (const row of rows) if ("cells" in row) for (const c of cols) w[c] = Math.max(w[c], (row.cells[c].indent ?? 0) + displayWidth(row.cells[c].text));
  return w;
}

/** Choose columns and widths that fit `width` terminal columns: narrow the wrapping columns first, then drop optional ones. */
function fitColumns(rows: Row[], width: number): { cols: TableColumn[]; widths: Record<TableColumn, number> } {
  const widths = columnWidths(rows, [...TABLE_COLUMNS]);
  widths.target = Math.min(widths.target, TARGET_MAX);
  let cols = [...TABLE_COLUMNS];
  const need = (): number => INDENT + cols.reduce((n, c) => n + widths[c], 0) + GAP * (cols.length - 1);
  const slack = (): number => SHRINK.reduce((n, [c, min]) => n + Math.max(0, widths[c] - min), 0);
  for (const drop of OPTIONAL) {
    if (need() - width <= slack()) break;
    cols = cols.filter((c) => c !== drop);
  }
  let over = need() - width;
  for (const [c, min] of SHRINK) {
    const cut = Math.min(over, Math.max(0, widths[c] - min));
    if (cut > 0) (widths[c] -= cut), (over -= cut);
  }
  return { cols, widths };
}

function spanLines(row: Extract<Row, { span: string }>, inner: number): { lines: string[]; cut: boolean } {
  const room = inner - row.indent;
  const all = wrapText(row.span, room);
  if (!row.maxLines || all.length <= row.maxLines) return { lines: all, cut: false };
  // Re-wrapped one column narrower, so the ellipsis still fits on the last line kept.
  const kept = wrapText(row.span, room - 1).slice(0, row.maxLines);
  kept[kept.length - 1] += "…";
  return { lines: kept, cut: true };
}

/** Cut a line to `width` display columns, ending in "…" when it was longer (a single word wider than its column). */
function fit(line: string, width: number): string {
  if (displayWidth(line) <= width) return line;
  let out = "";
  for (const ch of line) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/**
 * Lay the rows out line by line: each cell padded to its column's width with the widths already computed, a
 * spanning row wrapped across the table. Linear in the rows (cli-table3's layout grew with their square).
 */
function renderTable(rows: Row[], cols: TableColumn[], widths: Record<TableColumn, number>): { text: string; cut: boolean } {
  const colWidths = cols.map((c) => Math.max(1, widths[c]));
  // A spanning row is as wide as the columns plus one column per gap between them (the width warnings have always wrapped to).
  const inner = colWidths.reduce((a, b) => a + b, 0) + cols.length - 1;
  const lead = " ".repeat(INDENT), gap = " ".repeat(GAP);
  const out: string[] = [];
  let cut = false;
  for (const row of rows) {
    if ("span" in row) {
      const s = spanLines(row, inner);
      cut ||= s.cut;
      for (const l of s.lines) out.push(lead + " ".repeat(row.indent) + row.paint(l));
      continue;
    }
    const cells = cols.map((c, i) => {
      const cell = row.cells[c];
      const pad = " ".repeat(cell.indent ?? 0);
      const w = colWidths[i] as number;
      const lines = SHRINK.some(([s]) => s === c) ? wrapText(cell.text, widths[c] - pad.length) : [cell.text];
      return lines.map((l) => {
        const text = fit(pad + l, w);
        const painted = cell.paint && l ? pad + cell.paint(text.slice(pad.length)) : text;
        return painted + " ".repeat(Math.max(0, w - displayWidth(text)));
      });
    });
    const height = Math.max(...cells.map((c) => c.length));
    for (let k = 0; k < height; k++) {
      const line = cells.map((c, i) => c[k] ?? " ".repeat(colWidths[i] as number)).join(gap);
      out.push((lead + line).trimEnd());
    }
  }
  // No right border: trailing padding is only noise when copied.
  return { text: out.map((l) => l.trimEnd()).join("\n"), cut };
}

/** Render as aligned, coloured text. */
export const assessmentTableReporter: AssessmentReporter = (report, plan, { lang, chalk, width = 120, input }) => {
  const text = resultText(plan, lang);
  const regions = [...new Set(report.results.map((r) => r.region))];
  const flat = regions.length <= 1;
  const out: string[] = [];
  const header = text.t("header", { title: plan.title[lang], stage: text.stage(report.as_of, plan.milestones) });
  const meta = text.t("meta", { plan: report.plan.id, version: report.plan.version, method: text.method(report.method), regions: text.regions(regions) });
  out.push(...wrapText(header, width).map((l) => chalk.bold(l)), ...wrapText(meta, width).map((l) => chalk.dim(l)), "");
  const groups = groupResults(report, plan);
  if (groups.length === 0) out.push(chalk.yellow(text.t("no-results")), "");
  out.push(...renderSummary(report, plan, text, chalk, width), "");
  const red = renderRedWarnings(report, plan, text, chalk, width);
  if (red.length) out.push(...red, "");
  const perArea = groups.map((g) => ({ g, rows: areaRows(g, text, chalk, flat) }));
  const all = [headerRow(text, chalk, flat), ...perArea.flatMap((a) => a.rows)];
  const { cols, widths } = fitColumns(all, width);
  // A column left out for want of width is said so, never silently.
  const left = OPTIONAL.filter((c) => !cols.includes(c)).reverse();
  if (left.length && groups.length) {
    const columns = text.list(left.map((c) => text.t(`col-${c}`)));
    out.push(...wrapText(translator(tableMessages, lang)("columns-left-out", { width, columns }), width).map((l) => chalk.yellow(l)), "");
  }
  let cut = false;
  for (const { g, rows } of perArea) {
    const table = renderTable([headerRow(text, chalk, flat), ...rows], cols, widths);
    cut ||= table.cut;
    out.push(chalk.bold.cyan(text.areaHeading(g.area)), table.text, "");
  }
  out.push(...renderLegend(text, chalk, width, cut));
  if (report.diagnostics.length) out.push("", ...renderDiagnostics(report, text, chalk, input, width));
  return out.join("\n") + "\n";
};
