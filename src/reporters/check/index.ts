/** The check reporters by format name; the list of formats feeds both the type and --format's choices. */
import type { CheckReporter } from "./check-reporter.js";
import { tableReporter } from "./table.js";
import { jsonReporter } from "./json.js";
import { csvReporter } from "./csv.js";
import { markdownReporter } from "./markdown.js";
import { githubReporter } from "./github.js";

export type { CheckReporter, CheckReporterOptions } from "./check-reporter.js";

export const CHECK_FORMATS = ["table", "json", "csv", "markdown", "github"] as const;
/** A --format value of `check`. */
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** Reporter for each format. */
export const checkReporters: Record<CheckFormat, CheckReporter> = {
  table: tableReporter,
  json: jsonReporter,
  csv: csvReporter,
  markdown: markdownReporter,
  github: githubReporter,
};
