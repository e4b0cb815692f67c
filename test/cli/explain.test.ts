// `explain` on the bundled sample data (fixtures/sample/README.md lists its stories).
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const SAMPLE = "fixtures/sample/huludao-2020-2024.csv";

describe("hld-women explain", () => {
  it("explains 建昌县 cervical cancer screening: series, rule, formulas with the numbers, verdict, warnings", async () => {
    const r = await runCli(["explain", "宫颈癌筛查率", SAMPLE, "--region", "建昌县"]);
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out.split("\n")[0]).toBe("适龄妇女宫颈癌人群筛查率（建昌县）");
    expect(out).toContain("cervical_cancer_screening_rate · 一、妇女与健康");
    expect(out).toContain("2020 44.3 · 2021 45.1 · 2022 44.6 · 2023 45.8 · 2024 45.2");
    expect(out).toContain("▁▅▂█▅");
    expect(out).toContain("目标 1：≥ 70% (2030年)");
    expect(out).toContain("规划原文：适龄妇女宫颈癌人群筛查率达到 70%以上");
    expect(out).toContain("70 − 45.2 = 24.8");
    expect(out).toContain("(70 / 44.3)^(1/10) − 1");
    expect(out).toMatch(/→ 状态：未达标/);
    expect(out).toMatch(/\n {2}\[红色\] 预计达标困难/);
    expect(out).not.toMatch(/\u001b\[/);
  });

  it("defaults to the city and says which regions can be chosen", async () => {
    const r = await runCli(["explain", "maternal_mortality_ratio", SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("孕产妇死亡率（葫芦岛市）");
    expect(r.stdout).toContain("2020 7.35");
    expect(r.stderr).toContain("未指定 --region，解释的是葫芦岛市");
  });

  it("speaks English with --lang en", async () => {
    const r = await runCli(["explain", "maternal_mortality_ratio", SAMPLE, "--region", "211404", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("Maternal mortality ratio (Nanpiao District)");
    expect(r.stdout).toContain("lower is better");
    expect(r.stdout).toContain("Target 1: ≤ 10.5 per 100,000 (2025)");
    expect(r.stdout).toMatch(/Warnings:/);
  });

  it("gives the explanation lines in JSON with -f json", async () => {
    const r = await runCli(["explain", "rural_tap_water_coverage_rate", SAMPLE, "--region", "绥中县", "-f", "json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.results).toHaveLength(1);
    expect(doc.results[0].region).toBe("211421");
    expect(doc.results[0].series.map((p: any) => p.value)).toEqual([87.6, 87.1, 86.4, 85.9, 85.2]);
    expect(doc.results[0].explanation.join("\n")).toContain("目标 1：≥ 88% (2025年)");
  });

  it("shows the rule alone when no data file is given", async () => {
    const r = await runCli(["explain", "孕产妇死亡率"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("孕产妇死亡率");
    expect(r.stdout).toContain("目标 1：≤ 10.5 /10万 (2025年)");
    expect(r.stdout).toContain("规划原文：到 2025 年控制在 10.5/10 万以下");
    expect(r.stdout).toContain("hld-women explain maternal_mortality_ratio 数据.csv");
  });

  it("exits 2 for an unknown indicator, an unknown region, or a region without data", async () => {
    const a = await runCli(["explain", "no_such_indicator", SAMPLE]);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain("规划中没有指标“no_such_indicator”");
    const b = await runCli(["explain", "maternal_mortality_ratio", SAMPLE, "--region", "白塔区"]);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain("规划中没有地区“白塔区”");
    // The urban–rural gap is reported for the city only.
    const c = await runCli(["explain", "maternal_mortality_urban_rural_gap", SAMPLE, "--region", "建昌县"]);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain("数据中没有指标“孕产妇死亡率城乡差距”在建昌县的数值；有数据的地区：葫芦岛市");
    const d = await runCli(["explain", "maternal_mortality_ratio", SAMPLE, "--method", "bogus"]);
    expect(d.code).toBe(2);
  });
});
