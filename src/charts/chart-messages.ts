/** Texts the chart renderer itself raises (the chart labels come from the report catalog). */
import { defineMessages } from "../i18n/messages.js";

/** The catalog of chart-rendering messages. */
export const chartMessages = defineMessages(
  {
    "chart-failed": "指标 {indicator} 的图表未能生成，已略去：{reason}",
  },
  {
    "chart-failed": "The chart of indicator {indicator} could not be drawn and is left out: {reason}",
  },
);
