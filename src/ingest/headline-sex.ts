/** One headline series per indicator × region: "total" (合计/总计) and no sex are the same key. */
import type { Sex } from "../model/observation.js";

/** The sex of a series: female and male are their own series; "total" and no sex are the headline series (undefined). */
export function headlineSex(sex: Sex | undefined): "female" | "male" | undefined {
  return sex === "female" || sex === "male" ? sex : undefined;
}
