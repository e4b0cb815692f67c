// Preloaded (`node --require`) into every process the bench spawns: on exit, writes the process's own
// resource usage (CPU µs, peak RSS KB) as JSON to the file named by BENCH_RUSAGE_FILE, so the bench
// reads the child's figures without /usr/bin/time. A process that crashes (heap OOM) or is killed writes nothing.
const { writeFileSync } = require("node:fs");

const file = process.env.BENCH_RUSAGE_FILE;
if (file) {
  process.on("exit", () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ user_us: u.userCPUTime, sys_us: u.systemCPUTime, max_rss_kb: u.maxRSS }));
  });
}
