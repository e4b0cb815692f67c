import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS, resolveThresholds, thresholdProblems } from "../../src/rules/thresholds.js";

const rules = (o: Parameters<typeof resolveThresholds>[0]) => thresholdProblems(resolveThresholds(o)).map((p) => p.rule);

describe("thresholdProblems", () => {
  it("accepts the defaults", () => {
    expect(thresholdProblems({ ...DEFAULT_THRESHOLDS })).toEqual([]);
  });
  it("refuses a negative nearly-met band and accepts zero", () => {
    expect(rules({ nearly_met_band: -1 })).toEqual(["0 ≤ nearly_met_band < 1"]);
    expect(rules({ nearly_met_band: 0 })).toEqual([]);
    expect(rules({ nearly_met_band: 1 })).toEqual(["0 ≤ nearly_met_band < 1"]);
  });
  it("refuses a red lag below the yellow lag; equal is allowed", () => {
    expect(rules({ lag_red_points: 5 })).toEqual(["lag_yellow_points ≤ lag_red_points"]);
    expect(rules({ lag_red_points: 10 })).toEqual([]);
  });
  it("refuses Eurostat cut-offs out of order", () => {
    expect(rules({ eurostat_moderate: 0.96 })).toEqual(["eurostat_moderate ≤ eurostat_on_track"]);
    expect(rules({ eurostat_moderate: 0.95 })).toEqual([]);
  });
  it("refuses fractional or too small counts", () => {
    expect(rules({ weather_changes: 2.5 })).toEqual(["weather_changes ∈ {1, 2, …}"]);
    expect(rules({ min_points_trend: 1 })).toEqual(["min_points_trend ∈ {2, 3, …}"]);
    expect(rules({ reversal_count: 5 })).toEqual(["reversal_count ≤ reversal_window"]);
  });
  it("refuses a zero Hampel k and a share margin of 50 points", () => {
    expect(rules({ hampel_k: 0 })).toEqual(["hampel_k > 0"]);
    expect(rules({ share_bound_margin: 50 })).toEqual(["share_bound_margin < 50"]);
    expect(rules({ share_bound_margin: 49.9 })).toEqual([]);
  });
  it("names the thresholds each problem is about", () => {
    expect(thresholdProblems(resolveThresholds({ nearly_met_band: 1 }))).toEqual([{ names: ["nearly_met_band"], rule: "0 ≤ nearly_met_band < 1" }]);
    expect(thresholdProblems(resolveThresholds({ jump_points: -1 }))).toEqual([{ names: ["jump_points"], rule: "jump_points ≥ 0" }]);
    expect(thresholdProblems(resolveThresholds({ mad_scale: 0 }))).toEqual([{ names: ["mad_scale"], rule: "mad_scale > 0" }]);
    expect(thresholdProblems(resolveThresholds({ pooling_years: 0 }))).toEqual([{ names: ["pooling_years"], rule: "pooling_years ∈ {1, 2, …}" }]);
    expect(thresholdProblems(resolveThresholds({ share_bound_margin: 50 }))).toEqual([{ names: ["share_bound_margin"], rule: "share_bound_margin < 50" }]);
    expect(thresholdProblems(resolveThresholds({ ci_level: 1 }))).toEqual([{ names: ["ci_level"], rule: "0 < ci_level < 1" }]);
    expect(thresholdProblems(resolveThresholds({ lag_red_points: 9 }))).toEqual([{ names: ["lag_yellow_points", "lag_red_points"], rule: "lag_yellow_points ≤ lag_red_points" }]);
  });
  it("refuses a negative points threshold, margin, staleness or SDSN cut-off, and accepts zero", () => {
    expect(rules({ lag_yellow_points: -0.5 })).toEqual(["lag_yellow_points ≥ 0"]);
    expect(rules({ jump_points: -1 })).toEqual(["jump_points ≥ 0"]);
    expect(rules({ share_bound_margin: -1 })).toEqual(["share_bound_margin ≥ 0"]);
    // stale_years is also a whole count from 0
    expect(rules({ stale_years: -1 })).toEqual(["stale_years ≥ 0", "stale_years ∈ {0, 1, …}"]);
    expect(rules({ sdsn_moderate: -0.1 })).toEqual(["sdsn_moderate ≥ 0"]);
    expect(rules({ lag_yellow_points: 0, jump_points: 0, share_bound_margin: 0, stale_years: 0, sdsn_moderate: 0 })).toEqual([]);
  });
  it("refuses a confidence level of 0 or 1 or beyond, and accepts one just inside", () => {
    for (const ci_level of [0, 1, -0.5, 1.5]) expect(rules({ ci_level }), String(ci_level)).toEqual(["0 < ci_level < 1"]);
    expect(rules({ ci_level: 0.001 })).toEqual([]);
    expect(rules({ ci_level: 0.999 })).toEqual([]);
  });
  it("refuses the small-number counts and pooling window below 1 or fractional", () => {
    expect(rules({ small_numbers_events: 0 })).toEqual(["small_numbers_events ∈ {1, 2, …}"]);
    expect(rules({ small_numbers_denominator: 29.5 })).toEqual(["small_numbers_denominator ∈ {1, 2, …}"]);
    expect(rules({ pooling_years: 1, small_numbers_events: 1, small_numbers_denominator: 1 })).toEqual([]);
  });
});
