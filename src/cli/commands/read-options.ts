/** The reading options `validate`, `ingest` and `db import` share: sheet, encoding, year, implausible-change thresholds, fail severity. */
import { Option, type Command } from "commander";
import { CliError } from "../cli-error.js";
import { defineMessages } from "../../i18n/messages.js";
import type { Lang } from "../../i18n/lang.js";
import { translator } from "../../i18n/messages.js";
import { helpMessages, type HelpMessageKey } from "../help-messages.js";
import { ingestMessages } from "../../ingest/messages.js";
import { optionMessages } from "../option-messages.js";
import { DEFAULT_IMPLAUSIBLE_CHANGE } from "../../ingest/implausible-change.js";
import { choiceOption, FAIL_SEVERITIES, positiveNumberOption, yearOption, type FailSeverity, type YearArg } from "../options.js";

/** The reading options (and --fail-severity) as commander hands them over. */
export interface ReadOptions {
  sheet?: string;
  encoding?: string;
  year?: YearArg;
  maxChangePoints?: number;
  maxChangeRelative?: number;
  failSeverity?: FailSeverity;
}

/** --fail-severity error|warning; `help` words what it does in the command. */
export function failSeverityOption(lang: Lang, help: HelpMessageKey): Option {
  const om = translator(optionMessages, lang);
  return choiceOption("--fail-severity <severity>", translator(helpMessages, lang)(help), FAIL_SEVERITIES, (value) => om("bad-fail-severity", { value }));
}

/** Add the reading options to a command. */
export function addReadOptions(cmd: Command, lang: Lang): Command {
  const h = translator(helpMessages, lang);
  const ti = translator(ingestMessages, lang);
  const positive = (flags: string, key: "opt-max-change-points" | "opt-max-change-relative", option: string) =>
    positiveNumberOption(flags, h(key, { ...DEFAULT_IMPLAUSIBLE_CHANGE }), (value) => ti("bad-threshold", { option, value }));
  return cmd
    .option("--sheet <sheet>", h("opt-read-sheet"))
    .option("--encoding <encoding>", h("opt-read-encoding"))
    .addOption(yearOption("--year <year>", h("opt-read-year")))
    .addOption(positive("--max-change-points <points>", "opt-max-change-points", "--max-change-points"))
    .addOption(positive("--max-change-relative <ratio>", "opt-max-change-relative", "--max-change-relative"));
}

/** Texts of --quiet and --max-warnings. */
export const listingMessages = defineMessages(
  {
    "opt-quiet": "只列出错误（警告和提示仍计入汇总和退出码）",
    "opt-max-warnings": "警告超过 n 个即以退出码 1 结束（如 0：不允许任何警告）",
    "bad-max-warnings": "--max-warnings：{value} 不是大于等于 0 的整数",
  },
  {
    "opt-quiet": "list errors only (warnings and infos still count in the summary and the exit code)",
    "opt-max-warnings": "exit with 1 when there are more than n warnings (e.g. 0: no warning allowed)",
    "bad-max-warnings": "--max-warnings: {value} is not a whole number of at least 0",
  },
);

/** The options of `validate` as CI runners know them from linters: --quiet and --max-warnings n. */
export function addListingOptions(cmd: Command, lang: Lang): Command {
  const t = translator(listingMessages, lang);
  const maxWarnings = new Option("--max-warnings <n>", t("opt-max-warnings")).argParser((value: string): number => {
    const n = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n)) throw new CliError(t("bad-max-warnings", { value }));
    return n;
  });
  return cmd.option("--quiet", t("opt-quiet")).addOption(maxWarnings);
}
