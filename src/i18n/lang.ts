/** The two user languages and how the active one is chosen. */
export type Lang = "zh" | "en";

/** Normalise a language tag (zh, zh-CN, zh_CN.UTF-8, en_US …) to a Lang, or undefined when unknown. */
export function parseLang(tag: string | undefined): Lang | undefined {
  if (!tag) return undefined;
  const t = tag.trim().toLowerCase();
  if (t.startsWith("zh")) return "zh";
  if (t.startsWith("en")) return "en";
  return undefined;
}

/** --lang → HLD_WOMEN_LANG → LC_ALL / LC_MESSAGES / LANG → zh (Intl reports "und" here, so it is not asked). */
export function resolveLang(flag: string | undefined, env: Record<string, string | undefined>): Lang {
  return (
    parseLang(flag) ??
    parseLang(env.HLD_WOMEN_LANG) ??
    parseLang(env.LC_ALL) ??
    parseLang(env.LC_MESSAGES) ??
    parseLang(env.LANG) ??
    "zh"
  );
}
