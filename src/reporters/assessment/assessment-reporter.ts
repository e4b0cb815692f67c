/** An assessment reporter (check and report outputs): (report, plan, options) → text. Pure: no files, no clock, no process. */
import type { ChalkInstance } from "chalk";
import type { Lang } from "../../i18n/lang.js";
import type { Plan } from "../../model/plan.js";
import type { Report } from "../../model/report.js";

/** Options every assessment reporter receives. */
export interface AssessmentReporterOptions {
  lang: Lang;
  chalk: ChalkInstance;
  /** Terminal columns the table should fit (table only; default 120). */
  width?: number;
  /** What was read, for the data-problems summary line (default: counted from the report). */
  input?: { files: number; rows: number };
}

/** Render a report in one format. */
export type AssessmentReporter = (report: Report, plan: Plan, options: AssessmentReporterOptions) => string;
