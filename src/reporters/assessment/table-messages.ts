/** Words of the terminal report's opening (the red warnings listed after the summary) and of the note on columns left out. */
import { defineMessages } from "../../i18n/messages.js";

/** Texts only the terminal table uses. */
export const tableMessages = defineMessages(
  {
    "red-heading": "红色预警（{count} 项）",
    "red-more": "……另有 {count} 项红色预警，见下方各领域表格",
    "columns-left-out": "（终端宽 {width} 列，已省略：{columns}；用 -f markdown/csv/json 或加宽终端查看）",
    "separator": "：",
  },
  {
    "red-heading": "Red warnings ({count})",
    "red-more": "… {count} more red warnings in the area tables below",
    "columns-left-out": "(the terminal is {width} columns wide, so these columns are left out: {columns}; see them with -f markdown/csv/json or a wider terminal)",
    "separator": ": ",
  },
);
