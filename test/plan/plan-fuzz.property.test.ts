// Issue 10: property test — any mutation of a valid plan's text gives a plan or coded plan diagnostics, never an exception.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/plan/parse-plan.js";

const base = readFileSync("fixtures/plans/mini-v1.yaml", "utf8");
const pieces = ["[", "]", "{", "}", ":", "- ", "&a ", "*a", "!!str ", ".nan", ".inf", "-.inf", "1e309", "\"", "'", "#", "\t", "\n", "  ", "__proto__: 1", "~", "0x1F", "'健康'", "History"];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })) }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant("repeat" as const), at: fc.nat(), times: fc.integer({ min: 2, max: 200 }), text: fc.constantFrom("[", "{", "- ", "  a:\n") }),
);

function apply(text: string, ms: { kind: string; at: number; text?: string; length?: number; times?: number }[]): string {
  let t = text;
  for (const m of ms) {
    const at = m.at % (t.length + 1);
    if (m.kind === "insert") t = t.slice(0, at) + (m.text ?? "") + t.slice(at);
    else if (m.kind === "delete") t = t.slice(0, at) + t.slice(at + (m.length ?? 1));
    else t = t.slice(0, at) + (m.text ?? "").repeat(m.times ?? 1) + t.slice(at);
  }
  return t;
}

describe("parsePlan on mutated plans", () => {
  it("never throws; errors are coded, located plan diagnostics", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.constantFrom("zh" as const, "en" as const), (ms, lang) => {
        const r = parsePlan(apply(base, ms), "fuzz.yaml", lang);
        for (const d of r.diagnostics) {
          expect(d.code).toMatch(/^plan-[a-z-]+$/);
          expect(["error", "warning", "info"]).toContain(d.severity);
          expect(d.message.length).toBeGreaterThan(0);
          expect(d.source?.file).toBe("fuzz.yaml");
        }
        if (r.plan) {
          expect(r.diagnostics.some((d) => d.severity === "error")).toBe(false);
          for (const i of r.plan.indicators) for (const t of i.targets) if (t.value !== undefined) expect(Number.isFinite(t.value)).toBe(true);
        }
      }),
      { numRuns: 150, seed: 20212030 },
    );
  });
});
