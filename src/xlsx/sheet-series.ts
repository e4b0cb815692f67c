/** The 时间序列 sheet: the long table of every observation used, with where it came from. */
import type ExcelJS from "exceljs";
import type { Observation } from "../model/observation.js";
import type { RowContext } from "../report-model/report-rows.js";
import { cellValue, streamTable, frozenView } from "../excel/sheet-kit.js";
import { unitFormat } from "../excel/unit-format.js";
import type { ReportCell } from "../report-model/report-cell.js";

/** Observations in plan order (indicator, region, sex, year). */
export function orderedObservations(c: RowContext, observations: readonly Observation[]): Observation[] {
  const ind = new Map(c.plan.indicators.map((i, n) => [i.id, n]));
  const reg = new Map(c.plan.regions.map((r, n) => [r.code, n]));
  return [...observations].sort(
    (a, b) =>
      (ind.get(a.indicator) ?? 9999) - (ind.get(b.indicator) ?? 9999) ||
      (reg.get(a.region) ?? 999) - (reg.get(b.region) ?? 999) ||
      (a.sex ?? "").localeCompare(b.sex ?? "") ||
      a.year - b.year,
  );
}

/** The view of the time-series sheet: the note and the header frozen. */
export const SERIES_VIEW = frozenView(2);

/** Fill the time-series sheet (an appendix, not printed by default; a streamed sheet added with SERIES_VIEW, rows committed as written); returns the last row. */
export async function writeSeriesSheet(ws: ExcelJS.Worksheet, c: RowContext, observations: readonly Observation[]): Promise<number> {
  const { t, lang } = c;
  const obs = orderedObservations(c, observations);
  const units = obs.map((o) => c.indicators.get(o.indicator)?.unit[lang] ?? o.unit);
  // An appendix for analysts: its print range is the note alone, so printing the workbook does not spend 50 pages on raw numbers.
  // Made one row at a time as the table is written: the long table never exists as one array of cells.
  function* cells(): Generator<ReportCell[]> {
    for (const [i, o] of obs.entries()) {
      yield [o.indicator, c.indicators.get(o.indicator)?.name[lang] ?? o.indicator, o.region, c.regionName(o.region), o.sex ? t(`sex-${o.sex}`) : "", o.year, o.value, units[i], o.note, o.source.file, o.source.sheet, o.source.row];
    }
  }
  ws.getCell("A1").value = cellValue(t("series-note"));
  ws.getCell("A1").font = { italic: true, color: { argb: "FF7F7F7F" } };
  const last = await streamTable(
    ws,
    2,
    [
      { header: t("h-indicator-id"), width: 18 },
      { header: t("h-indicator"), width: 30 },
      { header: t("h-region-code"), width: 10 },
      { header: t("h-region"), width: 12 },
      { header: t("h-sex"), width: 6 },
      { header: t("h-year"), width: 7, numFmt: "0" },
      { header: t("h-value"), width: 11 },
      { header: t("h-unit"), width: 9 },
      { header: t("h-note"), width: 20 },
      { header: t("h-file"), width: 24 },
      { header: t("h-sheet"), width: 10 },
      { header: t("h-row"), width: 6, numFmt: "0" },
    ],
    cells(),
    { rowFmt: (i) => [undefined, undefined, undefined, undefined, undefined, undefined, unitFormat(units[i])] },
  );
  ws.pageSetup.printArea = "A$1:L$1";
  return last;
}
