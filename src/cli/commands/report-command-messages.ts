/** Texts of the `report` and `template` commands: errors and notices (their help is in cli/help-messages.ts). */
import { defineMessages } from "../../i18n/messages.js";

/** The catalog of the report and template commands. */
export const reportCommandMessages = defineMessages(
  {
    "needs-output": "{format} 是二进制文件，不能写到终端；请用 -o 指定文件，例如 -o {example}",
    "data-problems": "预填数据中有 {errors} 个错误、{warnings} 个警告，出错的数值未预填（运行 hld-women validate 查看详情）",
    "no-cjk-font": "未找到中文字体，图表标签改用英文（可安装 fonts-noto-cjk 或 fonts-wqy-microhei，或用 HLD_WOMEN_CJK_FONT 指定字体文件）",
    "html-written": "已写入 HTML 报告 {file}",
    "template-no-db": "数据库 {file} 尚不存在，模板不预填往年数值（数据入库后再生成即可预填）",
  },
  {
    "needs-output": "{format} is a binary file and cannot go to the terminal; name a file with -o, e.g. -o {example}",
    "data-problems": "The pre-fill data has {errors} errors and {warnings} warnings; values with errors were not pre-filled (run hld-women validate for details)",
    "no-cjk-font": "No Chinese font found; chart labels are in English (install fonts-noto-cjk or fonts-wqy-microhei, or name a font file with HLD_WOMEN_CJK_FONT)",
    "html-written": "Wrote HTML report {file}",
    "template-no-db": "The database {file} does not exist yet, so the template has no earlier values pre-filled (make it again once data is ingested to have them)",
  },
);
