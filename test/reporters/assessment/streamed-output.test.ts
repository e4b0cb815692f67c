// The streamed JSON and CSV of check are the same bytes as the reporters' whole-string output.
import { describe, expect, it } from "vitest";
import { Chalk } from "chalk";
import { assessmentJsonPieces, assessmentJsonReporter, assessmentJsonResultsPieces } from "../../../src/reporters/assessment/json.js";
import { JsonText } from "../../../src/util/json-pieces.js";
import { assessmentCsvPieces, assessmentCsvReporter } from "../../../src/reporters/assessment/csv.js";
import { compareResultKeys } from "../../../src/report-model/group-results.js";
import { assessLazily, lazyResults, lazySummary } from "../../../src/assess/assess.js";
import { assess } from "../../../src/assess/index.js";
import { readObservations } from "../../../src/ingest/index.js";
import type { Report } from "../../../src/model/report.js";
import { bundledPlan, fixtureReport, singleRegionReport } from "./fixture-report.js";

const plan = bundledPlan();
const chalk = new Chalk({ level: 0 });
const join = (pieces: Iterable<string>): string => [...pieces].join("");
const ordered = (report: Report) => report.results.map((r, i) => ({ r, i })).sort((a, b) => compareResultKeys(plan)(a.r, b.r) || a.i - b.i).map((x) => x.r);
const empty = (): Report => ({ ...fixtureReport(), results: [], diagnostics: [] });

describe("streamed check output", () => {
  const reports: [string, () => Report][] = [["the fixture report", fixtureReport], ["one region", () => singleRegionReport()], ["no results", empty]];
  for (const [name, make] of reports) {
    for (const lang of ["zh", "en"] as const) {
      it(`writes the same JSON for ${name} (${lang})`, () => {
        const report = make();
        for (const input of [undefined, { files: 2, rows: 40 }]) {
          expect(join(assessmentJsonPieces(report, plan, { lang, input }))).toBe(assessmentJsonReporter(report, plan, { lang, chalk, input }));
        }
      });
      it(`writes the same CSV for ${name} (${lang})`, () => {
        const report = make();
        expect(join(assessmentCsvPieces(ordered(report), plan, { lang }))).toBe(assessmentCsvReporter(report, plan, { lang, chalk }));
      });
    }
  }

  it("writes the same JSON and CSV for the sample assessed lazily as for the whole report", async () => {
    const { observations, diagnostics } = await readObservations(["fixtures/sample/huludao-2020-2024.csv"], plan, { lang: "zh", cwd: process.cwd() });
    const whole = assess(plan, observations, { diagnostics });
    const lazy = assessLazily(plan, observations, { diagnostics });
    const input = { files: 1, rows: observations.length };
    const json = join(assessmentJsonPieces({ ...lazy, summary: lazySummary(lazy, plan), results: lazyResults(lazy) }, plan, { lang: "zh", input }));
    expect(json).toBe(assessmentJsonReporter(whole, plan, { lang: "zh", chalk, input }));
    // The results written first (as check does, to a temp file), put in place after the summary.
    const results = new JsonText([...assessmentJsonResultsPieces(lazyResults(lazy), plan, { lang: "zh" })]);
    expect(join(assessmentJsonPieces({ ...lazy, summary: whole.summary, results }, plan, { lang: "zh", input }))).toBe(json);
    const cmp = compareResultKeys(plan);
    const order = lazy.keys.map((_, i) => i).sort((a, b) => cmp(lazy.keys[a]!, lazy.keys[b]!));
    expect(join(assessmentCsvPieces(lazyResults(lazy, order), plan, { lang: "zh" }))).toBe(assessmentCsvReporter(whole, plan, { lang: "zh", chalk }));
  });

  it("writes CSV in batches that join exactly, with many rows and awkward text", () => {
    const report = fixtureReport();
    const many = Array.from({ length: 1234 }, (_, i) => ({ ...report.results[i % report.results.length]!, region: i % 7 === 0 ? ` 地区\n${i},"x" ` : `r${String(i).padStart(5, "0")}` }));
    const big: Report = { ...report, results: many };
    expect(join(assessmentCsvPieces(ordered(big), plan, { lang: "en" }))).toBe(assessmentCsvReporter(big, plan, { lang: "en", chalk }));
  });
});
