// Issue 9 through the CLI: missing data listed as 无数据 and counted; the JSON contract's additions.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const SAMPLE = "fixtures/sample/huludao-2020-2024.csv";
const dir = mkdtempSync(path.join(tmpdir(), "hld-hard-"));
// 绥中县's complete 2024 submission without two of its rows, one of them written as "—"
const lines = readFileSync("fixtures/ingest/complete-county-2024.csv", "utf8").split(/\r?\n/);
const partial = path.join(dir, "suizhong-partial.csv");
writeFileSync(partial, lines.filter((l) => !l.startsWith("cervical_cancer_screening_rate,")).map((l) => (l.startsWith("breast_cancer_screening_rate,") ? l.replace(/,85\.5,/, ",—,") : l)).join("\n"));

describe("missing data is a result (check)", () => {
  it("lists the missing indicators as 无数据 and says how many the rate leaves out", async () => {
    const r = await runCli(["check", partial, "--fail-on", "none"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ {2}适龄妇女宫颈癌人群筛查率（%） +无数据 +无数据/);
    expect(r.stdout).toMatch(/ {2}乳腺癌人群筛查率（%） +无数据 +无数据/);
    expect(r.stdout).toMatch(/无法评估 \d+ 项（其中无数据 2 项）/);
  });
  it("carries reason, status and the missing count in the JSON", async () => {
    const j = JSON.parse((await runCli(["check", partial, "-f", "json", "--fail-on", "none"])).stdout);
    const miss = j.results.filter((x: { reason?: string }) => x.reason === "no-data").map((x: { indicator: string }) => x.indicator);
    expect(miss).toEqual(["cervical_cancer_screening_rate", "breast_cancer_screening_rate"]);
    expect(j.summary.missing).toBe(2);
    expect(j.results.find((x: { indicator: string }) => x.indicator === "cervical_cancer_screening_rate")).toMatchObject({ status: "not_assessable", reason: "no-data", latest: null, series: [] });
  });
});

describe("small numbers through the CLI", () => {
  it("gives 建昌县's maternal mortality as indeterminate with its basis, and explain shows the counts", async () => {
    const j = JSON.parse((await runCli(["check", SAMPLE, "-f", "json", "--fail-on", "none", "--region", "建昌县", "--indicator", "maternal_mortality_ratio"])).stdout);
    expect(j.summary).toMatchObject({ indeterminate: 1, missing: 0 });
    const r = j.results[0];
    expect(r).toMatchObject({ status: "indeterminate", basis: { events: 1, denominator: 7648, unstable: true, pooled: { from: 2022, to: 2024 }, ci: { level: 0.95, method: "garwood" } } });
    expect(r.targets[0]).toMatchObject({ status: "indeterminate", reason: "small-numbers" });
    expect(r.warnings.map((w: { code: string }) => w.code)).toEqual(["small-numbers"]);
    const e = await runCli(["explain", "maternal_mortality_ratio", SAMPLE, "--region", "建昌县"]);
    expect(e.code).toBe(0);
    expect(e.stdout).toContain("计数依据：1 例 / 7648（2022—2024 年合并）；精确泊松（Garwood） 95%置信区间 0.33—72.85；事件数少于 20，统计上不稳定");
    expect(e.stdout).toContain("→ 状态：统计上无法判定");
  });
  it("a county rate that disagrees with its counts is a rate-count-mismatch warning", async () => {
    const f = path.join(dir, "mismatch.csv");
    writeFileSync(f, "指标代码,地区代码,年份,数值\nmaternal_mortality_ratio,211422,2024,45\nmaternal_deaths,211422,2024,1\nlive_births,211422,2024,2446\n");
    const j = JSON.parse((await runCli(["check", f, "-f", "json", "--fail-on", "none"])).stdout);
    expect(j.diagnostics.filter((d: { code: string }) => d.code === "rate-count-mismatch")).toMatchObject([{ severity: "warning", indicator: "maternal_mortality_ratio", region: "211422", year: 2024, file: f }]);
  });
});

describe("validate checks rates against their counts too", () => {
  it("reports rate-count-mismatch and aggregate-mismatch as warnings (exit 0 by default)", async () => {
    const f = path.join(dir, "validate-counts.csv");
    writeFileSync(f, [
      "指标代码,地区代码,年份,数值",
      "maternal_mortality_ratio,211422,2024,45", "maternal_deaths,211422,2024,1", "live_births,211422,2024,2446",
      "maternal_mortality_ratio,211421,2024,0", "maternal_deaths,211421,2024,0", "live_births,211421,2024,3000",
    ].join("\n"));
    const r = await runCli(["validate", f, "-f", "json"]);
    const j = JSON.parse(r.stdout) as { summary: { warnings: number }; diagnostics: { code: string; region?: string }[] };
    expect(r.code).toBe(0);
    expect(j.diagnostics.filter((d) => d.code.endsWith("-mismatch")).map((d) => [d.code, d.region])).toEqual([["rate-count-mismatch", "211422"]]);
    expect((await runCli(["validate", f, "--fail-severity", "warning"])).code).toBe(1);
  });
});

describe("signed gaps say which group is ahead", () => {
  it("in the terminal table and the JSON", async () => {
    const r = await runCli(["check", SAMPLE, "--indicator", "scientific_literacy_gender_gap", "--fail-on", "none"]);
    expect(r.stdout).toMatch(/男女两性具备科学素质比例差距（百分点） +2\.88 \(2024\) +达标.*\n +男性比例较高\n/);
    const j = JSON.parse((await runCli(["check", SAMPLE, "--indicator", "scientific_literacy_gender_gap", "-f", "json", "--fail-on", "none"])).stdout);
    expect(j.results[0].gap_ahead).toBe("positive");
  });
});

describe("a provisional milestone says so", () => {
  it("in the terminal table and the JSON", async () => {
    const f = path.join(dir, "provisional.csv");
    writeFileSync(f, "指标代码,地区代码,年份,数值\nmaternal_system_management_rate,211400,2024,92\ncervical_cancer_screening_rate,211400,2020,50\ncervical_cancer_screening_rate,211400,2024,60\nrural_tap_water_coverage_rate,211400,2023,86\nrural_tap_water_coverage_rate,211400,2024,89\n");
    // as of 2025 with no 2025 value: the 2025 tap-water target is judged on 2024's 89 ≥ 88, provisionally
    const r = await runCli(["check", f, "--as-of", "2025", "--indicator", "rural_tap_water_coverage_rate", "--fail-on", "none"]);
    expect(r.stdout).toMatch(/89 \(2024\) +达标（暂评）/);
    const j = JSON.parse((await runCli(["check", f, "--as-of", "2025", "--indicator", "rural_tap_water_coverage_rate", "-f", "json", "--fail-on", "none"])).stdout);
    expect(j.results[0]).toMatchObject({ provisional: true });
    expect(j.results[0].targets.find((t: { year: number }) => t.year === 2025)).toMatchObject({ provisional: true, evaluated: { year: 2024, value: 89 } });
    for (const format of ["csv", "markdown"]) {
      const out = (await runCli(["check", f, "--as-of", "2025", "--indicator", "rural_tap_water_coverage_rate", "-f", format, "--fail-on", "none"])).stdout;
      expect(out, format).toContain("达标（暂评）");
    }
  });
  it("missing results read 无数据 in CSV and Markdown too", async () => {
    for (const format of ["csv", "markdown"]) {
      const out = (await runCli(["check", partial, "-f", format, "--fail-on", "none"])).stdout;
      expect(out, format).toContain("无数据");
    }
  });
});
