/** A message catalog: the same keys in both languages, `{name}` placeholders filled by format(). */
import type { Lang } from "./lang.js";

export type Catalog<K extends string> = Record<Lang, Record<K, string>>;

/** Declare a catalog; the English side must have exactly the Chinese side's keys. */
export function defineMessages<K extends string>(zh: Record<K, string>, en: Record<K, string>): Catalog<K> {
  return { zh, en };
}

/** Fill `{name}` placeholders; unknown names stay visible so a missing parameter is noticed. */
export function format(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = params[name];
    return v === undefined || v === null ? m : String(v);
  });
}

/** A translator bound to one catalog and language. */
export type Translate<K extends string> = (key: K, params?: Record<string, unknown>) => string;

/** Bind a catalog to a language. */
export function translator<K extends string>(catalog: Catalog<K>, lang: Lang): Translate<K> {
  const table = catalog[lang];
  return (key, params) => format(table[key], params);
}

/** Whether a key built at run time (e.g. `step-${label}`) is in the catalog: the typed way to look up dynamic keys. */
export function hasKey<K extends string>(catalog: Catalog<K>, key: string): key is K {
  return Object.prototype.hasOwnProperty.call(catalog.zh, key);
}
