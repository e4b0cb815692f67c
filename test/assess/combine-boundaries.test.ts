// The assessment's small decisions pinned on both sides: status precedence, category order, current targets,
// the milestone, the progress share (time capped at 100%), the band basis, the baseline and the summary.
import { describe, expect, it } from "vitest";
import { combineCategory, combineStatus, markCurrent } from "../../src/assess/combine-status.js";
import { currentMilestone } from "../../src/assess/index.js";
import { progressShare } from "../../src/assess/progress-share.js";
import { levelBasis } from "../../src/assess/progress-basis.js";
import { chooseBaseline, trendPoints } from "../../src/assess/choose-baseline.js";
import { groupObservations, seriesKey } from "../../src/assess/group-observations.js";
import { summarize, summarizeBlock } from "../../src/assess/summarize.js";
import type { IndicatorResult, ProgressCategory, TargetResult, TargetStatus } from "../../src/model/report.js";
import type { ProgressBasis } from "../../src/assess/index.js";
import { plan } from "./small-plan.js";

const tr = (status: TargetStatus, current = true, category?: ProgressCategory): TargetResult =>
  ({ year: 2030, kind: "at_least", status, horizon: 2030, steps: [], current, ...(category ? { category } : {}) }) as TargetResult;

describe("combineStatus precedence: not met > not assessable > nearly met > met", () => {
  it.each([
    { s: ["met", "nearly_met", "not_assessable", "not_met"], want: "not_met" },
    { s: ["not_assessable", "not_met"], want: "not_met" },
    { s: ["met", "nearly_met", "not_assessable"], want: "not_assessable" },
    { s: ["nearly_met", "not_assessable"], want: "not_assessable" },
    { s: ["met", "nearly_met"], want: "nearly_met" },
    { s: ["nearly_met", "met"], want: "nearly_met" },
    { s: ["met", "met"], want: "met" },
  ] as const)("$s → $want", ({ s, want }) => {
    expect(combineStatus(s.map((x) => tr(x)))).toBe(want);
  });
  it("looks only at current targets, and has no status without one", () => {
    expect(combineStatus([tr("met"), tr("not_met", false)])).toBe("met");
    expect(combineStatus([tr("not_met", false)])).toBeUndefined();
    expect(combineStatus([])).toBeUndefined();
  });
});

describe("combineCategory: the least favourable current category", () => {
  it.each([
    { c: ["achieved", "moving_away", "insufficient"], want: "moving_away" },
    { c: ["achieved", "on_track", "insufficient", "moderate"], want: "insufficient" },
    { c: ["achieved", "on_track", "moderate"], want: "moderate" },
    { c: ["achieved", "on_track"], want: "on_track" },
    { c: ["achieved", "insufficient_data"], want: "achieved" },
    { c: ["insufficient_data"], want: "insufficient_data" },
  ] as const)("$c → $want", ({ c, want }) => {
    expect(combineCategory(c.map((x) => tr("met", true, x)))).toBe(want);
  });
  it("skips targets that are not current or have no category", () => {
    expect(combineCategory([tr("met", true, "achieved"), tr("met", false, "moving_away"), tr("met", true)])).toBe("achieved");
    expect(combineCategory([tr("met", false, "moving_away")])).toBeUndefined();
  });
});

describe("markCurrent", () => {
  const ts = (...years: (number | null)[]) => years.map((year) => ({ ...tr("met"), year }) as TargetResult);
  it("marks every-year targets and the nearest target year at or after as_of", () => {
    const a = ts(2025, 2030, null);
    markCurrent(a, 2025);
    expect(a.map((t) => t.current)).toEqual([true, false, true]);
    markCurrent(a, 2026);
    expect(a.map((t) => t.current)).toEqual([false, true, true]);
    markCurrent(a, 2024);
    expect(a.map((t) => t.current)).toEqual([true, false, true]);
  });
  it("takes the latest target year when as_of is past them all, whatever their order", () => {
    const a = ts(2030, 2025);
    markCurrent(a, 2031);
    expect(a.map((t) => t.current)).toEqual([true, false]);
    markCurrent(a, 2020);
    expect(a.map((t) => t.current)).toEqual([false, true]);
  });
});

describe("currentMilestone", () => {
  it.each([
    { asOf: 2024, want: 2025 },
    { asOf: 2025, want: 2025 },
    { asOf: 2026, want: 2030 },
    { asOf: 2031, want: 2030 },
  ])("as_of $asOf → $want", ({ asOf, want }) => {
    expect(currentMilestone(asOf, [2030, 2025], 2035)).toBe(want);
  });
  it("falls back to the plan end without milestones", () => {
    expect(currentMilestone(2024, [], 2035)).toBe(2035);
  });
});

describe("progressShare (序时进度)", () => {
  const basis = (latestYear: number, latest: number, over: Partial<ProgressBasis> = {}): ProgressBasis => ({
    d: 1, target: 90, horizon: 2030, base: { year: 2020, value: 80 }, latest: { year: latestYear, value: latest }, points: [], linear: false, ...over,
  });
  it("compares progress with elapsed time", () => {
    // P = (84 − 80) / |90 − 80| = 0.4; time (2025 − 2020) / (2030 − 2020) = 0.5; lag (0.5 − 0.4) × 100 = 10
    const p = progressShare(basis(2025, 84))!;
    expect(p.progress.share).toBeCloseTo(0.4, 12);
    expect(p.progress.time_share).toBe(0.5);
    expect(p.progress.lag_points).toBeCloseTo(10, 9);
    expect(p.steps.map((s) => s.label)).toEqual(["progress-share", "time-share", "lag"]);
  });
  it("caps elapsed time at 100% once the horizon has passed", () => {
    // time = min(1, (2032 − 2020) / 10 = 1.2) = 1; P = (88 − 80) / 10 = 0.8; lag (1 − 0.8) × 100 = 20
    const p = progressShare(basis(2032, 88))!;
    expect(p.progress.time_share).toBe(1);
    expect(p.progress.lag_points).toBeCloseTo(20, 9);
    // exactly at the horizon: (2030 − 2020) / 10 = 1
    expect(progressShare(basis(2030, 88))!.progress.time_share).toBe(1);
  });
  it("counts a move the wrong way as negative progress, for d = −1 too", () => {
    // d = −1, target 10 from 20: P = −1 × (22 − 20) / |10 − 20| = −0.2
    const p = progressShare(basis(2025, 22, { d: -1, target: 10, base: { year: 2020, value: 20 } }))!;
    expect(p.progress.share).toBeCloseTo(-0.2, 12);
    expect(p.progress.lag_points).toBeCloseTo(70, 9);
    expect(p.steps[0]!.formula.startsWith("−")).toBe(true);
  });
  it("has no share when the base is the target, and no result when the horizon is not after the base", () => {
    const p = progressShare(basis(2025, 95, { target: 80 }))!;
    expect(p.progress).toEqual({ share: null, time_share: 0.5, lag_points: null });
    expect(p.steps.map((s) => s.label)).toEqual(["progress-share", "time-share"]);
    expect(progressShare(basis(2025, 84, { horizon: 2020 }))).toBeNull();
    expect(progressShare(basis(2025, 84, { horizon: 2019 }))).toBeNull();
  });
});

describe("levelBasis", () => {
  const pts = (...vs: number[]) => vs.map((value, i) => ({ year: 2020 + i, value }));
  it.each([
    // band 50 ± 2: below 48 → rise to 48; above 52 → fall to 52; exactly on an edge or inside → towards 50
    { latest: 47.9, d: 1, target: 48 },
    { latest: 48, d: 1, target: 50 },
    { latest: 50, d: 1, target: 50 },
    { latest: 50.1, d: -1, target: 50 },
    { latest: 52, d: -1, target: 50 },
    { latest: 52.1, d: -1, target: 52 },
  ])("band: latest $latest → d $d towards $target", ({ latest, d, target }) => {
    expect(levelBasis({ op: "band", threshold: 50, tolerance: 2 }, pts(40, latest), 2030, false)).toMatchObject({ d, target });
  });
  it("uses ge/le as given and a zero tolerance when none is set", () => {
    expect(levelBasis({ op: "ge", threshold: 5 }, pts(1, 2), 2030, true)).toEqual({ d: 1, target: 5, horizon: 2030, base: { year: 2020, value: 1 }, latest: { year: 2021, value: 2 }, points: pts(1, 2), linear: true });
    expect(levelBasis({ op: "le", threshold: 5 }, pts(9), 2030, false)).toMatchObject({ d: -1, target: 5 });
    expect(levelBasis({ op: "band", threshold: 5 }, pts(1, 6), 2030, false)).toMatchObject({ d: -1, target: 5 });
    expect(levelBasis({ op: "ge", threshold: 5 }, [], 2030, false)).toBeNull();
  });
});

describe("chooseBaseline", () => {
  const mmr = plan.indicators[0]!; // plan baseline 7.35 in 2020
  const s = [{ year: 2019, value: 6 }, { year: 2021, value: 8 }, { year: 2022, value: 9 }];
  it.each([
    { name: "observed base year", series: [{ year: 2020, value: 7 }, ...s], region: "C", sex: undefined, want: { point: { year: 2020, value: 7 }, source: "observed" } },
    { name: "plan baseline for the city headline", series: s, region: "C", sex: undefined, want: { point: { year: 2020, value: 7.35 }, source: "plan" } },
    { name: "plan baseline for the city total", series: s, region: "C", sex: "total", want: { point: { year: 2020, value: 7.35 }, source: "plan" } },
    { name: "not for a county", series: s, region: "A", sex: undefined, want: { point: { year: 2021, value: 8 }, source: "first-after" } },
    { name: "not for women only", series: s, region: "C", sex: "female", want: { point: { year: 2021, value: 8 }, source: "first-after" } },
    { name: "last before when nothing after", series: [{ year: 2018, value: 5 }, { year: 2019, value: 6 }], region: "A", sex: undefined, want: { point: { year: 2019, value: 6 }, source: "last-before" } },
  ] as const)("$name", ({ series, region, sex, want }) => {
    expect(chooseBaseline(series, mmr, plan, region, sex, 2020)).toEqual(want);
  });
  it("uses the plan's baseline only for its own year, and gives null with nothing at all", () => {
    expect(chooseBaseline(s, mmr, plan, "C", undefined, 2019)).toEqual({ point: { year: 2019, value: 6 }, source: "observed" });
    expect(chooseBaseline([], plan.indicators[1]!, plan, "C", undefined, 2020)).toBeNull();
  });
  it("builds trend points from the baseline on", () => {
    expect(trendPoints(s, { year: 2020, value: 7.35 })).toEqual([{ year: 2020, value: 7.35 }, { year: 2021, value: 8 }, { year: 2022, value: 9 }]);
    expect(trendPoints(s, { year: 2021, value: 8 })).toEqual([{ year: 2021, value: 8 }, { year: 2022, value: 9 }]);
    expect(trendPoints(s, null)).toEqual([]);
  });
});

describe("groupObservations", () => {
  const o = (year: number, value: number, extra: object = {}) => ({ indicator: "x", region: "C", year, value, source: { file: "f", row: 1 }, ...extra });
  it("keeps finite values up to as_of, integer years, the first of a duplicate, sorted by year", () => {
    const g = groupObservations([o(2024, 3), o(2022, 1), o(2022, 9), o(2025, 4), o(2023, NaN), o(2023.5, 5), o(2023, Infinity)], 2024);
    expect([...g.values()]).toEqual([{ indicator: "x", region: "C", points: [{ year: 2022, value: 1 }, { year: 2024, value: 3 }] }]);
  });
  it("keeps sexes apart", () => {
    const g = groupObservations([o(2024, 1, { sex: "female" }), o(2024, 2)], 2024);
    expect(g.get(seriesKey("x", "C", "female"))).toEqual({ indicator: "x", region: "C", sex: "female", points: [{ year: 2024, value: 1 }] });
    expect(g.get(seriesKey("x", "C", undefined))?.points).toEqual([{ year: 2024, value: 2 }]);
  });
});

describe("summarize", () => {
  const r = (area: string, status: TargetStatus | undefined, category: ProgressCategory | undefined, levels: ("red" | "yellow" | undefined)[] = []) =>
    ({ area, status, category, warnings: levels.map((level) => ({ code: "c", message: "m", data: {}, ...(level ? { level } : {}) })) }) as unknown as IndicatorResult;
  it("counts statuses, categories and warnings; attainment = (met + nearly met) / assessable", () => {
    const b = summarizeBlock([r("health", "met", "achieved", ["red"]), r("health", "nearly_met", "moderate", ["yellow", undefined]), r("health", "not_met", "moving_away"), r("health", "not_assessable", "insufficient_data"), r("health", undefined, undefined)]);
    // (1 + 1) / (1 + 1 + 1) = 2/3
    expect(b).toMatchObject({ results: 5, assessable: 3, met: 1, nearly_met: 1, not_met: 1, not_assessable: 1, warnings: { red: 1, yellow: 1, other: 1 } });
    expect(b.attainment_rate).toBeCloseTo(2 / 3, 12);
    expect(b.categories).toEqual({ achieved: 1, on_track: 0, moderate: 1, insufficient: 0, moving_away: 1, insufficient_data: 1 });
  });
  it("has no attainment rate when nothing is assessable, and blocks only for areas with results", () => {
    expect(summarizeBlock([r("health", "not_assessable", undefined)]).attainment_rate).toBeNull();
    const s = summarize([r("decision", "met", "achieved")], ["health", "decision"]);
    expect(Object.keys(s.areas)).toEqual(["decision"]);
    expect(s.areas.decision).toMatchObject({ results: 1, met: 1, attainment_rate: 1 });
    expect(s.attainment_rate).toBe(1);
  });
});
