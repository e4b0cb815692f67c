import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { KeyIndex } from "../../src/ingest/key-index.js";
import { readObservations } from "../../src/ingest/index.js";
import { loadPlan } from "../../src/plan/load-plan.js";

describe("KeyIndex", () => {
  it("finds every inserted key, across growth and for keys beyond 32 bits, like a Map", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.oneof(fc.nat(1000), fc.nat(), fc.integer({ min: 2 ** 33, max: 2 ** 52 })), { maxLength: 3000 }), fc.array(fc.nat(), { maxLength: 50 }), (keys, probes) => {
        const idx = new KeyIndex((slot) => keys[slot]!, 2);
        const map = new Map<number, number>();
        keys.forEach((k, i) => {
          idx.insert(k, i);
          map.set(k, i);
        });
        expect(idx.size).toBe(keys.length);
        for (const k of [...keys, ...probes]) expect(idx.get(k)).toBe(map.get(k) ?? -1);
      }),
      { numRuns: 200 },
    );
  });
});

describe("diagnostic cap", () => {
  it("lists at most maxDiagnosticsPerFile diagnostics of a file, then one too-many-diagnostics warning", async () => {
    const plan = loadPlan(undefined, "zh").plan!;
    const r = await readObservations(["fixtures/ingest/invalid-year.csv"], plan, { lang: "zh", maxDiagnosticsPerFile: 2 });
    expect(r.diagnostics.map((d) => d.code)).toEqual(["too-many-diagnostics", "invalid-year", "invalid-year"]);
  });
});
