/** stale-data: the latest value is more than `stale_years` (default 2) years before as_of. */
import type { ResultWarning } from "../model/report.js";
import type { Thresholds } from "./thresholds.js";
import type { AssessTranslate } from "../assess/messages.js";

/** Warn when as_of − latest year > stale_years. */
export function staleData(latestYear: number, asOf: number, th: Thresholds, t: AssessTranslate): ResultWarning | null {
  const years = asOf - latestYear;
  if (years <= th.stale_years) return null;
  const data = { latest: latestYear, as_of: asOf, years, limit: th.stale_years };
  return { code: "stale-data", message: t("w-stale-data", { latest: latestYear, asOf, years, limit: th.stale_years }), data };
}
