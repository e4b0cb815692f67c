import { describe, expect, it } from "vitest";
import { loadPlan } from "../../src/plan/load-plan.js";
import { diffPlans } from "../../src/plan/plan-diff.js";
import { runCli } from "../helpers/run-cli.js";

const load = (f: string) => loadPlan(f, "zh").plan!;

describe("plan diff", () => {
  it("finds targets added, removed and changed between mini v1 and its mid-term revision v2", () => {
    const changes = diffPlans(load("fixtures/plans/mini-v1.yaml"), load("fixtures/plans/mini-v2.yaml"));
    expect(changes.map((c) => `${c.change} ${c.entity} ${c.key}${c.fields ? ` [${c.fields.join(",")}]` : ""}`)).toEqual([
      "removed goal economy-1",
      "removed indicator female_share_employed",
      "added indicator breast_cancer_screening_rate",
      "changed target maternal_mortality_ratio/at_most@2030 [value]",
      "added target cervical_cancer_screening_rate/at_least@2025",
      "added target breast_cancer_screening_rate/increase@2030",
    ]);
  });

  it("finds nothing between a plan and itself", () => {
    expect(diffPlans(load("fixtures/plans/mini-v1.yaml"), load("fixtures/plans/mini-v1.yaml"))).toEqual([]);
  });

  it("shows the changes in words on the command line", async () => {
    const r = await runCli(["plan", "diff", "fixtures/plans/mini-v1.yaml", "fixtures/plans/mini-v2.yaml"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("≤ 10 /10万 (2030年)");
    expect(r.stdout).toContain("≤ 9.5 /10万 (2030年)");
    expect(r.stdout).toContain("mini-women@1 → mini-women@2：新增 3，删除 2，变更 1");
  });

  it("prints a JSON change list and a Markdown table", async () => {
    const j = await runCli(["plan", "diff", "fixtures/plans/mini-v1.yaml", "fixtures/plans/mini-v2.yaml", "-f", "json"]);
    const out = JSON.parse(j.stdout) as { a: { version: string }; b: { version: string }; summary: Record<string, number>; changes: { after?: { value?: number } }[] };
    expect(out.a.version).toBe("1");
    expect(out.b.version).toBe("2");
    expect(out.summary).toEqual({ added: 3, removed: 2, changed: 1 });
    const md = await runCli(["plan", "diff", "fixtures/plans/mini-v1.yaml", "fixtures/plans/mini-v2.yaml", "-f", "markdown", "--lang", "en"]);
    expect(md.stdout).toContain("| changed | target | maternal_mortality_ratio/at_most@2030 | ≤ 10 per 100,000 (2030) | ≤ 9.5 per 100,000 (2030) |");
  });

  it("compares bundled versions by id@version", async () => {
    const r = await runCli(["plan", "diff", "huludao-women@1", "huludao-women"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("两个版本之间没有差异");
  });
});
