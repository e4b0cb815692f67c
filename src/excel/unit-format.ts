/** Number formats that suit an indicator's unit (values are stored as numbers; the unit stays in its own column). */

const BY_UNIT: Record<string, string> = {
  "%": "0.0",
  "百分点": "0.0",
  "percentage points": "0.0",
  "‰": "0.00",
  "/10万": "0.00",
  "/10万活产": "0.00",
  "per 100,000": "0.00",
  "per 100,000 live births": "0.00",
  "岁": "0.00",
  "年": "0.00",
  "years": "0.00",
  "万人": "#,##0.00",
  "10,000 persons": "#,##0.00",
  "人": "#,##0",
  "persons": "#,##0",
  "分钟/天": "0",
  "minutes per day": "0",
};

/** The Excel number format for values in `unit` (a general two-decimal format when the unit is not known). */
export function unitFormat(unit: string | undefined): string {
  return (unit !== undefined && BY_UNIT[unit]) || "#,##0.0#";
}

/** A gap or a difference in `unit`: signed, as many decimals as the value. */
export function gapFormat(unit: string | undefined): string {
  const f = unitFormat(unit);
  return `+${f};-${f};0`;
}

/** A share of 1 (progress, time elapsed). */
export const SHARE_FORMAT = "0%";
/** The attainment rate. */
export const RATE_FORMAT = "0.0%";
