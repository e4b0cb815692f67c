/** Chooses the sheets of a workbook to read and runs a table mapper over each; reports sheet-level problems. */
import type { CellValue } from "./ingest-types.js";
import { TableMapper, HEADER_SCAN_ROWS } from "./table-mapper.js";
import type { RunContext } from "./mapping-context.js";
import { tableLocation } from "./mapping-context.js";
import { columnLetter } from "./diagnostic-sink.js";

/** Receives the sheets and rows of one workbook, from the streaming or the full-load reader. */
export class XlsxTables {
  private readonly names: string[] = [];
  private readonly outcomes: { name: string; header: boolean }[] = [];
  private mapper: TableMapper | undefined;
  private current = "";
  private matched = false;
  rows = 0;

  constructor(
    private readonly run: RunContext,
    private readonly file: string,
    private readonly sheet: string | undefined,
  ) {}

  /** A sheet starts; returns false when its rows are not wanted. */
  begin(name: string, position: number, hidden: boolean): boolean {
    this.names.push(name);
    this.current = name;
    const want = this.sheet?.trim();
    const selected = want === undefined ? !hidden : want === name.trim() || (/^\d+$/.test(want) && Number(want) === position);
    if (!selected) return false;
    if (want !== undefined) this.matched = true;
    this.mapper = new TableMapper(this.run, { file: this.file, sheet: name, letters: true, structural: false });
    return true;
  }

  /** True while rows of the current sheet are still of use (a headerless sheet stops being of use after the scan). */
  get wantsRows(): boolean {
    return !!this.mapper && (this.mapper.hasHeader || !this.mapper.decided);
  }

  /** One row of the current sheet. */
  row(cells: readonly CellValue[], row: number, spans?: ReadonlySet<number>): void {
    this.mapper?.push(cells, row, spans);
  }

  /** A formula cell without a cached result in the current sheet. */
  noResult(row: number, col: number): void {
    this.run.sink.add("formula-without-result", "error", tableLocation({ file: this.file, sheet: this.current, letters: true, structural: false }, row, columnLetter(col), col));
  }

  /** The current sheet ends. */
  end(): void {
    if (!this.mapper) return;
    const outcome = this.mapper.end();
    this.rows += outcome.rows;
    this.outcomes.push({ name: this.current, header: outcome.header });
    this.mapper = undefined;
  }

  /** The workbook ends: sheet-not-found, no-data-sheet, no-header or sheet-skipped as needed. */
  finish(): void {
    const { sink, t } = this.run;
    const sheets = this.names.join("、") || "-";
    if (this.sheet !== undefined && !this.matched) {
      sink.add("sheet-not-found", "error", { file: this.file }, { sheet: this.sheet, sheets }, { value: this.sheet });
      return;
    }
    const data = this.outcomes.filter((o) => o.header);
    if (this.sheet !== undefined) {
      for (const o of this.outcomes.filter((x) => !x.header))
        sink.add("no-header", "error", { file: this.file, sheet: o.name, row: 1 }, { rows: HEADER_SCAN_ROWS, expected: t("expected-header") });
      return;
    }
    if (data.length === 0) {
      sink.add("no-data-sheet", "error", { file: this.file }, { sheets });
      return;
    }
    for (const o of this.outcomes.filter((x) => !x.header)) sink.add("sheet-skipped", "info", { file: this.file, sheet: o.name }, { sheet: o.name });
  }
}
