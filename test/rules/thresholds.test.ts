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
});
