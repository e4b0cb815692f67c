// One registry of codes: the README's tables are generated from it, and every code the sources raise is in it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DIAGNOSTIC_CODES, defaultSeverity, isDiagnosticCode } from "../../src/model/diagnostic-codes.js";
// @ts-expect-error a plain .mjs script without types
import { renderCodeTables, withCodeTables } from "../../scripts/code-tables.mjs";

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []));

describe("the diagnostic code registry", () => {
  it("is what the README lists (npm run docs:codes)", () => {
    const readme = readFileSync("README.md", "utf8");
    expect(withCodeTables(readme, DIAGNOSTIC_CODES)).toBe(readme);
    expect(renderCodeTables(DIAGNOSTIC_CODES)).toContain("| `rate-count-mismatch` | warning |");
  });
  it("holds every code the sources raise", () => {
    const raised = new Set<string>();
    for (const file of sources("src")) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/\bcode: "([a-z0-9-]+)"/g)) raised.add(m[1]!);
      for (const m of text.matchAll(/(?:sink\.add|sink\.refuse|this\.report|report|add|refuse)\("([a-z0-9-]+)"/g)) raised.add(m[1]!);
    }
    const unknown = [...raised].filter((c) => !isDiagnosticCode(c));
    expect(unknown).toEqual([]);
  });
  it("gives each code one default severity", () => {
    expect(defaultSeverity("missing-observation")).toBe("error");
    expect(DIAGNOSTIC_CODES["missing-observation"].also).toEqual(["info"]);
    expect(isDiagnosticCode("no-such-code")).toBe(false);
  });
});
