/** SVG → PNG off the main thread: a few worker threads, each drawing with @resvg/resvg-js and writing the PNG with encodePngWith, answers matched to their jobs. */
import { Worker } from "node:worker_threads";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import os from "node:os";
import type { ResvgRenderOptions } from "@resvg/resvg-js";
import { encodePngWith, PNG_DEFLATE_LEVEL } from "./encode-png.js";

/**
 * The worker's code, passed as text (`eval`), so the same code works from the TypeScript sources (tests) and from
 * dist/ (no separate worker file to compile, find or ship); the PNG writer comes in as its own text. Only dynamic
 * import() is used, which a script reads the same whether Node takes it as CommonJS or as a module
 * (`--input-type=module` is inherited by workers). It loads resvg from the URL the main thread resolved, draws each
 * SVG it is sent, writes the pixels as PNG itself (resvg's asPng takes about twice as long) and answers with the
 * PNG bytes (moved, not copied) or the error's message, never throwing.
 */
const WORKER_CODE = `
const encodePngWith = ${encodePngWith.toString()};
import("node:worker_threads").then(async (wt) => {
  const mod = await import(wt.workerData.resvg);
  const zlib = await import("node:zlib");
  const { Resvg } = mod.default || mod;
  const deflate = (raw) => zlib.deflateSync(raw, { level: ${PNG_DEFLATE_LEVEL} });
  wt.parentPort.on("message", (job) => {
    try {
      const img = new Resvg(job.svg, job.options).render();
      const png = encodePngWith(deflate, img.pixels, img.width, img.height, { premultiplied: true });
      wt.parentPort.postMessage({ id: job.id, png }, [png.buffer]);
    } catch (e) {
      wt.parentPort.postMessage({ id: job.id, error: e && e.message ? String(e.message) : String(e) });
    }
  });
});
`;

/** How many workers to start: the requested number, but at least 1 and at most the machine's available parallelism. */
export function poolSize(requested: number | undefined, available = os.availableParallelism()): number {
  const cap = Math.max(1, Math.floor(available));
  return Math.min(cap, Math.max(1, Math.floor(requested ?? cap)));
}

interface Job {
  id: number;
  svg: string;
  options: ResvgRenderOptions;
  resolve: (png: Buffer) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | undefined;
}

/** A pool of PNG workers; `render` queues a drawing, `close` ends the workers (pending drawings are refused). */
export class PngPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;
  private readonly resvgUrl = pathToFileURL(createRequire(import.meta.url).resolve("@resvg/resvg-js")).href;

  /** `size` workers at most (see poolSize); they start on the first drawings that need them. */
  constructor(readonly size: number) {}

  /** Draw one SVG; rejects with the renderer's message when resvg refuses it, or when the pool is closed. */
  render(svg: string, options: ResvgRenderOptions): Promise<Buffer> {
    if (this.closed) return Promise.reject(new Error("the PNG pool is closed"));
    return new Promise<Buffer>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, svg, options, resolve, reject });
      this.pump();
    });
  }

  /** Stop every worker; drawings not yet done are rejected. Resolves once the threads have exited. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error("the PNG pool is closed"));
    const slots = this.slots.splice(0);
    for (const s of slots) s.job?.reject(new Error("the PNG pool is closed"));
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  /** Threads running now (for tests: 0 after close). */
  get threads(): number {
    return this.slots.length;
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.job === undefined);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.ref();
      slot.worker.postMessage({ id: job.id, svg: job.svg, options: job.options });
    }
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_CODE, { eval: true, workerData: { resvg: this.resvgUrl } });
    // Only a busy worker keeps the process alive, so a forgotten close() cannot hang the CLI.
    const slot: Slot = { worker, job: undefined };
    worker.on("message", (msg: { id: number; png?: Uint8Array; error?: string }) => {
      const job = slot.job;
      if (!job || job.id !== msg.id) return;
      slot.job = undefined;
      slot.worker.unref();
      if (msg.png) job.resolve(Buffer.from(msg.png.buffer, msg.png.byteOffset, msg.png.byteLength));
      else job.reject(new Error(msg.error ?? "unknown resvg error"));
      this.pump();
    });
    // A crashed thread (out of memory, a native fault) fails its drawing; the next drawings get a fresh thread.
    const lost = (e: Error): void => {
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      this.slots.splice(i, 1);
      slot.job?.reject(e);
      slot.job = undefined;
      if (!this.closed) this.pump();
    };
    worker.on("error", lost);
    worker.on("exit", (code) => lost(new Error(`the PNG worker stopped (exit code ${code})`)));
    this.slots.push(slot);
    return slot;
  }
}
