/** The config file's JSON Schema (shipped as plan/hld-women.config.schema.json), compiled once with ajv. */
import { readFileSync } from "node:fs";
import type { ValidateFunction } from "ajv";
import { ajvLib } from "../util/lazy-require.js";
import { BUNDLED_PLAN_DIR } from "../plan/plan-schema.js";

/** The schema file's name beside the plan schema. */
export const CONFIG_SCHEMA_FILE = "hld-women.config.schema.json";

let compiled: ValidateFunction | undefined;

/** The parsed schema. */
export function configSchema(): { properties: Record<string, unknown> } {
  return JSON.parse(readFileSync(new URL(CONFIG_SCHEMA_FILE, BUNDLED_PLAN_DIR), "utf8")) as { properties: Record<string, unknown> };
}

/** The compiled config validator (allErrors, so every problem of a file is reported together). */
export function configValidator(): ValidateFunction {
  if (!compiled) {
    const { Ajv } = ajvLib();
    compiled = new Ajv({ allErrors: true, strict: false }).compile(configSchema());
  }
  return compiled;
}
