/** Texts of the `report` and `template` commands (help, errors, progress). */
import { defineMessages } from "../../i18n/messages.js";

/** The catalog of the report and template commands. */
export const reportCommandMessages = defineMessages(
  {
    "cmd-report": "生成监测报告：Excel 工作簿（总览、分领域、预警、图表、时间序列、数据质量、说明），或 json/csv/markdown",
    "cmd-template": "生成各地区填报用的数据报送模板（XLSX，含数据有效性校验与填报说明）",
    "arg-data": "数据文件（CSV 或 XLSX，可多个）",
    "opt-html": "另外写一份独立的 HTML 报告（含图表）",
    "opt-year": "报送年份（必填）",
    "opt-template-region": "只为这些地区生成（代码或名称，可多个；默认全部地区）",
    "opt-template-data": "已有数据文件，用来预填往年数值（可多个）",
    "opt-no-charts": "不生成图表（更快）",
    "report-formats": "\n输出格式（-f）：xlsx（默认，须用 -o 指定文件）、json、csv、markdown。",
    "needs-output": "{format} 是二进制文件，不能写到终端；请用 -o 指定文件，例如 -o {example}",
    "bad-year": "--year 应为 {min}—{max} 之间的年份，收到“{value}”",
    "data-problems": "预填数据中有 {errors} 个错误、{warnings} 个警告，出错的数值未预填（运行 hld-women validate 查看详情）",
    "no-cjk-font": "未找到中文字体，图表标签改用英文（可安装 fonts-noto-cjk 或 fonts-wqy-microhei，或用 HLD_WOMEN_CJK_FONT 指定字体文件）",
    "html-written": "已写入 HTML 报告 {file}",
  },
  {
    "cmd-report": "Write the monitoring report: an Excel workbook (overview, areas, warnings, charts, time series, data quality, notes), or json/csv/markdown",
    "cmd-template": "Write the data submission template for the regions (XLSX with data validation and instructions)",
    "arg-data": "data files (CSV or XLSX, one or more)",
    "opt-html": "also write a self-contained HTML report (with charts)",
    "opt-year": "submission year (required)",
    "opt-template-region": "only these regions (codes or names, one or more; default all)",
    "opt-template-data": "existing data files to pre-fill earlier years' values (one or more)",
    "opt-no-charts": "no charts (faster)",
    "report-formats": "\nOutput formats (-f): xlsx (default, needs -o), json, csv, markdown.",
    "needs-output": "{format} is a binary file and cannot go to the terminal; name a file with -o, e.g. -o {example}",
    "bad-year": "--year must be a year from {min} to {max}, got \"{value}\"",
    "data-problems": "The pre-fill data has {errors} errors and {warnings} warnings; values with errors were not pre-filled (run hld-women validate for details)",
    "no-cjk-font": "No Chinese font found; chart labels are in English (install fonts-noto-cjk or fonts-wqy-microhei, or name a font file with HLD_WOMEN_CJK_FONT)",
    "html-written": "Wrote HTML report {file}",
  },
);
