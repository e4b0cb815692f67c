// assess(): which series are assessed and in what order, as_of, filters, partner series by sex, the trend
// block's projections, and the order of a result's warnings.
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/index.js";
import type { Plan } from "../../src/model/plan.js";
import type { Report } from "../../src/model/report.js";
import { obs, plan } from "./small-plan.js";

// The results that rest on data; the plan's indicators with targets and no data are listed too, as missing.
const keys = (r: Report) => r.results.filter((x) => x.reason !== "no-data").map((x) => `${x.indicator}/${x.region}/${x.sex ?? "-"}`);
const missing = (r: Report) => r.results.filter((x) => x.reason === "no-data").map((x) => `${x.indicator}/${x.region}`);
// The one result of an indicator that rests on data.
const found = (r: Report, indicator: string) => r.results.find((x) => x.indicator === indicator && x.reason !== "no-data")!;

describe("as_of", () => {
  it("is the latest year among known indicators, the option when given, else the plan's base year", () => {
    expect(assess(plan, [...obs("mgmt", { 2023: 95 }), ...obs("nope", { 2026: 1 })]).as_of).toBe(2023);
    // as_of 2022 is before mgmt's only value (2023): every indicator with targets is listed as missing in C
    const early = assess(plan, obs("mgmt", { 2023: 95 }), { asOf: 2022 });
    expect(early.as_of).toBe(2022);
    expect(keys(early)).toEqual([]);
    expect(missing(early)).toEqual(["mmr/C", "mgmt/C", "screen/C", "nutri/C", "delegates/C"]);
    expect(assess(plan, obs("nope", { 2026: 1 })).as_of).toBe(2020);
  });
  it("defaults to Eurostat and Chinese", () => {
    const r = assess(plan, obs("mgmt", { 2024: 85 }));
    expect(r.method).toBe("eurostat");
    expect(r.plan).toEqual({ id: "test", version: "1" });
    expect(r.diagnostics).toEqual([]);
  });
});

describe("region filter", () => {
  const data = [...obs("mgmt", { 2024: 95 }, "C"), ...obs("mgmt", { 2024: 95 }, "A"), ...obs("mgmt", { 2024: 95 }, "X")];
  it.each([
    { region: "all", want: ["mgmt/C/-", "mgmt/A/-", "mgmt/X/-"] },
    { region: ["A", "ALL"], want: ["mgmt/C/-", "mgmt/A/-", "mgmt/X/-"] },
    { region: [] as string[], want: ["mgmt/C/-", "mgmt/A/-", "mgmt/X/-"] },
    { region: " a county ", want: ["mgmt/A/-"] },
    { region: "市", want: ["mgmt/C/-"] },
    // a code the plan does not list still selects its own data
    { region: " X ", want: ["mgmt/X/-"] },
    { region: ["C", "A"], want: ["mgmt/C/-", "mgmt/A/-"] },
  ])("$region", ({ region, want }) => {
    expect(keys(assess(plan, data, { region }))).toEqual(want);
  });
  it("lists the missing ones in the regions in scope: the data's regions for all, the named ones otherwise", () => {
    expect(missing(assess(plan, data, { region: "all" }))).toEqual([
      "mmr/C", "mmr/A", "mmr/X", "screen/C", "screen/A", "screen/X", "nutri/C", "nutri/A", "nutri/X", "delegates/C", "delegates/A", "delegates/X",
    ]);
    expect(missing(assess(plan, data, { region: " a county " }))).toEqual(["mmr/A", "screen/A", "nutri/A", "delegates/A"]);
    expect(missing(assess(plan, data, { region: ["C", "A"] }))).toEqual(["mmr/C", "mmr/A", "screen/C", "screen/A", "nutri/C", "nutri/A", "delegates/C", "delegates/A"]);
  });
  it("matches aliases", () => {
    const p: Plan = { ...plan, regions: [plan.regions[0]!, { ...plan.regions[1]!, aliases: ["甲"] }] };
    expect(keys(assess(p, data, { region: "甲" }))).toEqual(["mgmt/A/-"]);
  });
});

describe("area and indicator filters", () => {
  const data = [...obs("mgmt", { 2024: 95 }), ...obs("members", { 2024: 30 }), ...obs("mmr", { 2024: 8 })];
  it("takes one or many", () => {
    expect(keys(assess(plan, data, { area: "decision" }))).toEqual(["members/C/-"]);
    expect(keys(assess(plan, data, { area: ["decision", "health"] }))).toEqual(["mmr/C/-", "mgmt/C/-", "members/C/-"]);
    expect(keys(assess(plan, data, { indicator: "mgmt" }))).toEqual(["mgmt/C/-"]);
    expect(keys(assess(plan, data, { area: "health", indicator: ["members", "mmr"] }))).toEqual(["mmr/C/-"]);
    // the filters narrow the missing ones too; a named indicator lists no other missing one
    expect(missing(assess(plan, data, { area: "decision" }))).toEqual(["delegates/C"]);
    expect(missing(assess(plan, data, { area: ["decision", "health"] }))).toEqual(["screen/C", "nutri/C", "delegates/C"]);
    expect(missing(assess(plan, data, { indicator: "mgmt" }))).toEqual([]);
  });
});

describe("order", () => {
  it("puts regions outside the plan after the plan's, by code, and sexes headline (total or none), female, male", () => {
    const data = [
      ...obs("mgmt", { 2024: 95 }, "Z"), ...obs("mgmt", { 2024: 95 }, "Y"), ...obs("mgmt", { 2024: 95 }, "A", "male"),
      ...obs("mgmt", { 2024: 95 }, "A", "total"), ...obs("mgmt", { 2024: 95 }, "A", "female"), ...obs("mgmt", { 2024: 95 }, "A"), ...obs("mgmt", { 2024: 95 }, "C"),
    ];
    // "total" and no sex are one headline series: A has one headline result, not two
    expect(keys(assess(plan, data))).toEqual(["mgmt/C/-", "mgmt/A/-", "mgmt/A/female", "mgmt/A/male", "mgmt/Y/-", "mgmt/Z/-"]);
  });
});

describe("compare partners by sex", () => {
  const delegates = (sex?: "female" | "total") => obs("delegates", { 2024: 31 }, "C", sex);
  const members = (sex?: "female" | "total") => obs("members", { 2024: 29 }, "C", sex);
  const status = (data: ReturnType<typeof obs>, sex?: string) =>
    assess(plan, data, { indicator: "delegates" }).results.find((r) => r.reason !== "no-data" && (r.sex ?? "-") === (sex ?? "-"))?.targets[0]?.status;
  it("uses the same sex, \"total\" and no sex being one headline series", () => {
    expect(status([...delegates(), ...members()])).toBe("met");
    expect(status([...delegates(), ...members("total")])).toBe("met");
    // delegates "total" is the headline series (no sex field)
    expect(status([...delegates("total"), ...members()])).toBe("met");
    expect(status([...delegates("total"), ...members()], "total")).toBeUndefined();
    expect(status([...delegates("female"), ...members("female")], "female")).toBe("met");
  });
  it("does not compare women with the headline series", () => {
    expect(status([...delegates("female"), ...members()], "female")).toBe("not_assessable");
    expect(status([...delegates(), ...members("female")])).toBe("not_assessable");
  });
});

describe("trend block", () => {
  it("projects only to milestones after the latest year", () => {
    const r = found(assess(plan, obs("screen", { 2020: 40, 2025: 45 })), "screen");
    expect(Object.keys(r.trend.projection)).toEqual(["2030"]);
    const r2 = found(assess(plan, obs("screen", { 2020: 40, 2024: 44 })), "screen");
    // CAGR (44/40)^(1/4) − 1; 2025: 44 × (1.1)^(1/4)
    expect(Object.keys(r2.trend.projection)).toEqual(["2025", "2030"]);
    expect(r2.trend.projection["2025"]).toBeCloseTo(44 * Math.pow(1.1, 1 / 4), 9);
  });
  it("calls |rate| < 1% flat, and ±1% up or down", () => {
    const trend = (values: Record<number, number>) => found(assess(plan, obs("screen", values)), "screen").trend;
    // compound growth between the end points: (50.4 / 50)^(1/4) − 1 = 0.0019940 → flat
    expect(trend({ 2020: 50, 2024: 50.4 }).direction).toBe("flat");
    // (52 / 50)^(1/4) − 1 = 0.0098534 < 1% → flat (the end-point slope 0.5 = 1% of 50 is no longer the basis)
    expect(trend({ 2020: 50, 2024: 52 }).direction).toBe("flat");
    // 50 × 1.01^4 = 52.0302005 → exactly 1% → up; 52.03 → 0.0099990 → flat
    expect(trend({ 2020: 50, 2024: 52.0302005 }).direction).toBe("up");
    expect(trend({ 2020: 50, 2024: 52.03 }).direction).toBe("flat");
    // 50 × 0.99^4 = 48.0298005 → −1% → down; 48.03 → −0.0099990 → flat; (48 / 50)^(1/4) − 1 = −0.0101536 → down
    expect(trend({ 2020: 50, 2024: 48.0298005 }).direction).toBe("down");
    expect(trend({ 2020: 50, 2024: 48.03 }).direction).toBe("flat");
    expect(trend({ 2020: 50, 2024: 48 }).direction).toBe("down");
    expect(trend({ 2024: 48 })).toMatchObject({ direction: null, cagr: null, linear: null, last_change: null, points: 1 });
  });
  it("keeps the last annual change", () => {
    // 40 → 42 (2 years) → 45: last change (45 − 42)/1 = 3
    expect(found(assess(plan, obs("screen", { 2020: 40, 2022: 42, 2023: 45 })), "screen").trend.last_change).toBe(3);
  });
});

describe("warnings of a result, in order", () => {
  it("lists target warnings, then wrong-direction, fluctuation and stale data", () => {
    // mgmt (every year ≥ 90): breached 2021; a one-point county series elsewhere makes as_of 2025
    const data = [...obs("mgmt", { 2020: 95, 2021: 70, 2022: 92 }), ...obs("mmr", { 2025: 8 })];
    const r = assess(plan, data).results.find((x) => x.indicator === "mgmt")!;
    // (92 / 95)^(1/2) − 1 = −0.0159 a year: the wrong way; 95 → 70 is −25 > max(5, 19): a jump; 2025 − 2022 = 3 > 2: stale
    expect(r.warnings.map((w) => w.code)).toEqual(["target-breached", "wrong-direction", "strong-fluctuation", "stale-data"]);
  });
  it("reports wrong-direction once, from the first target that has a direction", () => {
    // mmr at most 10.5 (2025) and 10 (2030), rising from 7.35: both targets point down, one warning
    const r = assess(plan, obs("mmr", { 2021: 8, 2022: 9, 2023: 9.8, 2024: 10.6 })).results[0]!;
    expect(r.warnings.filter((w) => w.code === "wrong-direction")).toHaveLength(1);
    expect(r.warnings.map((w) => w.code)).toEqual(["expected-to-miss", "expected-to-miss", "wrong-direction"]);
  });
  it("asks for more data once for a single point", () => {
    const r = found(assess(plan, obs("screen", { 2024: 40 })), "screen");
    expect(r.warnings.map((w) => w.code)).toEqual(["insufficient-data"]);
    expect(r.warnings[0]!.data).toMatchObject({ reason: "trend", points: 1, needed: 2 });
    expect(r.targets[0]).toMatchObject({ status: "not_assessable", category: "insufficient_data" });
  });
});
