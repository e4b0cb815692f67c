/** What the user reads when commander refuses the command line (exit 2): our words for each of commander's errors. */
import { defineMessages } from "../i18n/messages.js";

/** One message per commander error code, with the offending word; a suggestion and the help hint follow. */
export const usageErrorMessages = defineMessages(
  {
    "unknown-option": "未知选项 {word}",
    "unknown-command": "未知命令 {word}",
    "missing-argument": "缺少参数 {word}",
    "option-missing-argument": "选项 {word} 需要一个值",
    "missing-mandatory-option": "必须给出选项 {word}",
    "excess-arguments": "多余的参数：{words}（{command} 最多接受 {expected} 个参数）",
    "excess-arguments-none": "多余的参数：{words}（{command} 不接受参数）",
    "invalid-argument": "{word} 的值“{value}”无效{detail}",
    "conflicting-option": "选项 {word} 不能与 {other} 同时使用",
    "invalid-choices": "；可选：{list}",
    "other": "命令行有误：{detail}",
    "suggestion": "。是否想用 {words}？",
    "suggestion-separator": " 或 ",
    "see-help": "用“{command} --help”查看用法。",
  },
  {
    "unknown-option": "unknown option {word}",
    "unknown-command": "unknown command {word}",
    "missing-argument": "missing required argument {word}",
    "option-missing-argument": "option {word} needs a value",
    "missing-mandatory-option": "required option {word} not given",
    "excess-arguments": "too many arguments: {words} ({command} takes at most {expected})",
    "excess-arguments-none": "too many arguments: {words} ({command} takes none)",
    "invalid-argument": "value \"{value}\" of {word} is invalid{detail}",
    "conflicting-option": "option {word} cannot be used with {other}",
    "invalid-choices": "; allowed: {list}",
    "other": "bad command line: {detail}",
    "suggestion": ". Did you mean {words}?",
    "suggestion-separator": " or ",
    "see-help": "See \"{command} --help\".",
  },
);
