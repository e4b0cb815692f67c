import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const F = "fixtures/officer";
type D = { code: string; severity: string; message: string; row?: number; sheet?: string; value?: string };
const json = async (args: string[]) => {
  const r = await runCli(["validate", ...args, "-f", "json"]);
  return { ...r, diagnostics: (JSON.parse(r.stdout) as { diagnostics: D[] }).diagnostics };
};
const place = (ds: D[]) => ds.filter((d) => /^(inferred|conflicting)-/.test(d.code)).map((d) => [d.code, d.severity, d.row, d.message]);
const errors = (ds: D[]) => ds.filter((d) => d.severity === "error").map((d) => d.code);

describe("officer forms: year and region without columns for them", () => {
  it.each(["title-only-2024.csv", "title-only-2024.xlsx"])("%s: takes both from the merged title row and says so", async (file) => {
    const r = await json([`${F}/${file}`]);
    expect([r.code, r.stderr]).toEqual([1, ""]);
    expect(place(r.diagnostics)).toEqual([
      ["inferred-region", "info", 1, "地区取自标题：绥中县"],
      ["inferred-year", "info", 1, "年份取自标题：2024"],
    ]);
    // Only the typo is left.
    expect(errors(r.diagnostics)).toEqual(["unknown-indicator"]);
  });

  it("takes the region from the sheet name and the year from the title", async () => {
    const r = await json([`${F}/sheet-name-region.xlsx`]);
    expect(place(r.diagnostics)).toEqual([
      ["inferred-year", "info", 1, "年份取自标题：2024"],
      ["inferred-region", "info", 2, "地区取自工作表名：绥中县"],
    ]);
    expect(errors(r.diagnostics)).toEqual(["unknown-indicator"]);
  });

  it("takes both from the file name, and a clean file so read exits 0", async () => {
    const r = await runCli(["validate", `${F}/绥中县2024年.csv`, "--lang", "en"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toContain("Year taken from the file name: 2024");
    expect(r.stdout).toContain("Region taken from the file name: Suizhong County");
  });

  it("warns when the title and the file name disagree, naming both, and uses the title", async () => {
    const r = await json([`${F}/绥中县2023年报.csv`]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(place(r.diagnostics)).toEqual([
      ["inferred-region", "info", 1, "地区取自标题：绥中县"],
      ["inferred-year", "info", 1, "年份取自标题：2024"],
      ["conflicting-year", "warning", 2, "年份来源不一致：标题为 2024，文件名为 2023；使用 2024"],
    ]);
  });

  it("lets --year and --region win, and warns about a title that says otherwise", async () => {
    const r = await json([`${F}/title-only-2024.csv`, "--year", "2023", "--region", "兴城市"]);
    expect(place(r.diagnostics)).toEqual([
      ["conflicting-region", "warning", 1, "地区来源不一致：命令行参数为 兴城市，标题为 绥中县；使用 兴城市"],
      ["conflicting-year", "warning", 1, "年份来源不一致：命令行参数为 2023，标题为 2024；使用 2023"],
      ["conflicting-year", "warning", 2, "年份来源不一致：命令行参数为 2023，文件名为 2024；使用 2023"],
    ]);
  });
});
