// Paths and globs → results: file discovery, ignores, then the per-file pipeline (lint-file.ts) in
// this thread or on worker threads. Shared by the CLI (run.ts) and the Node API
// (src/api/reportlint.ts), so that the two cannot drift apart.
import { expandPaths, type FileTarget, type PathProblem } from "./files.js";
import { lintInWorkers, workerCount } from "./pool.js";
import { fatalMessage, makeResult, readAndLint, type LintRunOptions } from "./lint-file.js";
import type { LintCache } from "./cache.js";
import type { PreviousFinder } from "./previous.js";
import type { ConfigLoader } from "../config/load.js";
import type { IgnoreMatcher } from "../config/ignore.js";
import type { LintResult, Locale, ResolvedConfig } from "../core/types.js";
import { say } from "../core/bilingual.js";
import { documentFormatForPath } from "../documents/index.js";
import { prepareDocumentReader } from "../documents/isolated.js";
import { formatForPath, loadFrontEnd } from "../frontends/index.js";

/** What a run found: problems with the paths given, and one slot per file in order. */
export interface Targets {
  problems: PathProblem[];
  /** A result already known (an ignored file named explicitly), or the index of the file in `files`. */
  slots: Array<LintResult | number>;
  /** The files to lint. */
  files: FileTarget[];
}

/**
 * Expand paths and globs, and drop ignored files. A file named explicitly but ignored gets a
 * warning result instead, as in ESLint. `ignore` null: nothing is ignored (--no-ignore).
 */
export async function findTargets(patterns: string[], options: { cwd: string; loader: ConfigLoader; ignore: IgnoreMatcher | null; locale?: Locale }): Promise<Targets> {
  const { files: found, problems } = await expandPaths(patterns, options.cwd);
  const files: FileTarget[] = [];
  const slots: Array<LintResult | number> = [];
  for (const file of found) {
    const ignored = options.ignore ? options.ignore.ignores(file.path, await options.loader.ignorePatternsFor(file.path)) : false;
    if (ignored && !file.explicit) continue;
    if (ignored) {
      slots.push(makeResult(file.path, [{ ...fatalMessage(say(options.locale, { zh: "文件被忽略规则忽略（用 --no-ignore 检查它）", en: "File ignored because of a matching ignore pattern (use --no-ignore to lint it)" })), severity: 1, fatal: false }]));
      continue;
    }
    slots.push(files.length);
    files.push(file);
  }
  return { problems, slots, files };
}

export interface LintTargetsOptions {
  opts: LintRunOptions;
  cwd: string;
  loader: ConfigLoader;
  cache?: LintCache;
  previous: PreviousFinder;
  /** For REPORTLINT_THREADS (see pool.ts). */
  env: Record<string, string | undefined>;
  /** Told each file's configuration (a run's locale is the first file's). */
  onResolved?: (resolved: ResolvedConfig) => void;
  /** Told of each file linted: a file in this thread, a count from a worker. */
  progress?: { tick(path: string): void; advance(count: number): void };
}

/** Lint the targets; the results in the order of `targets.slots`, and how many were linted in this thread. */
export async function lintTargets(targets: Targets, options: LintTargetsOptions): Promise<{ results: LintResult[]; lintedHere: number }> {
  const { opts, loader, files } = { ...options, files: targets.files };
  // Worker threads for large plain lint runs (not --fix, whose writes stay in one thread, nor
  // --cache, whose store lives in this one).
  const threads = files.length === 0 || opts.fix || opts.fixDryRun || options.cache ? 0 : workerCount(files.length, options.env);
  let linted: LintResult[];
  if (threads > 0) {
    // The run's locale comes from the first file's configuration, as in a single-thread run.
    const first = (await loader.forFile(files[0].path)).resolved;
    options.onResolved?.(opts.locale ? { ...first, locale: opts.locale } : first);
    linted = await lintInWorkers(files, opts, options.cwd, threads, (n) => options.progress?.advance(n));
  } else {
    if (files.some((f) => documentFormatForPath(f.path))) prepareDocumentReader(opts.limits);
    for (const format of new Set(files.map((f) => formatForPath(f.path)))) await loadFrontEnd(format);
    linted = [];
    for (const file of files) {
      linted.push(await readAndLint(file.path, opts, loader, { onResolved: options.onResolved, cache: options.cache, previous: options.previous }));
      options.progress?.tick(file.path);
    }
  }
  return { results: targets.slots.map((slot) => (typeof slot === "number" ? linted[slot] : slot)), lintedHere: threads > 0 ? 0 : linted.length };
}
