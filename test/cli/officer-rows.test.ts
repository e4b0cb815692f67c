import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const F = "fixtures/officer";
type D = { code: string; severity: string; message: string; row?: number; column?: string; value?: string };
const json = async (args: string[]) => {
  const r = await runCli(["validate", ...args, "-f", "json"]);
  return { ...r, diagnostics: (JSON.parse(r.stdout) as { diagnostics: D[] }).diagnostics };
};

describe("officer forms: section, subtotal and note rows, 序号 columns", () => {
  it.each(["title-only-2024.csv", "title-only-2024.xlsx"])("%s: skips each non-data row with one info quoting it, and reads 序号 silently", async (file) => {
    const r = await json([`${F}/${file}`, "--year", "2024", "--region", "绥中县"]);
    expect(r.stderr).toBe("");
    const skipped = r.diagnostics.filter((d) => /-row$/.test(d.code)).map((d) => [d.code, d.row, d.message]);
    expect(skipped).toEqual([
      ["section-row", 3, "分组标题行“一、妇女与健康”，已跳过"],
      ["section-row", 7, "分组标题行“二、妇女与教育”，已跳过"],
      ["subtotal-row", 9, "合计行“合计”，已跳过（不是指标）"],
      ["note-row", 10, "注释行“注：数据来源于县统计局、县卫生健康局。”，已跳过"],
      ["note-row", 11, "注释行“填报人：张三 审核人：李四”，已跳过"],
    ]);
    expect(r.diagnostics.filter((d) => d.code === "missing-cell" || d.code === "unknown-column")).toEqual([]);
    expect(r.diagnostics.filter((d) => d.severity === "error" && d.row !== undefined).map((d) => [d.code, d.row])).toEqual([["missing-observation", 6], ["unknown-indicator", 6]]);
  });

  it("says it in English with --lang en", async () => {
    const r = await json([`${F}/title-only-2024.csv`, "--year", "2024", "--region", "绥中县", "--lang", "en"]);
    expect(r.diagnostics.find((d) => d.code === "section-row")?.message).toBe('Section heading "一、妇女与健康" skipped');
  });
});
