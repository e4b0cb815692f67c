// Domain errors become a message and an exit code in one place (run() through describeError).
import { describe, expect, it } from "vitest";
import { describeError } from "../../src/cli/describe-error.js";
import { CliError } from "../../src/cli/cli-error.js";
import { StoreError } from "../../src/store/store-error.js";
import { IngestOptionError } from "../../src/ingest/ingest-types.js";
import { OutputError } from "../../src/util/atomic-write.js";

describe("describeError", () => {
  it("words each domain error in the user's language with exit 2", () => {
    expect(describeError(new StoreError("busy", { file: "x.db" }), "zh")).toEqual({ message: "数据库 x.db 正被其他程序占用，请稍后重试", exitCode: 2 });
    expect(describeError(new StoreError("busy", { file: "x.db" }), "en")).toEqual({ message: "Database x.db is in use by another program; try again shortly", exitCode: 2 });
    expect(describeError(new IngestOptionError("不支持的编码 latin9"), "zh")).toEqual({ message: "不支持的编码 latin9", exitCode: 2 });
    expect(describeError(new OutputError("is-input", "data.csv"), "zh")).toEqual({ message: "拒绝覆盖输入文件 data.csv，请用 -o 指定其他文件", exitCode: 2 });
    expect(describeError(new OutputError("busy", "报告.xlsx", "EBUSY"), "en")?.message).toBe("Cannot write 报告.xlsx: the file is in use (open in Excel/WPS?). Close it and try again");
    expect(describeError(new OutputError("io", "out/r.xlsx", "ENOENT"), "zh")?.message).toBe("无法写入 out/r.xlsx：ENOENT");
  });
  it("keeps a CliError's own message and exit code, and leaves anything else to be reported as a bug", () => {
    expect(describeError(new CliError("no data", 1), "zh")).toEqual({ message: "no data", exitCode: 1 });
    expect(describeError(new TypeError("x is undefined"), "zh")).toBeUndefined();
    expect(describeError("a string", "zh")).toBeUndefined();
  });
});
