/** The words for statuses and progress categories, one set for every output (terminal, Excel, HTML, explain). */
export const verdictLabels = {
  zh: {
    "status-met": "达标",
    "status-nearly_met": "基本达标",
    "status-not_met": "未达标",
    "status-not_assessable": "无法评估",
    "cat-achieved": "已实现",
    "cat-on_track": "进展顺利",
    "cat-moderate": "进展一般",
    "cat-insufficient": "进展不足",
    "cat-moving_away": "偏离目标",
    "cat-insufficient_data": "数据不足",
  },
  en: {
    "status-met": "met",
    "status-nearly_met": "nearly met",
    "status-not_met": "not met",
    "status-not_assessable": "not assessable",
    "cat-achieved": "achieved",
    "cat-on_track": "on track",
    "cat-moderate": "moderate",
    "cat-insufficient": "insufficient",
    "cat-moving_away": "moving away",
    "cat-insufficient_data": "insufficient data",
  },
} as const;
