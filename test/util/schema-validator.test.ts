import { describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Ajv, type ValidateFunction } from "ajv";
import { parse } from "yaml";
import { loadSchemaValidator, writeSchemaValidator } from "../../src/util/schema-validator.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const run = (v: ValidateFunction, doc: unknown) => [v(doc), (v.errors ?? []).map((e) => [e.instancePath, e.keyword, e.params])];

describe("schema validators written by the build", () => {
  it("uses the standalone code written from this schema text, and compiles afresh once the schema has changed", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "hld-schema-"));
    const schema = pathToFileURL(path.join(dir, "s.json"));
    const standalone = pathToFileURL(path.join(dir, "s.cjs"));
    writeFileSync(schema, JSON.stringify({ type: "object", properties: { n: { type: "number", minimum: 1 } }, required: ["n"] }));
    writeSchemaValidator(schema, standalone);
    const written = createRequire(import.meta.url)(standalone.pathname) as { validate: ValidateFunction };
    const v = loadSchemaValidator(schema, standalone);
    expect(v).toBe(written.validate);
    expect(run(v, { n: 0 })).toEqual([false, [["/n", "minimum", { comparison: ">=", limit: 1 }]]]);
    expect(v({ n: 1 })).toBe(true);
    // The schema is edited after the build: its text no longer matches, so the old code is not used.
    writeFileSync(schema, JSON.stringify({ type: "object", properties: { n: { type: "number", minimum: 5 } }, required: ["n"] }));
    const again = loadSchemaValidator(schema, standalone);
    expect(again).not.toBe(written.validate);
    expect(again({ n: 1 })).toBe(false);
    expect(again({ n: 5 })).toBe(true);
  });

  it("without standalone code (a missing file), compiles the schema", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "hld-schema-"));
    const schema = pathToFileURL(path.join(dir, "s.json"));
    writeFileSync(schema, JSON.stringify({ type: "string" }));
    const v = loadSchemaValidator(schema, pathToFileURL(path.join(dir, "absent.cjs")));
    expect(v("x")).toBe(true);
    expect(v(1)).toBe(false);
  });

  const BUILT = path.join(ROOT, "dist/plan/plan-validator.cjs");
  it.skipIf(!existsSync(BUILT))("the plan schema's precompiled validator judges plans as a fresh ajv compile does", () => {
    const built = createRequire(import.meta.url)(BUILT) as { validate: ValidateFunction; schemaSha256: string };
    const fresh = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(path.join(ROOT, "plan/plan.schema.json"), "utf8")) as object);
    const plan = parse(readFileSync(path.join(ROOT, "plan/huludao-women/v1.yaml"), "utf8")) as Record<string, unknown>;
    const broken = { ...plan, version: "one", areas: [{ id: 3 }], extra: true };
    for (const doc of [plan, broken, {}, "text"]) expect(run(built.validate, doc)).toEqual(run(fresh, doc));
    expect(run(fresh, plan)[0]).toBe(true);
    expect(run(fresh, broken)[0]).toBe(false);
  });
});
