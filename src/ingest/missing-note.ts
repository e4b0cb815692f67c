/** A 备注 that declares the value missing: the template tells officers to leave the value empty and write 暂缺 there. */
import { normalizeKey } from "./normalize-key.js";

const WORDS = ["暂缺", "暂无", "缺失", "缺报", "无数据", "暂无数据", "未统计", "不统计", "待补", "待补报", "尚未统计", "不适用", "missing", "notavailable", "n/a", "na", "nodata"];
const KEYS = WORDS.map(normalizeKey);

/** True when the note says the value is not available (暂缺, 无数据, 未统计 … or missing, n/a). */
export function declaresMissing(note: string): boolean {
  const k = normalizeKey(note);
  return k !== "" && KEYS.some((w) => k === w || k.startsWith(w));
}
