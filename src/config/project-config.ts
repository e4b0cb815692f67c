/** The project config as the commands use it: defaults checked and resolved (paths absolute, levels by code). */
import type { Lang } from "../i18n/lang.js";
import type { MethodId } from "../model/report.js";
import type { Thresholds } from "../rules/thresholds.js";
import type { CodeLevels } from "./code-levels.js";

/** What makes `check` exit 1, as the config file names it (the values of --fail-on). */
export type ConfigFailOn = "red" | "warning" | "none";

/** A loaded config file; every field but `file` and the two maps is absent when the file does not set it. */
export interface ProjectConfig {
  /** The config file, absolute. */
  file: string;
  /** A bundled plan id (id@version) or a plan file made absolute. */
  plan?: string;
  /** The database file, absolute. */
  db?: string;
  lang?: Lang;
  method?: MethodId;
  failOn?: ConfigFailOn;
  thresholds: Partial<Thresholds>;
  codes: CodeLevels;
}
