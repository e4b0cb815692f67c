// `check` on the bundled sample data (fixtures/sample/README.md lists its stories).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { run } from "../../src/cli/run.js";
import { hasFindings } from "../../src/cli/commands/check.js";
import { fixtureReport } from "../reporters/assessment/fixture-report.js";

const SAMPLE = "fixtures/sample/huludao-2020-2024.csv";
const tmp = mkdtempSync(path.join(tmpdir(), "hld-check-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("check's exit rule", () => {
  it("--fail-on red counts red warnings and data errors; warning adds yellow warnings and data warnings; none never fails", () => {
    const r = fixtureReport();
    expect(hasFindings(r, "red")).toBe(true);
    expect(hasFindings(r, "none")).toBe(false);
    const noRed = { ...r, summary: { ...r.summary, warnings: { red: 0, yellow: 1, other: 4 } } };
    expect(hasFindings(noRed, "red")).toBe(true); // the bad-value error
    const clean = { ...noRed, diagnostics: r.diagnostics.filter((d) => d.severity !== "error") };
    expect(hasFindings(clean, "red")).toBe(false);
    expect(hasFindings(clean, "warning")).toBe(true);
    const onlyNotes = { ...clean, summary: { ...clean.summary, warnings: { red: 0, yellow: 0, other: 4 } }, diagnostics: [] };
    expect(hasFindings(onlyNotes, "warning")).toBe(false);
  });
});

describe("hld-women check", () => {
  it("prints the table grouped by area with the sample's stories, and exits 1 on red warnings (default --fail-on red)", async () => {
    const r = await runCli(["check", SAMPLE]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^葫芦岛市妇女发展规划（2021—2030年） · 年度监测（截至 2024 年）/);
    expect(r.stdout).toContain("\n一、妇女与健康\n");
    expect(r.stdout).toContain("\n七、妇女与环境\n");
    expect(r.stdout).toMatch(/ {4}建昌县 +45\.2 \(2024\) +未达标 +\+24\.8 +\S+ +≥ 70% \(2030年\) +▁▅▂█▅/);
    expect(r.stdout).toMatch(/红色预警：预计达标困难（≥ 70% \(2030年\)）/);
    // 南票区: one maternal death in 2021 and in 2023 among ~850 live births, none in the other years: too few
    // events to judge — pooled 2022–2024 (1 death in 2,404 births), the interval 1.05–231.77 straddles 10.5
    expect(r.stdout).toMatch(/ {4}南票区 +0 \(2024\) +统计上无法判定 +数据不足 .*▁▇▁█▁/);
    expect(r.stdout).toMatch(/提示：事件数少，统计上不稳定：2022—2024 年合并计算，1 例（分母 2404）/);
    expect(r.stdout).not.toMatch(/黄色预警：波动较大：2020—2021 年年均变动 \+115\.07/);
    expect(r.stdout).toContain("达标情况\n  总体达标率 ");
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect(r.stderr).toBe("");
  });

  it("exits by --fail-on: none → 0, red → 1 only with red warnings, warning → 1 also for yellow ones", async () => {
    expect((await runCli(["check", SAMPLE, "--fail-on", "none"])).code).toBe(0);
    expect((await runCli(["check", SAMPLE, "--fail-on", "warning"])).code).toBe(1);
    const json = async (args: string[]) => JSON.parse((await runCli(["check", SAMPLE, "-f", "json", ...args])).stdout);
    const xingcheng = await json(["--region", "兴城市"]);
    expect(xingcheng.summary.warnings.red).toBe(0);
    expect(xingcheng.summary.warnings.yellow).toBeGreaterThan(0);
    expect((await runCli(["check", SAMPLE, "--region", "兴城市"])).code).toBe(0);
    expect((await runCli(["check", SAMPLE, "--region", "兴城市", "--fail-on", "warning"])).code).toBe(1);
    expect((await runCli(["check", SAMPLE, "--region", "211422", "--fail-on", "red"])).code).toBe(1);
  });

  it("prints the JSON contract", async () => {
    const r = await runCli(["check", SAMPLE, "-f", "json"]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc).slice(0, 8)).toEqual(["version", "plan", "as_of", "method", "thresholds", "summary", "results", "diagnostics"]);
    expect(doc.plan).toEqual({ id: "huludao-women", version: "1" });
    expect(doc.as_of).toBe(2024);
    expect(doc.method).toBe("eurostat");
    expect(typeof doc.thresholds.nearly_met_band).toBe("number");
    expect(doc.summary).toHaveProperty("attainment_rate");
    for (const res of doc.results) {
      expect(res).toHaveProperty("indicator");
      expect(res).toHaveProperty("region");
      expect(Array.isArray(res.series)).toBe(true);
      for (const t of res.targets) expect(["met", "nearly_met", "not_met", "indeterminate", "not_assessable"]).toContain(t.status);
      for (const w of res.warnings) expect(Object.keys(w)).toEqual(expect.arrayContaining(["code", "message"]));
    }
    const story = doc.results.find((x: any) => x.indicator === "cervical_cancer_screening_rate" && x.region === "211422");
    expect(story.latest).toEqual({ year: 2024, value: 45.2 });
    expect(story.series.map((p: any) => p.value)).toEqual([44.3, 45.1, 44.6, 45.8, 45.2]);
    expect(story.warnings.map((w: any) => w.code)).toContain("expected-to-miss");
    const longgang = doc.results.find((x: any) => x.indicator === "maternal_system_management_rate" && x.region === "211403");
    expect(longgang.targets[0].breaches).toEqual([{ year: 2022, value: 88.64 }]);
    expect(longgang.warnings.map((w: any) => w.code)).toContain("target-breached");
    for (const d of doc.diagnostics) expect(d).toEqual(expect.objectContaining({ code: expect.any(String), severity: expect.any(String), message: expect.any(String), file: expect.stringContaining("huludao-2020-2024.csv") }));
  });

  it("filters by --region (name, alias or code), --area and --indicator", async () => {
    const json = async (args: string[]) => JSON.parse((await runCli(["check", SAMPLE, "-f", "json", ...args])).stdout);
    for (const region of ["建昌县", "建昌", "211422"]) expect(new Set((await json(["--region", region])).results.map((x: any) => x.region))).toEqual(new Set(["211422"]));
    expect(new Set((await json(["--area", "education"])).results.map((x: any) => x.area))).toEqual(new Set(["education"]));
    const one = await json(["--indicator", "宫颈癌筛查率", "--region", "all"]);
    expect(new Set(one.results.map((x: any) => x.indicator))).toEqual(new Set(["cervical_cancer_screening_rate"]));
    expect(one.results).toHaveLength(7);
  });

  it("carries only the data problems of the region shown", async () => {
    const nanpiao = JSON.parse((await runCli(["check", SAMPLE, "-f", "json", "--region", "南票区"])).stdout);
    expect(nanpiao.diagnostics.length).toBeGreaterThan(0);
    for (const d of nanpiao.diagnostics) expect(d.region ?? "211404").toBe("211404");
    const all = JSON.parse((await runCli(["check", SAMPLE, "-f", "json"])).stdout);
    expect(all.diagnostics.length).toBeGreaterThan(nanpiao.diagnostics.length);
  });

  it("shows one region as one row per indicator", async () => {
    const r = await runCli(["check", SAMPLE, "--region", "南票区", "--area", "health"]);
    expect(r.stdout.split("\n")[1]).toContain("地区：南票区");
    expect(r.stdout).toMatch(/\n {2}孕产妇死亡率（\/10万） +0 \(2024\) +统计上无法判定/);
    expect(r.stdout).not.toMatch(/\n {2}二、/);
  });

  it("assesses as of an earlier year with --as-of", async () => {
    const doc = JSON.parse((await runCli(["check", SAMPLE, "-f", "json", "--as-of", "2022", "--region", "211400"])).stdout);
    expect(doc.as_of).toBe(2022);
    for (const res of doc.results) expect(res.latest.year).toBeLessThanOrEqual(2022);
  });

  it("speaks English with --lang en", async () => {
    const r = await runCli(["check", SAMPLE, "--lang", "en", "--region", "211422"]);
    expect(r.stdout).toMatch(/^Huludao City Women's Development Plan \(2021–2030\) · annual monitoring \(as of 2024\)/);
    expect(r.stdout).toContain("1. Women and Health");
    // Long English names wrap inside their column.
    expect(r.stdout).toMatch(/\n {2}Cervical cancer screening rate(?: among)? +45\.2 \(2024\) +not met +\+24\.8\s.*\n {2}\S/);
    expect(r.stdout).toContain("Attainment rate ");
  });

  it.each([
    [["--method", "foo"], "不支持的评估方法“foo”；可用：eurostat, sdsn, unsd, weather"],
    [["--as-of", "abc"], "--as-of 应为 2020—2030 之间的年份，收到“abc”"],
    [["--as-of", "2035"], "--as-of 应为 2020—2030 之间的年份，收到“2035”"],
    [["--fail-on", "yellow"], "--fail-on 只能是 red, warning, none，收到“yellow”"],
    [["--region", "白塔区"], "规划中没有地区“白塔区”；可用：211400 葫芦岛市"],
    [["--indicator", "no_such_indicator"], "规划中没有指标“no_such_indicator”"],
    [["--area", "sports"], "未知领域“sports”；可用：health, education"],
    [["-f", "xml"], "不支持的输出格式 xml；可用：table, json, csv, markdown, github"],
  ])("exits 2 with a clear message for %j", async (args, message) => {
    const r = await runCli(["check", SAMPLE, ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe("");
  });

  it("exits 2 in English with --lang en", async () => {
    const r = await runCli(["check", SAMPLE, "--method", "foo", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unsupported method "foo"; available: eurostat, sdsn, unsd, weather');
  });

  it("exits 2 when no data can be read, after saying why", async () => {
    const r = await runCli(["check", "no-such-file.csv"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no-such-file.csv");
    expect(r.stderr).toContain("没有可用的数据，无法评估");
    expect(r.stdout).toBe("");
  });

  it("writes CSV with a BOM and Markdown for documents", async () => {
    const csv = await runCli(["check", SAMPLE, "-f", "csv", "--region", "211422"]);
    expect(csv.stdout.startsWith("\uFEFFarea,indicator,")).toBe(true);
    expect(csv.stdout).toContain(",cervical_cancer_screening_rate,适龄妇女宫颈癌人群筛查率,211422,建昌县,");
    const md = await runCli(["check", SAMPLE, "-f", "markdown", "--region", "211422"]);
    expect(md.stdout).toMatch(/^## 葫芦岛市妇女发展规划/);
    expect(md.stdout).toContain("### 预警明细");
  });

  it("writes GitHub annotations and the full Markdown to $GITHUB_STEP_SUMMARY", async () => {
    const summary = path.join(tmp, "summary.md");
    const r = await runCli(["check", SAMPLE, "-f", "github"], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::notice title=hld-women::达标率 /);
    expect(r.stdout).toMatch(/\n::error title=适龄妇女宫颈癌人群筛查率 · 建昌县：预计达标困难::红色预警 · /);
    const written = readFileSync(summary, "utf8");
    expect(written).toMatch(/^## 葫芦岛市妇女发展规划/);
    expect(written).toContain("### 预警明细");
  });

  it("colours the table when asked (FORCE_COLOR) and never with --no-color", async () => {
    const env = { FORCE_COLOR: "1", NO_COLOR: undefined };
    expect((await runCli(["check", SAMPLE, "--region", "211422"], { env })).stdout).toMatch(/\u001b\[31m未达标/);
    expect((await runCli(["check", SAMPLE, "--region", "211422", "--no-color"], { env })).stdout).not.toMatch(/\u001b\[/);
  });

  it("writes nothing to stderr off a terminal, nor for a machine format on one", async () => {
    let stderr = "";
    const io = (tty: boolean) => ({
      stdout: { write: () => true, isTTY: false },
      stderr: { write: (s: string) => ((stderr += s), true), isTTY: tty, columns: 80 },
      env: { NO_COLOR: "1" },
      cwd: process.cwd(),
    });
    expect(await run(["check", SAMPLE, "--fail-on", "none"], io(false))).toBe(0);
    expect(stderr).toBe("");
    expect(await run(["check", SAMPLE, "--fail-on", "none", "-f", "json"], io(true))).toBe(0);
    expect(stderr).toBe("");
  });

  it("writes to a file with -o, without colour codes", async () => {
    const out = path.join(tmp, "report.txt");
    const r = await runCli(["check", SAMPLE, "-o", out, "--region", "211422"], { env: { FORCE_COLOR: "1", NO_COLOR: undefined } });
    expect(r.code).toBe(1);
    expect(readFileSync(out, "utf8")).toContain("达标情况");
    expect(readFileSync(out, "utf8")).not.toMatch(/\u001b\[/);
  });
});

describe("check --threshold", () => {
  it("changes a threshold, records it in the JSON and changes the verdicts", async () => {
    const base = JSON.parse((await runCli(["check", "fixtures/sample/huludao-2020-2024.csv", "-f", "json", "--fail-on", "none"])).stdout);
    const r = await runCli(["check", "--threshold", "nearly_met_band=0.05", "fixtures/sample/huludao-2020-2024.csv", "--threshold", "stale_years=3", "-f", "json", "--fail-on", "none"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.thresholds).toMatchObject({ nearly_met_band: 0.05, stale_years: 3, around_tolerance: 0.03 });
    expect(j.summary.nearly_met).toBeGreaterThan(base.summary.nearly_met);
  });
  it("refuses an unknown threshold or a non-number with exit 2", async () => {
    for (const v of ["bogus=1", "nearly_met_band=abc", "nearly_met_band"]) {
      const r = await runCli(["check", "fixtures/sample/huludao-2020-2024.csv", "--threshold", v]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`阈值“${v}”无效`);
    }
  });
  it("refuses values that make no sense, naming the relation each breaks, with exit 2", async () => {
    const r = await runCli(["check", "fixtures/sample/huludao-2020-2024.csv", "--threshold", "nearly_met_band=-1", "--threshold", "lag_red_points=5"]);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toBe("hld-women: 阈值取值不合理，须满足：0 ≤ nearly_met_band < 1；lag_yellow_points ≤ lag_red_points\n");
    // equal red and yellow lags are allowed
    expect((await runCli(["check", "fixtures/sample/huludao-2020-2024.csv", "--threshold", "lag_red_points=10", "--fail-on", "none", "-f", "json"])).code).toBe(0);
  });
});

describe("check from another folder", () => {
  it("reads files relative to the command's folder and names them as given", async () => {
    const r = await runCli(["check", "huludao-2020-2024.csv", "-f", "json", "--fail-on", "none"], { cwd: path.resolve("fixtures/sample") });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.results.length).toBe(488);
    expect(j.diagnostics.length).toBeGreaterThan(0);
    for (const d of j.diagnostics) expect(d.file).toBe("huludao-2020-2024.csv");
  });
});
