// Linting many files on several cores: batches of files go to worker threads (tinypool), each of
// which runs the same per-file pipeline as the main thread (src/cli/lint-file.ts) with its own
// config loader. Measured with `npm run bench:corpus` on 2 CPUs: one thread already keeps ~1.4
// cores busy (V8's concurrent GC and compiler threads), so two workers gave 0.9–1.4× the
// one-thread speed from run to run — not worth their memory (+100 MB). Workers are therefore used
// by default only where there are spare cores (4 or more) and a long run; REPORTLINT_THREADS=N
// chooses for any machine.
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { LintRunOptions } from "./lint-file.js";
import type { FileTarget } from "./files.js";
import type { LintResult } from "../core/types.js";
import { packageRoot } from "../gazetteer/load.js";
import { nativeImport } from "../core/native-import.js";

/** What one worker task carries: plain data only (it is copied to the worker). */
export interface WorkerTask {
  files: FileTarget[];
  opts: LintRunOptions;
  cwd: string;
}

/** Below this many files a run stays in one thread: starting workers (a bundle load and a JIT warm-up each) would cost more than it saves. */
export const MIN_FILES_FOR_WORKERS = 200;
/** On fewer cores the workers did not pay (see above). */
export const MIN_CORES_FOR_WORKERS = 4;
const BATCH = 25;

/**
 * How many worker threads a run of `fileCount` files should use: 0 for one thread. REPORTLINT_THREADS
 * overrides (0 or 1 = no workers), for measuring and for machines where workers do not pay.
 */
export function workerCount(fileCount: number, env: Record<string, string | undefined>, cores: number = availableParallelism()): number {
  const forced = env.REPORTLINT_THREADS;
  if (forced !== undefined && forced !== "") {
    const n = Number.parseInt(forced, 10);
    return Number.isFinite(n) && n > 1 ? n : 0;
  }
  if (cores < MIN_CORES_FOR_WORKERS || fileCount < MIN_FILES_FOR_WORKERS) return 0;
  // One core is left to the main thread and to V8's GC and compiler threads.
  return Math.min(cores - 1, 8);
}

/** Lint `files` on `threads` worker threads; results come back in the order of `files`. */
export async function lintInWorkers(files: FileTarget[], opts: LintRunOptions, cwd: string, threads: number, onDone?: (count: number) => void): Promise<LintResult[]> {
  const { Tinypool } = await nativeImport<typeof import("tinypool")>("tinypool");
  const pool = new Tinypool({
    filename: pathToFileURL(join(packageRoot(), "dist", "worker.js")).href,
    minThreads: threads,
    maxThreads: threads,
  });
  try {
    const batches: FileTarget[][] = [];
    for (let i = 0; i < files.length; i += BATCH) batches.push(files.slice(i, i + BATCH));
    const results = await Promise.all(
      batches.map(async (batch) => {
        const task: WorkerTask = { files: batch, opts, cwd };
        const out = (await pool.run(task)) as LintResult[];
        onDone?.(out.length);
        return out;
      }),
    );
    return results.flat();
  } finally {
    await pool.destroy();
  }
}
