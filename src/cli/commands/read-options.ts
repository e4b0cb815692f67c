/** The reading options `validate`, `ingest` and `db import` share: sheet, encoding, year, implausible-change thresholds. */
import type { Command } from "commander";
import type { Lang } from "../../i18n/lang.js";
import { translator } from "../../i18n/messages.js";
import { ingestMessages } from "../../ingest/messages.js";
import { DEFAULT_IMPLAUSIBLE_CHANGE } from "../../ingest/implausible-change.js";

/** Add the reading options to a command. */
export function addReadOptions(cmd: Command, lang: Lang): Command {
  const ti = translator(ingestMessages, lang);
  return cmd
    .option("--sheet <sheet>", ti("opt-sheet"))
    .option("--encoding <encoding>", ti("opt-encoding"))
    .option("--year <year>", ti("opt-year"))
    .option("--max-change-points <points>", ti("opt-max-change-points", { ...DEFAULT_IMPLAUSIBLE_CHANGE }))
    .option("--max-change-relative <ratio>", ti("opt-max-change-relative", { ...DEFAULT_IMPLAUSIBLE_CHANGE }));
}
