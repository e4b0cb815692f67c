import { describe, expect, it, beforeAll } from "vitest";
import ExcelJS from "exceljs";
import { buildReportWorkbook } from "../../src/xlsx/build-report-workbook.js";
import { findFonts } from "../../src/charts/find-fonts.js";
import type { ReportMeta } from "../../src/report-model/report-meta.js";
import { fixture, INJECTION } from "../helpers/report-fixture.js";

const SHA = "0123456789abcdef".repeat(4);
const meta = (over: Partial<ReportMeta> = {}): ReportMeta => ({ lang: "zh", generatedAt: "2025-03-01 10:00:00 +08:00", inputs: [{ file: "data.csv", sha256: SHA, rows: 70 }], method: "eurostat", fonts: findFonts(), ...over });

async function load(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  return wb;
}

function allCells(wb: ExcelJS.Workbook): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  for (const ws of wb.worksheets) ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (c) => void cells.push(c)));
  return cells;
}

describe("buildReportWorkbook", () => {
  const { plan, report, observations } = fixture();
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await load(await buildReportWorkbook(report, plan, observations, meta()));
  });

  it("has the sheets in order, one per area with results", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["总览", "县区对比", "妇女与健康", "预警", "图表", "时间序列", "数据质量", "说明"]);
  });

  it("names the sheets in English with lang en", async () => {
    const en = await load(await buildReportWorkbook(report, plan, observations, meta({ lang: "en", fonts: undefined })));
    expect(en.worksheets.map((w) => w.name)).toEqual(["Overview", "Regions", "Women and Health", "Warnings", "Time series", "Data quality", "Notes"]);
  });

  it("shows plan, as-of year and attainment rate on the overview, red warnings before yellow", () => {
    const ws = wb.getWorksheet("总览")!;
    expect(String(ws.getCell("A1").value)).toContain("截至 2024 年");
    expect(ws.getCell("B5").value).toBe(2024);
    // issue 13: the headline is the city's own rate (both its results are met), not the seven regions mixed (0.5)
    expect(ws.getCell("A7").value).toBe("葫芦岛市本级达标率（达标与基本达标 / 可评估）");
    expect(ws.getCell("B7").value).toBe(1);
    expect(ws.getCell("B7").numFmt).toBe("0.0%");
    const levels: string[] = [];
    ws.eachRow((row) => {
      const v = row.getCell(3).value;
      if (v === "红色" || v === "黄色") levels.push(v);
    });
    expect(levels[0]).toBe("红色");
    expect(levels.lastIndexOf("红色")).toBeLessThan(levels.indexOf("黄色"));
  });

  it("writes area rows with typed numbers, unit formats, frozen header, autofilter and print titles", () => {
    const ws = wb.getWorksheet("妇女与健康")!;
    // issue 13: the reader's columns first, the indicator code last (outside the print area)
    expect(ws.getRow(1).getCell(1).value).toBe("指标名称");
    expect(ws.getRow(1).getCell(18).value).toBe("指标代码");
    expect(ws.getRow(2).getCell(18).value).toBe("maternal_mortality_ratio");
    expect(ws.getRow(2).getCell(5).value).toBe(11);
    expect(ws.getRow(2).getCell(5).numFmt).toBe("0.00");
    const row = ws.getRow(9);
    expect(row.getCell(18).value).toBe("maternal_system_management_rate");
    expect(row.getCell(2).value).toBe("葫芦岛市");
    expect(row.getCell(5).value).toBe(94);
    expect(row.getCell(5).numFmt).toBe("0.0");
    expect(row.getCell(7).value).toBe("≥ 90% (每年)");
    expect(row.getCell(11).value).toBe("达标");
    expect(String(row.getCell(14).value)).toMatch(/^[▁▂▃▄▅▆▇█]{5}$/);
    expect(String(row.getCell(15).value)).toContain("达到“每年保持”的目标");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.pageSetup.printTitlesRow).toBe("1:1");
  });

  it("colours status and category with expression rules, never containsText", () => {
    const ws = wb.getWorksheet("妇女与健康")!;
    const rules = ws.conditionalFormattings.flatMap((cf) => cf.rules);
    expect(rules.length).toBeGreaterThanOrEqual(8);
    expect(rules.every((r) => r.type === "expression")).toBe(true);
    const formulae = rules.flatMap((r) => ("formulae" in r ? (r.formulae ?? []) : []));
    expect(formulae).toContain('$K2="未达标"');
    expect(formulae.some((f) => String(f).includes('"统计上无法判定"') && String(f).includes('"无数据"'))).toBe(true);
    expect(formulae.some((f) => String(f).includes('"偏离目标"'))).toBe(true);
  });

  it("embeds one PNG chart per indicator with data", () => {
    const ws = wb.getWorksheet("图表")!;
    const images = ws.getImages();
    expect(images).toHaveLength(2);
    const media = wb.getImage(Number(images[0]!.imageId));
    expect(media.extension).toBe("png");
    expect((media.buffer as unknown as Buffer).subarray(1, 4).toString()).toBe("PNG");
  });

  it("contains no formulas and neutralises every text that would run as one", async () => {
    // issue 13: warning messages are no longer shown (sentences are), so the hostile text reaches the workbook as a diagnostic
    const hostile = structuredClone(report);
    hostile.diagnostics.push({ code: "invalid-number", severity: "error", message: INJECTION });
    const cells = allCells(await load(await buildReportWorkbook(hostile, plan, observations, meta({ fonts: undefined }))));
    expect(cells.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
    const texts = cells.map((c) => c.value).filter((v): v is string => typeof v === "string");
    expect(texts.filter((s) => /^[=+\-@\t\r\n]/.test(s))).toEqual([]);
    expect(texts).toContain(`'${INJECTION}`);
    expect(texts).toContain("'-2+3");
    expect(texts).toContain("'\n=1+1");
    expect(texts).toContain("'+cmd|' /C calc'!A0 (I)");
    expect(texts.some((s) => s.startsWith("'@SUM(A1)"))).toBe(true);
  });

  it("lists every observation in the time series and every diagnostic with its location", () => {
    const series = wb.getWorksheet("时间序列")!;
    // issue 13: a note above the table says the appendix is not printed by default, and its print range is that note
    expect(series.actualRowCount).toBe(observations.length + 2);
    expect(series.pageSetup.printArea).toBe("A1:L1");
    const quality = wb.getWorksheet("数据质量")!;
    expect(quality.getRow(2).values).toEqual(expect.arrayContaining(["错误", "invalid-number", "data.csv", 7, "数值 (F)"]));
  });

  it("records method, thresholds, inputs with SHA-256 and the generation time in 说明", () => {
    const texts = allCells(wb).filter((c) => c.worksheet.name === "说明").map((c) => c.value);
    expect(texts).toEqual(expect.arrayContaining([SHA, "data.csv", "2025-03-01 10:00:00 +08:00", "阈值 nearly_met_band", 0.02]));
    expect(texts.some((v) => typeof v === "string" && v.startsWith("Eurostat"))).toBe(true);
  });

  it("says so in 说明 when no Chinese font was found", async () => {
    const noCjk = await load(await buildReportWorkbook(report, plan, observations, meta({ fonts: {} })));
    const texts = allCells(noCjk).filter((c) => c.worksheet.name === "说明").map((c) => String(c.value));
    expect(texts.some((s) => s.includes("未找到中文字体") && s.includes("英文"))).toBe(true);
    expect(noCjk.getWorksheet("图表")!.getImages()).toHaveLength(2);
  });
});
