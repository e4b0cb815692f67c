/** The `plan` command group; each action is imported lazily. */
import type { Command } from "commander";
import type { CliIO } from "../io.js";
import { translator } from "../../i18n/messages.js";
import type { Lang } from "../../i18n/lang.js";
import { addGlobalOptions } from "../global-options.js";
import { makeContext } from "../context.js";
import { helpMessages } from "../help-messages.js";
import { DIAGNOSTIC_FORMATS } from "../../reporters/diagnostics/index.js";
import { choiceOption, PLAN_DIFF_FORMATS, TABLE_JSON_FORMATS } from "../options.js";
import { optionMessages } from "../option-messages.js";
import { AREA_IDS, type AreaId } from "../../model/plan.js";

/** Add the `plan` command group to the program. */
export function registerPlanCommands(program: Command, io: CliIO, setExit: (code: number) => void, lang: Lang): void {
  const h = translator(helpMessages, lang);
  const om = translator(optionMessages, lang);
  const plan = program.command("plan").description(h("cmd-plan"));
  addGlobalOptions(plan, lang);

  addGlobalOptions(plan.command("validate").description(h("cmd-plan-validate")).argument("[files...]"), lang, DIAGNOSTIC_FORMATS).action(async (files: string[], _o, cmd: Command) => {
    const { planValidate } = await import("./plan-validate.js");
    setExit(await planValidate(makeContext(cmd, io), files));
  });
  const area = choiceOption("--area <area>", h("opt-plan-area"), AREA_IDS, (value) => om("bad-area", { area: value, choices: AREA_IDS.join(", ") }));
  addGlobalOptions(plan.command("show").description(h("cmd-plan-show")).addOption(area), lang, TABLE_JSON_FORMATS).action(async (o: { area?: AreaId }, cmd: Command) => {
    const { planShow } = await import("./plan-show.js");
    setExit(await planShow(makeContext(cmd, io), o));
  });
  addGlobalOptions(plan.command("list").description(h("cmd-plan-list")), lang, TABLE_JSON_FORMATS).action(async (_o, cmd: Command) => {
    const { planList } = await import("./plan-list.js");
    setExit(await planList(makeContext(cmd, io)));
  });
  addGlobalOptions(plan.command("diff").description(h("cmd-plan-diff")).argument("<a>").argument("<b>"), lang, PLAN_DIFF_FORMATS).action(async (a: string, b: string, _o, cmd: Command) => {
    const { planDiff } = await import("./plan-diff.js");
    setExit(await planDiff(makeContext(cmd, io), a, b));
  });
}
