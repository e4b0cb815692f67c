/** The year and region of a table without columns for them: --year/--region, else the title rows, the sheet name, the file name. */
import path from "node:path";
import { type RunContext, type TableContext, tableLocation, displayName } from "./mapping-context.js";
import { resolveRegion } from "./resolve-region.js";
import { MIN_YEAR } from "./parse-year.js";
import { containsRegion, regionInText, yearInText } from "./place-in-text.js";

/** Where a table's year or region was read from, in order of precedence. */
export type PlaceSource = "option" | "title" | "sheet" | "file";

/** A text row above the header (title, 填报单位…), with its physical row number. */
export interface TitleRow {
  text: string;
  row: number;
}

interface Candidate {
  from: PlaceSource;
  value: number;
  row?: number;
}

function fileStem(file: string): string {
  return path.basename(file, path.extname(file));
}

function fromTitles(titles: readonly TitleRow[], find: (text: string) => number | undefined): Candidate | undefined {
  const value = find(titles.map((t) => t.text).join(" "));
  if (value === undefined) return undefined;
  return { from: "title", value, row: titles.find((t) => find(t.text) === value)?.row };
}

/** Report where the value came from (info) and every source that disagrees (warning); returns the value. */
function settle(run: RunContext, table: TableContext, headerRow: number, kind: "year" | "region", all: (Candidate | undefined)[], same: (a: number, b: number) => boolean): number | undefined {
  const found = all.filter((c): c is Candidate => c !== undefined);
  let chosen = found[0];
  if (!chosen) return undefined;
  // A county named after its city ("葫芦岛市" in the title, "绥中县" as the sheet) is the more precise reading.
  if (kind === "region" && chosen.from !== "option")
    for (const c of found) if (containsRegion(run.lookup.plan, chosen.value, c.value)) chosen = c;
  const shown = (v: number): string | number => (kind === "year" ? v : displayName(run.lookup.plan.regions[v]!.name, run.lang));
  const { sink, t } = run;
  if (chosen.from !== "option")
    sink.add(`inferred-${kind}`, "info", tableLocation(table, chosen.row ?? headerRow), { value: shown(chosen.value) }, { value: String(shown(chosen.value)) }, `${kind}-from-${chosen.from}`);
  for (const c of found) {
    if (c === chosen || same(c.value, chosen.value)) continue;
    const p = { kind: t(`place-${kind}`), chosen: shown(chosen.value), chosenFrom: t(`source-${chosen.from}`), other: shown(c.value), otherFrom: t(`source-${c.from}`) };
    sink.add(`conflicting-${kind}`, "warning", tableLocation(table, c.row ?? headerRow), p, { value: String(p.other), expected: String(p.chosen) }, "conflicting-place");
  }
  return chosen.value;
}

/** The year of a long table without a year column, or undefined when nothing names one. */
export function tableYear(run: RunContext, table: TableContext, titles: readonly TitleRow[], headerRow: number): number | undefined {
  const max = run.lookup.plan.period.end;
  const find = (text: string) => yearInText(text, MIN_YEAR, max);
  return settle(run, table, headerRow, "year", [
    run.year === undefined ? undefined : { from: "option", value: run.year },
    fromTitles(titles, find),
    table.sheet === undefined ? undefined : ((v) => (v === undefined ? undefined : { from: "sheet" as const, value: v }))(find(table.sheet)),
    ((v) => (v === undefined ? undefined : { from: "file" as const, value: v }))(find(fileStem(table.file))),
  ], (a, b) => a === b);
}

/** The region of a table without a region column, or undefined when nothing names one. */
export function tableRegion(run: RunContext, table: TableContext, titles: readonly TitleRow[], headerRow: number): number | undefined {
  const plan = run.lookup.plan;
  const find = (text: string): number | undefined => {
    const exact = resolveRegion(run.lookup.regions, text);
    return exact >= 0 ? exact : regionInText(plan, text);
  };
  const candidate = (from: "sheet" | "file", text: string | undefined): Candidate | undefined => {
    const v = text === undefined ? undefined : find(text);
    return v === undefined ? undefined : { from, value: v };
  };
  return settle(run, table, headerRow, "region", [
    run.region === undefined ? undefined : { from: "option", value: run.region },
    // A sheet per county is the usual workbook: its name outranks a title copied from sheet to sheet.
    candidate("sheet", table.sheet),
    fromTitles(titles, (text) => regionInText(plan, text)),
    candidate("file", fileStem(table.file)),
  ], (a, b) => a === b || containsRegion(plan, a, b) || containsRegion(plan, b, a));
}
