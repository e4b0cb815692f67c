/** The 填报说明 sheet: what to fill in, how, and what not to touch. */
import type ExcelJS from "exceljs";
import type { Plan } from "../model/plan.js";
import { translator } from "../i18n/messages.js";
import { templateMessages } from "./template-messages.js";
import type { TemplateOptions } from "./template-rows.js";
import { cellValue, fitRowHeight } from "../excel/sheet-kit.js";

const STEPS = ["step-1", "step-2", "step-3", "step-4", "step-5", "step-6", "step-7"] as const;

/** Fill the instructions sheet. */
export function writeInstructions(ws: ExcelJS.Worksheet, plan: Plan, opts: TemplateOptions, counts: { rows: number; regions: string }): void {
  const t = translator(templateMessages, opts.lang);
  ws.getColumn(1).width = 5;
  ws.getColumn(2).width = 100;
  const title = ws.getCell("A1");
  title.value = cellValue(t("title", { title: plan.title[opts.lang], year: opts.year }));
  title.font = { bold: true, size: 14 };
  ws.getCell("A2").value = cellValue(t("generated", { plan: plan.id, version: plan.version }));
  ws.getCell("A2").font = { color: { argb: "FF7F7F7F" } };
  const intro = ws.getCell("B4");
  intro.value = cellValue(t("intro", { year: opts.year, regions: counts.regions, rows: counts.rows }));
  intro.alignment = { wrapText: true, vertical: "top" };
  fitRowHeight(ws.getRow(4), [0, 100]);
  STEPS.forEach((key, i) => {
    const row = ws.getRow(6 + i);
    row.getCell(1).value = i + 1;
    row.getCell(1).alignment = { horizontal: "center", vertical: "top" };
    row.getCell(2).value = cellValue(t(key));
    row.getCell(2).alignment = { wrapText: true, vertical: "top" };
    fitRowHeight(row, [0, 100]);
  });
  ws.pageSetup.fitToPage = true;
  ws.pageSetup.fitToWidth = 1;
  ws.pageSetup.fitToHeight = 0;
}
