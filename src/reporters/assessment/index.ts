/** The assessment reporters by check/report format name; the list of formats feeds both the type and --format's choices. */
import type { AssessmentReporter } from "./assessment-reporter.js";
import { assessmentTableReporter } from "./table.js";
import { assessmentJsonReporter } from "./json.js";
import { assessmentCsvReporter } from "./csv.js";
import { assessmentMarkdownReporter } from "./markdown.js";
import { assessmentGithubReporter } from "./github.js";

export type { AssessmentReporter, AssessmentReporterOptions } from "./assessment-reporter.js";

export const CHECK_FORMATS = ["table", "json", "csv", "markdown", "github"] as const;
/** A --format value of `check`. */
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** Reporter for each format. */
export const checkReporters: Record<CheckFormat, AssessmentReporter> = {
  table: assessmentTableReporter,
  json: assessmentJsonReporter,
  csv: assessmentCsvReporter,
  markdown: assessmentMarkdownReporter,
  github: assessmentGithubReporter,
};
