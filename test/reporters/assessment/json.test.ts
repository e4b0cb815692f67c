import { describe, expect, it } from "vitest";
import { Chalk } from "chalk";
import { assessmentJsonReporter } from "../../../src/reporters/assessment/json.js";
import { bundledPlan, fixtureReport } from "./fixture-report.js";

const plan = bundledPlan();
const chalk = new Chalk({ level: 2 });
const parse = (lang: "zh" | "en" = "zh", input?: { files: number; rows: number }) => JSON.parse(assessmentJsonReporter(fixtureReport(), plan, { lang, chalk, input })) as Record<string, any>;

describe("check json reporter", () => {
  const doc = parse("zh", { files: 1, rows: 40 });

  it("has the contract's top-level keys in order, and the input when given", () => {
    expect(Object.keys(doc)).toEqual(["version", "plan", "as_of", "method", "thresholds", "summary", "results", "diagnostics", "input"]);
    expect(doc.plan).toEqual({ id: "huludao-women", version: "1" });
    expect(doc.as_of).toBe(2024);
    expect(doc.method).toBe("eurostat");
    expect(doc.thresholds).toEqual({ nearly_met_band: 0.02, eurostat_on_track: 0.95, eurostat_moderate: 0.6 });
    expect(doc.summary.attainment_rate).toBe(0.5);
    expect(doc.summary.areas.health.met).toBe(2);
    expect(doc.input).toEqual({ files: 1, rows: 40 });
    expect(Object.keys(parse())).not.toContain("input");
  });

  it("writes each result with the contract's fields first, then the extras", () => {
    const r = doc.results.find((x: any) => x.region === "211422");
    expect(Object.keys(r).slice(0, 6)).toEqual(["indicator", "region", "latest", "series", "targets", "warnings"]);
    expect(r.indicator).toBe("cervical_cancer_screening_rate");
    expect(r.latest).toEqual({ year: 2024, value: 45.2 });
    expect(r.series).toEqual([2020, 2021, 2022, 2023, 2024].map((year, i) => ({ year, value: [44.3, 45.1, 44.6, 45.8, 45.2][i] })));
    expect(r.indicator_name).toBe("适龄妇女宫颈癌人群筛查率");
    expect(r.region_name).toBe("建昌县");
    expect(r.area).toBe("health");
    expect(r).not.toHaveProperty("sex");
    expect(doc.results.find((x: any) => x.sex).sex).toBe("female");
  });

  it("writes targets as {year, kind, value?, status, gap?, progress?, category?, projection?} plus the words", () => {
    const t = doc.results.find((x: any) => x.region === "211422").targets[0];
    expect(Object.keys(t).slice(0, 8)).toEqual(["year", "kind", "value", "status", "gap", "progress", "category", "projection"]);
    expect(t).toMatchObject({ year: 2030, kind: "at_least", value: 70, status: "not_met", gap: { absolute: 24.8, relative: 0.3543 }, category: "insufficient", projection: 46.55 });
    expect(t.progress).toEqual({ share: 0.0352, time_share: 0.4, lag_points: 36.48 });
    expect(t.text).toBe("≥ 70% (2030年)");
    const every = doc.results.find((x: any) => x.indicator === "maternal_system_management_rate").targets[0];
    expect(every.year).toBeNull();
    expect(every.breaches).toEqual([{ year: 2022, value: 88.64 }]);
    const increase = doc.results.find((x: any) => x.indicator === "female_life_expectancy").targets[0];
    expect(increase).not.toHaveProperty("value");
    expect(increase).not.toHaveProperty("gap");
    expect(increase.reason).toBe("insufficient-data");
  });

  it("writes warnings as {code, level?, message} and keeps their numbers", () => {
    const w = doc.results.find((x: any) => x.region === "211404").warnings[0];
    expect(w).toEqual({ code: "strong-fluctuation", level: "yellow", message: expect.stringContaining("17.92"), data: { change: 17.92, limit: 5 } });
    expect(doc.results.find((x: any) => x.indicator === "female_life_expectancy").warnings[0]).not.toHaveProperty("level");
  });

  it("flattens diagnostics like the validate JSON", () => {
    expect(doc.diagnostics[0]).toEqual({ code: "bad-value", severity: "error", message: "数值“约45”不是数字", file: "data.csv", row: 12, column: "数值 (F)", indicator: "cervical_cancer_screening_rate", region: "211422", year: 2023, value: "约45" });
    expect(doc.diagnostics).toHaveLength(2);
  });

  it("names things in English with --lang en and never carries colour codes", () => {
    const en = parse("en");
    expect(en.results.find((x: any) => x.region === "211422").indicator_name).toBe("Cervical cancer screening rate among eligible women");
    expect(en.results.find((x: any) => x.region === "211422").targets[0].text).toBe("≥ 70% (2030)");
    expect(assessmentJsonReporter(fixtureReport(), plan, { lang: "zh", chalk })).not.toMatch(/\u001b\[/);
  });
});
