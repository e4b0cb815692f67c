/** The plan's JSON Schema (shipped as plan/plan.schema.json), compiled once with ajv. */
import { readFileSync } from "node:fs";
import type { ValidateFunction } from "ajv";
import { ajvLib } from "../util/lazy-require.js";

/** Folder with the bundled plans and the schema. */
export const BUNDLED_PLAN_DIR = new URL("../../plan/", import.meta.url);

let compiled: ValidateFunction | undefined;

/** The compiled plan validator (allErrors, so every problem of a file is reported together). */
export function planValidator(): ValidateFunction {
  if (!compiled) {
    const schema = JSON.parse(readFileSync(new URL("plan.schema.json", BUNDLED_PLAN_DIR), "utf8")) as object;
    const { Ajv } = ajvLib();
    const ajv = new Ajv({ allErrors: true, strict: false });
    compiled = ajv.compile(schema);
  }
  return compiled;
}
