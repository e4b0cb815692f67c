// The real bin on the real build (dist/, made by `npm test`'s pretest build), and the plan cache the build writes.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/plan/parse-plan.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const built = existsSync(path.join(ROOT, "dist/cli/run.js")) && existsSync(path.join(ROOT, "dist/plan-cache/huludao-women/v1.json"));
const BUNDLED = path.join(ROOT, "plan/huludao-women/v1.yaml");

describe.skipIf(!built)("the built bin", () => {
  it("validates the sample data: exit 0, JSON on stdout, nothing on stderr", () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, "bin/hld-women.js"), "validate", "fixtures/sample/huludao-2020-2024.csv", "-f", "json"], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout).summary).toMatchObject({ files: 1, rows: 2587, errors: 0 });
  });

  it("exits 2 with a message, not a stack trace, for a missing file of a reading command", () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, "bin/hld-women.js"), "check", "no-such-file.csv", "--lang", "en"], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("uses a cached plan identical to a fresh parse, and only while the YAML is unchanged", async () => {
    const { cachedPlan } = (await import(pathToFileURL(path.join(ROOT, "dist/plan/plan-cache.js")).href)) as typeof import("../../src/plan/plan-cache.js");
    const text = readFileSync(BUNDLED, "utf8");
    const cached = cachedPlan(BUNDLED, text);
    expect(cached).toEqual(parsePlan(text, BUNDLED, "zh").plan);
    expect(cachedPlan(BUNDLED, text.replace("value: 10.5", "value: 11"))).toBeUndefined();
    expect(cachedPlan(path.join(ROOT, "fixtures/plans/mini-v1.yaml"), readFileSync(path.join(ROOT, "fixtures/plans/mini-v1.yaml"), "utf8"))).toBeUndefined();
  });

  it("prints its version", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(execFileSync(process.execPath, [path.join(ROOT, "bin/hld-women.js"), "--version"], { encoding: "utf8" }).trim()).toBe(pkg.version);
  });
});
