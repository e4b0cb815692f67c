import { describe, expect, it } from "vitest";
import { editDistance, namedValues, nearestNames, sharedCharacters } from "../../src/ingest/nearest-names.js";
import { nearestHeaders } from "../../src/ingest/header-layout.js";
import { unitScale } from "../../src/ingest/unit-matches.js";
import type { Indicator } from "../../src/model/plan.js";

const names = namedValues<string>([
  ["宫颈癌患者早诊率", "early"],
  ["cervical_cancer_early_diagnosis_rate", "early"],
  ["孕产妇死亡率", "mmr"],
  ["孕产妇系统管理率", "msm"],
  ["绥中县", "suizhong"],
]);

describe("nearestNames", () => {
  it("measures edits and shared characters", () => {
    expect(editDistance([..."早珍率"], [..."早诊率"])).toBe(1);
    expect(editDistance([..."abc"], [..."cab"])).toBe(2);
    expect(sharedCharacters([..."早诊率患者"], [..."患者早诊率"])).toBe(1);
  });
  it("suggests by one slip, by a third of the name, by reordered characters and by a part of the name", () => {
    expect(nearestNames("宫颈癌患者早珍率", names)).toEqual(["early"]);
    expect(nearestNames("cervical cancer early diagnosis", names)).toEqual(["early"]);
    expect(nearestNames("早诊率宫颈癌患者", names)).toEqual(["early"]);
    expect(nearestNames("孕产妇死忙率", names)).toEqual(["mmr"]);
    expect(nearestNames("孕产妇", names)).toEqual(["mmr", "msm"]);
    expect(nearestNames("绥中具", names)).toEqual(["suizhong"]);
  });
  it("suggests a name a part of which was typed with one slip (早珍率 for 宫颈癌患者早诊率), not one two slips away", () => {
    expect(nearestNames("早珍率", names)).toEqual(["early"]);
    expect(nearestNames("产妇死忙", names)).toEqual(["mmr"]);
    expect(nearestNames("晚珍率", names)).toEqual([]);
    // Two characters are too few to call a slip of a part.
    expect(nearestNames("早珍", names)).toEqual([]);
    // A whole part typed right still comes before a part with a slip.
    expect(nearestNames("死亡率", namedValues<string>([["孕产妇死忙率x", "slip"], ["孕产妇死亡率", "mmr"]]))).toEqual(["mmr", "slip"]);
  });
  it("suggests nothing for names nothing resembles, and at most three", () => {
    expect(nearestNames("GDP", names)).toEqual([]);
    expect(nearestNames("合计", names)).toEqual([]);
    const codes = namedValues<string>([["211400", "huludao"], ["211421", "suizhong"]]);
    expect(nearestNames("210700", codes)).toEqual([]);
    expect(nearestNames("311400", codes)).toEqual(["huludao"]);
    const many = namedValues([1, 2, 3, 4, 5].map((i): [string, number] => [`指标${i}`, i]));
    expect(nearestNames("指标", many)).toEqual([1, 2, 3]);
  });
  it("suggests header names, one per field", () => {
    expect(nearestHeaders("数直")).toEqual(["数值"]);
    expect(nearestHeaders("指标明称")).toEqual(["指标名称"]);
    expect(nearestHeaders("联系人")).toEqual([]);
  });
});

describe("unitScale", () => {
  const ind = (zh: string) => ({ unit: { zh, en: zh } }) as Indicator;
  it("gives the power of ten between a unit and its scaled form", () => {
    expect(unitScale("人", ind("万人"))).toBe(10000);
    expect(unitScale("万人", ind("人"))).toBe(0.0001);
    expect(unitScale("万元", ind("亿元"))).toBe(10000);
    expect(unitScale("人", ind("人"))).toBeUndefined();
    expect(unitScale("岁", ind("万人"))).toBeUndefined();
    expect(unitScale("万", ind("人"))).toBeUndefined();
  });
});
