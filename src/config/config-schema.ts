/** The config file's JSON Schema (shipped as plan/hld-women.config.schema.json), compiled by ajv ahead of time at build, or on first use. */
import { readFileSync } from "node:fs";
import type { ValidateFunction } from "ajv";
import { BUNDLED_PLAN_DIR } from "../plan/plan-schema.js";
import { loadSchemaValidator, writeSchemaValidator } from "../util/schema-validator.js";

/** The schema file's name beside the plan schema. */
export const CONFIG_SCHEMA_FILE = "hld-women.config.schema.json";
/** The validator the build writes beside this module (ajv standalone code): no ajv to load or compile at run time. */
export const PRECOMPILED_VALIDATOR = new URL("./config-validator.cjs", import.meta.url);
const SCHEMA = new URL(CONFIG_SCHEMA_FILE, BUNDLED_PLAN_DIR);

let compiled: ValidateFunction | undefined;

/** The parsed schema. */
export function configSchema(): { properties: Record<string, unknown> } {
  return JSON.parse(readFileSync(SCHEMA, "utf8")) as { properties: Record<string, unknown> };
}

/** The config validator (allErrors, so every problem of a file is reported together). */
export function configValidator(): ValidateFunction {
  compiled ??= loadSchemaValidator(SCHEMA, PRECOMPILED_VALIDATOR);
  return compiled;
}

/** Write the precompiled validator (called by the build, scripts/compile-plans.mjs). */
export function writeConfigValidator(): void {
  writeSchemaValidator(SCHEMA, PRECOMPILED_VALIDATOR);
}
