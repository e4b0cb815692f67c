/** The config file's JSON Schema (shipped as plan/hld-women.config.schema.json), compiled by ajv ahead of time at build, or on first use. */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { ValidateFunction } from "ajv";
import { ajvLib } from "../util/lazy-require.js";
import { BUNDLED_PLAN_DIR } from "../plan/plan-schema.js";

/** The schema file's name beside the plan schema. */
export const CONFIG_SCHEMA_FILE = "hld-women.config.schema.json";
/** The validator the build writes beside this module (ajv standalone code): no ajv to load or compile at run time. */
export const PRECOMPILED_VALIDATOR = new URL("./config-validator.cjs", import.meta.url);

const require = createRequire(import.meta.url);
let compiled: ValidateFunction | undefined;

function schemaText(): string {
  return readFileSync(new URL(CONFIG_SCHEMA_FILE, BUNDLED_PLAN_DIR), "utf8");
}

const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

/** The parsed schema. */
export function configSchema(): { properties: Record<string, unknown> } {
  return JSON.parse(schemaText()) as { properties: Record<string, unknown> };
}

function precompiled(text: string): ValidateFunction | undefined {
  try {
    const mod = require(fileURLToPath(PRECOMPILED_VALIDATOR)) as { validate: ValidateFunction; schemaSha256: string };
    // Written from this very schema text, or not used (a schema edited after the build).
    return mod.schemaSha256 === sha256(text) ? mod.validate : undefined;
  } catch {
    return undefined;
  }
}

/** The config validator (allErrors, so every problem of a file is reported together). */
export function configValidator(): ValidateFunction {
  if (!compiled) {
    const text = schemaText();
    compiled = precompiled(text);
    if (!compiled) {
      const { Ajv } = ajvLib();
      compiled = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(text) as object);
    }
  }
  return compiled;
}

/** Write the precompiled validator (called by the build, scripts/compile-plans.mjs). */
export function writeConfigValidator(): void {
  const text = schemaText();
  const { Ajv } = ajvLib();
  const ajv = new Ajv({ allErrors: true, strict: false, code: { source: true } });
  const standalone = (require("ajv/dist/standalone") as { default: (ajv: unknown, validate: ValidateFunction) => string }).default;
  const source = standalone(ajv, ajv.compile(JSON.parse(text) as object));
  writeFileSync(PRECOMPILED_VALIDATOR, `${source}\nmodule.exports = { validate: module.exports, schemaSha256: ${JSON.stringify(sha256(text))} };\n`);
}
