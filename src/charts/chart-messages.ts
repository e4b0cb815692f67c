/** Texts of the chart renderer: its warning and the band design's legend (region and sex labels come from the report catalog). */
import { defineMessages } from "../i18n/messages.js";

/** The catalog of chart-rendering messages. */
export const chartMessages = defineMessages(
  {
    "chart-failed": "指标 {indicator} 的图表未能生成，已略去：{reason}",
    "legend-highest": "最高（{year}年）：{name}",
    "legend-lowest": "最低（{year}年）：{name}",
    "legend-iqr": "其他{count}个地区：中间一半（P25–P75）",
    "legend-range": "其他{count}个地区：最低–最高",
  },
  {
    "chart-failed": "The chart of indicator {indicator} could not be drawn and is left out: {reason}",
    "legend-highest": "Highest ({year}): {name}",
    "legend-lowest": "Lowest ({year}): {name}",
    "legend-iqr": "Other {count} regions: middle half (p25–p75)",
    "legend-range": "Other {count} regions: min–max",
  },
);
