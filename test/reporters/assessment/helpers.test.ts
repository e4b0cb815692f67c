import { describe, expect, it } from "vitest";
import { sparkline } from "../../../src/util/sparkline.js";
import { trendArrow } from "../../../src/util/trend-arrow.js";
import { displayWidth, wrapText } from "../../../src/util/display-width.js";
import { groupResults } from "../../../src/report-model/group-results.js";
import { CHECK_FORMATS, checkReporters } from "../../../src/reporters/assessment/index.js";
import type { Trend } from "../../../src/model/report.js";
import { bundledPlan, fixtureReport } from "./fixture-report.js";

const pts = (start: number, values: (number | null)[]) => values.flatMap((v, i) => (v === null ? [] : [{ year: start + i, value: v }]));
const trend = (direction: Trend["direction"]): Trend => ({ points: 3, cagr: null, linear: null, robust_slope: null, last_change: null, direction, projection: {} });

describe("sparkline", () => {
  it("scales the series from its minimum (▁) to its maximum (█)", () => {
    expect(sparkline(pts(2020, [0, 18.52, 6.21, 24.13, 9.84]))).toBe("▁▆▃█▄");
    expect(sparkline(pts(2020, [1, 2, 3, 4, 5, 6, 7, 8]))).toBe("▁▂▃▄▅▆▇█");
  });
  it("leaves a space for a missing year", () => expect(sparkline(pts(2020, [1, null, 3]))).toBe("▁ █"));
  it("draws a flat series in the middle, one point as one bar, nothing as nothing", () => {
    expect(sparkline(pts(2020, [100, 100, 100]))).toBe("▄▄▄");
    expect(sparkline(pts(2024, [80.9]))).toBe("▄");
    expect(sparkline([])).toBe("");
  });
  it("shows at most the last 11 years", () => expect(sparkline(pts(2010, [9, 9, 9, 9, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]))).toHaveLength(11));
});

describe("trendArrow", () => {
  it("is good when the indicator moves the way it should", () => {
    expect(trendArrow(trend("up"), true)).toEqual({ symbol: "↑", tone: "good" });
    expect(trendArrow(trend("down"), false)).toEqual({ symbol: "↓", tone: "good" });
    expect(trendArrow(trend("up"), false)).toEqual({ symbol: "↑", tone: "bad" });
    expect(trendArrow(trend("down"), true)).toEqual({ symbol: "↓", tone: "bad" });
    expect(trendArrow(trend("flat"), true)).toEqual({ symbol: "→", tone: "neutral" });
    expect(trendArrow(trend(null), true)).toEqual({ symbol: "", tone: "neutral" });
  });
});

describe("displayWidth and wrapText", () => {
  it("counts CJK as two columns, block and arrow symbols as one (as cli-table3 does), colour codes as none", () => {
    expect(displayWidth("达标")).toBe(4);
    expect(displayWidth("▁▂▃█↑≤")).toBe(6);
    expect(displayWidth("\u001b[31m未达标\u001b[39m 12")).toBe(9);
    expect(displayWidth("（）")).toBe(4);
  });
  it("breaks Chinese anywhere but keeps words, numbers and closing punctuation together", () => {
    expect(wrapText("预计达标困难：落后 36.5 个百分点", 10)).toEqual(["预计达标困", "难：落后", "36.5 个百", "分点"]);
    expect(wrapText("≤ 10.5 /10万 (2025年)", 20)).toEqual(["≤ 10.5 /10万 (2025", "年)"]);
    expect(wrapText("moving the wrong way fast", 10)).toEqual(["moving the", "wrong way", "fast"]);
    expect(wrapText("abcdefghijkl", 5)).toEqual(["abcde", "fghij", "kl"]);
    expect(wrapText("水质达标的比例（%）", 16)).toEqual(["水质达标的比例", "（%）"]);
    for (const l of wrapText("红色预警：预计达标困难（≥ 70% (2030年)）：目标完成进度 3.5%，时间进度 40%", 13)) expect(displayWidth(l)).toBeLessThanOrEqual(13);
  });
});

describe("groupResults", () => {
  it("orders by the plan's areas, indicators and regions, and the total before the sexes", () => {
    const report = fixtureReport();
    const male = { ...report.results[5]!, sex: "male" as const };
    const total = { ...report.results[5]!, sex: "total" as const };
    report.results.push(male, total);
    report.results.reverse();
    const groups = groupResults(report, bundledPlan());
    expect(groups.map((g) => g.area)).toEqual(["health", "education", "environment"]);
    expect(groups[0]!.indicators.map((i) => i.indicator)).toEqual(["female_life_expectancy", "maternal_mortality_ratio", "maternal_system_management_rate", "cervical_cancer_screening_rate"]);
    expect(groups[0]!.indicators[1]!.results.map((r) => r.region)).toEqual(["211400", "211404"]);
    expect(groups[1]!.indicators[0]!.results.map((r) => r.sex)).toEqual(["total", "female", "male"]);
  });
});

describe("check reporter registry", () => {
  it("has exactly one reporter per format", () => {
    expect(Object.keys(checkReporters).sort()).toEqual([...CHECK_FORMATS].sort());
    expect(CHECK_FORMATS[0]).toBe("table");
  });
});
