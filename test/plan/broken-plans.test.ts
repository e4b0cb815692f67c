// Each broken plan fixture gives a located diagnostic with a stable code and exit 1.
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const cases: [file: string, code: string, line: number, path?: string][] = [
  ["broken-yaml-syntax.yaml", "plan-yaml-error", 17],
  ["broken-duplicate-key.yaml", "plan-duplicate-key", 9],
  ["broken-wrong-type.yaml", "plan-wrong-type", 25, "areas[0].goals[0].indicators[0].higher_is_better"],
  ["broken-missing-field.yaml", "plan-missing-field", 40, "areas[0].goals[1].indicators[0].targets[0]"],
  ["broken-unknown-kind.yaml", "plan-invalid-value", 55, "areas[1].goals[0].indicators[0].targets[0].kind"],
  ["broken-unknown-field.yaml", "plan-unknown-field", 53, "areas[1].goals[0].indicators[0].bound"],
  ["broken-duplicate-id.yaml", "plan-duplicate-id", 49, "areas[1].goals[0].indicators[0].id"],
  ["broken-unknown-ref.yaml", "plan-unknown-ref", 55, "areas[1].goals[0].indicators[0].targets[0].ref"],
  ["broken-year-outside-period.yaml", "plan-year-out-of-period", 40, "areas[0].goals[1].indicators[0].targets[0].year"],
  ["broken-alias-bomb.yaml", "plan-alias-limit", 3],
];

describe("plan validate on broken plans", () => {
  it.each(cases)("%s → %s at line %i", async (file, code, line, path) => {
    const r = await runCli(["plan", "validate", `fixtures/plans/${file}`, "-f", "json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout) as { summary: { errors: number }; diagnostics: { code: string; file: string; line: number; path?: string; severity: string }[] };
    const d = out.diagnostics.find((x) => x.code === code);
    expect(d, JSON.stringify(out.diagnostics)).toBeDefined();
    expect(d).toMatchObject({ severity: "error", file: `fixtures/plans/${file}`, line });
    if (path) expect(d!.path).toBe(path);
  });

  it("reports every schema error of a file together", async () => {
    const r = await runCli(["plan", "validate", "fixtures/plans/broken-many-errors.yaml", "-f", "json"]);
    expect(r.code).toBe(1);
    const codes = (JSON.parse(r.stdout) as { diagnostics: { code: string; path: string }[] }).diagnostics.map((d) => `${d.code} ${d.path}`);
    expect(codes).toEqual([
      "plan-wrong-type version",
      "plan-wrong-type areas[0].goals[0].indicators[0].higher_is_better",
      "plan-missing-field areas[1].goals[0].indicators[0].targets[0]",
    ]);
  });

  it("speaks the user's language in the table, with line:column and YAML path", async () => {
    const zh = await runCli(["plan", "validate", "fixtures/plans/broken-wrong-type.yaml"]);
    expect(zh.stdout).toContain("25:31");
    expect(zh.stdout).toContain("类型错误：应为 true 或 false");
    expect(zh.stdout).toContain("areas[0].goals[0].indicators[0].higher_is_better");
    const en = await runCli(["plan", "validate", "fixtures/plans/broken-wrong-type.yaml", "--lang", "en"]);
    expect(en.stdout).toContain("Wrong type: expected true or false");
    expect(en.stdout).not.toMatch(/at .*\.ts:\d+/); // never a stack trace
  });

  it("refuses an alias bomb quickly instead of expanding it", async () => {
    const started = process.hrtime.bigint();
    const r = await runCli(["plan", "validate", "fixtures/plans/broken-alias-bomb.yaml"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("别名炸弹");
    expect(Number(process.hrtime.bigint() - started) / 1e9).toBeLessThan(5);
  });

  it("validates several files in one run and fails if any is invalid", async () => {
    const r = await runCli(["plan", "validate", "fixtures/plans/mini-v1.yaml", "fixtures/plans/broken-unknown-ref.yaml"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("mini-women@1 有效");
    expect(r.stdout).toContain("broken-unknown-ref.yaml：规划无效，1 个错误");
  });

  it("exits 2 when the plan named by --plan does not exist, and 1 is kept for findings", async () => {
    const missing = await runCli(["plan", "show", "--plan", "fixtures/plans/nope.yaml"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("找不到规划文件");
    const unknown = await runCli(["plan", "show", "--plan", "huludao-women@9"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("没有名为 huludao-women@9 的内置规划。可用：huludao-women@1");
    const broken = await runCli(["plan", "show", "--plan", "fixtures/plans/broken-duplicate-id.yaml"]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("plan-duplicate-id");
  });
});
