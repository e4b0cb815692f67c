/** `hld-women check` and `hld-women explain`; each action is imported lazily. */
import type { Command } from "commander";
import type { CliIO } from "../io.js";
import { translator, type Translate } from "../../i18n/messages.js";
import type { Lang } from "../../i18n/lang.js";
import type { CliMessageKey } from "../messages.js";
import { addGlobalOptions } from "../global-options.js";
import { makeContext } from "../context.js";
import { AREA_IDS } from "../../model/plan.js";
import { checkCommandMessages } from "./check-command-messages.js";
import { readDataMessages } from "../read-data-messages.js";

/** Add `check` and `explain` to the program (help texts in `lang`). */
const collect = (v: string, all: string[] = []): string[] => [...all, v];

/** --sheet, --encoding and --db: where a reading command takes its data from. */
export function addDataSourceOptions(cmd: Command, lang: Lang): Command {
  const m = translator(checkCommandMessages, lang);
  return cmd.option("--sheet <sheet>", m("opt-sheet")).option("--encoding <encoding>", m("opt-encoding")).option("--db <file>", translator(readDataMessages, lang)("opt-db"));
}

/** --as-of, --method and --threshold: how an assessing command judges. */
export function addAssessOptions(cmd: Command, lang: Lang): Command {
  const m = translator(checkCommandMessages, lang);
  return cmd
    .option("--as-of <year>", m("opt-as-of"))
    .option("--method <method>", m("opt-method", { methods: "eurostat, sdsn, unsd, weather" }))
    .option("--threshold <name=value>", m("opt-threshold"), collect);
}

export function registerCheckCommands(program: Command, io: CliIO, t: Translate<CliMessageKey>, setExit: (code: number) => void, lang: Lang): void {
  const m = translator(checkCommandMessages, lang);
  const shared = (cmd: Command): Command => addDataSourceOptions(addAssessOptions(cmd, lang), lang);

  const check = program.command("check").description(m("cmd-check")).argument("[files...]", m("arg-data"));
  shared(check)
    .option("--region <region>", m("opt-region"))
    .option("--area <area>", m("opt-area", { areas: AREA_IDS.join(", ") }))
    .option("--indicator <indicator>", m("opt-indicator"))
    .option("--fail-on <level>", m("opt-fail-on"))
    .addHelpText("after", m("check-help-after"));
  addGlobalOptions(check, t).action(async (files: string[], o: Record<string, never>, cmd: Command) => {
    const { check: run } = await import("./check.js");
    setExit(await run(makeContext(cmd, io), files, o));
  });

  const explain = program.command("explain").description(m("cmd-explain")).argument("<indicator>", m("arg-indicator")).argument("[files...]", m("arg-data"));
  shared(explain).option("--region <region>", m("opt-explain-region"));
  addGlobalOptions(explain, t).action(async (indicator: string, files: string[], o: Record<string, never>, cmd: Command) => {
    const { explain: run } = await import("./explain.js");
    setExit(await run(makeContext(cmd, io), indicator, files, o));
  });
}
