/** Expand the command line's files and globs into files to read; a pattern matching nothing is a diagnostic. */
import path from "node:path";
import { access } from "node:fs/promises";
import { glob, isDynamicPattern } from "tinyglobby";
import type { DiagnosticSink } from "./diagnostic-sink.js";

/** An input: the path as shown to the user and the absolute path to open. */
export interface InputFile {
  file: string;
  fullPath: string;
}

/** The argument that means standard input. */
export const STDIN_ARG = "-";
/** How diagnostics, reports and the database name standard input (as compilers and linters do in CI logs). */
export const STDIN_NAME = "<stdin>";

/** Expand `patterns` relative to `cwd`, keeping the user's order and dropping repeats; with `stdinPath` (standard input's copy), `-` stands for it. */
export async function expandInputs(patterns: readonly string[], cwd: string, sink: DiagnosticSink, stdinPath?: string): Promise<InputFile[]> {
  const out: InputFile[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    const fullPath = path.resolve(cwd, file);
    if (seen.has(fullPath)) return;
    seen.add(fullPath);
    out.push({ file, fullPath });
  };
  for (const p of patterns) {
    if (p === STDIN_ARG && stdinPath !== undefined) {
      out.push({ file: STDIN_NAME, fullPath: stdinPath });
      continue;
    }
    // A path that exists is taken literally even if it contains glob characters (e.g. "数据[2024].csv").
    if (!isDynamicPattern(p) || (await pathExists(path.resolve(cwd, p)))) {
      add(p);
      continue;
    }
    const found = (await glob(p.replace(/\\/g, "/"), { cwd, onlyFiles: true, dot: false, expandDirectories: false })).sort();
    if (found.length === 0) sink.add("no-match", "error", { file: p }, { pattern: p });
    for (const f of found) add(f);
  }
  return out;
}

async function pathExists(p: string): Promise<boolean> {
  try {
    await access(p);
    return true;
  } catch {
    return false;
  }
}
