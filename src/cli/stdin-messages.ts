/** Texts of `-` (standard input) among the data arguments. */
import { defineMessages } from "../i18n/messages.js";

export const stdinMessages = defineMessages(
  {
    "stdin-twice": "“-”（标准输入）只能出现一次",
    "stdin-tty": "“-”表示从标准输入读取数据，但标准输入是终端：请用管道或重定向传入文件（如 hld-women validate - < 数据.csv），或直接写文件名",
    "stdin-missing": "“-”表示从标准输入读取数据，但没有可用的标准输入",
    "stdin-too-large": "标准输入超过 {limit} MiB，已停止读取；请保存为文件后分批检查",
  },
  {
    "stdin-twice": "\"-\" (standard input) may be given only once",
    "stdin-tty": "\"-\" reads the data from standard input, which is a terminal here: pipe or redirect a file in (e.g. hld-women validate - < data.csv), or name the file",
    "stdin-missing": "\"-\" reads the data from standard input, but there is none",
    "stdin-too-large": "standard input is over {limit} MiB; reading stopped: save it as files and check them in parts",
  },
);
