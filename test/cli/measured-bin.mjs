// Runs bin/hld-women.js with the arguments given and, on exit, writes the process's peak memory to stderr as
// "@@max-rss-kb N" (the hostile-file tests read it; process.resourceUsage() only knows its own process).
process.on("exit", () => process.stderr.write(`\n@@max-rss-kb ${process.resourceUsage().maxRSS}\n`));
await import("../../bin/hld-women.js");
