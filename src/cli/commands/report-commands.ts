/** `hld-women report` and `hld-women template`; each action is imported lazily. */
import type { Command } from "commander";
import type { CliIO } from "../io.js";
import { translator, type Translate } from "../../i18n/messages.js";
import type { CliMessageKey } from "../messages.js";
import type { Lang } from "../../i18n/lang.js";
import { addGlobalOptions } from "../global-options.js";
import { makeContext } from "../context.js";
import { checkCommandMessages } from "./check-command-messages.js";
import { reportCommandMessages } from "./report-command-messages.js";
import { addAssessOptions, addDataSourceOptions } from "./check-commands.js";
import type { ReportOptions } from "./report.js";
import type { TemplateCmdOptions } from "./template.js";

/** Add `report` and `template` to the program. */
export function registerReportCommands(program: Command, io: CliIO, t: Translate<CliMessageKey>, setExit: (code: number) => void, lang: Lang): void {
  const m = translator(reportCommandMessages, lang);
  const cm = translator(checkCommandMessages, lang);

  const report = addAssessOptions(program.command("report").description(m("cmd-report")).argument("[files...]", m("arg-data")), lang)
    .option("--region <region>", cm("opt-region"))
    .option("--html <file>", m("opt-html"))
    .option("--no-charts", m("opt-no-charts"));
  addDataSourceOptions(report, lang).addHelpText("after", m("report-formats"));
  addGlobalOptions(report, t).action(async (files: string[], o: ReportOptions, cmd: Command) => {
    const { report: run } = await import("./report.js");
    setExit(await run(makeContext(cmd, io), files, o));
  });

  const template = program
    .command("template")
    .description(m("cmd-template"))
    .requiredOption("--year <year>", m("opt-year"))
    .option("--region <regions...>", m("opt-template-region"))
    .option("--data <files...>", m("opt-template-data"));
  addDataSourceOptions(template, lang);
  addGlobalOptions(template, t).action(async (o: TemplateCmdOptions, cmd: Command) => {
    const { template: run } = await import("./template.js");
    setExit(await run(makeContext(cmd, io), o));
  });
}
