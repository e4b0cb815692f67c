/** Why the monitoring database cannot be used, in the user's words: the messages of StoreError codes. */
import { defineMessages, translator } from "../i18n/messages.js";
import type { Lang } from "../i18n/lang.js";
import type { StoreError } from "../store/store-error.js";

/** Messages of StoreError codes. */
export const storeMessages = defineMessages(
  {
    "not-found": "找不到数据库 {file}（先用 hld-women ingest 建立，或用 --db 指定已有的数据库）",
    "not-a-database": "{file} 不是 hld-women 数据库（不是 SQLite 文件，或文件已损坏），文件未作改动",
    "foreign": "{file} 不是 hld-women 数据库（其中没有 hld-women 的数据表），文件未作改动",
    "older-schema": "数据库 {file} 的结构版本为 {found}，本版本读取的是 {known}：请先运行 hld-women db migrate --db {file} 升级（ingest 和 db import 也会自动升级）；读取命令不修改数据库",
    "newer-schema": "数据库 {file} 的结构版本为 {found}，本工具只支持到 {known}：请升级 hld-women 后再使用该数据库",
    "busy": "数据库 {file} 正被其他程序占用，请稍后重试",
    "read-only": "数据库 {file} 是只读的，无法写入",
    "io": "无法访问数据库 {file}：{detail}",
    "unknown-region": "所用规划中没有地区 {region}（可用地区代码、名称或别名）",
  },
  {
    "not-found": "Database {file} not found (create it with hld-women ingest, or name an existing one with --db)",
    "not-a-database": "{file} is not an hld-women database (not an SQLite file, or damaged); the file was left unchanged",
    "foreign": "{file} is not an hld-women database (it has none of hld-women's tables); the file was left unchanged",
    "older-schema": "Database {file} has schema version {found}; this version reads {known}: upgrade it first with hld-women db migrate --db {file} (ingest and db import upgrade it too); reading commands never change the database",
    "newer-schema": "Database {file} has schema version {found}; this tool knows up to {known}: upgrade hld-women to use it",
    "busy": "Database {file} is in use by another program; try again shortly",
    "read-only": "Database {file} is read-only; cannot write to it",
    "io": "Cannot access database {file}: {detail}",
    "unknown-region": "The plan in use has no region {region} (use a region code, name or alias)",
  },
);

/** A key of storeMessages. */
export type StoreMessageKey = keyof (typeof storeMessages)["zh"];

/** The message of a StoreError in the user's language. */
export function describeStoreError(err: StoreError, lang: Lang): string {
  return translator(storeMessages, lang)(err.code, err.params);
}
