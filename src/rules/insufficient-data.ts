/** insufficient-data: say plainly what is missing instead of guessing (methodology "Data sufficiency"). */
import type { ResultWarning } from "../model/report.js";
import type { AssessTranslate } from "../assess/messages.js";

/** What was missing: too few points for a trend, a relative target's baseline year, a compare partner's value, a weather run. */
export type InsufficiencyReason =
  | { reason: "trend"; points: number; needed: number }
  | { reason: "no-baseline-year"; year: number; target: string }
  | { reason: "partner-missing"; ref: string; year: number; target: string }
  | { reason: "weather"; points: number; needed: number };

/** The insufficient-data warning for one reason. */
export function insufficientData(r: InsufficiencyReason, t: AssessTranslate): ResultWarning {
  switch (r.reason) {
    case "trend":
      return { code: "insufficient-data", message: t("w-insufficient-trend", r), data: { ...r } };
    case "no-baseline-year":
      return { code: "insufficient-data", message: t("w-insufficient-baseline-year", r), data: { ...r } };
    case "partner-missing":
      return { code: "insufficient-data", message: t("w-insufficient-partner", r), data: { ...r } };
    case "weather":
      return { code: "insufficient-data", message: t("w-insufficient-weather", r), data: { ...r } };
  }
}
