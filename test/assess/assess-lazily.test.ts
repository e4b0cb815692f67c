import { describe, expect, it } from "vitest";
import { loadPlan } from "../../src/plan/load-plan.js";
import { readObservations } from "../../src/ingest/index.js";
import { assess } from "../../src/assess/index.js";
import { assessLazily, lazyResults, lazySummary } from "../../src/assess/assess.js";

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
});
