/** Streams the rows of one table: finds the header below any title rows, then maps data rows. */
import type { CellValue } from "./ingest-types.js";
import { buildLayout, headerScore, isCompleteHeader, mergeHeaderRows, type HeaderLayout } from "./header-layout.js";
import { type RunContext, type TableContext, tableLocation } from "./mapping-context.js";
import { RowMapper } from "./row-mapper.js";
import { cellText, isEmptyCell } from "./cell-text.js";
import { cutText } from "./diagnostic-sink.js";
import { tableRegion, tableYear, type TitleRow } from "./table-place.js";
import { MIN_YEAR } from "./parse-year.js";
import { skippedRow } from "./skipped-row.js";

/** Rows searched for a header before a table is declared headerless. */
export const HEADER_SCAN_ROWS = 30;


/** What became of a table. */
export interface TableOutcome {
  header: boolean;
  rows: number;
}

/** Push rows in order with their physical row numbers, then call end(). */
export class TableMapper {
  private scanned = 0;
  private weak: { cells: readonly CellValue[]; row: number; spans?: ReadonlySet<number> } | undefined;
  private layout: HeaderLayout | undefined;
  private mapper: RowMapper | undefined;
  private gaveUp = false;
  private rows = 0;
  private blank: { from: number; to: number } | undefined;
  private readonly titles: TitleRow[] = [];

  constructor(
    private readonly run: RunContext,
    private readonly table: TableContext,
  ) {}

  /** True once the header has been found (or given up on): readers may stop buffering. */
  get decided(): boolean {
    return this.layout !== undefined || this.gaveUp;
  }

  /** True when a header was found. */
  get hasHeader(): boolean {
    return this.layout !== undefined;
  }

  /** One row; `spans` are columns covered by a horizontally merged cell (not blank headers). */
  push(cells: readonly CellValue[], row: number, spans?: ReadonlySet<number>): void {
    if (this.layout) return this.data(cells, row);
    if (this.gaveUp) return;
    this.scanned++;
    if (this.weak) {
      const weak = this.weak;
      this.weak = undefined;
      const merged = mergeHeaderRows(weak.cells, cells);
      if (headerScore(merged) > 0 && isCompleteHeader(merged)) return this.start(merged, row, spans);
      this.start(weak.cells, weak.row, weak.spans);
      return this.data(cells, row);
    }
    if (headerScore(cells) > 0) {
      if (isCompleteHeader(cells)) this.start(cells, row, spans);
      else this.weak = { cells, row, spans };
      return;
    }
    const text = cells.map(cellText).filter(Boolean).join(" ");
    if (text) this.titles.push({ text: cutText(text, 200), row });
    if (this.scanned >= HEADER_SCAN_ROWS) this.gaveUp = true;
  }

  /** Finish the table. */
  end(): TableOutcome {
    if (this.weak) this.start(this.weak.cells, this.weak.row, this.weak.spans);
    return { header: this.layout !== undefined, rows: this.rows };
  }

  private start(cells: readonly CellValue[], row: number, spans?: ReadonlySet<number>): void {
    const L = buildLayout(cells, this.table.letters, spans);
    this.layout = L;
    const { sink, t, lookup, buffer } = this.run;
    const at = (col?: number, column?: string) => tableLocation(this.table, row, column ?? (col === undefined ? undefined : L.labels[col]), col === undefined ? undefined : col + 1);
    for (const i of L.issues) {
      const sev = i.code === "blank-header" || i.code === "unknown-column" ? "warning" : "error";
      const suggestions = i.near?.join(this.run.lang === "zh" ? "、" : ", ");
      const p = { name: i.name, col: i.col + 1, first: i.first === undefined ? "" : L.labels[i.first], suggestions };
      sink.add(i.code, sev, at(i.col), p, { value: i.name || undefined, expected: suggestions || undefined }, suggestions ? "unknown-column-near" : undefined);
    }
    let usable = true;
    const missing = (column: string): void => {
      sink.add("missing-column", "error", at(undefined, column), { column }, { expected: column });
      usable = false;
    };
    const f = L.fields;
    if (f.indicator === undefined && f.indicator_name === undefined) missing(t("col-indicator"));
    if (L.kind === "long" && f.value === undefined) missing(t("col-value"));
    let year: number | undefined;
    if (L.kind === "long" && f.year === undefined) {
      year = tableYear(this.run, this.table, this.titles, row);
      if (year === undefined) {
        sink.add("missing-column", "error", at(), {}, {}, "missing-year-source");
        usable = false;
      }
    }
    const maxYear = lookup.plan.period.end;
    if (L.kind === "wide") {
      L.years = L.years.filter(({ col, year }) => {
        if (year >= MIN_YEAR && year <= maxYear) return true;
        const p = { value: cellText(cells[col]), min: MIN_YEAR, max: maxYear };
        sink.add("invalid-year", "error", at(col), p, { value: p.value, expected: t("expected-year-range", p) });
        return false;
      });
    }
    let region: number | undefined;
    if (f.region === undefined && f.region_name === undefined) {
      region = tableRegion(this.run, this.table, this.titles, row);
      if (region === undefined) {
        sink.add("missing-column", "error", at(), { sheet: this.table.sheet ?? "-" }, {}, "missing-region-source");
        usable = false;
      }
    }
    if (!usable) return;
    const source = buffer.addSource({ file: this.table.file, sheet: this.table.sheet, labels: L.labels });
    this.mapper = new RowMapper(this.run, this.table, L, source, region, year);
  }

  private data(cells: readonly CellValue[], row: number): void {
    let first = -1, filled = 0;
    for (let i = 0; i < cells.length && filled < 4; i++) {
      if (!isEmptyCell(cells[i])) {
        if (first < 0) first = i;
        filled++;
      }
    }
    if (first < 0) {
      if (this.blank) this.blank.to = row;
      else this.blank = { from: row, to: row };
      return;
    }
    // Headings and notes fill few cells; a subtotal line may fill many but starts with 合计/小计.
    const few = filled <= 3 || (typeof cells[first] === "string" && /^\s*(合计|小计|总计)/.test(cells[first] as string));
    const skipped = this.layout && few ? skippedRow(cells, this.layout) : undefined;
    // Blank lines above the footer notes are part of the footer.
    if (skipped?.kind === "note-row") this.blank = undefined;
    if (this.blank) {
      const b = this.blank;
      this.blank = undefined;
      this.run.sink.add("blank-row", "info", tableLocation(this.table, b.from), b, {}, b.from === b.to ? "blank-row" : "blank-rows");
    }
    if (skipped) return this.run.sink.add(skipped.kind, "info", tableLocation(this.table, row), { text: skipped.text }, { value: skipped.text });
    this.rows++;
    this.mapper?.map(cells, row);
  }
}
