/** Words for series and places in messages: "孕产妇死亡率 · 绥中县 · 2024", "data.xlsx 工作表 2024 第 5 行". */
import type { RunContext } from "./mapping-context.js";
import { displayName } from "./mapping-context.js";
import type { BufferedPlace } from "./observation-buffer.js";

const SEX_KEYS = ["", "sex-total", "sex-female", "sex-male"] as const;

/** Indicator, region, year and sex suffix of a series point, for message parameters. */
export function describeSeries(run: RunContext, ind: number, reg: number, sex: number, year: number): { indicator: string; region: string; year: number; sex: string } {
  const plan = run.lookup.plan;
  const k = SEX_KEYS[sex];
  return {
    indicator: displayName(plan.indicators[ind]!.name, run.lang),
    region: displayName(plan.regions[reg]!.name, run.lang),
    year,
    sex: k ? run.t(k) : "",
  };
}

/** A stored observation's place in words. */
export function describePlace(run: RunContext, place: BufferedPlace): string {
  const src = run.buffer.sources[place.source]!;
  return src.sheet !== undefined ? run.t("at-sheet-row", { file: src.file, sheet: src.sheet, row: place.row }) : run.t("at-row", { file: src.file, row: place.row });
}
