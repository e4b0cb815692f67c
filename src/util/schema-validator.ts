/** A JSON Schema's ajv validator: the standalone code the build wrote beside the module when it matches the schema file, else compiled on first use. */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { ValidateFunction } from "ajv";
import { ajvLib } from "./lazy-require.js";

const require = createRequire(import.meta.url);
const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

function precompiled(file: URL, text: string): ValidateFunction | undefined {
  try {
    const mod = require(fileURLToPath(file)) as { validate: ValidateFunction; schemaSha256: string };
    // Written from this very schema text, or not used (a schema edited after the build).
    return mod.schemaSha256 === sha256(text) ? mod.validate : undefined;
  } catch {
    return undefined;
  }
}

/** The validator of `schema` (allErrors, so every problem of a file is reported together): `standalone` when the build wrote it from this schema text, else ajv compiles it. */
export function loadSchemaValidator(schema: URL, standalone: URL): ValidateFunction {
  const text = readFileSync(schema, "utf8");
  const ready = precompiled(standalone, text);
  if (ready) return ready;
  const { Ajv } = ajvLib();
  return new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(text) as object);
}

/** Write `schema`'s validator as ajv standalone code to `standalone`, tagged with the schema text's sha256 (called by the build). */
export function writeSchemaValidator(schema: URL, standalone: URL): void {
  const text = readFileSync(schema, "utf8");
  const { Ajv } = ajvLib();
  const ajv = new Ajv({ allErrors: true, strict: false, code: { source: true } });
  const toCode = (require("ajv/dist/standalone") as { default: (ajv: unknown, validate: ValidateFunction) => string }).default;
  const source = toCode(ajv, ajv.compile(JSON.parse(text) as object));
  writeFileSync(standalone, `${source}\nmodule.exports = { validate: module.exports, schemaSha256: ${JSON.stringify(sha256(text))} };\n`);
}
