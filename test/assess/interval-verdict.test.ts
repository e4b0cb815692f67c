// Small numbers, the parts one by one: where an interval lies against a target, and how judgeOnInterval applies it.
import { describe, expect, it } from "vitest";
import { intervalVerdict } from "../../src/assess/small-numbers.js";
import { judgeOnInterval } from "../../src/assess/judge-on-interval.js";
import type { Basis, TargetResult } from "../../src/model/report.js";
import type { TargetJudgement } from "../../src/rules/rule-types.js";

type Ci = NonNullable<Basis["ci"]>;
const ci = (low: number, high: number, method: Ci["method"] = "garwood"): Ci => ({ low, high, level: 0.95, method });

describe("intervalVerdict: met only when the whole interval meets the target, not met when the whole interval misses it", () => {
  it.each([
    // ≤ 10: the upper end at 10 meets it; just above straddles; the lower end at 10 is not above it; just above misses
    { lo: 2, hi: 10, verdict: "met" },
    { lo: 2, hi: 10.01, verdict: "indeterminate" },
    { lo: 10, hi: 20, verdict: "indeterminate" },
    { lo: 10.01, hi: 20, verdict: "not_met" },
  ] as const)("[$lo, $hi] ≤ 10 → $verdict", ({ lo, hi, verdict }) => {
    expect(intervalVerdict(ci(lo, hi), "le", 10)).toBe(verdict);
  });
  it.each([
    // ≥ 10: the lower end at 10 meets it; just below straddles; the upper end at 10 is not below it; just below misses
    { lo: 10, hi: 20, verdict: "met" },
    { lo: 9.99, hi: 20, verdict: "indeterminate" },
    { lo: 2, hi: 10, verdict: "indeterminate" },
    { lo: 2, hi: 9.99, verdict: "not_met" },
  ] as const)("[$lo, $hi] ≥ 10 → $verdict", ({ lo, hi, verdict }) => {
    expect(intervalVerdict(ci(lo, hi), "ge", 10)).toBe(verdict);
  });
  it.each([
    // 10 ± 1 = [9, 11]: inside (ends included) met; one end out straddles; touching from outside straddles; clear of it misses
    { lo: 9, hi: 11, verdict: "met" },
    { lo: 9.5, hi: 10.5, verdict: "met" },
    { lo: 8.99, hi: 11, verdict: "indeterminate" },
    { lo: 9, hi: 11.01, verdict: "indeterminate" },
    { lo: 2, hi: 9, verdict: "indeterminate" },
    { lo: 2, hi: 8.99, verdict: "not_met" },
    { lo: 11, hi: 20, verdict: "indeterminate" },
    { lo: 11.01, hi: 20, verdict: "not_met" },
  ] as const)("[$lo, $hi] ≈ 10 ± 1 → $verdict", ({ lo, hi, verdict }) => {
    expect(intervalVerdict(ci(lo, hi), "band", 10, 1)).toBe(verdict);
  });
  it("a band without tolerance is the point itself", () => {
    expect(intervalVerdict(ci(10, 10), "band", 10)).toBe("met");
    expect(intervalVerdict(ci(9, 10), "band", 10)).toBe("indeterminate");
    expect(intervalVerdict(ci(10.5, 12), "band", 10)).toBe("not_met");
  });
});

describe("judgeOnInterval", () => {
  const result = (kind: TargetResult["kind"], extra: Partial<TargetResult> = {}): TargetResult => ({ year: 2030, kind, status: "met", horizon: 2030, ...extra });
  const level = (op: "ge" | "le" | "band", threshold: number, tolerance?: number): TargetJudgement => ({ status: "met", level: { op, threshold, ...(tolerance !== undefined ? { tolerance } : {}) }, steps: [] });
  const none = new Map<number, Basis>();

  it("starts the steps when the result has none, and writes the target's relation: ≥, ≤ or ≈", () => {
    const r = result("at_least");
    judgeOnInterval(r, level("ge", 10), ci(12, 30), none, []);
    expect(r.steps).toEqual([{ label: "small-numbers-interval", formula: "garwood 95% [12, 30] ≥ 10", value: "met" }]);
    const le = result("at_most", { steps: [{ label: "evaluated", formula: "y(2024)", value: 5 }] });
    judgeOnInterval(le, level("le", 10), ci(1.234, 9.876, "wilson"), none, []);
    expect(le.steps?.map((s) => s.formula)).toEqual(["y(2024)", "wilson 95% [1.23, 9.88] ≤ 10"]);
    const band = result("around");
    judgeOnInterval(band, level("band", 10, 1), ci(9, 11), none, []);
    expect(band.steps?.[0]?.formula).toBe("garwood 95% [9, 11] ≈ 10");
  });
  it("sets the interval's verdict as the status; the reason is small-numbers only when indeterminate", () => {
    const met = result("at_most", { status: "not_met", reason: "earlier" });
    judgeOnInterval(met, level("le", 10), ci(1, 9), none, []);
    expect(met).toMatchObject({ status: "met" });
    expect(met.reason).toBeUndefined();
    const missed = result("at_most", { status: "met" });
    judgeOnInterval(missed, level("le", 10), ci(11, 19), none, []);
    expect(missed.status).toBe("not_met");
    expect(missed.reason).toBeUndefined();
    const open = result("at_most", { status: "met" });
    judgeOnInterval(open, level("le", 10), ci(5, 15), none, []);
    expect(open).toMatchObject({ status: "indeterminate", reason: "small-numbers" });
  });
  it("leaves a target that is neither a level nor a direction as it was", () => {
    const r = result("compare", { status: "not_assessable", reason: "partner-missing", steps: [] });
    judgeOnInterval(r, { status: "not_assessable", steps: [] }, ci(5, 15), new Map([[2020, { unstable: true, ci: ci(1, 2) }]]), [{ year: 2020, value: 1 }]);
    expect(r).toMatchObject({ status: "not_assessable", reason: "partner-missing", steps: [] });
  });

  describe("direction targets: the intervals of the first and the latest judged value", () => {
    const first = (low: number, high: number) => new Map<number, Basis>([[2020, { unstable: true, ci: ci(low, high) }]]);
    const points = [{ year: 2020, value: 3 }, { year: 2024, value: 7 }];
    const judge = (kind: "increase" | "decrease", firstCi: [number, number], latest: [number, number]) => {
      const r = result(kind, { status: "met", steps: [] });
      judgeOnInterval(r, { status: "met", score: 0.05, steps: [] }, ci(...latest), first(...firstCi), points);
      return r;
    };
    it.each([
      // touching intervals overlap; a gap of 0.01 either way is apart
      { kind: "increase", firstCi: [1, 5], latest: [5, 9], value: "overlap" },
      { kind: "increase", firstCi: [1, 5], latest: [5.01, 9], value: "apart" },
      { kind: "decrease", firstCi: [5, 9], latest: [1, 5], value: "overlap" },
      { kind: "decrease", firstCi: [5, 9], latest: [1, 4.99], value: "apart" },
    ] as const)("$kind: first $firstCi, latest $latest → $value", ({ kind, firstCi, latest, value }) => {
      const r = judge(kind, [...firstCi] as [number, number], [...latest] as [number, number]);
      expect(r.steps).toEqual([{ label: "small-numbers-overlap", formula: `[${firstCi[0]}, ${firstCi[1]}] ∩ [${latest[0]}, ${latest[1]}]`, value }]);
      if (value === "apart") {
        expect(r.status).toBe("met");
        expect(r.reason).toBeUndefined();
      } else expect(r).toMatchObject({ status: "indeterminate", reason: "small-numbers" });
    });
    it("without an interval for the first point (no counts that year, or no points) it is indeterminate, with no overlap step", () => {
      for (const pts of [[{ year: 2019, value: 3 }, { year: 2024, value: 7 }], []]) {
        const r = result("increase", { status: "met", steps: [] });
        judgeOnInterval(r, { status: "met", steps: [] }, ci(1, 2), first(10, 20), pts);
        expect(r).toMatchObject({ status: "indeterminate", reason: "small-numbers", steps: [] });
      }
      // a first point whose basis has no interval
      const r = result("decrease", { status: "met", steps: [] });
      judgeOnInterval(r, { status: "met", steps: [] }, ci(1, 2), new Map([[2020, { unstable: false }]]), points);
      expect(r.status).toBe("indeterminate");
    });
  });
});
