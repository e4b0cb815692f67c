// The compact buffer becomes Observation objects one at a time: all of them, or only some indicators' (validate's count checks).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadPlan } from "../../src/plan/load-plan.js";
import { ingestFiles } from "../../src/ingest/ingest-files.js";
import { eachObservation, materialize } from "../../src/ingest/read-observations.js";

const plan = loadPlan(undefined, "zh").plan!;
const SAMPLE = "fixtures/sample/huludao-2020-2024.csv";
const read = () => ingestFiles([{ file: SAMPLE, fullPath: path.resolve(SAMPLE) }], plan, { lang: "zh" });

describe("eachObservation", () => {
  it("yields the buffer's observations in reading order, the same ones materialize returns", async () => {
    const { run } = await read();
    const all = materialize(run.buffer, plan);
    expect(all.length).toBe(run.buffer.count);
    expect(all.length).toBeGreaterThan(100);
    const lazy = eachObservation(run.buffer, plan);
    expect(lazy.next().value).toEqual(all[0]);
    expect([...eachObservation(run.buffer, plan)]).toEqual(all);
  });

  it("yields only the indicators asked for, keeping their order", async () => {
    const { run } = await read();
    const mmr = plan.indicators.findIndex((i) => i.id === "maternal_mortality_ratio");
    const some = materialize(run.buffer, plan, new Set([mmr]));
    const expected = materialize(run.buffer, plan).filter((o) => o.indicator === "maternal_mortality_ratio");
    expect(expected.length).toBeGreaterThan(0);
    expect(some).toEqual(expected);
    expect(materialize(run.buffer, plan, new Set())).toEqual([]);
  });

  it("knows the regions the stored observations belong to", async () => {
    const { run } = await read();
    const codes = new Set(materialize(run.buffer, plan).map((o) => o.region));
    expect([...run.buffer.regions()].map((r) => plan.regions[r]!.code).sort()).toEqual([...codes].sort());
    expect(codes.size).toBeGreaterThan(1);
  });
});
