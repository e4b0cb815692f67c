// plan validate catches every wrong rate formula, located to the YAML line; the bundled plan's formulas pass.
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

interface Out { diagnostics: { code: string; line: number; path: string; message: string }[] }

describe("plan formulas and aggregation rules", () => {
  it("finds an unknown ref, a self-reference, numerator = denominator, a non-count part and formula aggregation without formula", async () => {
    const r = await runCli(["plan", "validate", "fixtures/plans/broken-formula.yaml", "-f", "json", "--lang", "en"]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.diagnostics.map((d) => `${d.code} ${d.line} ${d.path}: ${d.message}`)).toEqual([
      "plan-bad-formula 23 areas[0].goals[0].indicators[0].formula.denominator: The formula's denominator births is not defined in the plan",
      "plan-bad-formula 31 areas[0].goals[0].indicators[1].formula.numerator: The formula's numerator self_rate is the indicator itself",
      "plan-bad-formula 37 areas[0].goals[0].indicators[2].formula.denominator: The formula's denominator maternal_deaths is the same as the numerator",
      "plan-bad-formula 43 areas[0].goals[0].indicators[3].formula.denominator: The formula's denominator plain_level is not a count that adds up (mark it aggregate: sum)",
      "plan-aggregate-without-formula 49 areas[0].goals[0].indicators[4].aggregate: aggregate: formula needs a formula",
    ]);
  });
  it("accepts the bundled plan's two formulas (maternal mortality, village committee share)", async () => {
    const r = await runCli(["plan", "validate"]);
    expect(r.code).toBe(0);
  });
  it("shows formula and aggregate in plan show -f json", async () => {
    const r = await runCli(["plan", "show", "-f", "json"]);
    const ind = (JSON.parse(r.stdout) as { indicators: { id: string; formula?: unknown; aggregate?: string }[] }).indicators;
    expect(ind.find((i) => i.id === "maternal_mortality_ratio")).toMatchObject({ formula: { numerator: "maternal_deaths", denominator: "live_births", factor: 100000 }, aggregate: "formula" });
    expect(ind.find((i) => i.id === "live_births")).toMatchObject({ aggregate: "sum" });
    expect(ind.find((i) => i.id === "female_share_village_committee")).toMatchObject({ formula: { numerator: "village_committee_female_members", denominator: "village_committee_members", factor: 100 } });
  });
});
