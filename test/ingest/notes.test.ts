// The 备注 of a long-layout row travels with its value: into the report's time series, the database and exports.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadPlan } from "../../src/plan/load-plan.js";
import { readObservations } from "../../src/ingest/index.js";
import { runCli } from "../helpers/run-cli.js";

const plan = loadPlan(undefined, "zh").plan!;
const SAMPLE = "fixtures/sample/huludao-2020-2024.csv";

describe("notes (备注)", () => {
  it("are kept on the observations read from a long table, and absent where the cell is empty", async () => {
    const { observations } = await readObservations([SAMPLE], plan, { lang: "zh" });
    const at = (region: string, year: number) => observations.find((o) => o.indicator === "maternal_mortality_ratio" && o.region === region && o.year === year)!;
    expect(at("211422", 2024).note).toBe("孕产妇死亡1例，活产2446人；活产数少，死亡率年度波动大");
    expect(at("211400", 2020).note).toBe("规划基线：截至2020年底为7.35/10万");
    expect(at("211402", 2024).note).toBeUndefined();
  });

  it("survive ingest and db export", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "hld-notes-"));
    const db = path.join(dir, "x.db");
    expect((await runCli(["ingest", SAMPLE, "--db", db])).code).toBe(0);
    const out = path.join(dir, "export.csv");
    expect((await runCli(["db", "export", "--db", db, "-o", out])).code).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("maternal_mortality_ratio,孕产妇死亡率,211422,建昌县,2024,40.88,/10万,孕产妇死亡1例，活产2446人；活产数少，死亡率年度波动大");
  });
});
