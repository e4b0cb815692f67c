/** A check reporter: (report, plan, options) → text. Pure: no files, no clock, no process. */
import type { ChalkInstance } from "chalk";
import type { Lang } from "../../i18n/lang.js";
import type { Plan } from "../../model/plan.js";
import type { Report } from "../../model/report.js";

/** Options every check reporter receives. */
export interface CheckReporterOptions {
  lang: Lang;
  chalk: ChalkInstance;
  /** Terminal columns the table should fit (table only; default 120). */
  width?: number;
  /** What was read, for the data-problems summary line (default: counted from the report). */
  input?: { files: number; rows: number };
}

/** Render a report in one format. */
export type CheckReporter = (report: Report, plan: Plan, options: CheckReporterOptions) => string;
