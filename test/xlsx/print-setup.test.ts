import { describe, expect, it, beforeAll } from "vitest";
import ExcelJS from "exceljs";
import { buildReportWorkbook } from "../../src/xlsx/build-report-workbook.js";
import { fixture } from "../helpers/report-fixture.js";

// Issue 13: every reader sheet prints on A4 landscape, one page wide, at 9 pt or more, with its header repeated.
const A4_LANDSCAPE_PT = 842;
const PT_PER_WIDTH_UNIT = 5.25; // one character of Calibri 11 is 7 px = 5.25 pt
const FONT_PT = 11;

function printedColumns(ws: ExcelJS.Worksheet): number {
  const ref = String(ws.pageSetup.printArea).split(":")[1]!;
  return ws.getCell(ref).fullAddress.col;
}

describe("printable workbook", () => {
  const { plan, report, observations } = fixture();
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildReportWorkbook(report, plan, observations, { lang: "zh", generatedAt: "2025-03-01 10:00:00 +08:00", inputs: [], method: "eurostat" })) as unknown as ExcelJS.Buffer);
  });

  it("prints the reader sheets A4 landscape, one page wide, at 9 pt or more", () => {
    for (const name of ["总览", "妇女与健康", "预警"]) {
      const ws = wb.getWorksheet(name)!;
      const p = ws.pageSetup;
      expect(p, name).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true });
      let width = 0;
      for (let k = 1; k <= printedColumns(ws); k++) width += ws.getColumn(k).width ?? 9;
      const m = p.margins!;
      const printable = A4_LANDSCAPE_PT - (m.left + m.right) * 72;
      const scale = Math.min(1, printable / (width * PT_PER_WIDTH_UNIT));
      expect(scale * FONT_PT, name).toBeGreaterThanOrEqual(9);
      ws.eachRow((row) => row.eachCell((cell) => expect(cell.font?.size ?? FONT_PT).toBeGreaterThanOrEqual(FONT_PT)));
    }
  });

  it("repeats the header row and keeps the indicator code and the series outside the print range", () => {
    const ws = wb.getWorksheet("妇女与健康")!;
    expect(ws.pageSetup.printTitlesRow).toBe("1:1");
    expect(printedColumns(ws)).toBe(15);
    expect(ws.getRow(1).getCell(16).value).toBe("历年数值");
    expect(ws.getRow(1).getCell(18).value).toBe("指标代码");
    expect(wb.getWorksheet("预警")!.pageSetup.printTitlesRow).toBe("1:1");
  });

  it("wraps names instead of clipping them", () => {
    const ws = wb.getWorksheet("妇女与健康")!;
    for (let r = 2; r <= ws.rowCount; r++) expect(ws.getRow(r).getCell(1).alignment?.wrapText).toBe(true);
  });
});

describe("charts by area", () => {
  it("puts the charts under their area's name, captions without indicator codes", async () => {
    const { plan, report, observations } = fixture();
    const { findFonts } = await import("../../src/charts/find-fonts.js");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildReportWorkbook(report, plan, observations, { lang: "zh", generatedAt: "2025-03-01", inputs: [], method: "eurostat", fonts: findFonts() })) as unknown as ExcelJS.Buffer);
    const texts: string[] = [];
    wb.getWorksheet("图表")!.eachRow((r) => r.eachCell((c) => void (typeof c.value === "string" && texts.push(c.value))));
    expect(texts).toContain("妇女与健康");
    const captions = texts.filter((s) => s.includes(" · "));
    expect(captions.length).toBe(2);
    expect(captions.join()).not.toMatch(/maternal_|[a-z]+_[a-z]+/);
    expect(texts.indexOf("妇女与健康")).toBeLessThan(texts.indexOf(captions[0]!));
  });
});
