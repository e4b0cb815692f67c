/** The plan's JSON Schema (shipped as plan/plan.schema.json): its validator precompiled by the build, or compiled once with ajv. */
import type { ValidateFunction } from "ajv";
import { loadSchemaValidator, writeSchemaValidator } from "../util/schema-validator.js";

/** Folder with the bundled plans and the schema. */
export const BUNDLED_PLAN_DIR = new URL("../../plan/", import.meta.url);
const SCHEMA = new URL("plan.schema.json", BUNDLED_PLAN_DIR);
/** The validator the build writes beside this module (ajv standalone code): a plan file outside the bundle is checked without loading or compiling ajv. */
export const PRECOMPILED_PLAN_VALIDATOR = new URL("./plan-validator.cjs", import.meta.url);

let compiled: ValidateFunction | undefined;

/** The compiled plan validator (allErrors, so every problem of a file is reported together). */
export function planValidator(): ValidateFunction {
  compiled ??= loadSchemaValidator(SCHEMA, PRECOMPILED_PLAN_VALIDATOR);
  return compiled;
}

/** Write the precompiled plan validator (called by the build, scripts/compile-plans.mjs). */
export function writePlanValidator(): void {
  writeSchemaValidator(SCHEMA, PRECOMPILED_PLAN_VALIDATOR);
}
