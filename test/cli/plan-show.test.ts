import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

describe("plan show", () => {
  it("prints the health area for a person: heading, verbatim goal, targets in plain words, baseline", async () => {
    const r = await runCli(["plan", "show", "--area", "health"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("一、妇女与健康（11 个主要目标");
    expect(r.stdout).toContain("2. 孕产妇死亡率到 2025 年控制在 10.5/10 万以下");
    expect(r.stdout).toContain("孕产妇死亡率 [maternal_mortality_ratio] — ≤ 10.5 /10万 (2025年)；≤ 10 /10万 (2030年)  基线 7.35/10万（2020年）");
    expect(r.stdout).toContain("≥ 90% (每年)");
    expect(r.stdout).not.toContain("妇女与教育");
    expect(r.stdout).not.toMatch(/\u001b\[/); // NO_COLOR
  });

  it("speaks English with --lang en, before or after the command name", async () => {
    for (const args of [["--lang", "en", "plan", "show", "--area", "economy"], ["plan", "show", "--area", "economy", "--lang", "en"]]) {
      const r = await runCli(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("3. Women and the Economy");
      expect(r.stdout).toContain("45% (around); above is fine (every year)");
    }
  });

  it("prints the documented JSON contract", async () => {
    const r = await runCli(["plan", "show", "-f", "json"]);
    const j = JSON.parse(r.stdout) as {
      plan: { id: string; version: string; title: { zh: string }; period: { start: number; end: number }; base_year: number; regions: { code: string }[] };
      goals: { area: string; number: number; text: string; indicators: string[] }[];
      indicators: { id: string; area: string; goal: number; name: { zh: string; en: string }; unit: unknown; higher_is_better: boolean; baseline?: unknown; targets: Record<string, unknown>[] }[];
    };
    expect(j.plan).toMatchObject({ id: "huludao-women", version: "1", period: { start: 2021, end: 2030 }, base_year: 2020 });
    expect(j.plan.regions).toHaveLength(7);
    expect(j.goals).toHaveLength(78);
    const mmr = j.indicators.find((i) => i.id === "maternal_mortality_ratio")!;
    expect(mmr).toMatchObject({ area: "health", goal: 2, higher_is_better: false, baseline: { year: 2020, value: 7.35 } });
    expect(mmr.targets).toEqual([
      expect.objectContaining({ year: 2025, kind: "at_most", value: 10.5 }),
      expect.objectContaining({ year: 2030, kind: "at_most", value: 10 }),
    ]);
    const kinds = new Set(j.indicators.flatMap((i) => i.targets.map((t) => t.kind)));
    expect([...kinds].sort()).toEqual(["around", "at_least", "at_most", "compare", "decrease", "increase", "relative"]);
    const rel = j.indicators.flatMap((i) => i.targets).find((t) => t.kind === "relative")!;
    expect(rel).toMatchObject({ baseline_year: 2019, pct: 10, year: 2025 });
    const cmp = j.indicators.flatMap((i) => i.targets).find((t) => t.kind === "compare")!;
    expect(cmp).toMatchObject({ op: "ge", year: null });
    for (const g of j.goals) for (const id of g.indicators) expect(j.indicators.some((i) => i.id === id)).toBe(true);
  });

  it("rejects an unknown area with exit 2", async () => {
    const r = await runCli(["plan", "show", "--area", "sports"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("未知领域 sports");
  });

  it("writes to -o atomically and says so on stderr", async () => {
    const d = mkdtempSync(path.join(tmpdir(), "hld-show-"));
    const out = path.join(d, "plan.json");
    const r = await runCli(["plan", "show", "-f", "json", "-o", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`已写入 ${out}`);
    expect(JSON.parse(readFileSync(out, "utf8")).plan.id).toBe("huludao-women");
  });

  it("refuses to write its output over the plan it read", async () => {
    const d = mkdtempSync(path.join(tmpdir(), "hld-show-"));
    const plan = path.join(d, "plan.yaml");
    copyFileSync("fixtures/plans/mini-v1.yaml", plan);
    const before = readFileSync(plan);
    const r = await runCli(["plan", "validate", plan, "-o", plan]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("拒绝覆盖输入文件");
    expect(readFileSync(plan).equals(before)).toBe(true);
    const viaPlanOption = await runCli(["plan", "show", "--plan", plan, "-o", plan]);
    expect(viaPlanOption.code).toBe(2);
    expect(readFileSync(plan).equals(before)).toBe(true);
  });
});

describe("plan list", () => {
  it("lists the bundled plan with its version", async () => {
    const r = await runCli(["plan", "list", "-f", "json"]);
    expect(JSON.parse(r.stdout).plans).toEqual([expect.objectContaining({ id: "huludao-women", version: "1", valid: true })]);
  });
});
