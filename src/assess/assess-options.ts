/** Options of assess(): as_of, method, filters, language, base year, thresholds, diagnostics to carry through. */
import type { AreaId } from "../model/plan.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { MethodId } from "../model/report.js";
import type { Lang } from "../i18n/lang.js";
import type { Thresholds } from "../rules/thresholds.js";

/** How to assess; every field optional. */
export interface AssessOptions {
  /** Assessment year (default: the latest year in the observations); later observations are ignored. */
  asOf?: number;
  /** Progress method preset (default "eurostat"). */
  method?: MethodId;
  /** Only this region or these regions: codes, names (zh/en) or aliases; "all" or empty = every region. */
  region?: string | readonly string[];
  /** Only this area or these areas. */
  area?: AreaId | readonly AreaId[];
  /** Only this indicator id or these ids. */
  indicator?: string | readonly string[];
  /** Language of warning messages (default "zh"). */
  lang?: Lang;
  /** Base year override (default plan.base_year). */
  baseYear?: number;
  /** Threshold overrides; the rest keep DEFAULT_THRESHOLDS. */
  thresholds?: Partial<Thresholds>;
  /** Diagnostics (e.g. from ingest) carried into Report.diagnostics. */
  diagnostics?: readonly Diagnostic[];
}
