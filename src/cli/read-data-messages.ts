/** Texts about where the reading commands take their data from. */
import { defineMessages } from "../i18n/messages.js";

export const readDataMessages = defineMessages(
  {
    "files-and-db": "请只指定一种数据来源：数据文件，或 --db 数据库",
    "no-input": "没有数据：请给出数据文件（CSV/XLSX），或用 --db 指定监测数据库",
  },
  {
    "files-and-db": "Give one data source: data files, or the --db database",
    "no-input": "No data: give data files (CSV/XLSX), or a monitoring database with --db",
  },
);
