/** The settings a command takes from the project config file and the flags around it: language, config, code levels. */
import path from "node:path";
import type { ChalkInstance } from "chalk";
import type { CliIO } from "./io.js";
import { CliError } from "./cli-error.js";
import { parseLang, resolveLang, type Lang } from "../i18n/lang.js";
import { translator } from "../i18n/messages.js";
import { printDiagnostics } from "./print-diagnostics.js";
import { findConfig } from "../config/find-config.js";
import { loadConfig } from "../config/load-config.js";
import { configMessages } from "../config/config-messages.js";
import { codeProblem } from "../config/parse-config.js";
import { CODE_LEVELS, isLevelledCode, type CodeLevel, type CodeLevels } from "../config/code-levels.js";
import type { ProjectConfig } from "../config/project-config.js";
import type { DiagnosticCode } from "../model/diagnostic.js";

/** What projectSettings needs: the flags as given. */
export interface SettingsInput {
  io: CliIO;
  chalk: ChalkInstance;
  flagLang?: string;
  /** --config <file>, or false for --no-config. */
  configFlag?: string | false;
  /** The --code values, in order. */
  codes: readonly string[];
}

/** The language (--lang → HLD_WOMEN_LANG → config → LC_ALL/LC_MESSAGES/LANG → zh), the config in use and the code levels (config, then --code); a bad config or --code stops with exit 2. */
export function projectSettings(s: SettingsInput): { lang: Lang; config?: ProjectConfig; codeLevels: CodeLevels } {
  const { io } = s;
  // Until the config is read, its messages speak the language the flags and environment choose.
  const early = resolveLang(s.flagLang, io.env);
  const file = s.configFlag === false ? undefined : s.configFlag !== undefined ? path.resolve(io.cwd, s.configFlag) : findConfig(io.cwd);
  let config: ProjectConfig | undefined;
  if (file !== undefined) {
    const r = loadConfig(file, early);
    if (!r.config) {
      printDiagnostics({ io, lang: early, chalk: s.chalk }, r.diagnostics);
      throw new CliError(translator(configMessages, early)("config-invalid", { file }));
    }
    config = r.config;
  }
  const lang = parseLang(s.flagLang) ?? parseLang(io.env.HLD_WOMEN_LANG) ?? config?.lang ?? early;
  const levels = new Map<DiagnosticCode, CodeLevel>(config?.codes ?? []);
  for (const value of s.codes) {
    const t = translator(configMessages, lang);
    const m = /^\s*([^=\s]+)\s*=\s*(\S+)\s*$/.exec(value);
    const code = m?.[1];
    const level = m?.[2] as CodeLevel | undefined;
    if (code === undefined || level === undefined || !CODE_LEVELS.includes(level)) throw new CliError(t("bad-code-option", { value }));
    if (!isLevelledCode(code)) throw new CliError(`--code: ${codeProblem(t, code)}`);
    levels.set(code, level);
  }
  return { lang, ...(config ? { config } : {}), codeLevels: levels };
}
