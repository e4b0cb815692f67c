/** Commander's help in the user's language: titles, placeholders, the help and version options, choices and defaults, CJK-aware widths. */
import type { Argument, Command, HelpConfiguration, Option } from "commander";
import type { Lang } from "../i18n/lang.js";
import { translator } from "../i18n/messages.js";
import { displayWidth, wrapText } from "../util/display-width.js";
import { helpChromeMessages, ZH_PLACEHOLDERS } from "./help-chrome-messages.js";

const TITLES = {
  "Usage:": "title-usage",
  "Arguments:": "title-arguments",
  "Options:": "title-options",
  "Global Options:": "title-global-options",
  "Commands:": "title-commands",
} as const;

/** A placeholder's name in `lang` ("year" → "年份" in Chinese); unknown names stay as they are. */
export function placeholderName(name: string, lang: Lang): string {
  return lang === "zh" ? (ZH_PLACEHOLDERS[name] ?? name) : name;
}

/** Replace the placeholder words inside <…> and […] of a usage line or an option term. */
export function localizePlaceholders(term: string, lang: Lang): string {
  if (lang !== "zh") return term;
  return term.replace(/([<[])([^<>[\]]+?)(\.\.\.)?([>\]])/g, (_m, open: string, name: string, dots: string | undefined, close: string) => `${open}${placeholderName(name, lang)}${dots ?? ""}${close}`);
}

/** The help configuration for `lang` (give it to configureHelp on the program before adding commands: they inherit it). */
export function localizedHelp(lang: Lang): HelpConfiguration {
  const t = translator(helpChromeMessages, lang);
  const extra = (description: string, items: string[]): string => (items.length === 0 ? description : `${description}${t("extra", { items: items.join(t("extra-separator")) })}`);
  const choices = (list: readonly string[]): string => t("choices", { list: list.map((c) => (lang === "zh" ? c : JSON.stringify(c))).join(t("list-separator")) });
  const shown = (value: unknown, description: string | undefined): string => t("default", { value: description ?? JSON.stringify(value) });
  return {
    // Chinese characters take two columns: padding and wrapping measure them so.
    displayWidth: (s: string) => displayWidth(s),
    // Commander wraps at spaces only; Chinese text has none, so it is wrapped as the reports are.
    boxWrap(text: string, width: number): string {
      return width < (this.minWidthToWrap ?? 40) ? text : wrapText(text, width).join("\n");
    },
    styleTitle: (title: string) => (title in TITLES ? t(TITLES[title as keyof typeof TITLES]) : title),
    styleUsage: (usage: string) => localizePlaceholders(usage, lang),
    styleSubcommandTerm: (term: string) => localizePlaceholders(term, lang),
    styleOptionTerm: (term: string) => localizePlaceholders(term, lang),
    styleArgumentTerm: (term: string) => placeholderName(term, lang),
    optionDescription(option: Option): string {
      const items: string[] = [];
      if (option.argChoices) items.push(choices(option.argChoices));
      // As commander: a default is shown for options that take a value, and for booleans given one.
      const showDefault = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === "boolean");
      if (option.defaultValue !== undefined && showDefault) items.push(shown(option.defaultValue, option.defaultValueDescription));
      return extra(option.description, items);
    },
    argumentDescription(argument: Argument): string {
      const items: string[] = [];
      if (argument.argChoices) items.push(choices(argument.argChoices));
      if (argument.defaultValue !== undefined) items.push(shown(argument.defaultValue, argument.defaultValueDescription));
      return extra(argument.description, items);
    },
  };
}

/** Give the program its help words in `lang`: the help configuration, -h/--help, the help command and -V/--version. */
export function localizeHelp(program: Command, lang: Lang, version: string): Command {
  const t = translator(helpChromeMessages, lang);
  return program.configureHelp(localizedHelp(lang)).helpOption("-h, --help", t("opt-help")).helpCommand("help [command]", t("cmd-help")).version(version, "-V, --version", t("opt-version"));
}
