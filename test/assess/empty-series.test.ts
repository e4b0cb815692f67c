// The library entry points below assess() accept an empty series (their types allow it): they give empty
// answers instead of throwing. assess() itself never passes one, so only direct calls reach these paths.
import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS, explainResult } from "../../src/assess/index.js";
import { assessResult } from "../../src/assess/assess-result.js";
import { buildTrend } from "../../src/assess/build-trend.js";
import type { IndicatorResult, Report } from "../../src/model/report.js";
import { plan } from "./small-plan.js";

const th = { ...DEFAULT_THRESHOLDS };

describe("empty series", () => {
  it("buildTrend gives an empty trend block", () => {
    expect(buildTrend([], [], plan.indicators[2]!, "eurostat", false, [2025, 2030], th)).toEqual({
      points: 0, cagr: null, linear: null, robust_slope: null, last_change: null, direction: null, projection: {},
    });
  });

  it("assessResult gives a result without latest value or baseline", () => {
    const r = assessResult({
      plan, indicator: plan.indicators[2]!, region: "A", series: [], partnerOf: () => undefined,
      asOf: 2024, baseYear: 2020, method: "eurostat", th, lang: "en",
    });
    expect(r).toMatchObject({ latest: null, baseline: null, status: "not_assessable", category: "insufficient_data" });
    expect("baseline_source" in r).toBe(false);
    expect(r.warnings.map((w) => w.code)).toEqual(["insufficient-data"]);
  });

  it("explainResult shows a latest value without a baseline and no trend lines", () => {
    const r = {
      indicator: "mgmt", area: "health", goal: 1, region: "C", series: [{ year: 2024, value: 5 }], baseline: null, latest: { year: 2024, value: 5 },
      trend: { points: 1, cagr: null, linear: null, robust_slope: null, last_change: null, direction: null, projection: {} }, targets: [], warnings: [],
    } as unknown as IndicatorResult;
    expect(explainResult(r, plan, { as_of: 2024, method: "eurostat" } as Report, "en").slice(3)).toEqual(["Baseline: none", "Latest: 5 in 2024", "Warnings: none"]);
  });
});
