/** `report <data…> -o 监测报告.xlsx`: read, assess, and write the workbook (or json/csv/markdown), optionally an HTML report and the Word draft too (`-o x.docx` writes the draft alone). */
import { createReadStream } from "node:fs";
import { createHash } from "node:crypto";
import path from "node:path";
import { Chalk } from "chalk";
import type { Context } from "../context.js";
import { emit, pickFormat } from "../context.js";
import { inputPath } from "../stdin-input.js";
import { CliError, EXIT } from "../cli-error.js";
import { translator } from "../../i18n/messages.js";
import { checkReporters } from "../../reporters/assessment/index.js";
import { runAssessment, type AssessFlags } from "../run-assessment.js";
import { REPORT_FORMATS } from "../options.js";
import { reportCommandMessages } from "./report-command-messages.js";
import type { ReportInput, ReportMeta } from "../../report-model/report-meta.js";
import { assertNotInput } from "../../util/atomic-write.js";

/** The options of `report` as commander hands them over. */
export interface ReportOptions extends Omit<AssessFlags, "area" | "indicator"> {
  html?: string;
  /** Also write the draft 统计监测报告 as a Word document. */
  docx?: string;
  charts?: boolean;
}

/** SHA-256 of a file, streamed so large inputs are not held in memory. */
export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    createReadStream(file).on("data", (d) => hash.update(d)).on("error", reject).on("end", () => resolve(hash.digest("hex")));
  });
}

/** Local time with its UTC offset, e.g. 2025-03-01 10:00:00 +08:00 (SOURCE_DATE_EPOCH, when set, fixes it for reproducible builds). */
export function localTimestamp(env: Record<string, string | undefined>, now: Date = new Date()): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const d = env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : now;
  const off = -d.getTimezoneOffset();
  const p = (n: number): string => String(Math.floor(Math.abs(n))).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())} ${off >= 0 ? "+" : "-"}${p(off / 60)}:${p(off % 60)}`;
}

/** Run `report`. */
export async function report(ctx: Context, files: string[], o: ReportOptions): Promise<number> {
  const m = translator(reportCommandMessages, ctx.lang);
  const picked = pickFormat(ctx, REPORT_FORMATS);
  // `-o 报告.docx` without -f asks for the Word draft rather than a workbook under a .docx name.
  const wordOnly = ctx.format === undefined && ctx.output !== undefined && /\.docx$/i.test(ctx.output);
  const docx = wordOnly ? ctx.output : o.docx;
  const format = wordOnly ? undefined : picked;
  if (format === "xlsx" && !ctx.output) throw new CliError(m("needs-output", { format: "XLSX", example: ctx.lang === "zh" ? "监测报告.xlsx" : "report.xlsx" }));
  // Refuse an output that is an input before the (long) work, not after it (files a glob matches are checked on writing).
  for (const out of [ctx.output, o.html, o.docx]) {
    if (out === undefined) continue;
    assertNotInput(path.resolve(ctx.io.cwd, out), (o.db !== undefined ? [o.db] : files).map((f) => path.resolve(ctx.io.cwd, f)), out);
  }
  const { plan, report: result, observations, input, region, sources } = await runAssessment(ctx, files, { asOf: o.asOf, year: o.year, region: o.region, method: o.method, sheet: o.sheet, encoding: o.encoding, db: o.db, threshold: o.threshold });
  const used = observations.filter((ob) => ob.year <= result.as_of && (!region || ob.region === region));

  if (format !== undefined && format !== "xlsx") {
    emit(ctx, checkReporters[format](result, plan, { lang: ctx.lang, chalk: new Chalk({ level: 0 }), input }), files);
  }
  if (format === "xlsx" || o.html) {
    const inputs: ReportInput[] = await Promise.all(
      sources.map(async (f) => ({ file: f, sha256: await sha256File(inputPath(ctx, f)), rows: o.db !== undefined ? observations.length : observations.filter((ob) => ob.source.file === f).length })),
    );
    const { findFonts } = await import("../../charts/find-fonts.js");
    const fonts = o.charts === false ? undefined : findFonts(ctx.io.env);
    if (fonts && !fonts.cjk && format === "xlsx") ctx.io.stderr.write(`hld-women: ${m("no-cjk-font")}\n`);
    const meta: ReportMeta = { lang: ctx.lang, generatedAt: localTimestamp(ctx.io.env), inputs, method: result.method, ...(fonts ? { fonts } : {}) };
    if (format === "xlsx") {
      const { buildReportWorkbook } = await import("../../xlsx/build-report-workbook.js");
      emit(ctx, await buildReportWorkbook(result, plan, used, meta), files);
    }
    if (o.html) {
      const { buildReportHtml } = await import("../../html/build-report-html.js");
      emit({ ...ctx, output: o.html }, await buildReportHtml(result, plan, meta), files);
    }
  }
  if (docx) {
    const { buildReportDocx } = await import("../../docx/build-report-docx.js");
    emit({ ...ctx, output: docx }, await buildReportDocx(result, plan, ctx.lang), files);
  }
  return EXIT.ok;
}
