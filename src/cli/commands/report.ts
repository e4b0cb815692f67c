/** `report <data…> -o 监测报告.xlsx`: read, assess, and write the workbook (or json/csv/markdown), optionally an HTML report and the Word draft too (`-o x.docx` writes the draft alone). */
import { createReadStream, mkdirSync } from "node:fs";
import { createHash } from "node:crypto";
import path from "node:path";
import { Chalk } from "chalk";
import type { Context } from "../context.js";
import { emit, pickFormat, writeOutput, STDOUT_TARGET } from "../context.js";
import { inputPath } from "../stdin-input.js";
import { CliError, EXIT } from "../cli-error.js";
import { translator } from "../../i18n/messages.js";
import { checkReporters } from "../../reporters/assessment/index.js";
import { runAssessment, type AssessFlags } from "../run-assessment.js";
import { REPORT_FORMATS } from "../options.js";
import { reportCommandMessages } from "./report-command-messages.js";
import type { ReportInput, ReportMeta } from "../../report-model/report-meta.js";
import type { Report } from "../../model/report.js";
import type { Plan } from "../../model/plan.js";
import { assertNotInput, OutputError } from "../../util/atomic-write.js";

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

/**
 * Write the HTML report: one page, or for more than ONE_PAGE_MAX_REGIONS regions a summary page at `file` with the
 * regions' pages and the charts page in `<name>-regions/` beside it, each written (atomically) as soon as it is built.
 */
/** The HTML report as one page when it is one (standard output, or at most 12 regions); undefined when it is written in pages. */
async function onePage(file: string, result: Report, plan: Plan, meta: ReportMeta): Promise<string | undefined> {
  const { needsPages } = await import("../../html/build-report-pages.js");
  if (file !== STDOUT_TARGET && needsPages(result)) return undefined;
  const { buildReportHtml } = await import("../../html/build-report-html.js");
  return buildReportHtml(result, plan, meta);
}

async function writeHtml(ctx: Context, file: string, result: Report, plan: Plan, meta: ReportMeta, inputs: string[], page?: string): Promise<void> {
  const html = page ?? (await onePage(file, result, plan, meta));
  if (html !== undefined) {
    emit({ ...ctx, output: file }, html, inputs);
    return;
  }
  const { buildReportPages } = await import("../../html/build-report-pages.js");
  const main = path.basename(file);
  const dir = `${main.replace(/\.html?$/i, "")}-regions`;
  const shownDir = path.join(path.dirname(file), dir);
  try {
    mkdirSync(path.resolve(ctx.io.cwd, shownDir));
  } catch (err) {
    // Like any output, the pages need their directory's parent to exist: it is not made for them.
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== "EEXIST") throw new OutputError("io", shownDir, code);
  }
  for await (const page of buildReportPages(result, plan, meta, { dir, main })) {
    if (page.file === "") emit({ ...ctx, output: file }, page.html, inputs);
    else writeOutput(ctx, path.join(shownDir, page.file), page.html, inputs);
  }
  const m = translator(reportCommandMessages, ctx.lang);
  ctx.io.stderr.write(`hld-women: ${m("html-pages", { regions: new Set(result.results.map((r) => r.region)).size, file, dir: shownDir })}\n`);
}

/** Run `report`. */
export async function report(ctx: Context, files: string[], o: ReportOptions): Promise<number> {
  const m = translator(reportCommandMessages, ctx.lang);
  const picked = pickFormat(ctx, REPORT_FORMATS);
  // `-o 报告.docx` / `-o 报告.html` without -f ask for the Word draft / the HTML report rather than a workbook under that name.
  const named = (re: RegExp): boolean => ctx.format === undefined && ctx.output !== undefined && re.test(ctx.output);
  const wordOnly = named(/\.docx$/i);
  const htmlOnly = named(/\.html?$/i);
  const docx = wordOnly ? ctx.output : o.docx;
  const html = htmlOnly ? ctx.output : o.html;
  const format = wordOnly || htmlOnly ? undefined : picked;
  if (format === "xlsx" && !ctx.output) throw new CliError(m("needs-output", { format: "XLSX", example: ctx.lang === "zh" ? "监测报告.xlsx" : "report.xlsx" }));
  // Refuse an output that is an input before the (long) work, not after it (files a glob matches are checked on writing).
  for (const out of [ctx.output, html, docx]) {
    if (out === undefined) continue;
    assertNotInput(path.resolve(ctx.io.cwd, out), (o.db !== undefined ? [o.db] : files).map((f) => path.resolve(ctx.io.cwd, f)), out);
  }
  const { plan, report: result, observations, input, region, sources } = await runAssessment(ctx, files, { asOf: o.asOf, year: o.year, region: o.region, method: o.method, sheet: o.sheet, encoding: o.encoding, db: o.db, threshold: o.threshold });
  const used = observations.filter((ob) => ob.year <= result.as_of && (!region || ob.region === region));

  if (format !== undefined && format !== "xlsx") {
    emit(ctx, checkReporters[format](result, plan, { lang: ctx.lang, chalk: new Chalk({ level: 0 }), input }), files);
  }
  if (format === "xlsx" || html) {
    const inputs: ReportInput[] = await Promise.all(
      sources.map(async (f) => ({ file: f, sha256: await sha256File(inputPath(ctx, f)), rows: o.db !== undefined ? observations.length : observations.filter((ob) => ob.source.file === f).length })),
    );
    const { findFonts } = await import("../../charts/find-fonts.js");
    const fonts = o.charts === false ? undefined : findFonts(ctx.io.env);
    if (fonts && !fonts.cjk && format === "xlsx") ctx.io.stderr.write(`hld-women: ${m("no-cjk-font")}\n`);
    const meta: ReportMeta = { lang: ctx.lang, generatedAt: localTimestamp(ctx.io.env), inputs, method: result.method, ...(fonts ? { fonts } : {}) };
    let page: string | undefined;
    if (format === "xlsx") {
      const { buildReportWorkbook } = await import("../../xlsx/build-report-workbook.js");
      const workbook = buildReportWorkbook(result, plan, used, meta);
      workbook.catch(() => undefined);
      // A one-page HTML report is built while the workbook's chart pictures are drawn on the worker threads; the files are still written workbook first.
      if (html) page = await onePage(html, result, plan, meta);
      emit(ctx, await workbook, files);
    }
    if (html) await writeHtml(ctx, html, result, plan, meta, files, page);
  }
  if (docx) {
    const { buildReportDocx } = await import("../../docx/build-report-docx.js");
    emit({ ...ctx, output: docx }, await buildReportDocx(result, plan, ctx.lang), files);
  }
  return EXIT.ok;
}
