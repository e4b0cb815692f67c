// Every plan semantic check: the failing case with its code and location, and the nearest passing case.
import { describe, expect, it } from "vitest";
import { semanticChecks, type Locator } from "../../src/plan/semantic-checks.js";
import { planMessages } from "../../src/plan/messages.js";
import { translator } from "../../src/i18n/messages.js";
import type { RawPlan, RawIndicator } from "../../src/plan/raw-plan.js";
import type { Target } from "../../src/model/plan.js";

const t = translator(planMessages, "en");
// A fake locator: line = 100 + number of path segments, so "first seen at line N" is predictable.
const locate: Locator = (path) => ({ line: 100 + path.length, col: 3, path: path.join(".") });
const check = (plan: RawPlan) => semanticChecks(plan, "p.yaml", locate, t);
const codes = (plan: RawPlan) => check(plan).map((d) => `${d.code} @ ${d.source?.path}`);

const indicator = (id: string, targets: Target[], bounds?: { min?: number; max?: number }): RawIndicator => ({
  id,
  name: { zh: id, en: id },
  unit: { zh: "%", en: "%" },
  higher_is_better: true,
  ...(bounds ? { bounds } : {}),
  targets,
});

/** A small valid plan: period 2021–2030, two regions, one area with a measurable and an unmeasurable goal. */
function plan(): RawPlan {
  return {
    id: "p",
    version: "1",
    title: { zh: "p", en: "p" },
    period: { start: 2021, end: 2030 },
    base_year: 2020,
    regions: [
      { code: "211400", name: { zh: "市", en: "City" }, level: "city" },
      { code: "211422", name: { zh: "县", en: "County" }, level: "county", parent: "211400" },
    ],
    areas: [
      {
        id: "health",
        number: 1,
        name: { zh: "健康", en: "Health" },
        goals: [
          {
            number: 1,
            text: "a",
            measurable: true,
            indicators: [
              indicator("a", [{ kind: "at_least", value: 70, year: 2030 }], { min: 0, max: 100 }),
              indicator("b", [{ kind: "compare", year: null, ref: "c" }]),
            ],
          },
          { number: 2, text: "b", measurable: false, indicators: [] },
        ],
      },
      {
        id: "economy",
        number: 2,
        name: { zh: "经济", en: "Economy" },
        goals: [{ number: 1, text: "c", measurable: true, indicators: [indicator("c", [{ kind: "increase", year: 2030 }])] }],
      },
    ],
  };
}
const ind = (p: RawPlan, ai: number, gi: number, ii: number) => p.areas[ai]!.goals[gi]!.indicators[ii]!;

describe("semanticChecks", () => {
  it("finds nothing in a consistent plan (compare ref to an indicator defined later, same goal number in two areas)", () => {
    expect(check(plan())).toEqual([]);
  });

  describe("plan-duplicate-id", () => {
    it("flags a repeated region code, naming the line of the first one", () => {
      const p = plan();
      p.regions[1]!.code = "211400";
      const d = check(p);
      expect(d.map((x) => `${x.code} @ ${x.source?.path}`)).toEqual(["plan-duplicate-id @ regions.1.code"]);
      // the first "211400" is at path regions.0.code: 3 segments → fake line 103
      expect(d[0]).toMatchObject({ severity: "error", source: { file: "p.yaml", line: 103, col: 3 } });
      expect(d[0]!.message).toBe("Duplicate region code 211400 (first at line 103)");
    });
    it("flags a repeated area id", () => {
      const p = plan();
      p.areas[1]!.id = "health";
      expect(codes(p)).toEqual(["plan-duplicate-id @ areas.1.id"]);
    });
    it("flags a repeated goal number inside one area but not across areas", () => {
      const p = plan();
      p.areas[0]!.goals[1]!.number = 1;
      expect(codes(p)).toEqual(["plan-duplicate-id @ areas.0.goals.1.number"]);
      expect(check(p)[0]!.message).toBe("Duplicate goal number health-1 (first at line 105)");
    });
    it("flags a repeated indicator id, also across areas", () => {
      const p = plan();
      ind(p, 1, 0, 0).id = "a";
      // c's id becomes "a"; b's ref "c" then points nowhere
      expect(codes(p)).toEqual(["plan-duplicate-id @ areas.1.goals.0.indicators.0.id", "plan-unknown-ref @ areas.0.goals.0.indicators.1.targets.0.ref"]);
    });
  });

  describe("plan-unknown-parent", () => {
    it("flags a parent code the plan does not define", () => {
      const p = plan();
      p.regions[1]!.parent = "210000";
      const d = check(p);
      expect(d.map((x) => `${x.code} @ ${x.source?.path}`)).toEqual(["plan-unknown-parent @ regions.1.parent"]);
      expect(d[0]!.message).toBe("Parent region code 210000 is not defined in the plan");
    });
    it("accepts a parent listed after its child", () => {
      const p = plan();
      p.regions.reverse();
      expect(check(p)).toEqual([]);
    });
  });

  describe("plan-measurable-without-indicators / plan-unmeasurable-with-indicators", () => {
    it("flags a measurable goal with no indicator", () => {
      const p = plan();
      p.areas[0]!.goals[1]!.measurable = true;
      expect(codes(p)).toEqual(["plan-measurable-without-indicators @ areas.0.goals.1.measurable"]);
    });
    it("flags an unmeasurable goal that lists indicators", () => {
      const p = plan();
      p.areas[1]!.goals[0]!.measurable = false;
      expect(codes(p)).toEqual(["plan-unmeasurable-with-indicators @ areas.1.goals.0.measurable"]);
    });
  });

  describe("plan-bad-bounds", () => {
    it("flags min > max", () => {
      const p = plan();
      ind(p, 0, 0, 0).bounds = { min: 100.5, max: 100 };
      ind(p, 0, 0, 0).targets = [];
      const d = check(p);
      expect(d.map((x) => `${x.code} @ ${x.source?.path}`)).toEqual(["plan-bad-bounds @ areas.0.goals.0.indicators.0.bounds"]);
      expect(d[0]).toMatchObject({ indicator: "a", message: "Lower bound 100.5 is greater than upper bound 100" });
    });
    it("accepts min = max and a single bound", () => {
      const p = plan();
      ind(p, 0, 0, 0).bounds = { min: 70, max: 70 };
      ind(p, 1, 0, 0).bounds = { max: -5 };
      ind(p, 0, 0, 1).bounds = { min: 5 };
      expect(check(p)).toEqual([]);
    });
  });

  describe("plan-year-out-of-period", () => {
    it("flags a target year before the start and after the end", () => {
      const p = plan();
      ind(p, 0, 0, 0).targets = [
        { kind: "at_least", value: 70, year: 2020 },
        { kind: "at_least", value: 70, year: 2031 },
      ];
      const d = check(p);
      expect(d.map((x) => `${x.code} @ ${x.source?.path}`)).toEqual([
        "plan-year-out-of-period @ areas.0.goals.0.indicators.0.targets.0.year",
        "plan-year-out-of-period @ areas.0.goals.0.indicators.0.targets.1.year",
      ]);
      expect(d[0]).toMatchObject({ indicator: "a", year: 2020, message: "Target year 2020 is outside the plan period 2021–2030" });
    });
    it("accepts the first and last year of the period and year: null", () => {
      const p = plan();
      ind(p, 0, 0, 0).targets = [
        { kind: "at_least", value: 70, year: 2021 },
        { kind: "at_least", value: 70, year: 2030 },
        { kind: "at_least", value: 70, year: null },
      ];
      expect(check(p)).toEqual([]);
    });
  });

  describe("plan-baseline-after-target", () => {
    it("flags a relative target whose baseline year is the target year or later", () => {
      const p = plan();
      ind(p, 0, 0, 0).targets = [
        { kind: "relative", baseline_year: 2025, pct: 0.1, year: 2025 },
        { kind: "relative", baseline_year: 2026, pct: 0.1, year: 2025 },
      ];
      const d = check(p);
      expect(d.map((x) => `${x.code} @ ${x.source?.path}`)).toEqual([
        "plan-baseline-after-target @ areas.0.goals.0.indicators.0.targets.0.baseline_year",
        "plan-baseline-after-target @ areas.0.goals.0.indicators.0.targets.1.baseline_year",
      ]);
      expect(d[1]).toMatchObject({ indicator: "a", message: "Baseline year 2026 is after the target year 2025" });
    });
    it("accepts a baseline one year before the target, no baseline year, a null year, and other kinds", () => {
      const p = plan();
      ind(p, 0, 0, 0).targets = [
        { kind: "relative", baseline_year: 2024, pct: 0.1, year: 2025 },
        { kind: "relative", pct: 0.1, year: 2025 },
        { kind: "relative", baseline_year: 2024, pct: 0.1, year: null },
        { kind: "at_least", value: 70, baseline_year: 2026, year: 2025 },
      ];
      expect(check(p)).toEqual([]);
    });
  });

  describe("plan-self-ref / plan-unknown-ref", () => {
    it("flags a compare target that refers to its own indicator, not as an unknown ref", () => {
      const p = plan();
      ind(p, 0, 0, 1).targets[0]!.ref = "b";
      const d = check(p);
      expect(d.map((x) => `${x.code} @ ${x.source?.path}`)).toEqual(["plan-self-ref @ areas.0.goals.0.indicators.1.targets.0.ref"]);
      expect(d[0]!.indicator).toBe("b");
    });
    it("flags a ref to an indicator the plan does not define", () => {
      const p = plan();
      ind(p, 0, 0, 1).targets[0]!.ref = "zzz";
      const d = check(p);
      expect(d.map((x) => `${x.code} @ ${x.source?.path}`)).toEqual(["plan-unknown-ref @ areas.0.goals.0.indicators.1.targets.0.ref"]);
      expect(d[0]).toMatchObject({ indicator: "b", message: "The compare target refers to indicator zzz, which the plan does not define" });
    });
    it("accepts a ref to an indicator defined earlier and ignores ref on other kinds", () => {
      const p = plan();
      ind(p, 0, 0, 1).targets[0]!.ref = "a";
      ind(p, 0, 0, 0).targets.push({ kind: "at_least", value: 70, year: 2025, ref: "a" });
      expect(check(p)).toEqual([]);
    });
  });

  describe("plan-target-outside-bounds", () => {
    it("flags at_least / at_most / around values below min or above max", () => {
      const p = plan();
      ind(p, 0, 0, 0).targets = [
        { kind: "at_least", value: -0.1, year: 2030 },
        { kind: "at_most", value: 100.1, year: 2030 },
        { kind: "around", value: 101, year: null },
      ];
      const d = check(p);
      expect(d.map((x) => `${x.code} @ ${x.source?.path}`)).toEqual([
        "plan-target-outside-bounds @ areas.0.goals.0.indicators.0.targets.0.value",
        "plan-target-outside-bounds @ areas.0.goals.0.indicators.0.targets.1.value",
        "plan-target-outside-bounds @ areas.0.goals.0.indicators.0.targets.2.value",
      ]);
      expect(d[0]).toMatchObject({ indicator: "a", message: "Target value -0.1 is outside the indicator's bounds [0, 100]" });
    });
    it("prints a missing bound as ∞", () => {
      const p = plan();
      ind(p, 0, 0, 0).bounds = { min: 0 };
      ind(p, 0, 0, 0).targets = [{ kind: "at_least", value: -1, year: 2030 }];
      ind(p, 1, 0, 0).bounds = { max: 10 };
      ind(p, 1, 0, 0).targets = [{ kind: "at_most", value: 11, year: 2030 }];
      expect(check(p).map((x) => x.message)).toEqual([
        "Target value -1 is outside the indicator's bounds [0, ∞]",
        "Target value 11 is outside the indicator's bounds [-∞, 10]",
      ]);
    });
    it("accepts values exactly at min and max, no bounds, and other kinds outside the bounds", () => {
      const p = plan();
      ind(p, 0, 0, 0).targets = [
        { kind: "at_least", value: 0, year: 2030 },
        { kind: "at_most", value: 100, year: 2030 },
        { kind: "relative", value: 150, pct: 0.1, baseline_year: 2020, year: 2030 },
      ];
      ind(p, 1, 0, 0).targets = [{ kind: "at_least", value: 1e9, year: 2030 }];
      expect(check(p)).toEqual([]);
    });
  });

  describe("plan-bad-sheet-name (an area name must be usable as an Excel sheet name)", () => {
    const named = (zh: string, en: string) => {
      const p = plan();
      p.areas[0]!.name = { zh, en };
      return check(p);
    };
    it("flags control characters, one of [ ] : * ? / \\, an apostrophe at either end and History (any case, spaces around)", () => {
      expect(named("健\u0007康", "Health").map((d) => `${d.code} @ ${d.source?.path}: ${d.message}`)).toEqual([
        'plan-bad-sheet-name @ areas.0.name.zh: The area name "健\u0007康" cannot be an Excel sheet name: it contains control characters',
      ]);
      expect(named("健康", "Health\u007f").map((d) => `${d.source?.path}: ${d.message}`)).toEqual([
        'areas.0.name.en: The area name "Health\u007f" cannot be an Excel sheet name: it contains control characters',
      ]);
      for (const c of ["[", "]", ":", "*", "?", "/", "\\"])
        expect(named(`健${c}康`, "Health").map((d) => d.message), c).toEqual([`The area name "健${c}康" cannot be an Excel sheet name: it contains one of [ ] : * ? / \\`]);
      expect(named("'健康", "Health'").map((d) => `${d.source?.path}: ${d.message}`)).toEqual([
        `areas.0.name.zh: The area name "'健康" cannot be an Excel sheet name: an apostrophe at either end`,
        `areas.0.name.en: The area name "Health'" cannot be an Excel sheet name: an apostrophe at either end`,
      ]);
      expect(named("健康", " history ").map((d) => `${d.source?.path}: ${d.message}`)).toEqual([
        'areas.0.name.en: The area name " history " cannot be an Excel sheet name: History is a name Excel reserves',
      ]);
      expect(named("HISTORY", "Health").map((d) => d.source?.path)).toEqual(["areas.0.name.zh"]);
    });
    it("the first problem found is the one named: a control character before a forbidden character before a quote", () => {
      expect(named("'a:\u0001", "Health").map((d) => d.message)).toEqual([`The area name "'a:\u0001" cannot be an Excel sheet name: it contains control characters`]);
      expect(named("'a:", "Health").map((d) => d.message)).toEqual([`The area name "'a:" cannot be an Excel sheet name: it contains one of [ ] : * ? / \\`]);
    });
    it("accepts an apostrophe inside the name, History inside a longer name, tabs-free names and a long name", () => {
      expect(named("妇女'健康", "Women's health")).toEqual([]);
      expect(named("History of health", "Histories")).toEqual([]);
      expect(named("健康".repeat(40), "Health and well-being of women, the plan's first area")).toEqual([]);
    });
  });

  describe("plan-aggregate-without-formula / plan-bad-formula", () => {
    /** The plan with a rate r = n / d × 100,000 in area 1 (n, d sums), r's formula and aggregate given by the test. */
    const withRate = (formula: { numerator: string; denominator: string } | undefined, aggregate?: "sum" | "formula" | "none", dAggregate: "sum" | "none" = "sum") => {
      const p = plan();
      const n: RawIndicator = { ...indicator("n", []), aggregate: "sum" };
      const d: RawIndicator = { ...indicator("d", []), ...(dAggregate === "sum" ? { aggregate: "sum" } : {}) };
      const r: RawIndicator = { ...indicator("r", []), ...(formula ? { formula: { ...formula, factor: 100000 } } : {}), ...(aggregate ? { aggregate } : {}) };
      p.areas[1]!.goals[0]!.indicators.push(r, n, d);
      return check(p);
    };
    const rows = (ds: ReturnType<typeof check>) => ds.map((x) => `${x.code} @ ${x.source?.path} [${x.indicator}]: ${x.message}`);
    it("accepts a formula over two counts that add up, with or without aggregate: formula", () => {
      expect(withRate({ numerator: "n", denominator: "d" }, "formula")).toEqual([]);
      expect(withRate({ numerator: "n", denominator: "d" })).toEqual([]);
    });
    it("flags aggregate: formula without a formula, and nothing for aggregate: sum or none without one", () => {
      expect(rows(withRate(undefined, "formula"))).toEqual(["plan-aggregate-without-formula @ areas.1.goals.0.indicators.1.aggregate [r]: aggregate: formula needs a formula"]);
      expect(withRate(undefined, "sum")).toEqual([]);
      expect(withRate(undefined, "none")).toEqual([]);
    });
    it("flags an unknown part, naming which part (a ref defined later in the plan is known)", () => {
      expect(rows(withRate({ numerator: "zzz", denominator: "d" }))).toEqual([
        "plan-bad-formula @ areas.1.goals.0.indicators.1.formula.numerator [r]: The formula's numerator zzz is not defined in the plan",
      ]);
      expect(rows(withRate({ numerator: "n", denominator: "zzz" }))).toEqual([
        "plan-bad-formula @ areas.1.goals.0.indicators.1.formula.denominator [r]: The formula's denominator zzz is not defined in the plan",
      ]);
    });
    it("flags the indicator itself as a part", () => {
      expect(rows(withRate({ numerator: "r", denominator: "d" }))).toEqual([
        "plan-bad-formula @ areas.1.goals.0.indicators.1.formula.numerator [r]: The formula's numerator r is the indicator itself",
      ]);
      expect(rows(withRate({ numerator: "n", denominator: "r" }))).toEqual([
        "plan-bad-formula @ areas.1.goals.0.indicators.1.formula.denominator [r]: The formula's denominator r is the indicator itself",
      ]);
    });
    it("flags a denominator equal to the numerator once, on the denominator", () => {
      expect(rows(withRate({ numerator: "n", denominator: "n" }))).toEqual([
        "plan-bad-formula @ areas.1.goals.0.indicators.1.formula.denominator [r]: The formula's denominator n is the same as the numerator",
      ]);
    });
    it("flags a part that is not a count marked aggregate: sum (a level, another rate)", () => {
      expect(rows(withRate({ numerator: "n", denominator: "d" }, undefined, "none"))).toEqual([
        "plan-bad-formula @ areas.1.goals.0.indicators.1.formula.denominator [r]: The formula's denominator d is not a count that adds up (mark it aggregate: sum)",
      ]);
      // "a" (area 0) has no aggregate; "c" neither
      expect(rows(withRate({ numerator: "a", denominator: "c" }))).toEqual([
        "plan-bad-formula @ areas.1.goals.0.indicators.1.formula.numerator [r]: The formula's numerator a is not a count that adds up (mark it aggregate: sum)",
        "plan-bad-formula @ areas.1.goals.0.indicators.1.formula.denominator [r]: The formula's denominator c is not a count that adds up (mark it aggregate: sum)",
      ]);
    });
  });
});
