import { describe, expect, it } from "vitest";
import { loadPlan } from "../../src/plan/load-plan.js";
import { readObservations } from "../../src/ingest/index.js";
import { assess } from "../../src/assess/index.js";
import { assessLazily, lazyResults, lazySummary } from "../../src/assess/assess.js";
import { ObservationTable } from "../../src/model/observation-table.js";

const plan = loadPlan(undefined, "zh").plan!;

describe("assessLazily", () => {
  it("computes the same results, one at a time, and the same summary as assess on the sample", async () => {
    const { observations } = await readObservations(["fixtures/sample/huludao-2020-2024.csv"], plan, { lang: "zh", cwd: process.cwd() });
    for (const options of [{}, { region: "211421" }, { area: "health" as const, method: "sdsn" as const }, { asOf: 2022 }]) {
      const whole = assess(plan, observations, options);
      const lazy = assessLazily(plan, observations, options);
      expect(lazy.keys.length).toBe(whole.results.length);
      expect(lazy.keys).toEqual(whole.results.map((r) => ({ indicator: r.indicator, area: r.area, region: r.region, ...(r.sex ? { sex: r.sex } : {}) })));
      expect([...lazyResults(lazy)]).toEqual(whole.results);
      // Computed anew on each call, in any order asked for.
      const last = whole.results.length - 1;
      expect([...lazyResults(lazy, [last, 0])]).toEqual([whole.results[last], whole.results[0]]);
      expect(JSON.stringify(lazySummary(lazy, plan))).toBe(JSON.stringify(whole.summary));
      expect(lazy.diagnostics).toEqual(whole.diagnostics);
    }
  });

  it("assesses observations held in a table as it assesses the same observations as objects", async () => {
    const { observations } = await readObservations(["fixtures/sample/huludao-2020-2024.csv"], plan, { lang: "zh", cwd: process.cwd() });
    const table = new ObservationTable();
    for (const o of observations) table.push(o.indicator, o.region, o.year, o.sex ?? "", o.value, o.unit ?? null, o.note ?? null, o.source.sheet ?? null, o.source.row, o.source.column ?? null, o.source.file);
    expect([...table]).toEqual(observations);
    for (const options of [{}, { region: "211421" }, { area: "health" as const, method: "sdsn" as const }, { asOf: 2022 }, { lang: "en" as const }]) {
      expect(JSON.stringify(assess(plan, table, options))).toBe(JSON.stringify(assess(plan, observations, options)));
    }
  });
});
