/** Parse a sex cell: 女/男/合计 or female/male/total (any width or case). */
import type { Sex } from "../model/observation.js";
import { normalizeKey } from "./normalize-key.js";

const SEXES: ReadonlyMap<string, Sex> = new Map([
  ["女", "female"], ["女性", "female"], ["妇女", "female"], ["female", "female"], ["f", "female"], ["women", "female"],
  ["男", "male"], ["男性", "male"], ["male", "male"], ["m", "male"], ["men", "male"],
  ["合计", "total"], ["总计", "total"], ["小计", "total"], ["全部", "total"], ["total", "total"], ["all", "total"], ["t", "total"],
]);

/** The sex a cell names; null when the cell is empty, undefined when it names none. */
export function parseSex(cell: string): Sex | null | undefined {
  const k = normalizeKey(cell);
  if (k === "") return null;
  return SEXES.get(k);
}
