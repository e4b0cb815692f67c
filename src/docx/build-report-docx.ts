/** The draft 统计监测报告 as a Word document: 公文-style fonts (仿宋 body, 黑体 headings, 宋体 tables), A4, real heading styles. */
import { AlignmentType, BorderStyle, Document, HeadingLevel, LineRuleType, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
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

function table(b: Extract<DraftBlock, { kind: "table" }>): (Paragraph | Table)[] {
  const cell = (text: string, header: boolean): TableCell =>
    new TableCell({
      children: [new Paragraph({ children: [new TextRun({ text, bold: header, font: header ? HEITI : SONGTI, size: TABLE })] })],
      ...(header ? { shading: { type: ShadingType.CLEAR, fill: "DDEBF7", color: "auto" } } : {}),
      borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER },
    });
  const out: (Paragraph | Table)[] = [];
  if (b.caption) out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240, after: 120 }, children: [new TextRun({ text: b.caption, font: HEITI, size: TABLE + 3 })] }));
  out.push(
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [new TableRow({ tableHeader: true, children: b.header.map((x) => cell(x, true)) }), ...b.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((x) => cell(x, false)) }))],
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
  for (const b of draft.blocks) {
    if (b.kind === "heading") children.push(new Paragraph({ heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [new TextRun(b.text)] }));
    else if (b.kind === "paragraph") children.push(new Paragraph({ style: "BodyText", children: [new TextRun(b.text)] }));
    else children.push(...table(b));
  }
  const doc = new Document({
    creator: "hld-women",
    title: draft.title,
    styles: {
      default: { document: { run: { font: FANGSONG, size: BODY } } },
      paragraphStyles: [
        { id: "Heading1", name: "Heading 1", basedOn: "Normal", next: "Normal", quickFormat: true, run: { font: HEITI, size: BODY, bold: false, color: "000000" }, paragraph: { spacing: { before: 240, after: 120 }, indent: { firstLine: 640 } } },
        { id: "Heading2", name: "Heading 2", basedOn: "Normal", next: "Normal", quickFormat: true, run: { font: KAITI, size: BODY, bold: false, color: "000000" }, paragraph: { spacing: { before: 120, after: 60 }, indent: { firstLine: 640 } } },
        { id: "BodyText", name: "Body Text", basedOn: "Normal", quickFormat: true, run: { font: FANGSONG, size: BODY }, paragraph: { spacing: { line: 560, lineRule: LineRuleType.EXACT }, indent: { firstLine: 640 }, alignment: AlignmentType.JUSTIFIED } },
      ],
    },
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } }, children }],
  });
  return Packer.toBuffer(doc);
}
