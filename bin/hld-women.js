#!/usr/bin/env node
import { run } from "../dist/cli/run.js";
// A closed pipe (`… | head`) ends the output, not the program with a stack trace.
process.stdout.on("error", (e) => { if (e.code === "EPIPE") process.exit(process.exitCode ?? 0); else throw e; });
process.exitCode = await run(process.argv.slice(2));
