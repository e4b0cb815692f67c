/** The long-layout table `db export` writes: exactly the headers the ingest reads, so the next level ingests it unchanged. */
import type { Observation, Sex } from "../model/observation.js";
import type { Plan } from "../model/plan.js";
import { noteForExport } from "./note-guard.js";

/** Headers of the long layout, in order. */
export const EXPORT_HEADER = ["指标代码", "指标名称", "地区代码", "地区", "年份", "数值", "单位", "备注"] as const;
/** Added as the last column when any row is disaggregated by sex. */
export const EXPORT_SEX_HEADER = "性别";

const SEX_LABEL: Record<Sex, string> = { female: "女", male: "男", total: "合计" };

/** A table ready for CSV or XLSX: text cells as strings, year and value as numbers. */
export interface ExportTable {
  header: string[];
  rows: (string | number)[][];
}

/** Rows in plan order (indicator, region), then year and sex; names and units from the plan (Chinese, as submitted). */
export function exportTable(observations: readonly Observation[], plan: Plan): ExportTable {
  const indicators = new Map(plan.indicators.map((ind, i) => [ind.id, { i, ind }]));
  const regions = new Map(plan.regions.map((r, i) => [r.code, { i, r }]));
  const rank = (m: Map<string, { i: number }>, k: string): number => m.get(k)?.i ?? Number.MAX_SAFE_INTEGER;
  const sorted = [...observations].sort(
    (a, b) =>
      rank(indicators, a.indicator) - rank(indicators, b.indicator) ||
      (a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0) ||
      rank(regions, a.region) - rank(regions, b.region) ||
      (a.region < b.region ? -1 : a.region > b.region ? 1 : 0) ||
      a.year - b.year ||
      (a.sex ?? "").localeCompare(b.sex ?? ""),
  );
  const withSex = sorted.some((o) => o.sex !== undefined);
  const header: string[] = [...EXPORT_HEADER, ...(withSex ? [EXPORT_SEX_HEADER] : [])];
  const rows = sorted.map((o) => {
    const ind = indicators.get(o.indicator)?.ind;
    const reg = regions.get(o.region)?.r;
    const row: (string | number)[] = [o.indicator, ind?.name.zh ?? "", o.region, reg?.name.zh ?? "", o.year, o.value, ind?.unit.zh ?? o.unit ?? "", o.note === undefined ? "" : noteForExport(o.note)];
    if (withSex) row.push(o.sex ? SEX_LABEL[o.sex] : "");
    return row;
  });
  return { header, rows };
}
