/** The draft 统计监测报告 as a Word document: 公文-style fonts (仿宋 body, 黑体 headings, 宋体 tables), A4 with a landscape appendix, real heading styles. */
import { AlignmentType, BorderStyle, Document, HeadingLevel, LineRuleType, Packer, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { Plan } from "../model/plan.js";
import type { Report } from "../model/report.js";
import type { Lang } from "../i18n/lang.js";
import { draftReport, type DraftBlock } from "../report-model/draft-report.js";

// Font names as Word on Chinese Windows knows them; where a font is missing (WPS, LibreOffice) the application substitutes its CJK serif/sans.
const FANGSONG = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "仿宋" };
const HEITI = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "黑体" };
const KAITI = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "楷体" };
const SONGTI = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "宋体" };
const TITLE_FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "方正小标宋简体" };
// Sizes in half-points: 三号 16 pt for the body and headings, 二号 22 pt for the title, 五号 10.5 pt in tables.
const BODY = 32, TITLE = 44, TABLE = 21;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "808080" } as const;

// Text widths in twips: A4 portrait and landscape less the margins below.
const PORTRAIT_TEXT = 8844, LANDSCAPE_TEXT = 13662;

function table(b: Extract<DraftBlock, { kind: "table" }>, textWidth: number): (Paragraph | Table)[] {
  // The first column holds names: it gets a quarter of the line (a third with few columns), the figures share the rest.
  const first = Math.round(textWidth * (b.header.length <= 4 ? 0.34 : 0.22));
  const other = Math.floor((textWidth - first) / Math.max(1, b.header.length - 1));
  const widths = b.header.map((_, i) => (i === 0 ? first : other));
  const cell = (text: string, header: boolean, i: number): TableCell =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      children: [new Paragraph({ children: [new TextRun({ text, bold: header, font: header ? HEITI : SONGTI, size: TABLE })] })],
      ...(header ? { shading: { type: ShadingType.CLEAR, fill: "DDEBF7", color: "auto" } } : {}),
      borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER },
    });
  const out: (Paragraph | Table)[] = [];
  if (b.caption) out.push(new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 240, after: 120 }, children: [new TextRun({ text: b.caption, font: HEITI, size: TABLE + 3 })] }));
  out.push(
    new Table({
      width: { size: textWidth, type: WidthType.DXA },
      columnWidths: widths,
      rows: [new TableRow({ tableHeader: true, children: b.header.map((x, i) => cell(x, true, i)) }), ...b.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((x, i) => cell(x, false, i)) }))],
    }),
    new Paragraph({ children: [] }),
  );
  return out;
}

/** Build the .docx bytes of the draft report. */
export async function buildReportDocx(report: Report, plan: Plan, lang: Lang): Promise<Buffer> {
  const draft = draftReport(report, plan, lang);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: draft.title, font: TITLE_FONT, size: TITLE })] }),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: draft.note, font: KAITI, size: BODY - 4, color: "C00000" })] }),
  ];
  const render = (blocks: readonly DraftBlock[], textWidth: number): (Paragraph | Table)[] =>
    blocks.flatMap((b) => {
      if (b.kind === "heading") return [new Paragraph({ heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [new TextRun(b.text)] })];
      if (b.kind === "paragraph") return [new Paragraph({ style: "BodyText", children: [new TextRun(b.text)] })];
      return table(b, textWidth);
    });
  children.push(...render(draft.blocks, PORTRAIT_TEXT));
  const page = { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } };
  const doc = new Document({
    creator: "hld-women",
    title: draft.title,
    styles: {
      default: { document: { run: { font: FANGSONG, size: BODY } } },
      paragraphStyles: [
        { id: "Heading1", name: "Heading 1", basedOn: "Normal", next: "Normal", quickFormat: true, run: { font: HEITI, size: BODY, bold: false, color: "000000" }, paragraph: { spacing: { before: 240, after: 120 }, indent: { firstLine: 640 }, keepNext: true, keepLines: true } },
        { id: "Heading2", name: "Heading 2", basedOn: "Normal", next: "Normal", quickFormat: true, run: { font: KAITI, size: BODY, bold: false, color: "000000" }, paragraph: { spacing: { before: 120, after: 60 }, indent: { firstLine: 640 }, keepNext: true, keepLines: true } },
        { id: "BodyText", name: "Body Text", basedOn: "Normal", quickFormat: true, run: { font: FANGSONG, size: BODY }, paragraph: { spacing: { line: 560, lineRule: LineRuleType.EXACT }, indent: { firstLine: 640 }, alignment: AlignmentType.JUSTIFIED } },
      ],
    },
    // The appendix tables have up to twelve columns: they get a landscape section of their own.
    sections: [
      { properties: { page }, children },
      { properties: { page: { ...page, size: { ...page.size, orientation: PageOrientation.LANDSCAPE }, margin: { top: 1474, bottom: 1474, left: 1588, right: 1588 } } }, children: render(draft.appendix, LANDSCAPE_TEXT) },
    ],
  });
  return Packer.toBuffer(doc);
}
