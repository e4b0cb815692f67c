/** The fill-in workbook counties send back: long-layout columns the ingest reads, reference columns, validation, locked keys, instructions. */
import "../util/exceljs.js"; // must precede exceljs: installs the UTF-8-safe stream parser
import ExcelJS from "exceljs";
import type { Plan } from "../model/plan.js";
import { translator } from "../i18n/messages.js";
import { templateMessages } from "./template-messages.js";
import { templateRows, type TemplateOptions, type TemplateRow } from "./template-rows.js";
import { cellValue, fitRowHeight, HEADER_FILL } from "../excel/sheet-kit.js";
import { unitFormat } from "../excel/unit-format.js";
import { writeInstructions } from "./template-instructions.js";

export type { TemplateOptions } from "./template-rows.js";

const INPUT_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
const KEY_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF595959" } };
const REF_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
/** The hidden sheet holding dropdown lists (Excel breaks inline lists over 255 characters). */
export const LIST_SHEET = "_lists";

/** The column headers, in order; the first nine are the long layout, the rest start with the reference prefix. */
export function templateHeaders(opts: Pick<TemplateOptions, "year" | "lang">): string[] {
  const t = translator(templateMessages, opts.lang);
  return [
    t("col-indicator"), t("col-indicator-name"), t("col-region"), t("col-region-name"), t("col-sex"), t("col-year"), t("col-value"), t("col-unit"), t("col-note"),
    t("col-ref-target"), t("col-ref-year", { year: opts.year - 1 }), t("col-ref-year", { year: opts.year - 2 }),
  ];
}

const VALUE_COL = 7, NOTE_COL = 9;
const WIDTHS = [36, 30, 10, 10, 6, 7, 12, 10, 16, 28, 14, 14];

function validation(row: TemplateRow, t: ReturnType<typeof translator<keyof (typeof templateMessages)["zh"]>>, lang: TemplateOptions["lang"]): ExcelJS.DataValidation {
  const { min, max } = row.indicator.bounds ?? {};
  const unit = row.indicator.unit[lang];
  const base = { type: "decimal" as const, allowBlank: true, showInputMessage: true, showErrorMessage: true, errorStyle: "stop", promptTitle: t("prompt-title"), errorTitle: t("error-title") };
  if (min !== undefined && max !== undefined) return { ...base, operator: "between", formulae: [min, max], prompt: t("prompt-range", { min, max, unit }), error: t("prompt-range", { min, max, unit }) };
  if (min !== undefined) return { ...base, operator: "greaterThanOrEqual", formulae: [min], prompt: t("prompt-min", { min, unit }), error: t("prompt-min", { min, unit }) };
  if (max !== undefined) return { ...base, operator: "lessThanOrEqual", formulae: [max], prompt: t("prompt-max", { max, unit }), error: t("prompt-max", { max, unit }) };
  // No bounds: still a number (Excel needs a range; these are beyond any statistic in the plan).
  return { ...base, operator: "between", formulae: [-1e12, 1e12], prompt: t("prompt-any", { unit }), error: t("prompt-any", { unit }) };
}

/** Build the template workbook. */
export async function buildTemplateWorkbook(plan: Plan, opts: TemplateOptions): Promise<Buffer> {
  const t = translator(templateMessages, opts.lang);
  const rows = templateRows(plan, opts);
  const wb = new ExcelJS.Workbook();
  wb.creator = "hld-women";
  const data = wb.addWorksheet(t("sheet-data"), { properties: { tabColor: { argb: "FFFFC000" } } });
  const instructions = wb.addWorksheet(t("sheet-instructions"));
  const lists = wb.addWorksheet(LIST_SHEET, { state: "hidden" });

  const notes = t("notes-list").split("|");
  notes.forEach((n, i) => (lists.getCell(i + 1, 1).value = cellValue(n)));
  const noteRange = `'${LIST_SHEET}'!$A$1:$A$${notes.length}`;

  const headers = templateHeaders(opts);
  headers.forEach((h, i) => {
    const cell = data.getRow(1).getCell(i + 1);
    cell.value = cellValue(h);
    cell.font = { bold: true, italic: i >= 9, color: { argb: i >= 9 ? "FF7F7F7F" : "FF000000" } };
    cell.fill = i === VALUE_COL - 1 || i === NOTE_COL - 1 ? INPUT_FILL : i >= 9 ? REF_FILL : HEADER_FILL;
    data.getColumn(i + 1).width = WIDTHS[i] ?? 12;
  });
  const sexName = (s: TemplateRow["sex"]): string => (s ? t(s === "female" ? "sex-female" : "sex-male") : "");
  rows.forEach((r, i) => {
    const row = data.getRow(i + 2);
    const unit = r.indicator.unit[opts.lang];
    const cells = [r.indicator.id, r.indicator.name[opts.lang], r.region.code, r.region.name[opts.lang], sexName(r.sex), opts.year, r.value, unit, null, r.target, r.previous[0], r.previous[1]];
    cells.forEach((v, k) => {
      const cell = row.getCell(k + 1);
      cell.value = cellValue(v);
      if (k === VALUE_COL - 1 || k === NOTE_COL - 1) {
        cell.protection = { locked: false };
        cell.fill = INPUT_FILL;
      } else cell.font = k >= 9 ? { italic: true, color: { argb: "FF7F7F7F" } } : KEY_FONT;
      if (k >= 10 && typeof cell.value === "number") cell.numFmt = unitFormat(r.indicator.unit.zh);
      cell.alignment = { vertical: "top", wrapText: k === 1 || k === 9 };
    });
    row.getCell(3).numFmt = "@";
    row.getCell(VALUE_COL).dataValidation = validation(r, t, opts.lang);
    row.getCell(NOTE_COL).dataValidation = { type: "list", allowBlank: true, formulae: [noteRange], showInputMessage: true, promptTitle: t("note-title"), prompt: t("note-prompt"), showErrorMessage: false };
    fitRowHeight(row, [0, WIDTHS[1]!, 0, 0, 0, 0, 0, 0, 0, WIDTHS[9]!]);
  });
  const last = rows.length + 1;
  data.views = [{ state: "frozen", xSplit: 2, ySplit: 1, topLeftCell: "C2", activeCell: `G2` }];
  data.autoFilter = { from: { row: 1, column: 1 }, to: { row: last, column: headers.length } };
  data.pageSetup.printTitlesRow = "1:1";
  data.pageSetup.orientation = "landscape";
  data.pageSetup.fitToPage = true;
  data.pageSetup.fitToWidth = 1;
  data.pageSetup.fitToHeight = 0;
  // No password: the lock protects the key columns from slips, not from a determined user.
  await data.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, autoFilter: true, sort: false });

  const regionNames = [...new Set(rows.map((r) => r.region.name[opts.lang]))].join(opts.lang === "zh" ? "、" : ", ");
  writeInstructions(instructions, plan, opts, { rows: rows.length, regions: regionNames });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
