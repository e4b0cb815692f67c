import { describe, expect, it } from "vitest";
import { loadPlan } from "../../src/plan/load-plan.js";
import { assess, explainResult } from "../../src/assess/index.js";
import type { Observation } from "../../src/model/observation.js";

const plan = loadPlan(undefined, "zh").plan!;
const o = (indicator: string, values: Record<number, number>, region = "211400"): Observation[] =>
  Object.entries(values).map(([y, value], i) => ({ indicator, region, year: Number(y), value, source: { file: "inline.csv", row: i + 2 } }));

describe("assess on the bundled Huludao plan", () => {
  const data = [
    ...o("maternal_mortality_ratio", { 2021: 7.6, 2022: 7.9, 2023: 8.0, 2024: 8.1 }),
    ...o("maternal_mortality_ratio", { 2021: 12, 2024: 15 }, "211402"),
    ...o("maternal_system_management_rate", { 2020: 92, 2021: 89.5, 2022: 93, 2023: 93.5, 2024: 94 }),
    ...o("female_share_party_members", { 2022: 28, 2024: 29 }),
    ...o("female_share_party_congress_delegates", { 2022: 30, 2024: 31 }),
    ...o("female_nutrition_knowledge_rate", { 2019: 60, 2020: 61, 2024: 65 }),
  ];
  const full = assess(plan, data);
  // The results resting on data; the plan's other expected indicators in these two regions are listed as missing.
  const report = { ...full, results: full.results.filter((r) => r.reason !== "no-data") };

  it("assesses each indicator × region in plan order", () => {
    expect(report.plan).toEqual({ id: "huludao-women", version: "1" });
    expect(report.as_of).toBe(2024);
    expect(report.results.map((r) => `${r.indicator}/${r.region}`)).toEqual([
      "maternal_mortality_ratio/211400", "maternal_mortality_ratio/211402", "maternal_system_management_rate/211400",
      "female_nutrition_knowledge_rate/211400", "female_share_party_members/211400", "female_share_party_congress_delegates/211400",
    ]);
  });

  it("uses the plan's 7.35 baseline for the city only", () => {
    const [city, county] = report.results;
    expect(city).toMatchObject({ baseline: { year: 2020, value: 7.35 }, baseline_source: "plan", status: "met" });
    // (8.1 / 7.35)^(1/4) − 1 = 2.46%
    expect(city?.trend.cagr).toBeCloseTo(0.024588, 5);
    expect(county).toMatchObject({ baseline: { year: 2021, value: 12 }, baseline_source: "first-after", status: "not_met" });
    // 15 − 10.5 = 4.5
    expect(county?.targets[0]?.gap?.absolute).toBeCloseTo(4.5, 9);
  });

  it("judges relative, compare and context indicators", () => {
    const nutri = report.results[3]!;
    // (1 + 10/100) × 60 = 66; 66 − 65 = 1 ≤ 2% × 66 = 1.32 → nearly met; the 2030 target's 2022 value is missing
    expect(nutri.targets[0]).toMatchObject({ status: "nearly_met", current: true });
    expect(nutri.targets[0]?.threshold).toBeCloseTo(66, 9);
    expect(nutri.targets[1]).toMatchObject({ status: "not_assessable", reason: "no-baseline-year" });
    expect(report.results[4]?.targets).toEqual([]);
    expect(report.results[4]?.status).toBeUndefined();
    expect(report.results[4]?.trend.linear).toBeCloseTo(0.5, 9);
    // 31 ≥ 29 in 2024
    expect(report.results[5]?.targets[0]).toMatchObject({ status: "met", threshold: 29 });
  });

  it("summarises the attainment rate", () => {
    // met: city MMR, management rate, delegates; nearly: nutrition; not met: county MMR → 4 / 5
    // missing: 72 indicators with targets in the city + 67 monitored in counties = 139 expected, 6 − 1 (party
    // members, no target) = 5 of them with data → 134 missing
    expect(full.summary).toMatchObject({ results: 140, met: 3, nearly_met: 1, not_met: 1, assessable: 5, not_assessable: 134, missing: 134 });
    expect(full.summary.attainment_rate).toBeCloseTo(0.8, 10);
    // every area but law (its goals name no quantified target) has expected results
    expect(Object.keys(full.summary.areas)).toEqual(["health", "education", "economy", "decision", "social_security", "family", "environment"]);
  });

  it("explains with the plan's names and the CAGR formula", () => {
    const lines = explainResult(report.results[0]!, plan, report, "zh");
    expect(lines[0]).toBe("孕产妇死亡率（葫芦岛市）");
    expect(lines).toContain("年均复合增长率 CAGR = (8.1 / 7.35)^(1/4) − 1 = 2.46%");
  });
});
