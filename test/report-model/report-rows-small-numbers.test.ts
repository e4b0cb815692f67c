// An indeterminate verdict (small numbers) shows no gap or progress in the workbook and HTML rows.
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/index.js";
import { loadPlan } from "../../src/plan/load-plan.js";
import { resultRows, rowContext } from "../../src/report-model/report-rows.js";
import type { Observation } from "../../src/model/observation.js";

const plan = loadPlan(undefined, "zh").plan!;
const o = (indicator: string, values: Record<number, number>, region = "211422"): Observation[] =>
  Object.entries(values).map(([y, value], i) => ({ indicator, region, year: Number(y), value, source: { file: "t.csv", row: i + 2 } }));

describe("report rows of an indeterminate result", () => {
  it("leave gap, progress and time share empty; a judged one keeps them", () => {
    const data = [...o("maternal_deaths", { 2022: 0, 2023: 0, 2024: 1 }), ...o("live_births", { 2022: 2654, 2023: 2548, 2024: 2446 }), ...o("maternal_system_management_rate", { 2020: 91, 2024: 85 })];
    const report = assess(plan, data, { indicator: ["maternal_mortality_ratio", "maternal_system_management_rate"] });
    const rows = resultRows(rowContext(plan, "zh"), report).filter((r) => r.region === "211422");
    const mmr = rows.find((r) => r.indicator === "maternal_mortality_ratio")!;
    expect(mmr).toMatchObject({ statusCode: "indeterminate", gap: null, progress: null, timeShare: null });
    // 90 − 85 = 5 short of the every-year target
    expect(rows.find((r) => r.indicator === "maternal_system_management_rate")).toMatchObject({ statusCode: "not_met", gap: 5 });
  });
});
