/** Find the project config: the nearest hld-women.config.yaml (or .hld-women.yaml) from the working folder up to the repository root. */
import { existsSync, statSync } from "node:fs";
import path from "node:path";

/** The names a config file may have, the first preferred when a folder holds both. */
export const CONFIG_FILE_NAMES: readonly string[] = ["hld-women.config.yaml", ".hld-women.yaml"];

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** The config file nearest to `cwd`, looking in `cwd` and its parents; the search stops after a folder holding `.git` or at the filesystem root. */
export function findConfig(cwd: string): string | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const file = path.join(dir, name);
      if (isFile(file)) return file;
    }
    if (existsSync(path.join(dir, ".git")) || path.dirname(dir) === dir) return undefined;
  }
}
