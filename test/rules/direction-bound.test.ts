// An increase target on a share already at its bound (100%) is met by holding it.
import { describe, expect, it } from "vitest";
import { direction } from "../../src/rules/direction.js";
import { DEFAULT_THRESHOLDS } from "../../src/rules/thresholds.js";
import type { Indicator, Target } from "../../src/model/plan.js";

const indicator: Indicator = {
  id: "water_quality", area: "environment", goal: 6, name: { zh: "水源水质达标比例", en: "x" }, unit: { zh: "%", en: "%" },
  higher_is_better: true, bounds: { min: 0, max: 100 }, targets: [],
};
const increase: Target = { kind: "increase", year: 2030 };
const pts = (...vs: number[]) => vs.map((value, i) => ({ year: 2020 + i, value }));

describe("direction targets at a bound", () => {
  it("meets an increase target when the share stays at 100", () => {
    const s = pts(100, 100, 100, 100, 100);
    const j = direction({ target: increase, indicator, series: s, trendPoints: s, asOf: 2024, thresholds: DEFAULT_THRESHOLDS });
    expect(j).toMatchObject({ status: "met", reason: "at-bound" });
  });
  it("counts a share held at 100 as achieved in the report", async () => {
    const { assess } = await import("../../src/assess/index.js");
    const { loadPlan } = await import("../../src/plan/load-plan.js");
    const plan = loadPlan(undefined, "zh").plan!;
    const id = "urban_drinking_water_source_quality_rate";
    expect(plan.indicators.some((i) => i.id === id)).toBe(true);
    const obs = [2020, 2021, 2022, 2023, 2024].map((year) => ({ indicator: id, region: "211402", year, value: 100, source: { file: "t.csv", row: year - 2018 } }));
    const r = assess(plan, obs, { lang: "zh" }).results.find((x) => x.indicator === id)!;
    expect(r.targets[0]).toMatchObject({ status: "met", reason: "at-bound", category: "achieved" });
    expect(r.warnings).toEqual([]);
  });
  it("meets a decrease target when the rate reaches 0", () => {
    const s = pts(2, 1, 0);
    const j = direction({ target: { kind: "decrease", year: 2030 }, indicator, series: s, trendPoints: s, asOf: 2022, thresholds: DEFAULT_THRESHOLDS });
    expect(j).toMatchObject({ status: "met", reason: "at-bound" });
  });
  it("still judges the trend below the bound: 99 → 98 is not met", () => {
    const s = pts(99, 98.5, 98);
    const j = direction({ target: increase, indicator, series: s, trendPoints: s, asOf: 2022, thresholds: DEFAULT_THRESHOLDS });
    expect(j.status).toBe("not_met");
  });
});
