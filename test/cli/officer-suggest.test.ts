import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const F = "fixtures/officer";
type D = { code: string; severity: string; message: string; row?: number; column?: string; value?: string; expected?: string };
const json = async (args: string[]) => {
  const r = await runCli(["validate", ...args, "-f", "json"]);
  return { ...r, diagnostics: (JSON.parse(r.stdout) as { diagnostics: D[] }).diagnostics };
};

describe("officer forms: nearest-name suggestions", () => {
  it("suggests the indicator a typo meant, and links the missing observation to that row", async () => {
    const r = await runCli(["validate", `${F}/typo-complete-2024.csv`, "--year", "2024", "--region", "绥中县"]);
    expect([r.code, r.stderr]).toEqual([1, ""]);
    expect(r.stdout).toContain("规划中没有指标 宫颈癌患者早珍率；是否是：宫颈癌患者早诊率？ [unknown-indicator]");
    expect(r.stdout).toContain("1 个文件，");
    expect(r.stdout).toContain("：2 个错误，");
    const j = await json([`${F}/typo-complete-2024.csv`, "--year", "2024", "--region", "绥中县"]);
    expect(j.diagnostics.filter((d) => d.severity === "error").map((d) => [d.code, d.row, d.value, d.message])).toEqual([
      ["missing-observation", 8, "宫颈癌患者早珍率", "缺少 2024年 绥中县 的 宫颈癌患者早诊率（cervical_cancer_early_diagnosis_rate）（可能是第 8 行的“宫颈癌患者早珍率”）"],
      ["unknown-indicator", 8, "宫颈癌患者早珍率", "规划中没有指标 宫颈癌患者早珍率；是否是：宫颈癌患者早诊率？"],
    ]);
    // The suggestion is also the diagnostic's expected value (CSV carries it).
    const csv = await runCli(["validate", `${F}/typo-complete-2024.csv`, "-f", "csv"]);
    expect(csv.stdout).toContain("unknown-indicator,error,fixtures/officer/typo-complete-2024.csv,,8,指标名称,,,,宫颈癌患者早珍率,宫颈癌患者早诊率,");
  });

  it("suggests regions and headers, and says when a unit is off by a power of ten", async () => {
    const r = await json([`${F}/typos-and-units.csv`]);
    expect([r.code, r.stderr]).toEqual([1, ""]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.row, d.message])).toEqual([
      ["unknown-column", "warning", 1, "无法识别的列 数直，已忽略；是否是：数值？"],
      ["unknown-region", "error", 2, "规划中没有地区 绥中具；是否是：绥中县？"],
      ["unit-mismatch", "error", 3, "单位 人 与指标 妇女失业保险参保人数 的单位 万人 不一致：人 与 万人 相差 10000 倍：是否应除以 10000？"],
    ]);
  });

  it("says the same in English", async () => {
    const r = await json([`${F}/typos-and-units.csv`, "--lang", "en"]);
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      "Unrecognised column 数直, ignored; did you mean: 数值?",
      "The plan has no region 绥中具; did you mean: Suizhong County?",
      "Unit 人 differs from the unit 万人 of indicator Women insured against unemployment: 人 and 万人 differ by a factor of 10000; should the values be divided by 10000?",
    ]);
  });
});
