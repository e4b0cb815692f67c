/** `hld-women plan validate|show|list|diff`. */
import { Command } from "commander";
import type { CliIO } from "../io.js";
import type { Translate } from "../../i18n/messages.js";
import type { CliMessageKey } from "../messages.js";
import { addGlobalOptions } from "../global-options.js";
import { makeContext } from "../context.js";

/** Add the `plan` command group to the program. */
export function registerPlanCommands(program: Command, io: CliIO, t: Translate<CliMessageKey>, setExit: (code: number) => void): void {
  const plan = program.command("plan").description(t("cmd-plan"));
  addGlobalOptions(plan, t);

  addGlobalOptions(plan.command("validate").description(t("cmd-plan-validate")).argument("[files...]"), t).action(async (files: string[], _o, cmd: Command) => {
    const { planValidate } = await import("./plan-validate.js");
    setExit(await planValidate(makeContext(cmd, io), files));
  });
  addGlobalOptions(plan.command("show").description(t("cmd-plan-show")).option("--area <area>", t("opt-area")), t).action(async (o: { area?: string }, cmd: Command) => {
    const { planShow } = await import("./plan-show.js");
    setExit(await planShow(makeContext(cmd, io), o));
  });
  addGlobalOptions(plan.command("list").description(t("cmd-plan-list")), t).action(async (_o, cmd: Command) => {
    const { planList } = await import("./plan-list.js");
    setExit(await planList(makeContext(cmd, io)));
  });
  addGlobalOptions(plan.command("diff").description(t("cmd-plan-diff")).argument("<a>").argument("<b>"), t).action(async (a: string, b: string, _o, cmd: Command) => {
    const { planDiff } = await import("./plan-diff.js");
    setExit(await planDiff(makeContext(cmd, io), a, b));
  });
}
