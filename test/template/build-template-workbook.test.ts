import { describe, expect, it, beforeAll, afterAll } from "vitest";
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildTemplateWorkbook, templateHeaders, LIST_SHEET } from "../../src/template/build-template-workbook.js";
import { readObservations } from "../../src/ingest/index.js";
import type { Observation } from "../../src/model/observation.js";
import { bundledPlan } from "../helpers/report-fixture.js";

const plan = bundledPlan();
const LONG_LAYOUT = ["指标代码", "指标名称", "地区代码", "地区", "性别", "年份", "数值", "单位", "备注"];

async function load(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  return wb;
}

function rowsOf(ws: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  ws.eachRow((r, n) => void (n > 1 && rows.push(r)));
  return rows;
}

describe("buildTemplateWorkbook", () => {
  let dir: string;
  beforeAll(() => void (dir = mkdtempSync(path.join(tmpdir(), "hld-template-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("has the long-layout columns first and reference columns named 参考：…", async () => {
    expect(templateHeaders({ year: 2025, lang: "zh" })).toEqual([...LONG_LAYOUT, "参考：目标", "参考：2024年值", "参考：2023年值"]);
    expect(templateHeaders({ year: 2025, lang: "en" }).slice(9)).toEqual(["ref: target", "ref: 2024 value", "ref: 2023 value"]);
    const wb = await load(await buildTemplateWorkbook(plan, { year: 2025, lang: "zh" }));
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([["报送数据", "visible"], ["填报说明", "visible"], [LIST_SHEET, "hidden"]]);
  });

  it("has one row per indicator × region, city-only indicators only for the city, sex rows where the plan splits by sex", async () => {
    const wb = await load(await buildTemplateWorkbook(plan, { year: 2025, regions: ["211400", "211421"], lang: "zh" }));
    const rows = rowsOf(wb.worksheets[0]!);
    const key = (r: ExcelJS.Row) => `${r.getCell(1).value}|${r.getCell(3).value}|${r.getCell(5).value ?? ""}`;
    const keys = rows.map(key);
    expect(new Set(keys).size).toBe(keys.length);
    const cityOnly = plan.indicators.filter((i) => i.levels && !i.levels.includes("county"));
    const sexSplit = plan.indicators.filter((i) => i.sex_disaggregated).length;
    expect(cityOnly.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.getCell(3).value === "211400")).toHaveLength(plan.indicators.length + 2 * sexSplit);
    expect(rows.filter((r) => r.getCell(3).value === "211421")).toHaveLength(plan.indicators.length - cityOnly.length + 2 * sexSplit);
    expect(keys).not.toContain(`${cityOnly[0]!.id}|211421|`);
    expect(keys).toContain("high_school_gross_enrollment_rate|211421|女");
  });

  it("validates the value cells from the plan's bounds and offers notes from a range on the hidden list sheet", async () => {
    const wb = await load(await buildTemplateWorkbook(plan, { year: 2025, regions: ["211400"], lang: "zh" }));
    const rows = rowsOf(wb.worksheets[0]!);
    const rate = rows.find((r) => r.getCell(1).value === "maternal_system_management_rate")!;
    expect(rate.getCell(7).dataValidation).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 100], showErrorMessage: true });
    const mmr = rows.find((r) => r.getCell(1).value === "maternal_mortality_ratio")!;
    expect(mmr.getCell(7).dataValidation).toMatchObject({ type: "decimal", operator: "greaterThanOrEqual", formulae: [0] });
    const note = rate.getCell(9).dataValidation;
    expect(note.type).toBe("list");
    expect(String(note.formulae[0])).toMatch(new RegExp(`^'?${LIST_SHEET}'?!\\$A\\$1:\\$A\\$5$`));
    expect(wb.getWorksheet(LIST_SHEET)!.getCell("A3").value).toBe("暂缺");
  });

  it("locks the key columns (no password) and leaves value and note editable", async () => {
    const wb = await load(await buildTemplateWorkbook(plan, { year: 2025, regions: ["211400"], lang: "zh" }));
    const ws = wb.worksheets[0]!;
    const protection = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true });
    expect(protection.hashValue).toBeUndefined();
    const row = ws.getRow(2);
    expect(row.getCell(7).protection).toMatchObject({ locked: false });
    expect(row.getCell(9).protection).toMatchObject({ locked: false });
    expect(row.getCell(1).protection?.locked).not.toBe(false);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("pre-fills last years' values from data", async () => {
    const data: Observation[] = [
      { indicator: "maternal_system_management_rate", region: "211400", year: 2024, value: 95.5, source: { file: "a.csv", row: 2 } },
      { indicator: "maternal_system_management_rate", region: "211400", year: 2023, value: 94.25, source: { file: "a.csv", row: 3 } },
    ];
    const wb = await load(await buildTemplateWorkbook(plan, { year: 2025, regions: ["211400"], data, lang: "zh" }));
    const row = rowsOf(wb.worksheets[0]!).find((r) => r.getCell(1).value === "maternal_system_management_rate")!;
    expect([row.getCell(7).value, row.getCell(10).value, row.getCell(11).value, row.getCell(12).value]).toEqual([null, "≥ 90% (每年)", 95.5, 94.25]);
  });

  it("writes the instructions in Chinese, or English with lang en", async () => {
    const zh = await load(await buildTemplateWorkbook(plan, { year: 2025, lang: "zh" }));
    expect(String(zh.getWorksheet("填报说明")!.getCell("B6").value)).toContain("只填写");
    const en = await load(await buildTemplateWorkbook(plan, { year: 2025, lang: "en" }));
    expect(String(en.getWorksheet("Instructions")!.getCell("B6").value)).toContain("Fill in only");
  });

  it("round-trips: a filled template reads back with no errors and one observation per row", async () => {
    for (const lang of ["zh", "en"] as const) {
      const wb = await load(await buildTemplateWorkbook(plan, { year: 2025, lang }));
      const rows = rowsOf(wb.worksheets[0]!);
      rows.forEach((r, i) => {
        const ind = plan.indicators.find((x) => x.id === r.getCell(1).value)!;
        const { min = 0, max = min + 100 } = ind.bounds ?? {};
        r.getCell(7).value = Number((min + ((i * 7) % 10) * ((max - min) / 10)).toFixed(2));
      });
      const file = path.join(dir, `filled-${lang}.xlsx`);
      await wb.xlsx.writeFile(file);
      const read = await readObservations([file], plan, { lang });
      expect(read.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      // the reference columns (参考：… / ref: …) are read past: a filled template passes with no warning at all
      expect(read.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
      expect(read.observations).toHaveLength(rows.length);
      const females = read.observations.filter((o) => o.sex === "female");
      expect(females.length).toBe(plan.indicators.filter((i) => i.sex_disaggregated).length * plan.regions.length);
    }
  });
});
