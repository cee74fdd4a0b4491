// Entry point of a worker thread (bundled to dist/worker.js, run by tinypool from src/cli/pool.ts):
// lints a batch of files with the same pipeline as the main thread.
import "../frontends/all.js";
import type { WorkerTask } from "./pool.js";
import type { LintResult } from "../core/types.js";
import { createLoader, readAndLint } from "./lint-file.js";
import type { ConfigLoader } from "../config/load.js";
import { PreviousFinder } from "./previous.js";

// One config loader per worker, reused across batches of the same run (it caches config lookups).
let current: { key: string; loader: ConfigLoader; previous: PreviousFinder } | undefined;

export default async function lintBatch(task: WorkerTask): Promise<LintResult[]> {
  const key = JSON.stringify([task.opts, task.cwd]);
  if (current?.key !== key) current = { key, loader: createLoader(task.opts, task.cwd), previous: new PreviousFinder({ cwd: task.cwd, previous: task.opts.previous, encoding: task.opts.encoding, limits: task.opts.limits }) };
  const results: LintResult[] = [];
  for (const file of task.files) results.push(await readAndLint(file.path, task.opts, current.loader, { previous: current.previous }));
  return results;
}
