/** Traffic-light conditional formatting with `expression` rules (LibreOffice ignores exceljs' containsText rules). */
import type ExcelJS from "exceljs";

/** Fill and font of each light. */
export const LIGHTS = {
  red: { fill: "FFFFC7CE", font: "FF9C0006" },
  yellow: { fill: "FFFFEB9C", font: "FF9C5700" },
  green: { fill: "FFC6EFCE", font: "FF006100" },
  grey: { fill: "FFEDEDED", font: "FF595959" },
} as const;

/** One of the traffic lights. */
export type Light = keyof typeof LIGHTS;

function quote(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** Colour the cells of `ref` whose own column `col` (from row `first`) holds one of the texts of each light. */
export function addTrafficLights(ws: ExcelJS.Worksheet, ref: string, col: string, first: number, texts: Partial<Record<Light, readonly string[]>>): void {
  const rules: ExcelJS.ConditionalFormattingRule[] = [];
  let priority = 1;
  for (const light of Object.keys(LIGHTS) as Light[]) {
    const list = texts[light];
    if (!list || list.length === 0) continue;
    const cell = `$${col}${first}`;
    const test = list.length === 1 ? `${cell}=${quote(list[0]!)}` : `OR(${list.map((x) => `${cell}=${quote(x)}`).join(",")})`;
    rules.push({
      type: "expression",
      priority: priority++,
      formulae: [test],
      style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: LIGHTS[light].fill } }, font: { color: { argb: LIGHTS[light].font } } },
    });
  }
  if (rules.length > 0) ws.addConditionalFormatting({ ref, rules });
}

/** A red–yellow–green colour scale for an attainment rate between 0 and 1. */
export function addRateScale(ws: ExcelJS.Worksheet, ref: string): void {
  ws.addConditionalFormatting({
    ref,
    rules: [
      {
        type: "colorScale",
        priority: 1,
        cfvo: [
          { type: "num", value: 0 },
          { type: "num", value: 0.6 },
          { type: "num", value: 1 },
        ],
        color: [{ argb: "FFF8696B" }, { argb: "FFFFEB84" }, { argb: "FF63BE7B" }],
      },
    ],
  });
}
