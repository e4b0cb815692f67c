// Issue 10, finding 6: hostile plans give located plan diagnostics — never a verdict against a null target,
// never "Maximum call stack size exceeded", never a report that breaks on an area name.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const dir = mkdtempSync(path.join(tmpdir(), "hld-plans-"));
const mini = readFileSync("fixtures/plans/mini-v1.yaml", "utf8");
const write = (name: string, text: string): string => {
  const f = path.join(dir, name);
  writeFileSync(f, text);
  return f;
};
interface Out { diagnostics: { code: string; line?: number; path?: string; message: string }[] }
const validate = async (file: string) => {
  const r = await runCli(["plan", "validate", file, "-f", "json", "--lang", "en"]);
  return { code: r.code, stderr: r.stderr, out: JSON.parse(r.stdout) as Out };
};

describe("non-finite numbers", () => {
  it.each([
    [".nan", "value: .nan"],
    [".inf", "value: .inf"],
    ["-.inf", "value: -.inf"],
    ["1e309", "value: 1e309"],
  ])("a target value of %s is a located plan-non-finite error", async (_name, replacement) => {
    const f = write(`nonfinite-${_name}.yaml`, mini.replace("- {kind: at_most, value: 10.5, year: 2025}", `- {kind: at_most, ${replacement}, year: 2025}`));
    const { code, stderr, out } = await validate(f);
    expect([code, stderr]).toEqual([1, ""]);
    const d = out.diagnostics.find((x) => x.code === "plan-non-finite");
    expect(d).toMatchObject({ line: 27, path: "areas[0].goals[0].indicators[0].targets[0].value" });
    expect(d?.message).toContain("finite number");
  });
  it("a finite large number is fine", async () => {
    const f = write("finite.yaml", mini.replace("value: 10.5, year: 2025", "value: 1e300, year: 2025").replace("bounds: {min: 0}", ""));
    const { out } = await validate(f);
    expect(out.diagnostics.filter((d) => d.code === "plan-non-finite")).toEqual([]);
  });
  it("check never runs against a non-finite target: the plan is refused with exit 2", async () => {
    const f = write("nan-check.yaml", mini.replace("value: 10.5, year: 2025", "value: .nan, year: 2025"));
    const r = await runCli(["check", "fixtures/sample/huludao-2020-2024.csv", "--plan", f]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("plan-non-finite");
  });
});

describe("nesting depth", () => {
  const limit = 64;
  it.each([
    ["flow", `title: ${"[".repeat(1000)}${"]".repeat(1000)}\n`, 3],
    ["block", `title:\n${Array.from({ length: 1000 }, (_, i) => `${"  ".repeat(i + 1)}a:\n`).join("")}`, 3 + limit],
  ])("a %s collection 1,000 levels deep is plan-too-deep at its line", async (_kind, body, line) => {
    const f = write(`deep-${_kind}.yaml`, `id: deep\nversion: "1"\n${body}`);
    const { code, stderr, out } = await validate(f);
    expect([code, stderr]).toEqual([1, ""]);
    expect(out.diagnostics).toHaveLength(1);
    expect(out.diagnostics[0]).toMatchObject({ code: "plan-too-deep", line });
    expect(out.diagnostics[0]?.message).toContain(`${limit}`);
  });
  it("the bundled plan's depth is far below the limit", async () => {
    expect((await runCli(["plan", "validate"])).code).toBe(0);
  });
});

describe("area names that cannot be sheet names", () => {
  it.each([
    ["'健康'", "an apostrophe at either end"],
    ["History", "a name Excel reserves"],
    ["健康[一]", "one of [ ] : * ? / \\"],
    ["健\\a康", "control characters"],
  ])("%s → plan-bad-sheet-name (%s); a long name is shortened by the report instead", async (name, reason) => {
    const f = write(`sheet-${Buffer.from(name).toString("hex").slice(0, 16)}.yaml`, mini.replace("name: {zh: 妇女与健康, en: Women and Health}", `name: {zh: "${name}", en: Women and Health}`));
    const { code, out } = await validate(f);
    expect(code).toBe(1);
    const d = out.diagnostics.find((x) => x.code === "plan-bad-sheet-name");
    expect(d).toMatchObject({ line: 15, path: "areas[0].name.zh" });
    expect(d?.message).toContain(reason);
  });
});
