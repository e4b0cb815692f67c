/** Rows of printed forms that carry no data: section headings, subtotal lines, footer notes. */
import type { CellValue } from "./ingest-types.js";
import type { HeaderLayout } from "./header-layout.js";
import { cellText, isEmptyCell } from "./cell-text.js";

/** Why a row is read past. */
export type SkippedRowKind = "section-row" | "subtotal-row" | "note-row";

// Footer lines of Chinese statistical forms: notes, sources, who filled the form in.
const NOTE_ROW = /^(注|说明|备注|资料来源|数据来源|来源|填报|填表|制表|审核|负责人|单位负责人|统计负责人|联系电话|报送|note|source)/i;
// 一、妇女与健康 · （一）… · 1. … · 1.2 …: a numbering, a separator, then words (never a bare number).
const SECTION_TEXT = /^(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|\d+(?:\.\d+)*\s*[、.．）)]|第[一二三四五六七八九十]+[部分章节类])\s*\D/;
// The numbering alone, in a 序号 column beside the heading.
const SECTION_NUMBER = /^(?:[一二三四五六七八九十]+[、.．]?|[（(][一二三四五六七八九十]+[)）])$/;
const SUBTOTAL = /^(合计|小计|总计)$/;

/** What kind of non-data row `cells` is, with the row's text as the user wrote it; undefined for a data row. */
export function skippedRow(cells: readonly CellValue[], layout: HeaderLayout): { kind: SkippedRowKind; text: string } | undefined {
  const serial = new Set(layout.serial);
  const texts: string[] = [];
  let serialText = "";
  let filled = 0;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (isEmptyCell(c)) continue;
    filled++;
    const text = cellText(c);
    if (serial.has(i)) serialText ||= text;
    else if (!texts.includes(text)) texts.push(text);
  }
  if (texts.length === 0 && serialText) [texts[0], serialText] = [serialText, ""];
  const all = [serialText, ...texts].filter(Boolean).join(" ");
  // Footer notes fill one or two cells; a data row fills more, so it is never taken for a note.
  const first = texts[0] ?? serialText;
  if (filled <= 2 && NOTE_ROW.test(first)) return { kind: "note-row", text: all };
  if (texts.length === 1 && typeof texts[0] === "string" && !/^[-+\d.,%‰\s]+$/.test(texts[0])) {
    if (SECTION_TEXT.test(texts[0]) || (serialText && SECTION_NUMBER.test(serialText))) return { kind: "section-row", text: all };
  }
  const { indicator, indicator_name } = layout.fields;
  const named = [indicator, indicator_name].filter((c): c is number => c !== undefined).map((c) => cellText(cells[c]));
  if (texts.some((t) => SUBTOTAL.test(t)) && named.every((n) => n === "" || SUBTOTAL.test(n))) return { kind: "subtotal-row", text: all };
  return undefined;
}
