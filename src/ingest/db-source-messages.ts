/** Texts of reading observations from the monitoring database (--db). */
import { defineMessages } from "../i18n/messages.js";

/** Warnings about database values the plan in use does not know. */
export const dbSourceMessages = defineMessages(
  {
    "db-unknown-indicator": "数据库中的指标 {indicator} 不在所用规划中，已忽略",
    "db-unknown-region": "数据库中的地区 {region} 不在所用规划中，已忽略",
  },
  {
    "db-unknown-indicator": "Indicator {indicator} in the database is not in the plan in use; ignored",
    "db-unknown-region": "Region {region} in the database is not in the plan in use; ignored",
  },
);
