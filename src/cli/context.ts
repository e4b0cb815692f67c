/** The resolved global options every command runs with. */
import { Chalk, type ChalkInstance } from "chalk";
import path from "node:path";
import type { Command } from "commander";
import type { CliIO } from "./io.js";
import { resolveLang, parseLang, type Lang } from "../i18n/lang.js";
import { translator, type Translate } from "../i18n/messages.js";
import { cliMessages, type CliMessageKey } from "./messages.js";
import { CliError } from "./cli-error.js";
import { isOneOf } from "./options.js";
import { optionMessages } from "./option-messages.js";
import { openOutputFile, writeFileAtomic } from "../util/atomic-write.js";
import { loadPlan } from "../plan/load-plan.js";
import type { Plan } from "../model/plan.js";
import { printDiagnostics } from "./print-diagnostics.js";
import type { ProjectConfig } from "../config/project-config.js";
import { projectSettings } from "./project-settings.js";
import type { CodeLevels } from "../config/code-levels.js";

/** Global options as commander hands them over. */
export interface GlobalOptions {
  plan?: string;
  lang?: string;
  color?: boolean;
  format?: string;
  output?: string;
  /** --config <file> (a string), --no-config (false). */
  config?: string | false;
  /** --code code=level, repeatable. */
  code?: string[];
}

/** Everything a command needs besides its own arguments. */
export interface Context {
  io: CliIO;
  lang: Lang;
  color: boolean;
  chalk: ChalkInstance;
  format?: string;
  output?: string;
  planSpec?: string;
  /** Files the command has read: -o may never replace one of them. */
  inputs: string[];
  t: Translate<CliMessageKey>;
  /** The project config file in use, if any (its defaults are already applied to lang and planSpec). */
  config?: ProjectConfig;
  /** Standard input's temporary copy, once `-` has been read. */
  stdinPath?: string;
  /** Levels by diagnostic code: the config file's, then --code's. */
  codeLevels: CodeLevels;
}

/** Resolve global options (from the command and all its parents) into a Context. */
export function makeContext(cmd: Command, io: CliIO): Context {
  const chain: Command[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) chain.unshift(c);
  const merged: GlobalOptions = {};
  const codes: string[] = [];
  let color = true;
  for (const c of chain) {
    const o = c.opts<GlobalOptions>();
    for (const k of ["plan", "lang", "format", "output"] as const) if (o[k] !== undefined) merged[k] = o[k];
    if (o.config !== undefined) merged.config = o.config;
    codes.push(...(o.code ?? []));
    if (o.color === false) color = false;
  }
  if (merged.lang !== undefined && !parseLang(merged.lang)) {
    throw new CliError(translator(optionMessages, resolveLang(undefined, io.env))("bad-lang", { lang: merged.lang }));
  }
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") color = false;
  if (!io.stdout.isTTY && io.env.FORCE_COLOR === undefined) color = false;
  const chalk = new Chalk({ level: color ? 2 : 0 });
  const settings = projectSettings({ io, chalk, flagLang: merged.lang, configFlag: merged.config, codes });
  const lang = settings.lang;
  return {
    io, lang, color, chalk, format: merged.format, output: merged.output, planSpec: merged.plan ?? settings.config?.plan, inputs: [], t: translator(cliMessages, lang),
    ...(settings.config ? { config: settings.config } : {}), codeLevels: settings.codeLevels,
  };
}

/** The --format value among a command's choices (the first is the default); a value given before the command's name is checked here. */
export function pickFormat<F extends string>(ctx: Context, choices: readonly F[]): F {
  const f = ctx.format ?? formatOfOutput(ctx.output, choices) ?? choices[0]!;
  if (!isOneOf(choices, f)) throw new CliError(translator(optionMessages, ctx.lang)("bad-format", { format: f, choices: choices.join(", ") }));
  return f;
}

// The format an -o file's name asks for, when -f is not given: report.json, report.md, report.xml (JUnit), report.sarif.
const BY_EXTENSION: [RegExp, string][] = [[/\.sarif(\.json)?$/i, "sarif"], [/\.json$/i, "json"], [/\.csv$/i, "csv"], [/\.(md|markdown)$/i, "markdown"], [/\.xml$/i, "junit"]];

/** The format -o's extension names, if the command offers it. */
export function formatOfOutput<F extends string>(output: string | undefined, choices: readonly F[]): F | undefined {
  if (!output || output === STDOUT_TARGET) return undefined;
  const hit = BY_EXTENSION.find(([re]) => re.test(output))?.[1];
  return hit !== undefined && isOneOf(choices, hit) ? hit : undefined;
}

/** Write bytes to the -o file (see writeFileAtomic), never over an input of this run; errors name the file as the user wrote it. */
export function writeOutput(ctx: Context, file: string, data: string | Uint8Array, inputs: readonly string[] = []): void {
  writeFileAtomic(path.resolve(ctx.io.cwd, file), data, [...ctx.inputs, ...inputs].map((f) => path.resolve(ctx.io.cwd, f)), file);
}

/** The -o value that means standard output. */
export const STDOUT_TARGET = "-";

/** Write a command's report to -o (never over an input it read, never replacing a device or FIFO) or to stdout (no -o, or `-o -`). */
export function emit(ctx: Context, text: string | Uint8Array, inputs: readonly string[] = []): void {
  if (!ctx.output || ctx.output === STDOUT_TARGET) {
    ctx.io.stdout.write(text);
    return;
  }
  writeOutput(ctx, ctx.output, text, inputs);
  ctx.io.stderr.write(ctx.t("written", { file: ctx.output }) + "\n");
}

// Pieces are gathered into chunks of about this many characters before each write.
const CHUNK = 1 << 16;

/** Resolve once a stream that refused more (write returned false) has room again, or has closed. */
function drained(stream: CliIO["stdout"]): Promise<void> {
  const s = stream as Partial<Pick<NodeJS.WriteStream, "once" | "off">>;
  if (typeof s.once !== "function" || typeof s.off !== "function") return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      for (const e of ["drain", "close", "error"]) s.off!(e, done);
      resolve();
    };
    for (const e of ["drain", "close", "error"]) s.once!(e, done);
  });
}

/**
 * Write a report given as pieces (see emit) without holding it whole: to stdout in chunks, waiting whenever the
 * reader is slower (backpressure); to the -o file through a temp file that replaces it only once every piece is written.
 */
export async function emitPieces(ctx: Context, pieces: Iterable<string | Uint8Array>, inputs: readonly string[] = []): Promise<void> {
  if (!ctx.output || ctx.output === STDOUT_TARGET) {
    const stdout = ctx.io.stdout;
    await writeInChunks(pieces, async (chunk) => {
      if (stdout.write(chunk) === false) await drained(stdout);
    });
    return;
  }
  const out = openOutputFile(path.resolve(ctx.io.cwd, ctx.output), [...ctx.inputs, ...inputs].map((f) => path.resolve(ctx.io.cwd, f)), ctx.output);
  try {
    await writeInChunks(pieces, (chunk) => out.write(chunk));
    out.commit();
  } catch (err) {
    out.abort();
    throw err;
  }
  ctx.io.stderr.write(ctx.t("written", { file: ctx.output }) + "\n");
}

/** Text pieces gathered into chunks of about CHUNK characters; bytes (text already encoded, e.g. read back from a spool) passed on as they are. */
async function writeInChunks(pieces: Iterable<string | Uint8Array>, write: (chunk: string | Uint8Array) => void | Promise<void>): Promise<void> {
  let buf = "";
  for (const p of pieces) {
    if (typeof p !== "string") {
      if (buf) await write(buf);
      buf = "";
      await write(p);
      continue;
    }
    buf += p;
    if (buf.length < CHUNK) continue;
    await write(buf);
    buf = "";
  }
  if (buf) await write(buf);
}

/** Load a plan (default: the one the context names); plan errors stop the command (exit 2) after they are printed. */
export function requirePlan(ctx: Context, spec: string | undefined = ctx.planSpec): Plan {
  const { plan, diagnostics } = loadPlan(spec, ctx.lang);
  if (plan?.file) ctx.inputs.push(plan.file);
  if (!plan) {
    printDiagnostics(ctx, diagnostics);
    throw new CliError(ctx.t("plan-invalid-cannot-run"));
  }
  return plan;
}

/** The colours for a report: none when it goes to a file, whatever the terminal is. */
export function reportChalk(ctx: Context): ChalkInstance {
  return ctx.output ? new Chalk({ level: 0 }) : ctx.chalk;
}
