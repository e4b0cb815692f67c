import { describe, expect, it } from "vitest";
import { loadPlan } from "../../src/plan/load-plan.js";
import { regionInText, yearInText } from "../../src/ingest/place-in-text.js";

const plan = loadPlan(undefined, "zh").plan!;
const code = (i: number | undefined) => (i === undefined ? undefined : plan.regions[i]!.code);

describe("yearInText", () => {
  it.each([
    ["2024年绥中县妇女发展规划监测数据", 2024],
    ["绥中县2024年", 2024],
    ["葫芦岛市妇女发展规划（2021—2030年）2024年监测数据", 2024],
    ["葫芦岛市妇女发展规划（2021-2030年）", undefined],
    ["2023年和2024年", undefined],
    ["Sheet1", undefined],
    ["编号 120245", undefined],
    ["３０２４年", undefined],
    ["２０２４年", 2024],
    ["绥中县导出2024-06-30", 2024],
    ["2020至2024年", undefined],
  ])("%s → %s", (text, year) => expect(yearInText(text, 1949, 2030)).toBe(year));
});

describe("regionInText", () => {
  it("finds a county, prefers it over its city, and refuses two counties", () => {
    expect(code(regionInText(plan, "2024年绥中县妇女发展规划监测数据"))).toBe("211421");
    expect(code(regionInText(plan, "葫芦岛市绥中县 2024"))).toBe("211421");
    expect(code(regionInText(plan, "2024年葫芦岛市妇女发展规划监测数据"))).toBe("211400");
    expect(regionInText(plan, "绥中县、兴城市汇总")).toBeUndefined();
    expect(regionInText(plan, "Sheet1")).toBeUndefined();
  });
});
