// The part of a series each target is judged on: nothing after a milestone's year, a relative target's trend from its own baseline.
import { describe, expect, it } from "vitest";
import { targetScope } from "../../src/assess/target-scope.js";
import type { Target } from "../../src/model/plan.js";
import type { Point } from "../../src/model/report.js";

const pts = (...years: number[]): Point[] => years.map((year) => ({ year, value: year - 2000 }));
const years = (ps: readonly Point[] | undefined) => ps?.map((p) => p.year);
const scope = (target: Target, extra: { partner?: Point[]; trendPoints?: Point[] } = {}) =>
  targetScope({ target, series: pts(2020, 2021, 2022, 2023, 2024, 2025, 2026), trendPoints: extra.trendPoints ?? pts(2020, 2022, 2024, 2026), ...(extra.partner ? { partner: extra.partner } : {}) });

describe("targetScope", () => {
  it("a 2025 milestone sees the series, trend points and partner up to 2025 (2025 included)", () => {
    const s = scope({ kind: "at_least", value: 1, year: 2025 }, { partner: pts(2024, 2025, 2026) });
    expect(years(s.series)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(years(s.trendPoints)).toEqual([2020, 2022, 2024]);
    expect(years(s.partner)).toEqual([2024, 2025]);
  });
  it("an every-year target (year null) sees everything, and no partner stays no partner", () => {
    const s = scope({ kind: "at_least", value: 1, year: null });
    expect(years(s.series)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(years(s.trendPoints)).toEqual([2020, 2022, 2024, 2026]);
    expect("partner" in s).toBe(false);
  });
  it("a relative target's trend starts at its baseline year and takes every later year of the series once", () => {
    const s = scope({ kind: "relative", pct: 10, baseline_year: 2022, year: 2025 });
    expect(years(s.trendPoints)).toEqual([2022, 2023, 2024, 2025]);
    expect(s.trendPoints[0]).toEqual({ year: 2022, value: 22 });
  });
  it("keeps the given trend points when the baseline year has no value, or the target is not relative", () => {
    expect(years(scope({ kind: "relative", pct: 10, baseline_year: 2019, year: 2025 }).trendPoints)).toEqual([2020, 2022, 2024]);
    expect(years(scope({ kind: "relative", pct: 10, year: 2025 }).trendPoints)).toEqual([2020, 2022, 2024]);
    // baseline_year on another kind is ignored
    expect(years(scope({ kind: "at_least", value: 1, baseline_year: 2022, year: 2025 }).trendPoints)).toEqual([2020, 2022, 2024]);
  });
});
