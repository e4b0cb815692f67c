import { describe, expect, it, beforeAll } from "vitest";
import ExcelJS from "exceljs";
import { buildReportWorkbook } from "../../src/xlsx/build-report-workbook.js";
import { fixture } from "../helpers/report-fixture.js";

// Issue 13: the sheets a committee member reads carry sentences, not formulas, codes, font paths or time stamps.
describe("reader-facing sheets", () => {
  const { plan, report, observations } = fixture();
  const hostile = structuredClone(report);
  const r0 = hostile.results[0]!;
  r0.warnings = [{ code: "expected-to-miss", level: "red", message: "实际增速与所需增速之比 R = -0.196，低于 0.6；Theil–Sen hampel_k" }];
  r0.targets[0]!.progress = { share: 14.158, time_share: 0.4, lag_points: 0 };
  hostile.results[1]!.status = "indeterminate";
  hostile.results[1]!.targets[0]!.status = "indeterminate";
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = new ExcelJS.Workbook();
    const buf = await buildReportWorkbook(hostile, plan, observations, { lang: "zh", generatedAt: "2025-03-01 10:00:00 +08:00", inputs: [{ file: "data.csv", sha256: "ab".repeat(32) }], method: "eurostat", fonts: { cjk: { file: "/usr/share/fonts/x.ttc", family: "Noto" } } });
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  });

  function printedTexts(ws: ExcelJS.Worksheet): string[] {
    const area = String(ws.pageSetup.printArea ?? "");
    const lastCol = area ? ws.getCell(area.split(":")[1]!.replace(/\$/g, "")).fullAddress.col : ws.columnCount;
    const out: string[] = [];
    ws.eachRow((row) => row.eachCell((cell, col) => void (col <= lastCol && typeof cell.value === "string" && out.push(cell.value))));
    return out;
  }

  it("shows no formula message, indicator code, font path or time stamp where readers look", () => {
    for (const name of ["总览", "县区对比", "妇女与健康", "预警", "图表"]) {
      const texts = printedTexts(wb.getWorksheet(name)!).join("\n");
      expect(texts, name).not.toMatch(/R = |Theil|hampel|maternal_|\/usr\/share|10:00:00|\+08:00/);
    }
    expect(printedTexts(wb.getWorksheet("预警")!).join("\n")).toContain("难以按期实现");
    expect(printedTexts(wb.getWorksheet("总览")!)).toContain("2025-03-01");
  });

  it("does not show a progress share beyond 100% and colours 统计上无法判定 grey", () => {
    const ws = wb.getWorksheet("妇女与健康")!;
    const progress: unknown[] = [];
    ws.eachRow((row, n) => void (n > 1 && progress.push(row.getCell(9).value)));
    expect(progress.every((v) => v === null || (typeof v === "number" && v >= 0 && v <= 1))).toBe(true);
    expect(progress).toContain(null);
    const texts = printedTexts(ws);
    expect(texts).toContain("统计上无法判定");
    const grey = ws.conditionalFormattings.flatMap((cf) => cf.rules).find((r) => "formulae" in r && String(r.formulae).includes("统计上无法判定"));
    expect(JSON.stringify(grey?.style)).toContain("FFEDEDED");
  });
});
