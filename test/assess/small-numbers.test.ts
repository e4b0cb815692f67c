// Issue 9, findings 1 and "counts": rates resting on few events, counts behind rates, city values from counties.
import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS, assess, explainResult } from "../../src/assess/index.js";
import { assessResult } from "../../src/assess/assess-result.js";
import type { Indicator, Plan } from "../../src/model/plan.js";
import type { IndicatorResult, Report } from "../../src/model/report.js";
import { obs } from "./small-plan.js";

const ind = (id: string, extra: Partial<Indicator>): Indicator => ({
  id, area: "health", goal: 2, name: { zh: id, en: id }, unit: { zh: "人", en: "persons" }, higher_is_better: true, targets: [], ...extra,
});
const plan: Plan = {
  id: "t", version: "1", title: { zh: "测试", en: "Test" }, period: { start: 2021, end: 2030 }, base_year: 2020, milestones: [2025, 2030], notes: [],
  regions: [
    { code: "C", name: { zh: "市", en: "City" }, level: "city" },
    { code: "A", name: { zh: "甲县", en: "A County" }, level: "county", parent: "C" },
    { code: "B", name: { zh: "乙县", en: "B County" }, level: "county", parent: "C" },
  ],
  areas: [{ id: "health", number: 1, name: { zh: "健康", en: "Health" } }],
  goals: [],
  indicators: [
    ind("mmr", {
      unit: { zh: "/10万", en: "per 100,000" }, higher_is_better: false, bounds: { min: 0 },
      formula: { numerator: "deaths", denominator: "births", factor: 100000 }, aggregate: "formula",
      targets: [{ kind: "at_most", value: 10.5, year: 2025 }, { kind: "at_most", value: 10, year: 2030 }],
    }),
    ind("deaths", { aggregate: "sum" }),
    ind("births", { aggregate: "sum" }),
    ind("share", { unit: { zh: "%", en: "%" }, bounds: { min: 0, max: 100 }, formula: { numerator: "women", denominator: "members", factor: 100 }, aggregate: "formula", targets: [{ kind: "at_least", value: 30, year: null }] }),
    ind("women", { aggregate: "sum" }),
    ind("members", { aggregate: "sum" }),
  ],
};
const find = (r: Report, indicator: string, region: string): IndicatorResult => {
  const hit = r.results.find((x) => x.indicator === indicator && x.region === region);
  if (!hit) throw new Error(`no result ${indicator}/${region}`);
  return hit;
};
const codes = (r: IndicatorResult): string[] => r.warnings.map((w) => w.code);

// 建昌县 in the sample: one death in 2020 and one in 2024 among ~2,500 births a year (falling 4% a year).
const births = { 2020: 2880, 2021: 2765, 2022: 2654, 2023: 2548, 2024: 2446 };
const deaths = { 2020: 1, 2021: 0, 2022: 0, 2023: 0, 2024: 1 };
const rates = { 2020: 34.72, 2021: 0, 2022: 0, 2023: 0, 2024: 40.88 };
const jianchang = [...obs("mmr", rates, "A"), ...obs("deaths", deaths, "A"), ...obs("births", births, "A")];

describe("finding 1: a county rate on one death is indeterminate, not red", () => {
  // Computed inside each test (not at collection time), so per-test coverage sees which test reaches which code.
  const judge = (): IndicatorResult => find(assess(plan, jianchang), "mmr", "A");
  it("pools the last three years: 1 death in 2,654 + 2,548 + 2,446 = 7,648 births = 13.08/10万, exact 95% interval 0.33–72.85", () => {
    const r = judge();
    // Garwood, 1 event: [χ²(0.025, 2)/2, χ²(0.975, 4)/2] = [0.025318, 5.57164] events → ÷ 7,648 × 100,000
    expect(r.basis).toMatchObject({ events: 1, denominator: 7648, unstable: true, pooled: { from: 2022, to: 2024 } });
    expect(r.basis?.value).toBeCloseTo(13.0753, 3);
    expect(r.basis?.ci?.low).toBeCloseTo(0.33104, 4);
    expect(r.basis?.ci?.high).toBeCloseTo(72.851, 2);
    expect(r.basis?.ci).toMatchObject({ level: 0.95, method: "garwood" });
  });
  it("judges the 2025 target (≤ 10.5, inside the interval) statistically indeterminate", () => {
    const r = judge();
    expect(r.targets[0]).toMatchObject({ status: "indeterminate", reason: "small-numbers", current: true });
    // the target carries the basis of the value it was judged on (the pooled 2024 value)
    expect(r.targets[0]?.basis).toMatchObject({ events: 1, denominator: 7648, pooled: { from: 2022, to: 2024 } });
    expect(r.status).toBe("indeterminate");
    expect(r.category).toBe("insufficient_data");
  });
  it("raises no expected-to-miss, strong-fluctuation or wrong-direction, and says why in a small-numbers note", () => {
    const r = judge();
    expect(codes(r)).toEqual(["small-numbers"]);
    expect(r.warnings[0]?.level).toBeUndefined();
    expect(r.warnings[0]?.message).toContain("2022—2024 年合并计算，1 例（分母 7648）");
    expect(r.warnings[0]?.message).toContain("0.33—72.85 /10万");
  });
  it("counts the indeterminate apart from met and not met, outside the attainment rate", () => {
    const s = assess(plan, jianchang).summary;
    expect(s).toMatchObject({ indeterminate: 1, assessable: 0, attainment_rate: null });
  });
  it("the trend starts at the first pooled year: 2020–2022 = 1 death in 2,880 + 2,765 + 2,654 = 8,299 births = 12.05/10万", () => {
    const r = judge();
    expect(r.baseline_source).toBe("pooled");
    expect(r.baseline?.year).toBe(2022);
    expect(r.baseline?.value).toBeCloseTo(12.0496, 4);
    // the pooled series: 2022 12.05, 2023 0 deaths in 7,967 births = 0, 2024 13.08
    expect(r.trend.points).toBe(3);
  });
  it("assessResult given no count lookup judges a formula indicator on its values", () => {
    const r = assessResult({
      plan, indicator: plan.indicators[0]!, region: "A", series: [{ year: 2020, value: 34.72 }, { year: 2024, value: 40.88 }], partnerOf: () => undefined,
      asOf: 2024, baseYear: 2020, method: "eurostat", th: { ...DEFAULT_THRESHOLDS }, lang: "en",
    });
    expect(r.basis).toBeUndefined();
    expect(r.targets[0]?.status).toBe("not_met");
  });
  it("a series by sex has no counts of its own: judged on its values, without a basis", () => {
    const r = assess(plan, [...jianchang, ...obs("mmr", { 2020: 34.72, 2024: 40.88 }, "A", "female")]).results.find((x) => x.indicator === "mmr" && x.region === "A" && x.sex === "female");
    expect(r?.basis).toBeUndefined();
    expect(r?.warnings.map((w) => w.code)).not.toContain("small-numbers");
    expect(r?.targets[0]?.status).toBe("not_met");
  });
  it("the same rates without counts are judged as before (nothing tells they are small)", () => {
    const r0 = find(assess(plan, obs("mmr", rates, "A")), "mmr", "A");
    expect(r0.basis).toBeUndefined();
    expect(r0.targets[0]?.status).toBe("not_met");
  });
  it("infers the events from rate × births when deaths are not given: round(40.88 × 2,446 / 100,000) = 1", () => {
    const r1 = find(assess(plan, [...obs("mmr", rates, "A"), ...obs("births", births, "A")]), "mmr", "A");
    expect(r1.basis).toMatchObject({ events: 1, denominator: 7648, unstable: true });
    expect(r1.targets[0]?.status).toBe("indeterminate");
  });
});

describe("enough events: judged on the value, with its interval", () => {
  it("30 deaths in 200,000 births a year (15/10万) is stable and not met", () => {
    const big = [...obs("deaths", { 2020: 28, 2024: 30 }, "A"), ...obs("births", { 2020: 200000, 2024: 200000 }, "A")];
    const r = find(assess(plan, big), "mmr", "A");
    // derived 30 / 200,000 × 100,000 = 15 > 10.5; 30 ≥ 20 events → stable, no pooling
    expect(r.latest?.value).toBeCloseTo(15, 9);
    expect(r.basis).toMatchObject({ events: 30, denominator: 200000, unstable: false });
    expect(r.basis?.pooled).toBeUndefined();
    expect(r.targets[0]?.status).toBe("not_met");
  });
  it("19 events are unstable, 20 are not (the NCHS boundary)", () => {
    const at = (n: number) => find(assess(plan, [...obs("deaths", { 2024: n }, "A"), ...obs("births", { 2024: 100000 }, "A")]), "mmr", "A").basis?.unstable;
    expect(at(19)).toBe(true);
    expect(at(20)).toBe(false);
  });
  it("an unstable value whose whole interval misses the target is not met: 12 deaths in 20,000 births", () => {
    // 60/10万; Garwood 12 events [6.2006, 20.9616] → [31.0, 104.8] per 10万, all above 10.5 (one year only: no pooling window)
    const r = find(assess(plan, [...obs("deaths", { 2024: 12 }, "A"), ...obs("births", { 2024: 20000 }, "A")]), "mmr", "A");
    expect(r.basis).toMatchObject({ events: 12, unstable: true });
    expect(r.basis?.ci?.low).toBeCloseTo(31.003, 2);
    expect(r.targets[0]?.status).toBe("not_met");
  });
});

describe("counts and the city", () => {
  const counties = [
    ...obs("deaths", { 2023: 1, 2024: 2 }, "A"), ...obs("births", { 2023: 10000, 2024: 9000 }, "A"),
    ...obs("deaths", { 2023: 0, 2024: 1 }, "B"), ...obs("births", { 2023: 5000, 2024: 6000 }, "B"),
  ];
  it("derives the city's counts by adding up its counties, and its rate as Σ deaths / Σ births", () => {
    const r = assess(plan, counties);
    const city = find(r, "mmr", "C");
    // 2024: (2 + 1) / (9,000 + 6,000) × 100,000 = 20
    expect(city.latest).toEqual({ year: 2024, value: 20 });
    expect(city.basis).toMatchObject({ events: 3, unstable: true });
    // too few events to judge a trend either: no "achieved" beside an indeterminate status
    expect(city.targets[0]).toMatchObject({ status: "indeterminate", category: "insufficient_data" });
    expect(r.diagnostics).toEqual([]);
  });
  it("a submitted city rate that does not reconcile with its counties is aggregate-mismatch", () => {
    const r = assess(plan, [...counties, ...obs("mmr", { 2024: 12.5 }, "C")]);
    const d = r.diagnostics.find((x) => x.code === "aggregate-mismatch");
    expect(d).toMatchObject({ severity: "warning", indicator: "mmr", region: "C", year: 2024, value: "12.5" });
    expect(d?.message).toContain("与所辖 2 个地区汇总所得 20 不一致");
    // 20 within ±0.05 of 20.0 reconciles
    expect(assess(plan, [...counties, ...obs("mmr", { 2024: 20.0 }, "C")]).diagnostics).toEqual([]);
  });
  it("a submitted city count different from the counties' sum is aggregate-mismatch", () => {
    const r = assess(plan, [...counties, ...obs("deaths", { 2024: 4 }, "C")]);
    expect(r.diagnostics.map((x) => [x.code, x.indicator, x.year])).toEqual([["aggregate-mismatch", "deaths", 2024]]);
  });
  it("does not add up an incomplete set of counties", () => {
    const r = assess(plan, counties.filter((o) => !(o.region === "B" && o.year === 2024)));
    expect(find(r, "mmr", "C").series.map((p) => p.year)).toEqual([2023]);
  });
  it("a rate that disagrees with its own counts beyond its rounding is rate-count-mismatch", () => {
    // 1 / 2,446 × 100,000 = 40.8831; 45 is off, 40.88 is within ±0.005
    const bad = assess(plan, [...obs("mmr", { 2024: 45 }, "A"), ...obs("deaths", { 2024: 1 }, "A"), ...obs("births", { 2024: 2446 }, "A")]);
    expect(bad.diagnostics.map((d) => d.code)).toEqual(["rate-count-mismatch"]);
    expect(bad.diagnostics[0]?.message).toContain("按 deaths 1 ÷ births 2446 × 100000 计算为 40.88");
    const good = assess(plan, [...obs("mmr", { 2024: 40.88 }, "A"), ...obs("deaths", { 2024: 1 }, "A"), ...obs("births", { 2024: 2446 }, "A")]);
    expect(good.diagnostics).toEqual([]);
  });
});

describe("shares: Wilson's interval and the n < 30 rule", () => {
  it("3 women among 20 members (15%) is unstable; the interval 5.2%–36.0% straddles 30% → indeterminate", () => {
    const r = find(assess(plan, [...obs("women", { 2024: 3 }, "A"), ...obs("members", { 2024: 20 }, "A")]), "share", "A");
    expect(r.basis).toMatchObject({ events: 3, denominator: 20, unstable: true });
    expect(r.basis?.ci?.method).toBe("wilson");
    // Wilson 3/20: centre (0.15 + 0.0960) / 1.1921, half 0.1549 → [0.0524, 0.3604]
    expect(r.basis?.ci?.low).toBeCloseTo(5.236, 2);
    expect(r.basis?.ci?.high).toBeCloseTo(36.04, 1);
    expect(r.targets[0]?.status).toBe("indeterminate");
  });
  it("90 women among 300 members (30%) is stable and met", () => {
    const r = find(assess(plan, [...obs("women", { 2024: 90 }, "A"), ...obs("members", { 2024: 300 }, "A")]), "share", "A");
    expect(r.basis?.unstable).toBe(false);
    expect(r.targets[0]?.status).toBe("met");
  });
});

describe("the counts are inputs, not results", () => {
  it("lists deaths and births only when asked for by name", () => {
    const r = assess(plan, jianchang);
    expect(r.results.map((x) => x.indicator)).not.toContain("deaths");
    expect(assess(plan, jianchang, { indicator: "deaths" }).results.map((x) => `${x.indicator}/${x.region}`)).toEqual(["deaths/A"]);
  });
  it("a count with a target of its own is a result too", () => {
    const own: Plan = { ...plan, indicators: plan.indicators.map((i) => (i.id === "births" ? { ...i, targets: [{ kind: "decrease" as const, year: 2030 }] } : i)) };
    const listed = assess(own, jianchang).results.map((x) => `${x.indicator}/${x.region}`);
    expect(listed).toContain("births/A");
    expect(listed).not.toContain("deaths/A");
  });
});

describe("how the interval verdict is explained and applied to direction targets", () => {
  it("records the interval step with its numbers", () => {
    const r = find(assess(plan, jianchang), "mmr", "A");
    const step = r.targets[0]?.steps?.find((s) => s.label === "small-numbers-interval");
    expect(step).toEqual({ label: "small-numbers-interval", formula: "garwood 95% [0.33, 72.85] ≤ 10.5", value: "indeterminate" });
    // the reason is small-numbers only while indeterminate
    expect(r.targets[0]?.reason).toBe("small-numbers");
  });
  const fall = ind("fall", { unit: { zh: "/10万", en: "per 100,000" }, higher_is_better: false, formula: { numerator: "deaths", denominator: "births", factor: 100000 }, targets: [{ kind: "decrease", year: 2030 }] });
  const p2: Plan = { ...plan, indicators: [...plan.indicators, fall] };
  const births1000 = { 2018: 1000, 2019: 1000, 2020: 1000, 2021: 1000, 2022: 1000, 2023: 1000, 2024: 1000 };
  it("a falling rate whose first and last pooled intervals overlap is indeterminate", () => {
    // pooled 2018–2020: 3 + 2 + 2 = 7 events → 233/10万; 2022–2024: 1 + 1 + 2 = 4 → 133/10万; Garwood [2.81, 14.42] and [1.09, 10.24] events overlap
    const d = [...obs("deaths", { 2018: 3, 2019: 2, 2020: 2, 2021: 2, 2022: 1, 2023: 1, 2024: 2 }, "A"), ...obs("births", births1000, "A")];
    const t = find(assess(p2, d), "fall", "A").targets[0]!;
    expect(t).toMatchObject({ status: "indeterminate", reason: "small-numbers", category: "insufficient_data" });
    expect(t.steps?.find((s) => s.label === "small-numbers-overlap")?.value).toBe("overlap");
  });
  it("one whose intervals are apart is judged on its movement: 18 events down to 0", () => {
    // pooled 2018–2020: 18 events → 600/10万, Garwood [10.67, 28.45] → [355.6, 948.2]; 2022–2024: 0 → [0, 122.96]: apart
    const d = [...obs("deaths", { 2018: 6, 2019: 6, 2020: 6, 2021: 3, 2022: 0, 2023: 0, 2024: 0 }, "A"), ...obs("births", births1000, "A")];
    const t = find(assess(p2, d), "fall", "A").targets[0]!;
    expect(t.steps?.find((s) => s.label === "small-numbers-overlap")?.value).toBe("apart");
    expect(t.status).toBe("met");
    expect(t.reason).toBeUndefined();
    // still resting on few events: no category or score from the movement
    expect(t.category).toBe("insufficient_data");
    expect(t.score).toBeUndefined();
  });
});

describe("explain shows the counts behind a value", () => {
  const basisLine = (o: ReturnType<typeof obs>, indicator: string, lang: "zh" | "en" = "en") => {
    const report = assess(plan, o);
    return explainResult(find(report, indicator, "A"), plan, report, lang).filter((l) => l.includes("Counts behind it") || l.includes("计数依据"));
  };
  it("pooled events, the Garwood interval and why it is unstable (1 death in 7,648 births, 2022–2024)", () => {
    expect(basisLine(jianchang, "mmr")).toEqual(["Counts behind it: 1 events / 7648 (pooled 2022–2024); exact Poisson (Garwood) 95% interval 0.33–72.85; fewer than 20 events: statistically unstable"]);
    expect(basisLine(jianchang, "mmr", "zh")).toEqual(["计数依据：1 例 / 7648（2022—2024 年合并）；精确泊松（Garwood） 95%置信区间 0.33—72.85；事件数少于 20，统计上不稳定"]);
  });
  it("a stable single year: 30 deaths in 200,000 births, Garwood 95% [20.24, 42.83] events ÷ 200,000 × 100,000 = 10.12–21.41 per 10万", () => {
    const big = [...obs("deaths", { 2024: 30 }, "A"), ...obs("births", { 2024: 200000 }, "A")];
    expect(basisLine(big, "mmr")).toEqual(["Counts behind it: 30 events / 200000; exact Poisson (Garwood) 95% interval 10.12–21.41; enough events: stable"]);
  });
  it("a share on fewer than 30: 3 women of 20 members, Wilson 95% 5.24%–36.04%", () => {
    const small = [...obs("women", { 2024: 3 }, "A"), ...obs("members", { 2024: 20 }, "A")];
    expect(basisLine(small, "share")).toEqual(["Counts behind it: 3 events / 20; Wilson 95% interval 5.24–36.04; a denominator below 30: statistically unstable"]);
  });
});
