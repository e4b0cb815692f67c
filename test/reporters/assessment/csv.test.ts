import { describe, expect, it } from "vitest";
import { Chalk } from "chalk";
import { assessmentCsvReporter } from "../../../src/reporters/assessment/csv.js";
import { bundledPlan, fixtureReport } from "./fixture-report.js";

const plan = bundledPlan();
const chalk = new Chalk({ level: 0 });
const rowsOf = (csv: string) => csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");

describe("check csv reporter", () => {
  const csv = assessmentCsvReporter(fixtureReport(), plan, { lang: "zh", chalk });
  const rows = rowsOf(csv);
  const header = rows[0]!.split(",");
  const cell = (line: string, name: string) => line.split(",")[header.indexOf(name)];

  it("starts with a UTF-8 BOM and ends lines with CRLF", () => {
    expect(csv.startsWith("\uFEFFarea,indicator,indicator_name,region,region_name,sex,unit,latest_year,latest_value,target_year")).toBe(true);
    expect(csv).toMatch(/\r\n$/);
  });

  it("has one row per result × target, in the plan's order", () => {
    // 2 + 2 + 1 + 1 + 1 + 1 + 2 targets in the fixture.
    expect(rows).toHaveLength(1 + 10);
    expect(rows.slice(1).map((r) => cell(r, "indicator"))).toEqual([
      "female_life_expectancy", "maternal_mortality_ratio", "maternal_mortality_ratio", "maternal_mortality_ratio", "maternal_mortality_ratio",
      "maternal_system_management_rate", "cervical_cancer_screening_rate", "nine_year_compulsory_education_consolidation_rate",
      "rural_tap_water_coverage_rate", "rural_tap_water_coverage_rate",
    ]);
  });

  it("keeps numbers as numbers and words in the chosen language", () => {
    const r = rows.find((l) => l.includes("cervical_cancer_screening_rate"))!;
    expect(cell(r, "latest_value")).toBe("45.2");
    expect(cell(r, "target_value")).toBe("70");
    expect(cell(r, "gap")).toBe("24.8");
    expect(cell(r, "status")).toBe("not_met");
    expect(cell(r, "status_text")).toBe("未达标");
    expect(cell(r, "category_text")).toBe("进展不足");
    expect(cell(r, "region_name")).toBe("建昌县");
    expect(cell(r, "warnings")).toBe("expected-to-miss:red");
    expect(cell(r, "series")).toBe("2020:44.3 2021:45.1 2022:44.6 2023:45.8 2024:45.2");
    expect(rows.find((l) => l.includes("maternal_system_management_rate"))).toContain(",every_year,at_least,90,");
    const gapCell = cell(rows.find((l) => l.includes(",211400,") && l.includes("maternal_mortality_ratio"))!, "gap");
    expect(gapCell).toBe("-3.8");
  });

  it("neutralises formula-like text from the data", () => {
    const report = fixtureReport();
    report.results[3]!.warnings[0]!.message = "=HYPERLINK(\"http://x\")";
    expect(assessmentCsvReporter(report, plan, { lang: "zh", chalk })).not.toMatch(/(^|,)=HYPERLINK/m);
    report.results[3]!.region = "@evil";
    expect(assessmentCsvReporter(report, plan, { lang: "zh", chalk })).toContain(",'@evil,");
  });

  it("writes English words with --lang en", () => {
    const en = rowsOf(assessmentCsvReporter(fixtureReport(), plan, { lang: "en", chalk }));
    expect(en.find((l) => l.includes("cervical_cancer_screening_rate"))).toContain(",Jianchang County,");
    expect(en.find((l) => l.includes("cervical_cancer_screening_rate"))).toContain(",not met,");
  });
});
