// explainResult on a hand-made result that reaches every branch: step value kinds, trend lines present or
// absent, reasons in both languages, breaches, warning levels; and the number formats the formulas use.
import { describe, expect, it } from "vitest";
import { explainResult } from "../../src/assess/index.js";
import { num, paren, pct, signed } from "../../src/util/format-number.js";
import type { IndicatorResult, Report, TargetResult } from "../../src/model/report.js";
import { plan } from "./small-plan.js";

const report = { as_of: 2024, method: "sdsn" } as Report;
const target = (over: Partial<TargetResult> = {}): TargetResult =>
  ({ year: 2030, kind: "at_least", status: "not_met", horizon: 2030, steps: [], current: false, ...over }) as TargetResult;
const result = (over: Partial<IndicatorResult> = {}): IndicatorResult =>
  ({
    indicator: "mgmt", area: "health", goal: 1, region: "A",
    series: [{ year: 2020, value: 80 }, { year: 2024, value: 84 }],
    baseline: { year: 2020, value: 80 }, latest: { year: 2024, value: 84 }, baseline_source: "first-after",
    trend: { points: 2, cagr: 0.0123, linear: 1, robust_slope: null, last_change: 1, direction: "up", projection: { "2025": 85, "2030": null } },
    targets: [target()], warnings: [], ...over,
  }) as IndicatorResult;

describe("explainResult branches", () => {
  it("writes the heading block, the trend lines it has, and no warnings", () => {
    const lines = explainResult(result(), plan, report, "en");
    expect(lines.slice(0, 8)).toEqual([
      "mgmt (A County)",
      "Series (up to 2024): 2020 80 · 2024 84",
      "Method: SDSN; assessment year: 2024",
      "Baseline: 80 in 2020 (no value for the base year 2020; the first later observation, 2020)",
      "Latest: 84 in 2024",
      "Compound annual growth CAGR = (84 / 80)^(1/4) − 1 = 1.23%",
      "Linear annual change = (84 − 80) / (2024 − 2020) = 1",
      "Projection by the SDSN method: 2025: 85",
    ]);
    expect(lines.at(-1)).toBe("Warnings: none");
  });

  it("says when CAGR does not apply, shows the robust slope, and leaves out trend lines without a span", () => {
    const r = result({ trend: { points: 4, cagr: null, linear: null, robust_slope: 0.5, last_change: null, direction: null, projection: { "2030": null } } });
    const lines = explainResult(r, plan, report, "en");
    expect(lines).toContain("Compound annual growth: not applicable (values of mixed sign or fewer than two points)");
    expect(lines).toContain("Theil–Sen slope (median of the pairwise slopes of 4 points) = 0.5");
    expect(lines.some((l) => l.startsWith("Linear annual change") || l.startsWith("Projection"))).toBe(false);
    // latest in the base year: no trend lines at all
    const same = explainResult(result({ latest: { year: 2020, value: 80 } }), plan, report, "en");
    expect(same.some((l) => l.startsWith("Compound") || l.startsWith("Linear"))).toBe(false);
  });

  it("handles a missing baseline and latest, an unknown region, method and indicator, and a sex", () => {
    const r = result({ indicator: "zzz", region: "Q", sex: "female", baseline: null, latest: null, baseline_source: undefined } as Partial<IndicatorResult>);
    const lines = explainResult(r, plan, { as_of: 2024, method: "custom" } as unknown as Report, "en");
    expect(lines.slice(0, 4)).toEqual(["zzz (Q, women)", "Series (up to 2024): 2020 80 · 2024 84", "Method: custom; assessment year: 2024", "Baseline: none"]);
    expect(lines[4]).toBe("Target 1: at_least");
    expect(explainResult(result({ series: [] }), plan, report, "en")[1]).toBe("Series (up to 2024): —");
    // a baseline without a source reads as observed
    expect(explainResult(result({ baseline_source: undefined } as Partial<IndicatorResult>), plan, report, "en")[3]).toBe("Baseline: 80 in 2020 (the observation of the base year 2020)");
  });

  it("formats each kind of step value", () => {
    const t = target({
      current: true, reason: "slight-movement", category: "moderate", breaches: [{ year: 2021, value: 79.5 }],
      steps: [
        { label: "gap", formula: "T − y", value: 6 },
        { label: "gap-relative", formula: "6 / 90", value: 0.0667 },
        { label: "lag", formula: "(a − b) × 100", value: 12.34 },
        { label: "rule-not-met", formula: "6 > 1.8", value: "not_met" },
        { label: "category-sdsn", formula: "1 / 0.5 / 0", value: "moderate" },
        { label: "partner-missing", formula: "p(2024)", value: null },
        { label: "ratio-sdsn", formula: "x", value: "+∞" },
      ],
    });
    const lines = explainResult(result({ targets: [t] }), plan, report, "en");
    const at = lines.findIndex((l) => l.startsWith("Target 1:"));
    expect(lines[at]).toMatch(/ \(counted in the current attainment rate\)$/);
    expect(lines.slice(at + 1, at + 10)).toEqual([
      "  · gap (positive = short of the target): T − y = 6",
      "  · relative gap: 6 / 90 = 6.67%",
      "  · behind elapsed time (points): (a − b) × 100 = 12.3 percentage points",
      "  · verdict: gap beyond the nearly-met band: 6 > 1.8 → not met",
      "  · SDSN cut-offs: 1 / 0.5 / 0 → moderate",
      "  · compared indicator, same year (missing): p(2024) = —",
      "  · SDSN ratio = d·actual / |required|: x → +∞",
      "  → status: not met (the right direction, but no clear movement); progress: moderate",
      "  → years not met: 2021 (79.5)",
    ]);
    // zh wraps the reason in full-width parentheses; no category shows a dash
    const zh = explainResult(result({ targets: [target({ reason: "no-data" })] }), plan, report, "zh");
    expect(zh).toContain("  → 状态：未达标（没有数据）；进展：—");
  });

  it("lists warnings with their level", () => {
    const warnings = [
      { code: "a", level: "red", message: "R", data: {} },
      { code: "b", level: "yellow", message: "Y", data: {} },
      { code: "c", message: "N", data: {} },
    ] as unknown as IndicatorResult["warnings"];
    expect(explainResult(result({ warnings, targets: [] }), plan, report, "en").slice(-4)).toEqual(["Warnings:", "  [red] R", "  [yellow] Y", "  [note] N"]);
  });
});

describe("number formats of the formulas", () => {
  it.each([
    { v: 0.1 + 0.2, num: "0.3", pct: "30.00%", signed: "+0.3", paren: "0.3" },
    { v: -2, num: "-2", pct: "-200.00%", signed: "−2", paren: "(-2)" },
    { v: 0, num: "0", pct: "0.00%", signed: "0", paren: "0" },
    // −0.00005 rounds to −0.01%
    { v: -0.00005, num: "-0.0001", pct: "-0.01%", signed: "−0.0001", paren: "(-0.0001)" },
  ])("$v", ({ v, num: n, pct: p, signed: s, paren: q }) => {
    expect(num(v)).toBe(n);
    expect(pct(v)).toBe(p);
    expect(signed(v)).toBe(s);
    expect(paren(v)).toBe(q);
  });
  it("prints a tiny negative share as 0.00%, not -0.00%", () => {
    expect(pct(-0.00004)).toBe("0.00%");
    expect(num(-0.00004)).toBe("0");
  });
  it("prints non-finite shares as they are and honours digits", () => {
    expect(pct(Infinity)).toBe("Infinity");
    expect(pct(-Infinity)).toBe("-Infinity");
    expect(num(1.23456, 2)).toBe("1.23");
    expect(signed(1.23456, 1)).toBe("+1.2");
    expect(signed(-1.23456, 1)).toBe("−1.2");
    expect(paren(-1.23456, 1)).toBe("(-1.2)");
  });
});
