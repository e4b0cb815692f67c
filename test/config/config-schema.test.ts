import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import { configSchema, configValidator } from "../../src/config/config-schema.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BUILT = path.join(ROOT, "dist/config/config-validator.cjs");

const DOCS: unknown[] = [
  {},
  { plan: "huludao-women@1", db: "m.db", lang: "en", method: "sdsn", fail_on: "none", thresholds: { stale_years: 3 }, codes: { "unknown-column": "off" } },
  { methd: "sdsn", lang: "fr", thresholds: { stale_years: "3" }, codes: { "blank-header": "loud" }, plan: "" },
  { thresholds: 3, codes: [] },
  "text",
];
const run = (v: ValidateFunction, doc: unknown) => [v(doc), (v.errors ?? []).map((e) => [e.instancePath, e.keyword, e.params])];

describe("the config schema's validator", () => {
  it("compiled on first use, judges documents as a fresh ajv compile does", () => {
    const fresh = new Ajv({ allErrors: true, strict: false }).compile(configSchema());
    for (const doc of DOCS) expect(run(configValidator(), doc)).toEqual(run(fresh, doc));
  });

  it.skipIf(!existsSync(BUILT))("precompiled by the build (ajv standalone), agrees with a fresh compile and records the schema it was made from", () => {
    const built = createRequire(import.meta.url)(BUILT) as { validate: ValidateFunction; schemaSha256: string };
    const fresh = new Ajv({ allErrors: true, strict: false }).compile(configSchema());
    for (const doc of DOCS) expect(run(built.validate, doc)).toEqual(run(fresh, doc));
    expect(built.schemaSha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
