// Small numbers, the parts one by one: the counts behind a value, the pooled series and the view assess() judges on.
import { describe, expect, it } from "vitest";
import { basisOver, pooledSeries, smallNumberView, type CountLookup } from "../../src/assess/small-numbers.js";
import { DEFAULT_THRESHOLDS } from "../../src/rules/thresholds.js";
import type { Indicator } from "../../src/model/plan.js";
import type { Point } from "../../src/model/report.js";

const th = { ...DEFAULT_THRESHOLDS };
const rate: Indicator = {
  id: "mmr", area: "health", goal: 1, name: { zh: "mmr", en: "mmr" }, unit: { zh: "/10万", en: "per 100,000" }, higher_is_better: false, targets: [],
  formula: { numerator: "deaths", denominator: "births", factor: 100000 },
};
const share: Indicator = { ...rate, id: "share", unit: { zh: "%", en: "%" }, formula: { numerator: "women", denominator: "members", factor: 100 } };
/** A lookup over region "A" from indicator → year → value. */
const lookup = (values: Record<string, Record<number, number>>): CountLookup => (indicator, region, year) => (region === "A" ? values[indicator]?.[year] : undefined);
const pts = (values: Record<number, number>): Point[] => Object.entries(values).map(([y, value]) => ({ year: Number(y), value }));

describe("basisOver: events and denominator of one year or a window", () => {
  it("takes the numerator given: 3 deaths in 1,000 births = 300/10万, Garwood 3 events [0.6187, 8.7673] → [61.87, 876.73]", () => {
    const b = basisOver(rate, "A", [2024], lookup({ deaths: { 2024: 3 }, births: { 2024: 1000 } }), th);
    expect(b).toMatchObject({ events: 3, denominator: 1000, unstable: true, value: 300 });
    expect(b?.ci?.low).toBeCloseTo(61.87, 2);
    expect(b?.ci?.high).toBeCloseTo(876.73, 2);
    expect(b?.pooled).toBeUndefined();
  });
  it("prefers the numerator to the rate, and infers events from the rate only without one: round(250 × 1,000 / 100,000) = 3", () => {
    expect(basisOver(rate, "A", [2024], lookup({ deaths: { 2024: 2 }, births: { 2024: 1000 }, mmr: { 2024: 900 } }), th)?.events).toBe(2);
    expect(basisOver(rate, "A", [2024], lookup({ births: { 2024: 1000 }, mmr: { 2024: 250 } }), th)?.events).toBe(3);
  });
  it("has no basis without a denominator above 0, without events or rate, without years or without a formula", () => {
    expect(basisOver(rate, "A", [2024], lookup({ deaths: { 2024: 0 }, births: { 2024: 0 } }), th)).toBeNull();
    expect(basisOver(rate, "A", [2024], lookup({ deaths: { 2024: 1 }, births: { 2024: -5 } }), th)).toBeNull();
    expect(basisOver(rate, "A", [2024], lookup({ deaths: { 2024: 1 } }), th)).toBeNull();
    expect(basisOver(rate, "A", [2024], lookup({ births: { 2024: 1000 } }), th)).toBeNull();
    expect(basisOver(rate, "A", [], lookup({ deaths: { 2024: 1 }, births: { 2024: 1000 } }), th)).toBeNull();
    const { formula: _, ...noFormula } = rate;
    expect(basisOver(noFormula, "A", [2024], lookup({ deaths: { 2024: 1 }, births: { 2024: 1000 } }), th)).toBeNull();
    // one year of the window missing: no basis for the window
    expect(basisOver(rate, "A", [2023, 2024], lookup({ deaths: { 2024: 1 }, births: { 2024: 1000 } }), th)).toBeNull();
  });
  it("a window adds events and denominators: (1 + 2) / (1,000 + 2,000) = 100/10万, pooled 2023–2024", () => {
    const b = basisOver(rate, "A", [2024, 2023], lookup({ deaths: { 2023: 1, 2024: 2 }, births: { 2023: 1000, 2024: 2000 } }), th);
    expect(b).toMatchObject({ events: 3, denominator: 3000, value: 100, pooled: { from: 2023, to: 2024 } });
  });
  it("a share (factor 100, events within the denominator) takes Wilson's interval, unstable below 30: 29 unstable, 30 stable", () => {
    const at = (n: number) => basisOver(share, "A", [2024], lookup({ women: { 2024: 9 }, members: { 2024: n } }), th);
    expect(at(29)).toMatchObject({ unstable: true, ci: { method: "wilson" } });
    expect(at(30)).toMatchObject({ unstable: false, ci: { method: "wilson" } });
    // all members women: 20 of 20 is still a share; Wilson's upper end is 100%
    const all = basisOver(share, "A", [2024], lookup({ women: { 2024: 20 }, members: { 2024: 20 } }), th);
    expect(all?.ci?.method).toBe("wilson");
    expect(all?.ci?.high).toBeCloseTo(100, 9);
  });
  it("a factor-100 ratio with more events than its denominator is an event rate: 25 per 20 → Garwood, unstable below 20 events", () => {
    const b = basisOver(share, "A", [2024], lookup({ women: { 2024: 25 }, members: { 2024: 20 } }), th);
    // Garwood 25 events: [16.18, 36.90] ÷ 20 × 100 → [80.9, 184.5]
    expect(b).toMatchObject({ events: 25, denominator: 20, unstable: false, value: 125, ci: { method: "garwood" } });
    expect(b?.ci?.low).toBeCloseTo(80.9, 1);
  });
});

describe("pooledSeries and smallNumberView", () => {
  const counts = lookup({ deaths: { 2020: 1, 2021: 0, 2022: 2, 2023: 1, 2024: 0 }, births: { 2020: 1000, 2021: 1000, 2022: 1000, 2023: 1000, 2024: 1000 } });
  const series = pts({ 2020: 100, 2021: 0, 2022: 200, 2023: 100, 2024: 0 });
  it("pools each year whose whole 3-year window has counts: 2022 = 3/3,000, 2023 = 3/3,000, 2024 = 3/3,000 (= 100/10万)", () => {
    const p = pooledSeries(rate, "A", series, counts, th);
    expect(p.points).toEqual([{ year: 2022, value: 100 }, { year: 2023, value: 100 }, { year: 2024, value: 100 }]);
    expect([...p.bases.keys()]).toEqual([2022, 2023, 2024]);
    expect(p.bases.get(2022)?.pooled).toEqual({ from: 2020, to: 2022 });
  });
  it("an unstable latest year is judged on the pooled series", () => {
    const v = smallNumberView(rate, "A", series, counts, th);
    expect(v?.pooled).toBe(true);
    expect(v?.series.map((p) => p.year)).toEqual([2022, 2023, 2024]);
    expect(v?.latest).toMatchObject({ events: 3, denominator: 3000, pooled: { from: 2022, to: 2024 } });
  });
  it("an unstable latest year without a full window is judged on its own values, with the bases of the years that have counts", () => {
    const short = lookup({ deaths: { 2023: 1, 2024: 2 }, births: { 2023: 1000, 2024: 1000 } });
    const v = smallNumberView(rate, "A", pts({ 2022: 150, 2023: 100, 2024: 200 }), short, th);
    expect(v?.pooled).toBe(false);
    expect(v?.series).toEqual(pts({ 2022: 150, 2023: 100, 2024: 200 }));
    expect([...(v?.bases.keys() ?? [])]).toEqual([2023, 2024]);
    expect(v?.latest).toMatchObject({ events: 2, unstable: true });
  });
  it("a stable latest year is judged on its own values even when a window exists", () => {
    const big = lookup({ deaths: { 2022: 30, 2023: 25, 2024: 22 }, births: { 2022: 10000, 2023: 10000, 2024: 10000 } });
    const own = pts({ 2022: 300, 2023: 250, 2024: 220 });
    const v = smallNumberView(rate, "A", own, big, th);
    expect(v).toMatchObject({ pooled: false, series: own, latest: { events: 22, unstable: false } });
    expect(v?.latest.pooled).toBeUndefined();
  });
  it("no view without a formula, without points or without counts in the latest year", () => {
    const { formula: _, ...noFormula } = rate;
    expect(smallNumberView(noFormula, "A", series, counts, th)).toBeNull();
    expect(smallNumberView(rate, "A", [], counts, th)).toBeNull();
    expect(smallNumberView(rate, "A", pts({ 2025: 100 }), counts, th)).toBeNull();
  });
});
