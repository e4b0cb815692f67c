/** Long-layout column names in English and Chinese, and how a header cell is matched to a field. */
import { normalizeKey, splitTrailingParen } from "./normalize-key.js";

/** The fields a long-layout header may name. */
export const FIELDS = ["indicator", "indicator_name", "region", "region_name", "year", "value", "sex", "unit", "note"] as const;
/** A column the readers understand. */
export type Field = (typeof FIELDS)[number];

/** Accepted header names per field, compared with normalizeKey (spaces, width and case ignored). */
export const HEADER_ALIASES: Record<Field, readonly string[]> = {
  indicator: ["indicator", "indicator_id", "indicator_code", "指标代码", "指标编码", "指标编号", "指标ID"],
  indicator_name: ["indicator_name", "指标名称", "指标", "指标名", "项目", "指标项目"],
  region: ["region", "region_code", "地区代码", "地区编码", "行政区划代码", "区划代码", "行政区划编码"],
  region_name: ["region_name", "地区", "地区名称", "行政区划", "区域", "县区", "县(市)区", "县（市、区）"],
  year: ["year", "年份", "年度", "年", "统计年度"],
  value: ["value", "数值", "值", "数据", "指标值", "统计值"],
  sex: ["sex", "gender", "性别"],
  unit: ["unit", "单位", "计量单位"],
  note: ["note", "notes", "remark", "remarks", "备注", "说明", "注"],
};

/** Header names that would be dangerous as object keys; refused outright. */
export const RESERVED_HEADERS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

const BY_KEY: ReadonlyMap<string, Field> = new Map(
  FIELDS.flatMap((f) => HEADER_ALIASES[f].map((a) => [normalizeKey(a), f] as [string, Field])),
);

/** The field a header names ("数值（%）" also names value, its unit given in brackets), or undefined. */
export function matchHeader(text: string): { field: Field; unit?: string } | undefined {
  const direct = BY_KEY.get(normalizeKey(text));
  if (direct) return { field: direct };
  const split = splitTrailingParen(text);
  if (!split) return undefined;
  const field = BY_KEY.get(normalizeKey(split[0]));
  return field ? { field, unit: split[1] || undefined } : undefined;
}
