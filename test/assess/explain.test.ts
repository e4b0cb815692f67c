import { describe, expect, it } from "vitest";
import { assess, explainResult } from "../../src/assess/index.js";
import { obs, plan } from "./small-plan.js";

describe("explainResult", () => {
  const data = obs("mmr", { 2021: 8, 2022: 9, 2023: 9.8, 2024: 10.6 });

  it("shows the series, baseline, formulas with numbers, the verdict and the warnings (zh)", () => {
    const report = assess(plan, data);
    const lines = explainResult(report.results[0]!, plan, report, "zh");
    expect(lines[0]).toBe("mmr（市）");
    expect(lines).toContain("数据序列（截至 2024 年）：2021 8 · 2022 9 · 2023 9.8 · 2024 10.6");
    expect(lines).toContain("基期：2020 年 7.35（规划文本给出的 2020 年基期值）");
    // (10.6 / 7.35)^(1/4) − 1 = 9.59%
    expect(lines).toContain("年均复合增长率 CAGR = (10.6 / 7.35)^(1/4) − 1 = 9.59%");
    expect(lines).toContain("目标 1：≤ 10.5 /10万 (2025年)（计入本期达标率）");
    expect(lines).toContain("  · 差距（正数表示未达到）：y − T = 10.6 − 10.5 = 0.1");
    expect(lines).toContain("  · 判定：差距在基本实现范围内：0.1 ≤ 2.00% × 10.5 = 0.21 → 基本达标");
    expect(lines).toContain("  · 实际年均复合增长率 CAGR_a：(10.6 / 7.35)^(1/4) − 1 = 9.59%");
    // (10.5 / 7.35)^(1/5) − 1 = 7.39%
    expect(lines).toContain("  · 所需年均复合增长率 CAGR_r：(10.5 / 7.35)^(1/5) − 1 = 7.39%");
    expect(lines).toContain("  · 进展比 R = d·实际 / |所需|：−0.095859 / |0.073941| = -1.2964");
    expect(lines).toContain("  → 状态：基本达标；进展：偏离目标");
    expect(lines.some((l) => l.startsWith("  [红色] 预计达标困难"))).toBe(true);
  });

  it("explains in English, including a reason", () => {
    const report = assess(plan, obs("nutri", { 2020: 60, 2024: 63 }), { lang: "en" });
    const lines = explainResult(report.results.find((r) => r.indicator === "nutri")!, plan, report, "en");
    expect(lines).toContain("  → status: not assessable (no value for the relative target's baseline year); progress: insufficient data");
    expect(lines).toContain("  [note] Insufficient data: no value for 2019, so the relative target (≥ 2019 value × 1.1 (2025)) cannot be judged");
  });

  it("lists the breaking years of an every-year target", () => {
    const report = assess(plan, obs("mgmt", { 2020: 92, 2021: 89.5, 2024: 94 }));
    expect(explainResult(report.results.find((r) => r.indicator === "mgmt")!, plan, report, "zh")).toContain("  → 未达到的年份：2021 (89.5)");
  });
});
