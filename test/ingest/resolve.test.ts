import { describe, expect, it } from "vitest";
import { loadPlan } from "../../src/plan/load-plan.js";
import { buildIndicatorIndex, resolveIndicator } from "../../src/ingest/resolve-indicator.js";
import { buildRegionIndex, resolveRegion } from "../../src/ingest/resolve-region.js";
import { unitMatches } from "../../src/ingest/unit-matches.js";
import { implausibleChange, DEFAULT_IMPLAUSIBLE_CHANGE } from "../../src/ingest/implausible-change.js";
import type { Plan } from "../../src/model/plan.js";

const plan = loadPlan(undefined, "zh").plan!;
const indicators = buildIndicatorIndex(plan);
const regions = buildRegionIndex(plan);
const ind = (text: string) => {
  const m = resolveIndicator(indicators, text);
  return m && { id: plan.indicators[m.index]!.id, unit: m.unit };
};
const reg = (text: string) => plan.regions[resolveRegion(regions, text)]?.code;

describe("resolveIndicator", () => {
  it("finds by id, Chinese name, English name and alias, ignoring width and spaces", () => {
    expect(ind("maternal_mortality_ratio")?.id).toBe("maternal_mortality_ratio");
    expect(ind("Maternal_Mortality_Ratio")?.id).toBe("maternal_mortality_ratio");
    expect(ind("孕产妇死亡率")?.id).toBe("maternal_mortality_ratio");
    expect(ind(" 孕产妇 死亡率 ")?.id).toBe("maternal_mortality_ratio");
    expect(ind("Maternal mortality ratio")?.id).toBe("maternal_mortality_ratio");
    expect(ind("孕产妇死亡比")?.id).toBe("maternal_mortality_ratio");
    expect(ind("女性人均预期寿命")?.id).toBe("female_life_expectancy");
  });
  it("takes a unit written in brackets after the name", () => {
    expect(ind("孕产妇死亡率（/10万）")).toEqual({ id: "maternal_mortality_ratio", unit: "/10万" });
    expect(ind("孕产妇系统管理率(%)")).toEqual({ id: "maternal_system_management_rate", unit: "%" });
  });
  it("returns null for unknown names", () => {
    expect(ind("孕产妇保健率")).toBeNull();
    expect(ind("")).toBeNull();
  });
});

describe("resolveRegion", () => {
  it("finds by code (6 or 12 digits), name, English name and alias", () => {
    expect(reg("211421")).toBe("211421");
    expect(reg("211421000000")).toBe("211421");
    expect(reg("绥中县")).toBe("211421");
    expect(reg("Suizhong County")).toBe("211421");
    expect(reg("绥中")).toBe("211421");
    expect(reg("全市")).toBe("211400");
    expect(reg("锦州市")).toBeUndefined();
  });
  it("drops 市/县/区 only when that is unambiguous", () => {
    const p: Plan = { ...plan, regions: [
      { code: "1", name: { zh: "新城区", en: "a" }, level: "county" },
      { code: "2", name: { zh: "新城县", en: "b" }, level: "county" },
      { code: "3", name: { zh: "河口区", en: "c" }, level: "county" },
    ] };
    const idx = buildRegionIndex(p);
    expect(resolveRegion(idx, "新城")).toBe(-1);
    expect(resolveRegion(idx, "河口")).toBe(2);
    expect(resolveRegion(idx, "新城县")).toBe(1);
  });
});

describe("unitMatches", () => {
  const byId = (id: string) => plan.indicators.find((i) => i.id === id)!;
  it("accepts spelling variants of the plan's unit", () => {
    expect(unitMatches("%", byId("maternal_system_management_rate"))).toBe(true);
    expect(unitMatches("％", byId("maternal_system_management_rate"))).toBe(true);
    expect(unitMatches("百分比", byId("maternal_system_management_rate"))).toBe(true);
    expect(unitMatches("1/10万", byId("maternal_mortality_ratio"))).toBe(true);
    expect(unitMatches("", byId("maternal_mortality_ratio"))).toBe(true);
  });
  it("refuses another unit", () => {
    expect(unitMatches("‰", byId("maternal_system_management_rate"))).toBe(false);
    expect(unitMatches("人", byId("female_unemployment_insurance_insured"))).toBe(false);
  });
});

describe("implausibleChange", () => {
  it("judges shares by points and other indicators by relative change", () => {
    expect(implausibleChange(62, 96.1, true, DEFAULT_IMPLAUSIBLE_CHANGE)).toBeCloseTo(34.1);
    expect(implausibleChange(90, 99, true, DEFAULT_IMPLAUSIBLE_CHANGE)).toBeUndefined();
    expect(implausibleChange(10, 16, false, DEFAULT_IMPLAUSIBLE_CHANGE)).toBeCloseTo(0.6);
    expect(implausibleChange(10, 14, false, DEFAULT_IMPLAUSIBLE_CHANGE)).toBeUndefined();
    expect(implausibleChange(0, 5, false, DEFAULT_IMPLAUSIBLE_CHANGE)).toBeUndefined();
    expect(implausibleChange(90, 99, true, { points: 5, relative: 0.5 })).toBe(9);
  });
});
