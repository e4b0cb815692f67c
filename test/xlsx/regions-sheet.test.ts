import { describe, expect, it, beforeAll } from "vitest";
import ExcelJS from "exceljs";
import { buildReportWorkbook } from "../../src/xlsx/build-report-workbook.js";
import { regionAttainment } from "../../src/report-model/region-comparison.js";
import { rowContext } from "../../src/report-model/report-rows.js";
import { fixture } from "../helpers/report-fixture.js";

// Issue 13: the counties side by side — attainment and rank per region, an indicator × region grid, red warnings by county.
describe("县区对比", () => {
  const { plan, report, observations } = fixture();
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildReportWorkbook(report, plan, observations, { lang: "zh", generatedAt: "2025-03-01 10:00:00 +08:00", inputs: [], method: "eurostat" })) as unknown as ExcelJS.Buffer);
    ws = wb.getWorksheet("县区对比")!;
  });

  it("ranks the regions by attainment rate, ties sharing a rank", () => {
    const regions = regionAttainment(rowContext(plan, "zh"), report);
    expect(regions.map((r) => [r.block.attainment_rate, r.rank])).toEqual([[1, 1], [0.5, 5], [1, 1], [0.5, 5], [1, 1], [0.5, 5], [1, 1]]);
    expect(regions[0]!.city).toBe(true);
  });

  it("writes the rate table with its rank column", () => {
    expect(ws.getRow(2).values).toEqual(expect.arrayContaining(["地区", "达标率", "排名", "红色预警"]));
    const row = ws.getRow(3);
    expect(row.getCell(1).value).toBe("葫芦岛市");
    expect(row.getCell(8).value).toBe(1);
    expect(row.getCell(8).numFmt).toBe("0.0%");
    expect(row.getCell(9).value).toBe(1);
    expect(ws.getRow(4).getCell(9).value).toBe(5);
  });

  it("colours the indicator × region grid by status", () => {
    const cells: ExcelJS.Cell[] = [];
    ws.eachRow((r, n) => void (n > 3 + 7 && r.eachCell((c) => void cells.push(c))));
    const notMet = cells.find((c) => c.value === "未达标")!;
    expect(notMet.fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    const met = cells.find((c) => c.value === "达标" && c.col > 1)!;
    expect(met.fill).toMatchObject({ fgColor: { argb: "FFC6EFCE" } });
  });

  it("groups the counties' red warnings by county, as sentences", () => {
    const texts: string[] = [];
    ws.eachRow((r) => r.eachCell((c) => void (typeof c.value === "string" && texts.push(c.value))));
    expect(texts).toContain("各县（市、区）红色预警");
    const county = plan.regions[1]!.name.zh;
    const i = texts.indexOf(`${county}（1）`);
    expect(i).toBeGreaterThan(0);
    expect(texts.slice(i).some((s) => s.includes("难以按期实现"))).toBe(true);
  });
});
