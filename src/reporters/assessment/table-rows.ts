/** The rows of the terminal table for one result: one row per target, then one line per warning. */
import type { ChalkInstance } from "chalk";
import type { IndicatorResult, ProgressCategory, ResultWarning, TargetStatus } from "../../model/report.js";
import type { ResultText } from "../../report-model/result-text.js";
import { sparkline } from "../../util/sparkline.js";
import { trendArrow } from "../../util/trend-arrow.js";

export const TABLE_COLUMNS = ["label", "latest", "status", "gap", "category", "target", "spark", "trend"] as const;
/** A column of the terminal table. Ambiguous-width text (≤ ‰ ▁ ↑) is kept in the last columns, so a console that draws it wide only shifts the line's end. */
export type TableColumn = (typeof TABLE_COLUMNS)[number];

/** A cell: its plain text (measured) and how to colour it (applied after measuring). */
export interface Cell {
  text: string;
  paint?: (s: string) => string;
  /** Leading spaces, added after wrapping (the region under its indicator heading). */
  indent?: number;
}

/** A table row: aligned cells, or a line across the whole table (a heading or a warning). */
export type Row = { cells: Record<TableColumn, Cell> } | { span: string; paint: (s: string) => string; indent: number; maxLines?: number };

// Long warnings (several jumps, each with its numbers) are cut in the table; explain and the Markdown report carry them whole.
const WARNING_LINES = 2;

/** Colour of a status word. */
export function statusPaint(chalk: ChalkInstance, s: TargetStatus): (x: string) => string {
  return s === "met" ? chalk.green : s === "nearly_met" ? chalk.cyan : s === "not_met" ? chalk.red : chalk.gray;
}

/** Colour of a progress category. */
export function categoryPaint(chalk: ChalkInstance, c: ProgressCategory | undefined): (x: string) => string {
  if (c === "achieved" || c === "on_track") return chalk.green;
  if (c === "moderate" || c === "insufficient") return chalk.yellow;
  if (c === "moving_away") return chalk.red;
  return chalk.gray;
}

/** Colour of a warning by level: red, yellow, or dim for notes without a level. */
export function warningPaint(chalk: ChalkInstance, w: ResultWarning): (x: string) => string {
  return w.level === "red" ? chalk.red : w.level === "yellow" ? chalk.yellow : chalk.gray;
}

const empty = (): Cell => ({ text: "" });

// A signed gap says which group its sign puts ahead ("男性比例较高"), on a line under the row.
function ahead(r: IndicatorResult, text: ResultText): string {
  const labels = r.gap_ahead ? text.indicator(r.indicator)?.signed_gap : undefined;
  return labels && r.gap_ahead ? labels[r.gap_ahead][text.lang] : "";
}

/** Rows for one result; `label` is the first column's text (region in grouped layout, indicator in flat layout). */
export function tableRows(r: IndicatorResult, label: Cell, text: ResultText, chalk: ChalkInstance, warnIndent: number): Row[] {
  const hib = text.indicator(r.indicator)?.higher_is_better ?? true;
  const arrow = trendArrow(r.trend, hib);
  const first: Pick<Record<TableColumn, Cell>, "label" | "latest" | "spark" | "trend"> = {
    label,
    latest: r.latest ? { text: `${text.num(r.latest.value)} (${r.latest.year})` } : { text: text.t("no-data"), paint: chalk.gray },
    spark: { text: sparkline(r.series), paint: chalk.cyan },
    trend: { text: arrow.symbol, paint: arrow.tone === "good" ? chalk.green : arrow.tone === "bad" ? chalk.red : chalk.gray },
  };
  const rows: Row[] = [];
  const targets = r.targets.length ? r.targets : [null];
  targets.forEach((tr, i) => {
    const lead = i === 0 ? first : { label: empty(), latest: empty(), spark: empty(), trend: empty() };
    if (!tr) {
      rows.push({ cells: { ...lead, status: empty(), gap: empty(), category: empty(), target: empty() } });
      return;
    }
    // A later milestone (not counted in the summary yet) is shown for information, without alarm colours.
    const later = tr.current === false;
    const paint = later ? chalk.gray : statusPaint(chalk, tr.status);
    const category = tr.category ? text.category(tr.category) : text.reason(tr.reason);
    rows.push({
      cells: {
        ...lead,
        // A milestone judged on an earlier year's value (its own year's is missing) says so.
        status: { text: text.verdict(r, tr), paint },
        gap: { text: text.gap(tr), paint: later ? chalk.gray : (tr.gap?.absolute ?? 0) > 0 ? paint : chalk.green },
        category: { text: category, paint: later ? chalk.gray : categoryPaint(chalk, tr.category) },
        target: { text: text.target(tr, r.indicator), paint: later ? chalk.gray : undefined },
      },
    });
  });
  const lead = ahead(r, text);
  if (lead) rows.push({ span: lead, paint: chalk.gray, indent: warnIndent });
  for (const w of r.warnings) {
    // The assessment's messages already name the warning ("预计达标困难（…）：…"); the level word leads.
    rows.push({ span: `${text.level(w)}${text.lang === "zh" ? "：" : ": "}${w.message}`, paint: warningPaint(chalk, w), indent: warnIndent, maxLines: WARNING_LINES });
  }
  return rows;
}
