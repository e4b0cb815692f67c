/** The 图表 sheet: a section per area (each on a new page), one picture per indicator, two per row, each under a caption with the indicator name and target. */
import type ExcelJS from "exceljs";
import type { ChartImage } from "../charts/render-charts.js";
import type { RowContext } from "../report-model/report-rows.js";
import { describeTarget } from "../plan/describe-target.js";
import { cellValue, writeTitle } from "../excel/sheet-kit.js";
import type { SheetPicture, StreamWorkbook } from "../excel/stream-workbook.js";

const COLS_PER_CHART = 10;
const COL_WIDTH = 9.5; // characters; about 71 px, so ten columns hold a 640–700 px picture
const ROW_PX = 20; // the default row height (15 pt)
// Three rows of pictures under a section heading fill an A4 landscape page; a fourth spilled its bottom onto a page of its own.
const BLOCKS_PER_PAGE = 3;

/** Place the chart pictures; returns how many were embedded. */
export function writeChartsSheet(book: StreamWorkbook, ws: ExcelJS.Worksheet, c: RowContext, charts: readonly ChartImage[], note: string): number {
  writeTitle(ws, 1, c.t("sheet-charts"));
  ws.getCell("A2").value = cellValue(c.t("charts-intro"));
  ws.getCell("A3").value = cellValue(note);
  ws.getCell("A3").font = { italic: true, color: { argb: "FF7F7F7F" } };
  for (let i = 1; i <= COLS_PER_CHART * 2; i++) ws.getColumn(i).width = COL_WIDTH;
  let row = 5, blocks = 0;
  const pictures: SheetPicture[] = [];
  // One section per area, in the plan's order, each starting on a new page under the area's name.
  const sections = c.plan.areas
    .map((a) => ({ name: a.name[c.lang], charts: charts.filter((ch) => c.indicators.get(ch.indicator)?.area === a.id) }))
    .filter((x) => x.charts.length > 0);
  const known = new Set(sections.flatMap((x) => x.charts));
  const rest = charts.filter((ch) => !known.has(ch));
  if (rest.length > 0) sections.push({ name: c.t("sheet-charts"), charts: rest });
  for (const [n, section] of sections.entries()) {
    if (n > 0 && blocks % BLOCKS_PER_PAGE !== 0) ws.getRow(row - 1).addPageBreak();
    blocks = 0;
    const head = ws.getRow(row).getCell(1);
    head.value = cellValue(section.name);
    head.font = { bold: true, size: 13, color: { argb: "FF1F3B73" } };
    row += 2;
    for (let i = 0; i < section.charts.length; i += 2) {
      const pair = section.charts.slice(i, i + 2);
      const height = Math.max(...pair.map((ch) => ch.height));
      const imageRows = Math.ceil(height / ROW_PX) + 1;
      pair.forEach((ch, k) => {
        if (!ch.png) return;
        const ind = c.indicators.get(ch.indicator);
        const targets = ind ? ind.targets.map((tg) => describeTarget(tg, ind, c.plan, c.lang)).join(c.lang === "zh" ? "；" : "; ") : "";
        const caption = ws.getRow(row).getCell(1 + k * COLS_PER_CHART);
        const name = ind ? (c.lang === "zh" ? `${ind.name.zh}（${ind.unit.zh}）` : `${ind.name.en} (${ind.unit.en})`) : ch.title;
        caption.value = cellValue(`${name}${targets ? ` · ${targets}` : ""}`);
        caption.font = { bold: true, color: { argb: "FF1F3B73" } };
        const image = book.wb.addImage({ buffer: ch.png as unknown as ExcelJS.Buffer, extension: "png" });
        pictures.push({ image, col: k * COLS_PER_CHART, row, width: ch.width, height: ch.height });
      });
      row += imageRows + 1;
      blocks++;
      if (blocks % BLOCKS_PER_PAGE === 0) ws.getRow(row - 1).addPageBreak();
    }
  }
  ws.pageSetup.orientation = "landscape";
  ws.pageSetup.paperSize = 9;
  ws.pageSetup.fitToPage = true;
  ws.pageSetup.fitToWidth = 1;
  ws.pageSetup.fitToHeight = 0;
  ws.pageSetup.printArea = `A$1:${colLetter(COLS_PER_CHART * 2)}$${row}`;
  book.addPictures(ws, pictures);
  return pictures.length;
}

function colLetter(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
