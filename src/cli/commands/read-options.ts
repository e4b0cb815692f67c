/** The reading options `validate`, `ingest` and `db import` share: sheet, encoding, year, implausible-change thresholds, fail severity. */
import type { Command, Option } from "commander";
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
