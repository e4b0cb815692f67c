/** Turns the data rows of a laid-out table into stored observations and cell diagnostics. */
import type { DiagnosticCode, Severity } from "../model/diagnostic.js";
import type { CellValue } from "./ingest-types.js";
import { UNREADABLE } from "./ingest-types.js";
import type { HeaderLayout } from "./header-layout.js";
import { type RunContext, type TableContext, tableLocation, displayName } from "./mapping-context.js";
import type { DiagnosticExtras } from "./diagnostic-sink.js";
import type { IngestMessageKey } from "./messages.js";
import { cellText, isEmptyCell } from "./cell-text.js";
import { resolveIndicator } from "./resolve-indicator.js";
import { resolveRegion } from "./resolve-region.js";
import { parseValue } from "./parse-value.js";
import { declaresMissing } from "./missing-note.js";
import { parseYear, MIN_YEAR } from "./parse-year.js";
import { parseSex } from "./parse-sex.js";
import { unitMatches, unitScale } from "./unit-matches.js";
import { SEX_CODES } from "./observation-buffer.js";
import { describePlace, describeSeries } from "./describe.js";
import { memoNearestNames, type NamedValue } from "./nearest-names.js";
import { MAX_MISNAMED_ROWS } from "./observation-buffer.js";


interface Misnamed {
  text: string;
  col: number;
  near: number[];
}

/** Maps rows of one table; `region` and `tableYear` are the table-wide ones (see table-place) when it has no column for them. */
export class RowMapper {
  private ok = true;
  private row = 0;
  private readonly unitMemo = new Map<string, boolean>();
  private readonly maxYear: number;
  // Rows of a long table repeat their neighbours' indicator and region cells: remember the last clean pair.
  private lastInd: [CellValue, CellValue, number] = [undefined, undefined, -1];
  private lastReg: [CellValue, CellValue, number] = [undefined, undefined, -1];
  private lastUnit: [string, number] = ["", -1];
  // The unknown indicator of the current row and the plan indicators it resembles.
  private misnamed: Misnamed | undefined;
  private readonly nearMemo = memoNearestNames();

  constructor(
    private readonly run: RunContext,
    private readonly table: TableContext,
    private readonly layout: HeaderLayout,
    private readonly source: number,
    private readonly region: number | undefined,
    private readonly tableYear?: number,
  ) {
    this.maxYear = run.lookup.plan.period.end;
  }

  private report(code: DiagnosticCode, severity: Severity, col: number | undefined, params: Record<string, unknown>, extras: DiagnosticExtras = {}, key?: IngestMessageKey): void {
    if (severity === "error") this.ok = false;
    const label = col === undefined ? undefined : this.layout.labels[col];
    this.run.sink.add(code, severity, tableLocation(this.table, this.row, label, col === undefined ? undefined : col + 1), params, extras, key);
  }

  /** Map one data row (already known not to be blank or a note). */
  map(cells: readonly CellValue[], row: number): void {
    this.ok = true;
    this.row = row;
    const L = this.layout;
    if (this.table.structural && cells.length < L.width) {
      this.report("missing-cell", "error", cells.length, { got: cells.length, want: L.width, column: L.labels[cells.length] }, {}, "short-row");
      return;
    }
    for (let i = L.width; i < cells.length; i++) {
      if (!isEmptyCell(cells[i])) {
        this.report("extra-cell", this.table.structural ? "error" : "warning", i, { value: cellText(cells[i]), want: L.width }, { value: cellText(cells[i]) });
        if (this.table.structural) return;
        break;
      }
    }
    this.misnamed = undefined;
    const ind = this.indicator(cells);
    const reg = this.regionOf(cells);
    const sex = this.sex(cells);
    if (ind >= 0 && reg >= 0) this.checkLevel(ind, reg);
    const rowOk = this.ok;
    const year = L.kind === "long" ? this.year(cells) : -1;
    const m = this.misnamed as Misnamed | undefined;
    if (m && this.run.buffer.misnamed.length < MAX_MISNAMED_ROWS) {
      const years = L.kind === "long" ? [year] : L.years.map((y) => y.year);
      this.run.buffer.misnamed.push({ text: m.text, near: m.near, region: reg, years, source: this.source, row, col: m.col });
    }
    if (L.kind === "long") {
      this.value(cells, L.fields.value!, ind, reg, sex, year, rowOk && this.ok, true);
    } else {
      for (const { col, year } of L.years) {
        this.ok = true;
        this.value(cells, col, ind, reg, sex, year, rowOk, false);
      }
    }
  }

  private indicator(cells: readonly CellValue[]): number {
    const { indicator: fi, indicator_name: fn } = this.layout.fields;
    const col = (fi ?? fn)!;
    const nameCell = fi !== undefined && fn !== undefined ? cells[fn] : undefined;
    const last = this.lastInd;
    if (last[2] >= 0 && cells[col] === last[0] && nameCell === last[1]) return last[2];
    const before = this.run.sink.added;
    const found = this.resolveIndicatorCells(cells, col, fi, fn);
    if (found >= 0 && this.run.sink.added === before && typeof cells[col] === "string") this.lastInd = [cells[col], nameCell, found];
    return found;
  }

  private resolveIndicatorCells(cells: readonly CellValue[], col: number, fi: number | undefined, fn: number | undefined): number {
    const text = cellText(cells[col]);
    if (cells[col] === UNREADABLE) return (this.ok = false), -1;
    if (!text) return this.report("missing-cell", "error", col, { column: this.layout.labels[col], expected: this.run.t("expected-indicator") }), -1;
    const m = resolveIndicator(this.run.lookup.indicators, text);
    const plan = this.run.lookup.plan;
    if (!m) {
      const near = this.nearest(text, this.run.lookup.indicatorNames, "i");
      if (near.length) {
        this.misnamed = { text, col, near };
        const suggestions = this.list(near.map((i) => displayName(plan.indicators[i]!.name, this.run.lang)));
        this.report("unknown-indicator", "error", col, { value: text, suggestions }, { value: text, expected: suggestions }, "unknown-indicator-near");
        return -1;
      }
      const ex = plan.indicators[0];
      this.report("unknown-indicator", "error", col, { value: text, example: ex ? `${ex.id} / ${ex.name.zh}` : "-" }, { value: text, expected: this.run.t("expected-indicator") });
      return -1;
    }
    const ind = plan.indicators[m.index]!;
    if (fi !== undefined && fn !== undefined) {
      const name = cellText(cells[fn]);
      const n = name ? resolveIndicator(this.run.lookup.indicators, name) : undefined;
      if (name && n?.index !== m.index)
        this.report("indicator-name-mismatch", "warning", fn, { name, code: text, expected: displayName(ind.name, this.run.lang) }, { indicator: ind.id, value: name, expected: ind.name.zh });
      else if (n?.unit) this.checkUnit(n.unit, m.index, fn);
    }
    if (m.unit) this.checkUnit(m.unit, m.index, col);
    return m.index;
  }

  private regionOf(cells: readonly CellValue[]): number {
    const { region: fr, region_name: fn } = this.layout.fields;
    const col = fr ?? fn;
    if (col === undefined) return this.region ?? -1;
    const nameCell = fr !== undefined && fn !== undefined ? cells[fn] : undefined;
    const last = this.lastReg;
    if (last[2] >= 0 && cells[col] === last[0] && nameCell === last[1]) return last[2];
    const before = this.run.sink.added;
    const found = this.resolveRegionCells(cells, col, fr, fn);
    if (found >= 0 && this.run.sink.added === before && typeof cells[col] === "string") this.lastReg = [cells[col], nameCell, found];
    return found;
  }

  private resolveRegionCells(cells: readonly CellValue[], col: number, fr: number | undefined, fn: number | undefined): number {
    if (cells[col] === UNREADABLE) return (this.ok = false), -1;
    const text = cellText(cells[col]);
    if (!text) return this.report("missing-cell", "error", col, { column: this.layout.labels[col], expected: this.run.t("expected-region") }), -1;
    const regions = this.run.lookup.plan.regions;
    const r = resolveRegion(this.run.lookup.regions, text);
    if (r < 0) {
      const near = this.nearest(text, this.run.lookup.regionNames, "r");
      if (near.length) {
        const suggestions = this.list(near.map((i) => displayName(regions[i]!.name, this.run.lang)));
        this.report("unknown-region", "error", col, { value: text, suggestions }, { value: text, expected: suggestions }, "unknown-region-near");
        return -1;
      }
      const expected = regions.slice(0, 12).map((x) => `${x.code} ${x.name.zh}`).join("、") + (regions.length > 12 ? " …" : "");
      this.report("unknown-region", "error", col, { value: text, expected }, { value: text, expected });
      return -1;
    }
    if (fr !== undefined && fn !== undefined) {
      const name = cellText(cells[fn]);
      if (name && resolveRegion(this.run.lookup.regions, name) !== r) {
        const reg = regions[r]!;
        this.report("region-name-mismatch", "warning", fn, { name, code: text, expected: displayName(reg.name, this.run.lang) }, { region: reg.code, value: name, expected: reg.name.zh });
      }
    }
    return r;
  }

  /** Plan entries named like `text` (memoised; none once the file has used up its listing, when nobody would read them). */
  private nearest(text: string, names: readonly NamedValue<number>[], kind: "i" | "r"): number[] {
    return this.run.sink.accepts(this.table.file) ? this.nearMemo(text, names, kind) : [];
  }

  private list(names: string[]): string {
    return names.join(this.run.lang === "zh" ? "、" : ", ");
  }

  private sex(cells: readonly CellValue[]): number {
    const col = this.layout.fields.sex;
    if (col === undefined) return SEX_CODES.none;
    const text = cellText(cells[col]);
    const s = parseSex(text);
    if (s === null) return SEX_CODES.none;
    if (s === undefined) return this.report("invalid-sex", "error", col, { value: text }, { value: text, expected: this.run.t("expected-sex") }), -1;
    return SEX_CODES[s];
  }

  private year(cells: readonly CellValue[]): number {
    const col = this.layout.fields.year;
    if (col === undefined) return this.tableYear ?? -1;
    const c = cells[col];
    if (c === UNREADABLE) return (this.ok = false), -1;
    const text = cellText(c);
    if (!text) return this.report("missing-cell", "error", col, { column: this.layout.labels[col], expected: this.run.t("expected-year") }), -1;
    const y = parseYear(c);
    if (y === undefined || y < MIN_YEAR || y > this.maxYear) {
      const p = { value: text, min: MIN_YEAR, max: this.maxYear };
      return this.report("invalid-year", "error", col, p, { value: text, expected: this.run.t("expected-year-range", p) }), -1;
    }
    return y;
  }

  private checkLevel(ind: number, reg: number): void {
    const region = this.run.lookup.plan.regions[reg]!;
    const levels = this.run.lookup.levels[ind]!;
    if (levels.has(region.level)) return;
    const indicator = this.run.lookup.plan.indicators[ind]!;
    const names = [...levels].map((l) => this.run.t(`level-${l}`)).join("、");
    this.report("level-mismatch", "warning", undefined, { indicator: displayName(indicator.name, this.run.lang), levels: names, region: displayName(region.name, this.run.lang) }, { indicator: indicator.id, region: region.code });
  }

  private checkUnit(unit: string, ind: number, col: number): void {
    if (unit === this.lastUnit[0] && ind === this.lastUnit[1]) return;
    const memoKey = `${ind}\u0000${unit}`;
    let fits = this.unitMemo.get(memoKey);
    const indicator = this.run.lookup.plan.indicators[ind]!;
    if (fits === undefined) this.unitMemo.set(memoKey, (fits = unitMatches(unit, indicator)));
    if (fits) this.lastUnit = [unit, ind];
    else {
      const scale = unitScale(unit, indicator);
      const key = scale === undefined ? undefined : scale > 1 ? "unit-mismatch-divide" : "unit-mismatch-multiply";
      const factor = scale === undefined ? undefined : Math.round(scale > 1 ? scale : 1 / scale);
      this.report("unit-mismatch", "error", col, { got: unit, expected: indicator.unit.zh, indicator: displayName(indicator.name, this.run.lang), factor }, { indicator: indicator.id, value: unit, expected: indicator.unit.zh }, key);
    }
  }

  private value(cells: readonly CellValue[], col: number, ind: number, reg: number, sex: number, year: number, rowOk: boolean, required: boolean): void {
    const raw = cells[col];
    if (raw === UNREADABLE) return;
    const lookup = this.run.lookup;
    const plan = lookup.plan;
    const known = ind >= 0 && reg >= 0 && year >= 0;
    const key = known ? this.run.buffer.key(ind, reg, Math.max(sex, 0), year) : -1;
    if (isEmptyCell(raw)) {
      // An empty value whose 备注 says 暂缺 is declared missing, exactly as the template's instructions ask.
      const noteCol = this.layout.kind === "long" ? this.layout.fields.note : undefined;
      if (noteCol !== undefined && declaresMissing(cellText(cells[noteCol]))) return this.attempt(known, year, key, { source: this.source, row: this.row, col });
      if (required) this.report("missing-cell", "error", col, { column: this.layout.labels[col], expected: this.run.t("expected-value") }, this.extras(ind, reg, year, raw));
      return this.attempt(known, year, key, null);
    }
    const v = parseValue(raw instanceof Date ? cellText(raw) : (raw as string | number));
    if (v.kind === "invalid") {
      this.report("invalid-number", "error", col, { value: cellText(raw) }, { ...this.extras(ind, reg, year, raw), expected: this.run.t("expected-number") });
      return this.attempt(known, year, key, null);
    }
    if (v.kind === "missing") return this.attempt(known, year, key, { source: this.source, row: this.row, col });
    if (ind >= 0 && (v.percent || v.permille) && !(v.percent ? lookup.percent[ind] : lookup.permille[ind])) {
      const indicator = plan.indicators[ind]!;
      this.report("unit-mismatch", "error", col, { value: cellText(raw), sign: v.percent ? "%" : "‰", expected: indicator.unit.zh, indicator: displayName(indicator.name, this.run.lang) }, { ...this.extras(ind, reg, year, raw), expected: indicator.unit.zh }, "percent-mismatch");
    }
    const unitCol = this.layout.fields.unit;
    if (ind >= 0 && unitCol !== undefined) {
      const unit = cellText(cells[unitCol]);
      if (unit) this.checkUnit(unit, ind, unitCol);
    }
    if (ind >= 0 && this.layout.valueUnit) this.checkUnit(this.layout.valueUnit, ind, this.layout.fields.value!);
    if (ind >= 0 && (v.value < lookup.min[ind]! || v.value > lookup.max[ind]!)) {
      const b = plan.indicators[ind]!.bounds ?? {};
      const p = { value: cellText(raw), min: b.min ?? "-∞", max: b.max ?? "∞", indicator: displayName(plan.indicators[ind]!.name, this.run.lang) };
      this.report("out-of-bounds", "error", col, p, { ...this.extras(ind, reg, year, raw), expected: this.run.t("expected-bounds", p) });
    }
    if (!known || !rowOk || !this.ok || sex < 0) return this.attempt(known, year, key, null);
    const first = this.run.buffer.add(key, v.value, sex, this.source, this.row, col);
    if (first < 0) {
      const noteCol = this.layout.kind === "long" ? this.layout.fields.note : undefined;
      const noteCell = noteCol === undefined ? undefined : cells[noteCol];
      if (noteCell !== undefined && noteCell !== null && noteCell !== "") {
        const note = cellText(noteCell).trim();
        if (note) this.run.buffer.setNote(key, note);
      }
      return;
    }
    this.ok = false;
    const firstValue = this.run.buffer.value(first);
    const same = firstValue === v.value;
    if (!this.run.sink.accepts(this.table.file)) return this.run.sink.skip(this.table.file, same ? "warning" : "error", "duplicate-observation");
    const p = { ...describeSeries(this.run, ind, reg, sex, year), first: describePlace(this.run, this.run.buffer.place(first)), firstValue };
    this.report("duplicate-observation", same ? "warning" : "error", col, p, this.extras(ind, reg, year, raw), same ? "duplicate-observation-same" : "duplicate-observation");
  }

  private extras(ind: number, reg: number, year: number, raw: CellValue): DiagnosticExtras {
    const plan = this.run.lookup.plan;
    return { indicator: plan.indicators[ind]?.id, region: plan.regions[reg]?.code, year: year >= 0 ? year : undefined, value: cellText(raw) };
  }

  private attempt(known: boolean, year: number, key: number, place: { source: number; row: number; col: number } | null): void {
    if (known && year === this.run.year && !this.run.buffer.attempted.get(key)) this.run.buffer.attempted.set(key, place);
  }
}
