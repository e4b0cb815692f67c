/** Texts of option values the command line refuses (exit 2). */
import { defineMessages } from "../i18n/messages.js";

/** Why an option's value was refused, with what is allowed. */
export const optionMessages = defineMessages(
  {
    "bad-lang": "不支持的语言 {lang}；可用：zh, en",
    "bad-format": "不支持的输出格式 {format}；可用：{choices}",
    "bad-as-of": "--as-of 应为 {min}—{max} 之间的年份，收到“{value}”",
    "bad-method": "不支持的评估方法“{value}”；可用：{choices}",
    "bad-threshold": "阈值“{value}”无效：应为 名称=数值，名称为以下之一：{choices}",
    "bad-threshold-values": "阈值取值不合理，须满足：{rules}",
    "bad-fail-on": "--fail-on 只能是 {choices}，收到“{value}”",
    "bad-template-year": "--year 应为 {min}—{max} 之间的年份，收到“{value}”",
    "bad-fail-severity": "--fail-severity：{value} 无效；可用：error, warning",
    "bad-max-errors": "--max-errors：{value} 不是正整数",
    "bad-prefer": "不支持的 --prefer {value}；可用：current, incoming",
    "bad-db-year": "年份无效：{value}",
    "bad-area": "未知领域 {area}；可用：{choices}",
  },
  {
    "bad-lang": "Unsupported language {lang}; available: zh, en",
    "bad-format": "Unsupported output format {format}; available: {choices}",
    "bad-as-of": "--as-of must be a year from {min} to {max}, got \"{value}\"",
    "bad-method": "Unsupported method \"{value}\"; available: {choices}",
    "bad-threshold": "Invalid threshold \"{value}\": expected name=number, with name one of: {choices}",
    "bad-threshold-values": "Thresholds that make no sense; they must satisfy: {rules}",
    "bad-fail-on": "--fail-on must be one of {choices}, got \"{value}\"",
    "bad-template-year": "--year must be a year from {min} to {max}, got \"{value}\"",
    "bad-fail-severity": "--fail-severity: {value} is invalid; available: error, warning",
    "bad-max-errors": "--max-errors: {value} is not a positive integer",
    "bad-prefer": "Unsupported --prefer {value}; available: current, incoming",
    "bad-db-year": "Invalid year: {value}",
    "bad-area": "Unknown area {area}; available: {choices}",
  },
);
