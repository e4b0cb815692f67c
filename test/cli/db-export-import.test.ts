import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../helpers/run-cli.js";
import { tempDir } from "../store/store-fixtures.js";


const HEADER = "指标代码,指标名称,地区代码,地区,年份,数值,单位,备注";
let dir: string, cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir("hld-export-")));
afterEach(() => cleanup());

function csv(name: string, rows: string[], header = HEADER): string {
  writeFileSync(path.join(dir, name), "\uFEFF" + [header, ...rows].join("\r\n") + "\r\n");
  return name;
}
const cli = (...args: string[]) => runCli(args, { cwd: dir });

// Suizhong County's own submissions.
const COUNTY = [
  "female_life_expectancy,妇女人均预期寿命,211421,绥中县,2022,79.9,岁,,",
  "female_life_expectancy,妇女人均预期寿命,211421,绥中县,2023,80.07,岁,,",
  "maternal_mortality_ratio,孕产妇死亡率,211421,绥中县,2023,9.5,/10万,,",
];
const CITY = ["female_life_expectancy,妇女人均预期寿命,211400,葫芦岛市,2023,80.19,岁,"];

describe("db export → db import between a county and the city", () => {
  it("exports a long table with the exact ingest headers that the city imports unchanged (XLSX and CSV)", async () => {
    csv("county.csv", COUNTY.map((r) => r.replace(/,$/, "")));
    expect((await cli("ingest", "county.csv", "--db", "county.db")).code).toBe(0);
    const x = await cli("db", "export", "--db", "county.db", "--region", "绥中县", "-o", "suizhong.xlsx");
    expect(x.code).toBe(0);
    expect(x.stdout).toContain("已导出 3 个数值（1 个地区、2 个指标）到 suizhong.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "suizhong.xlsx"));
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).values).toEqual([undefined, "指标代码", "指标名称", "地区代码", "地区", "年份", "数值", "单位", "备注"]);
    expect(ws.getRow(3).values).toEqual([undefined, "female_life_expectancy", "妇女人均预期寿命", "211421", "绥中县", 2023, 80.07, "岁", ""]);

    csv("city.csv", CITY);
    await cli("ingest", "city.csv", "--db", "city.db");
    const imp = await cli("db", "import", "suizhong.xlsx", "--db", "city.db", "-f", "json");
    expect(imp.code).toBe(0);
    const out = JSON.parse(imp.stdout);
    expect(out.files[0]).toMatchObject({ status: "stored", kind: "import", region: "211421", inserted: 3, unchanged: 0, conflicts: 0 });
    expect(out.diagnostics.filter((d: { severity: string }) => d.severity === "error")).toEqual([]);

    // The CSV export is UTF-8 with BOM and CRLF, and `ingest` takes it as is.
    expect((await cli("db", "export", "--db", "county.db", "-o", "suizhong.csv")).code).toBe(0);
    const text = readFileSync(path.join(dir, "suizhong.csv"), "utf8");
    expect(text.startsWith("\uFEFF指标代码,指标名称,地区代码,地区,年份,数值,单位,备注\r\n")).toBe(true);
    expect(text).toContain("maternal_mortality_ratio,孕产妇死亡率,211421,绥中县,2023,9.5,/10万,\r\n");
    const ing = await cli("ingest", "suizhong.csv", "--db", "city.db");
    expect(ing.code).toBe(0);
    expect(ing.stdout).toContain("新增 0，修订 0，未变 3");
  });

  it("adds 性别 only when a row is disaggregated by sex, and filters by --since", async () => {
    csv("sex.csv", ["nine_year_compulsory_education_consolidation_rate,九年义务教育巩固率,211421,绥中县,2022,99.9,%,女", "nine_year_compulsory_education_consolidation_rate,九年义务教育巩固率,211421,绥中县,2023,99.95,%,女"], HEADER.replace("备注", "性别"));
    const ing = await cli("ingest", "sex.csv", "--db", "county.db", "-f", "json");
    expect(JSON.parse(ing.stdout).files[0].status).toBe("stored");
    expect((await cli("db", "export", "--db", "county.db", "--since", "2023", "-o", "out.csv")).code).toBe(0);
    const lines = readFileSync(path.join(dir, "out.csv"), "utf8").split("\r\n");
    expect(lines[0]).toBe("\uFEFF指标代码,指标名称,地区代码,地区,年份,数值,单位,备注,性别");
    expect(lines.slice(1).filter(Boolean)).toEqual([expect.stringMatching(/^nine_year_compulsory_education_consolidation_rate,.*,2023,99\.95,%,,女$/)]);
  });

  it("reports a conflict instead of overwriting, exit 1; --prefer incoming takes the county's value", async () => {
    csv("city.csv", ["female_life_expectancy,妇女人均预期寿命,211421,绥中县,2023,80.01,岁,"]);
    await cli("ingest", "city.csv", "--db", "city.db");
    csv("county.csv", COUNTY.map((r) => r.replace(/,$/, "")));
    const r = await cli("db", "import", "county.csv", "--db", "city.db");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("冲突 female_life_expectancy · 绥中县 · 2023：现有 80.01，导入 80.07（第 3 行；保留现有值）");
    expect(r.stdout).toContain("新增 2，未变 0，采用导入值 0，冲突 1");
    expect(r.stdout).toContain("--prefer incoming");
    const h1 = JSON.parse((await cli("db", "history", "female_life_expectancy", "--region", "211421", "--year", "2023", "--db", "city.db", "-f", "json")).stdout);
    expect(h1.revisions.map((x: { value: number }) => x.value)).toEqual([80.01]);

    const again = await cli("db", "import", "county.csv", "--db", "city.db", "--prefer", "incoming");
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("新增 0，未变 2，采用导入值 1，冲突 1");
    const h2 = JSON.parse((await cli("db", "history", "female_life_expectancy", "--region", "211421", "--year", "2023", "--db", "city.db", "-f", "json")).stdout);
    expect(h2.revisions.map((x: { value: number; current: boolean }) => [x.value, x.current])).toEqual([[80.01, false], [80.07, true]]);
    const log = JSON.parse((await cli("db", "log", "--db", "city.db", "-f", "json")).stdout);
    expect(log.files.map((f: { kind: string; status: string }) => [f.kind, f.status])).toEqual([["ingest", "complete"], ["import", "conflicts"], ["import", "complete"]]);
    // Now complete, the same file is a no-op.
    expect((await cli("db", "import", "county.csv", "--db", "city.db")).stdout).toContain("无需重复入库");
  });

  it("refuses an export without -o, with an unknown extension, or over the database (exit 2)", async () => {
    csv("county.csv", COUNTY.map((r) => r.replace(/,$/, "")));
    await cli("ingest", "county.csv", "--db", "county.db");
    expect((await cli("db", "export", "--db", "county.db")).stderr).toContain("请用 -o 指定导出文件");
    expect((await cli("db", "export", "--db", "county.db", "-o", "x.ods")).code).toBe(2);
    const over = await cli("db", "export", "--db", "county.db", "-o", "county.db.csv");
    expect(over.code).toBe(0);
    const before = readFileSync(path.join(dir, "county.db"));
    const self = await cli("db", "export", "--db", "county.db", "-o", "county.csv");
    expect(self.code).toBe(0);
    expect(readFileSync(path.join(dir, "county.db")).equals(before)).toBe(true);
    const unknown = await cli("db", "export", "--db", "county.db", "--region", "火星", "-o", "a.csv");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("所用规划中没有地区 火星");
    expect(existsSync(path.join(dir, "a.csv"))).toBe(false);
  });
});
