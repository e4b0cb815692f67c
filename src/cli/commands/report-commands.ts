/** `hld-women report` and `hld-women template`; each action is imported lazily. */
import type { Command } from "commander";
import type { CliIO } from "../io.js";
import { translator } from "../../i18n/messages.js";
import type { Lang } from "../../i18n/lang.js";
import { addGlobalOptions } from "../global-options.js";
import { makeContext } from "../context.js";
import { helpMessages } from "../help-messages.js";
import { yearOption, REPORT_FORMATS, TEMPLATE_FORMATS } from "../options.js";
import { addAssessOptions, addDataSourceOptions, addDataYearOption } from "./check-commands.js";
import type { ReportOptions } from "./report.js";
import type { TemplateCmdOptions } from "./template.js";

/** Add `report` and `template` to the program. */
export function registerReportCommands(program: Command, io: CliIO, setExit: (code: number) => void, lang: Lang): void {
  const h = translator(helpMessages, lang);

  const report = addAssessOptions(program.command("report").description(h("cmd-report")).argument("[files...]", h("arg-data")), lang)
    .option("--region <region>", h("opt-check-region"))
    .option("--html <file>", h("opt-html"))
    .option("--docx <file>", h("opt-docx"))
    .option("--no-charts", h("opt-no-charts"));
  addDataYearOption(addDataSourceOptions(report, lang), lang).addHelpText("after", h("report-help-after"));
  addGlobalOptions(report, lang, REPORT_FORMATS).action(async (files: string[], o: ReportOptions, cmd: Command) => {
    const { report: run } = await import("./report.js");
    setExit(await run(makeContext(cmd, io), files, o));
  });

  const template = program
    .command("template")
    .description(h("cmd-template"))
    .addOption(yearOption("--year <year>", h("opt-template-year")).makeOptionMandatory())
    .option("--region <regions...>", h("opt-template-region"))
    .option("--data <files...>", h("opt-template-data"));
  addDataSourceOptions(template, lang);
  addGlobalOptions(template, lang, TEMPLATE_FORMATS).action(async (o: TemplateCmdOptions, cmd: Command) => {
    const { template: run } = await import("./template.js");
    setExit(await run(makeContext(cmd, io), o));
  });
}
