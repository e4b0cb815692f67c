/** `hld-women check` and `hld-women explain`, and the option groups the reading and assessing commands share; each action is imported lazily. */
import type { Command } from "commander";
import type { CliIO } from "../io.js";
import { translator } from "../../i18n/messages.js";
import type { Lang } from "../../i18n/lang.js";
import { addGlobalOptions } from "../global-options.js";
import { makeContext } from "../context.js";
import { helpMessages } from "../help-messages.js";
import { AREA_IDS } from "../../model/plan.js";
import { METHOD_IDS } from "../../assess/index.js";
import { CHECK_FORMATS } from "../../reporters/assessment/index.js";
import { optionMessages } from "../option-messages.js";
import { choiceOption, FAIL_ON, TABLE_JSON_FORMATS, thresholdOption, THRESHOLD_NAMES, yearOption } from "../options.js";
import type { AssessFlags } from "../run-assessment.js";
import type { CheckOptions } from "./check.js";

/** --sheet, --encoding and --db: where a reading command takes its data from. */
export function addDataSourceOptions(cmd: Command, lang: Lang): Command {
  const h = translator(helpMessages, lang);
  return cmd.option("--sheet <sheet>", h("opt-data-sheet")).option("--encoding <encoding>", h("opt-data-encoding")).option("--db <file>", h("opt-read-db"));
}

/** --year: the year of tables without a year column (the same meaning as in validate and ingest, without their completeness check). */
export function addDataYearOption(cmd: Command, lang: Lang): Command {
  return cmd.addOption(yearOption("--year <year>", translator(helpMessages, lang)("opt-data-year")));
}

/** --as-of, --method and --threshold: how an assessing command judges. */
export function addAssessOptions(cmd: Command, lang: Lang): Command {
  const h = translator(helpMessages, lang);
  const om = translator(optionMessages, lang);
  return cmd
    .addOption(yearOption("--as-of <year>", h("opt-as-of")))
    .addOption(choiceOption("--method <method>", h("opt-method"), METHOD_IDS, (value) => om("bad-method", { value, choices: METHOD_IDS.join(", ") }), true))
    .addOption(thresholdOption("--threshold <name=value>", h("opt-threshold"), (value) => om("bad-threshold", { value, choices: THRESHOLD_NAMES.join(", ") })));
}

/** Add `check` and `explain` to the program (help texts in `lang`). */
export function registerCheckCommands(program: Command, io: CliIO, setExit: (code: number) => void, lang: Lang): void {
  const h = translator(helpMessages, lang);
  const om = translator(optionMessages, lang);
  const shared = (cmd: Command): Command => addDataYearOption(addDataSourceOptions(addAssessOptions(cmd, lang), lang), lang);

  const check = program.command("check").description(h("cmd-check")).argument("[files...]", h("arg-data"));
  shared(check)
    .option("--region <region>", h("opt-check-region"))
    .option("--area <area>", h("opt-check-area", { areas: AREA_IDS.join(", ") }))
    .option("--indicator <indicator>", h("opt-indicator"))
    .addOption(choiceOption("--fail-on <level>", h("opt-fail-on"), FAIL_ON, (value) => om("bad-fail-on", { value, choices: FAIL_ON.join(", ") }), true))
    .addHelpText("after", h("check-help-after"));
  addGlobalOptions(check, lang, CHECK_FORMATS).action(async (files: string[], o: CheckOptions, cmd: Command) => {
    const { check: run } = await import("./check.js");
    setExit(await run(makeContext(cmd, io), files, o));
  });

  const explain = program.command("explain").description(h("cmd-explain")).argument("<indicator>", h("arg-indicator")).argument("[files...]", h("arg-data"));
  shared(explain).option("--region <region>", h("opt-explain-region"));
  addGlobalOptions(explain, lang, TABLE_JSON_FORMATS).action(async (indicator: string, files: string[], o: AssessFlags, cmd: Command) => {
    const { explain: run } = await import("./explain.js");
    setExit(await run(makeContext(cmd, io), indicator, files, o));
  });
}
