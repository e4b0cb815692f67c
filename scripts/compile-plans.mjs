#!/usr/bin/env node
// After tsc: parse and validate every bundled plan once and store the result beside the build
// (dist/plan-cache/<id>/v<version>.json, keyed by the YAML's sha256 and the tool version), so a
// command on a bundled plan skips YAML parsing and schema compilation (~200 ms of a small validate).
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { listBundledPlans } = await import(path.join(root, "dist/plan/bundled-plans.js"));
const { parsePlan } = await import(path.join(root, "dist/plan/parse-plan.js"));
const { VERSION } = await import(path.join(root, "dist/version.js"));
const { PLAN_CACHE_DIR } = await import(path.join(root, "dist/plan/plan-cache.js"));

let failed = false;
for (const b of listBundledPlans()) {
  const text = readFileSync(b.file, "utf8");
  const { plan, diagnostics } = parsePlan(text.replace(/^\uFEFF/, ""), b.file, "en");
  if (!plan) {
    failed = true;
    for (const d of diagnostics) process.stderr.write(`${b.file}:${d.source?.line ?? "?"}: ${d.code} ${d.message}\n`);
    continue;
  }
  delete plan.file;
  const out = path.join(fileURLToPath(PLAN_CACHE_DIR), b.id, `v${b.version}.json`);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ sha256: createHash("sha256").update(text).digest("hex"), tool: VERSION, plan }));
}
// The config file's validator as ajv standalone code: a command reading hld-women.config.yaml skips loading and compiling ajv.
const { writeConfigValidator } = await import(path.join(root, "dist/config/config-schema.js"));
writeConfigValidator();
// Likewise the plan schema's: a plan file outside the bundle (a province's own) is checked without compiling the schema.
const { writePlanValidator } = await import(path.join(root, "dist/plan/plan-schema.js"));
writePlanValidator();
process.exitCode = failed ? 1 : 0;
