// One file through the pipeline — read, decode or render, configuration, lint, fix — shared by the
// CLI's main thread and its worker threads (src/cli/worker.ts).
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { CliOptions } from "./args.js";
import { decode, type Decoded } from "../decode/index.js";
import { fixUntilStable } from "../core/fixer.js";
import { canEncode, encode, writeAtomically } from "./write.js";
import { BilingualError, errorText, say } from "../core/bilingual.js";
import { lintText, defaultRegistry } from "../core/linter.js";
import { formatForPath } from "../frontends/index.js";
import { documentFormatForPath, type RenderedDocument } from "../documents/index.js";
import { renderIsolated } from "../documents/isolated.js";
import { lintRendered } from "../core/document.js";
import type { LintMessage, LintResult, ReportSummary, ResolvedConfig } from "../core/types.js";
import { ConfigError } from "../config/errors.js";
import { ConfigLoader, parseCliRule } from "../config/load.js";
import { LintCache, hashConfig, hashContent } from "./cache.js";
import type { PreviousFinder } from "./previous.js";

/**
 * What the per-file pipeline reads of a run's options: the command line's (CliOptions) or the same
 * fields set by the Node API (src/api/reportlint.ts). Plain data: it is copied to worker threads.
 */
export type LintRunOptions = Pick<
  CliOptions,
  "encoding" | "limits" | "fix" | "fixDryRun" | "inlineConfig" | "reportUnusedDisableDirectives" | "locale" | "rule" | "config" | "configLookup" | "previous"
> & {
  /** Rule settings applied after every config, as --rule's (the API's overrideConfig.rules). */
  overrideRules?: Record<string, unknown>;
};

export function fatalMessage(message: string): LintMessage {
  return { ruleId: null, severity: 2, fatal: true, message, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

export function makeResult(filePath: string, messages: LintMessage[], source?: string): LintResult {
  let errorCount = 0;
  let warningCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  let fatalErrorCount = 0;
  for (const m of messages) {
    if (m.severity === 2) {
      errorCount++;
      if (m.fix) fixableErrorCount++;
      if (m.fatal) fatalErrorCount++;
    } else {
      warningCount++;
      if (m.fix) fixableWarningCount++;
    }
  }
  return { filePath, messages, errorCount, warningCount, fixableErrorCount, fixableWarningCount, fatalErrorCount, source };
}

/** "cannot read the file: why" in the run's locale (before a configuration is found: --locale). */
function cannotRead(opts: Pick<CliOptions, "locale">, why: string): string {
  return say(opts.locale, { zh: `无法读取文件：${why}`, en: `cannot read the file: ${why}` });
}

/** The config loader of a run: the same in the main thread and in each worker. */
export function createLoader(opts: LintRunOptions, cwd: string): ConfigLoader {
  const cliRules: Record<string, unknown> = { ...opts.overrideRules };
  for (const r of opts.rule) Object.assign(cliRules, parseCliRule(r));
  return new ConfigLoader({ cwd, configFile: opts.config && resolve(cwd, opts.config), useConfigLookup: opts.configLookup, cliRules, registry: defaultRegistry });
}

/** Read a file and lint it; a file that cannot be read becomes a fatal result. */
export async function readAndLint(filePath: string, opts: LintRunOptions, loader: ConfigLoader, options: LintFileOptions = {}): Promise<LintResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === "EACCES" ? { zh: "没有权限", en: "permission denied" } : code === "EISDIR" ? { zh: "这是文件夹", en: "it is a folder" } : { zh: (err as Error).message, en: (err as Error).message };
    return makeResult(filePath, [fatalMessage(cannotRead(opts, say(opts.locale, why)))]);
  }
  const result = await lintFile(filePath, bytes, opts, loader, options);
  // As in ESLint, a file's source is kept only to show its problems: a run over thousands of clean
  // reports then holds their messages, not their texts.
  if (result.messages.length === 0) delete result.source;
  return result;
}

export interface LintFileOptions {
  /** Told the configuration that applies (the CLI takes the run's locale from the first file's). */
  onResolved?: (resolved: ResolvedConfig) => void;
  /** The path configuration is looked up for (standard input: --stdin-filename or ./stdin.txt). */
  configPath?: string;
  /** Standard input: --fix prints the fixed text instead of writing a file. */
  fromStdin?: boolean;
  cache?: LintCache;
  /** Finds last year's report for the cross-year rules (--previous, year folders). */
  previous?: PreviousFinder;
}

/** Lint one file's bytes: decode or render, find its configuration, lint, fix if asked. */
export async function lintFile(filePath: string, bytes: Buffer, opts: LintRunOptions, loader: ConfigLoader, options: LintFileOptions = {}): Promise<LintResult> {
  const { configPath = filePath, fromStdin = false, cache } = options;
  const docFormat = documentFormatForPath(filePath);
  let rendered: RenderedDocument | undefined;
  let text: string;
  let decoded: Decoded | undefined;
  try {
    if (docFormat) {
      // In a worker thread with a memory cap and a time limit: a hostile document fails this file only.
      rendered = await renderIsolated(docFormat, bytes, { encoding: opts.encoding, limits: opts.limits });
      text = rendered.text;
    } else {
      decoded = decode(bytes, opts.encoding);
      text = decoded.text;
    }
  } catch (err) {
    // DecodeError, DocumentError and anything else a parser throws on a hostile file (a stack
    // overflow in deeply nested markup…) stops this file only: the others are still linted.
    return makeResult(filePath, [fatalMessage(cannotRead(opts, errorText(err, opts.locale)))]);
  }
  const format = docFormat ?? formatForPath(filePath);
  let summary: ReportSummary | undefined;
  const onSummary = (s: Omit<ReportSummary, "format">) => (summary = { format, ...s });
  let resolved: ResolvedConfig;
  try {
    ({ resolved } = await loader.forFile(configPath));
  } catch (err) {
    if (err instanceof ConfigError) throw err; // a broken config is fatal for the whole run
    throw err;
  }
  if (opts.locale) resolved = { ...resolved, locale: opts.locale };
  options.onResolved?.(resolved);
  // Last year's report, if one is found: part of lintOptions, so --cache keys on its text too.
  const previous = await options.previous?.forFile(filePath, text, docFormat ? "text" : format === "markdown" ? "markdown" : "text");
  const lintOptions = { filePath, resolved, allowInlineConfig: opts.inlineConfig, reportUnusedDisableDirectives: opts.reportUnusedDisableDirectives ? ("error" as const) : ("off" as const), ...(previous ? { previous } : {}) };
  // The text positions refer to: the HTML source for HTML, else what was linted.
  const shownSource = rendered?.original?.text ?? text;
  // --cache: the key is the bytes and everything that shapes the messages (config, encoding, lint flags).
  const { filePath: _f, resolved: _r, ...lintFlags } = lintOptions;
  const key = cache && { content: hashContent(bytes), config: hashConfig(resolved, { encoding: opts.encoding, ...lintFlags }) };
  if (cache && key) {
    const hit = cache.get(filePath, key.content, key.config);
    // With --fix or --fix-dry-run a hit serves only when it has nothing to fix.
    if (hit && !((opts.fix || opts.fixDryRun) && hit.messages.some((m) => m.fix))) {
      const result = makeResult(filePath, hit.messages, shownSource);
      if (hit.report) result.report = hit.report;
      return result;
    }
  }
  // Stores the messages of a file left as it is; a fixed or fatal result drops the entry.
  const remember = (result: LintResult): LintResult => {
    if (summary) result.report = summary;
    if (cache && key) cache.set(filePath, key.content, key.config, result);
    return result;
  };
  // Fixes --fix cannot write (a GB18030 file, which Node cannot encode) are not offered: the
  // findings stay, but none counts as fixable. Standard input's fixed text is printed, not encoded.
  const writable = fromStdin || !decoded || canEncode(decoded);
  const lintWithFixes = (t: string) => lintText(t, { ...lintOptions, onSummary });
  const lint = writable ? lintWithFixes : (t: string) => lintWithFixes(t).map(({ fix: _unwritable, ...m }) => m);
  try {
    // HTML, DOCX and PDF are linted through their plain-text rendering and never fixed: a fix
    // would edit the rendering, not the file.
    if (rendered) return remember(makeResult(filePath, lintRendered(rendered, { ...lintOptions, onSummary }), shownSource));
    if (!opts.fix && !opts.fixDryRun) return remember(makeResult(filePath, lint(text), text));
    const fixed = fixUntilStable(text, lintWithFixes);
    const result = makeResult(filePath, fixed.messages, fixed.output);
    if (fixed.output === text) return remember(result);
    result.output = fixed.output;
    if (opts.fix && !fromStdin && decoded) {
      try {
        await writeAtomically(filePath, encode(fixed.output, decoded));
      } catch (err) {
        const locale = resolved.locale;
        const why = err instanceof BilingualError ? errorText(err, locale) : say(locale, { zh: `无法写入修复后的文件：${(err as Error).message}`, en: `cannot write the fixed file: ${(err as Error).message}` });
        // The file is untouched: report the problems of the original text and why it was not
        // fixed; their fixes were not written, so none counts as fixable.
        const unfixed = lintWithFixes(text).map(({ fix: _notWritten, ...m }) => m);
        return makeResult(filePath, [fatalMessage(say(locale, { zh: `未写入修复：${why}`, en: `not fixed: ${why}` })), ...unfixed], text);
      }
    }
    return remember(result);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return makeResult(filePath, [fatalMessage(say(resolved.locale, { zh: `内部错误：${detail}`, en: `internal error: ${detail}` }))], shownSource);
  }
}

