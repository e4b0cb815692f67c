/** Commander's refusals of the command line (unknown option, missing argument …) in the user's language, with the offending word, commander's suggestion and where to find help. */
import type { Command, CommanderError } from "commander";
import type { Lang } from "../i18n/lang.js";
import { translator } from "../i18n/messages.js";
import { usageErrorMessages } from "./usage-error-messages.js";
import { localizePlaceholders, placeholderName } from "./localized-help.js";

// Commander words its errors in English with the offending words in single quotes; these read them back.
const QUOTED = /'([^']*)'/g;
const SUGGESTION = /\(Did you mean (?:one of )?(.+)\?\)/;
const CHOICES = /Allowed choices are (.+)\.$/m;

/** The command's full name as typed: "hld-women db export". */
export function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return names.join(" ");
}

/** The message for a usage error (several lines, without the "hld-women:" prefix); `cmd` is the command that refused the line. */
export function describeUsageError(err: CommanderError, cmd: Command, lang: Lang): string {
  const t = translator(usageErrorMessages, lang);
  const quoted = [...err.message.matchAll(QUOTED)].map((m) => m[1] ?? "");
  const first = quoted[0] ?? "";
  const term = (flags: string): string => localizePlaceholders(flags, lang);
  let message: string;
  switch (err.code) {
    case "commander.unknownOption":
      message = t("unknown-option", { word: first });
      break;
    case "commander.unknownCommand":
      message = t("unknown-command", { word: first });
      break;
    case "commander.missingArgument":
      message = t("missing-argument", { word: `<${placeholderName(first, lang)}>` });
      break;
    case "commander.optionMissingArgument":
      message = t("option-missing-argument", { word: term(first) });
      break;
    case "commander.missingMandatoryOptionValue":
      message = t("missing-mandatory-option", { word: term(first) });
      break;
    case "commander.excessArguments": {
      const expected = cmd.registeredArguments.length;
      message = t(expected === 0 ? "excess-arguments-none" : "excess-arguments", { words: cmd.args.slice(expected).join(" "), command: commandPath(cmd), expected });
      break;
    }
    case "commander.invalidArgument": {
      // "option '--x <v>' argument 'foo' is invalid." or "command-argument value 'foo' is invalid for argument 'x'."
      const isOption = err.message.includes("error: option ");
      const [word, value] = isOption ? [term(first), quoted[1] ?? ""] : [`<${placeholderName(quoted[1] ?? "", lang)}>`, first];
      const list = CHOICES.exec(err.message)?.[1];
      message = t("invalid-argument", { word, value, detail: list ? t("invalid-choices", { list }) : "" });
      break;
    }
    case "commander.conflictingOption":
      message = t("conflicting-option", { word: term(first), other: term(quoted[1] ?? "") });
      break;
    default:
      message = t("other", { detail: err.message.replace(/^error: /, "").trim() });
  }
  const suggested = SUGGESTION.exec(err.message)?.[1];
  if (suggested) message += t("suggestion", { words: suggested.split(", ").join(t("suggestion-separator")) });
  return `${message}\n${t("see-help", { command: commandPath(cmd) })}`;
}
