/** Load heavy CommonJS dependencies (yaml, ajv) on first use, so commands that don't need them don't pay for them. */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** The `yaml` package, loaded on first call. */
export const yamlLib = (): typeof import("yaml") => require("yaml") as typeof import("yaml");

/** The `ajv` package, loaded on first call. */
export const ajvLib = (): typeof import("ajv") => require("ajv") as typeof import("ajv");
