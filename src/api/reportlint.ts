// The file-level Node API, shaped like ESLint's `ESLint` class: lint files and folders with the
// CLI's file discovery, config lookup, ignores, document readers and limits, and get back the very
// objects `reportlint -f json` prints. A thin layer: the per-file pipeline (src/cli/lint-file.ts)
// and the file discovery (src/cli/lint-patterns.ts) are the CLI's own, and the pure `lintText`
// function stays the core of both.
import { readFile } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import { findTargets, lintTargets } from "../cli/lint-patterns.js";
import { createLoader, fatalMessage, lintFile, makeResult, type LintRunOptions } from "../cli/lint-file.js";
import { LintCache, resolveCacheLocation } from "../cli/cache.js";
import { PreviousFinder } from "../cli/previous.js";
import { encode, writeAtomically } from "../cli/write.js";
import type { ConfigLoader } from "../config/load.js";
import { IgnoreMatcher } from "../config/ignore.js";
import { ConfigError } from "../config/errors.js";
import { normalizeRuleMap } from "../config/resolve.js";
import { defaultRegistry } from "../core/linter.js";
import type { LintResult, Locale, ResolvedConfig, Settings, Severity } from "../core/types.js";
import { decode } from "../decode/index.js";
import { documentFormatForPath } from "../documents/index.js";
import { DEFAULT_LIMITS, LIMIT_NAMES, type DocumentLimits } from "../documents/limits.js";
import type { FormatterContext } from "../formatters/index.js";
import { toJsonResult, type JsonLintMessage, type JsonLintResult } from "../formatters/json.js";
import { formatForPath, loadFrontEnd } from "../frontends/index.js";
import { VERSION } from "../version.js";
import { say } from "../core/bilingual.js";
import { configuredDocsBase, formatterRulesMeta } from "../cli/docs-links.js";

export interface ReportLintOptions {
  /** Folder that relative paths, globs, ignore files and the cache are relative to (default: process.cwd()). */
  cwd?: string;
  /** A config file to use for every file, as --config (no lookup); `true`: no config file at all (the recommended preset), as --no-config-lookup. */
  overrideConfigFile?: string | true | null;
  /** Applied after every config, as --rule and --locale: `{ rules: { id: severity | [severity, options] }, locale }`. */
  overrideConfig?: { rules?: Record<string, unknown>; locale?: Locale } | null;
  /** Look for config files from each file's folder upward (default true; false as --no-config-lookup). */
  configLookup?: boolean;
  /** Compute fixes: each result fixed gets `output` (nothing is written: see ReportLint.outputFixes). */
  fix?: boolean;
  /** Message language; default: each file's config (zh without one). */
  locale?: Locale;
  /** Use .reportlintignore, the configs' ignorePatterns and `ignorePatterns` (default true; false as --no-ignore). */
  ignore?: boolean;
  /** More files to skip, in .gitignore syntax relative to cwd, as --ignore-pattern. */
  ignorePatterns?: string[];
  /** Obey `<!-- reportlint-disable … -->` comments (default true; false as --no-inline-config). */
  allowInlineConfig?: boolean;
  /** "error": report disable comments that disabled nothing, as --report-unused-disable-directives (default "off"). */
  reportUnusedDisableDirectives?: "error" | "off";
  /** Lint only files changed since the last run, as --cache; the same cache file as the CLI's. */
  cache?: boolean;
  /** The cache file or folder (default .reportlintcache in cwd). */
  cacheLocation?: string;
  /** A path or glob that names no report throws NoFilesFoundError (default true); false: it becomes a fatal result, as in the CLI. */
  errorOnUnmatchedPattern?: boolean;
  /** Force the files' encoding (e.g. "gb18030"), as --encoding. */
  encoding?: string;
  /** Limits on reading one HTML, Word or PDF file (docs/formats.md), as --limit; unnamed ones keep their defaults. */
  limits?: Partial<DocumentLimits>;
  /** Last year's report (a file) or folder of reports, for the cross-year rules, as --previous. */
  previous?: string;
}

/** A lint message: exactly as `-f json` prints it. */
export type ReportLintMessage = JsonLintMessage;

/**
 * A file's result: exactly the object `-f json` prints for it. It also carries `source` (the text
 * its positions refer to), not enumerable, so JSON.stringify leaves it out as the CLI's -f json does
 * while the text formatters (stylish…) can still show the offending line.
 */
export type ReportLintResult = JsonLintResult & { readonly source?: string };

/** What `--print-config FILE` prints. */
export interface CalculatedConfig {
  configPath?: string;
  locale: Locale;
  settings: Settings;
  rules: Record<string, [Severity, Record<string, unknown>?]>;
}

export interface LoadedFormatter {
  /** The formatted text, as the CLI prints it with `-f NAME` (without a trailing newline). */
  format(results: ReportLintResult[], context?: Partial<FormatterContext>): Promise<string>;
}

/** Thrown by lintFiles when a path or glob names no report (errorOnUnmatchedPattern). */
export class NoFilesFoundError extends Error {
  /** The paths and globs that named nothing, each with why. */
  readonly problems: Array<{ path: string; message: string }>;
  constructor(problems: Array<{ path: string; message: string }>) {
    super(`no report files found: ${problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
    this.name = "NoFilesFoundError";
    this.problems = problems;
  }
}

/** Thrown by outputFixes after writing every file it could, naming each file it did not write and why. */
export class OutputFixesError extends Error {
  readonly failures: Array<{ filePath: string; message: string }>;
  constructor(failures: Array<{ filePath: string; message: string }>) {
    super(`fixes not written: ${failures.map((f) => `${f.filePath}: ${f.message}`).join("; ")}`);
    this.name = "OutputFixesError";
    this.failures = failures;
  }
}

const OPTION_NAMES = new Set([
  "cwd",
  "overrideConfigFile",
  "overrideConfig",
  "configLookup",
  "fix",
  "locale",
  "ignore",
  "ignorePatterns",
  "allowInlineConfig",
  "reportUnusedDisableDirectives",
  "cache",
  "cacheLocation",
  "errorOnUnmatchedPattern",
  "encoding",
  "limits",
  "previous",
]);

/** The encoding a result's file was read with (--encoding), for outputFixes; absent: detected. */
const forcedEncodingOf = new WeakMap<object, string | undefined>();

export class ReportLint {
  static readonly version = VERSION;
  readonly #cwd: string;
  readonly #opts: LintRunOptions;
  readonly #ignore: boolean;
  readonly #ignorePatterns: string[];
  readonly #cache: boolean;
  readonly #cacheLocation?: string;
  readonly #errorOnUnmatchedPattern: boolean;
  readonly #loader: ConfigLoader;
  /** The locale of the last run: the first file's, as the CLI's (formatters default to it). */
  #runLocale?: Locale;
  /** settings.docsBaseUrl of the last run's first configuration (the CLI's rule links follow it too). */
  #runDocsBase?: string;

  /** Throws TypeError for an unknown or ill-typed option, ConfigError for bad rule settings. */
  constructor(options: ReportLintOptions = {}) {
    if (options === null || typeof options !== "object") throw new TypeError("ReportLint: options must be an object");
    for (const key of Object.keys(options)) if (!OPTION_NAMES.has(key)) throw new TypeError(`ReportLint: unknown option "${key}" (known: ${[...OPTION_NAMES].join(", ")})`);
    const o = options;
    const check = (name: keyof ReportLintOptions, ok: boolean, what: string) => {
      if (o[name] !== undefined && !ok) throw new TypeError(`ReportLint: option "${name}" must be ${what}`);
    };
    check("cwd", typeof o.cwd === "string" && o.cwd !== "", "a non-empty string");
    check("overrideConfigFile", o.overrideConfigFile === null || o.overrideConfigFile === true || (typeof o.overrideConfigFile === "string" && o.overrideConfigFile !== ""), "a file path or true");
    check("overrideConfig", o.overrideConfig === null || (typeof o.overrideConfig === "object" && !Array.isArray(o.overrideConfig)), "an object");
    for (const name of ["configLookup", "fix", "ignore", "allowInlineConfig", "cache", "errorOnUnmatchedPattern"] as const) check(name, typeof o[name] === "boolean", "true or false");
    check("locale", o.locale === "zh" || o.locale === "en", '"zh" or "en"');
    check("ignorePatterns", Array.isArray(o.ignorePatterns) && o.ignorePatterns.every((p) => typeof p === "string"), "an array of strings");
    check("reportUnusedDisableDirectives", o.reportUnusedDisableDirectives === "error" || o.reportUnusedDisableDirectives === "off", '"error" or "off"');
    for (const name of ["cacheLocation", "encoding", "previous"] as const) check(name, typeof o[name] === "string" && o[name] !== "", "a non-empty string");
    if (o.encoding !== undefined) {
      try {
        new TextDecoder(o.encoding);
      } catch {
        throw new TypeError(`ReportLint: unknown encoding "${o.encoding}"`);
      }
    }
    const limits = { ...DEFAULT_LIMITS };
    if (o.limits !== undefined) {
      if (o.limits === null || typeof o.limits !== "object") throw new TypeError("ReportLint: option \"limits\" must be an object");
      for (const [name, value] of Object.entries(o.limits)) {
        if (!(LIMIT_NAMES as string[]).includes(name)) throw new TypeError(`ReportLint: unknown limit "${name}" (known: ${LIMIT_NAMES.join(", ")})`);
        if (typeof value !== "number" || !(value > 0)) throw new TypeError(`ReportLint: limit "${name}" must be a positive number`);
        limits[name as keyof DocumentLimits] = value;
      }
    }
    const override = o.overrideConfig ?? {};
    for (const key of Object.keys(override)) {
      if (key !== "rules" && key !== "locale") {
        throw new ConfigError({ zh: `overrideConfig：不支持 "${key}"（只支持 rules 和 locale）；请把它写在配置文件里`, en: `overrideConfig: "${key}" is not supported (only rules and locale); put it in a config file` });
      }
    }
    if (override.locale !== undefined && override.locale !== "zh" && override.locale !== "en") throw new ConfigError({ zh: `overrideConfig："locale" 只能是 "zh" 或 "en"`, en: `overrideConfig: "locale" must be "zh" or "en"` });
    // Checked here, with the option's own name in the message; the loader checks them again as --rule's.
    const overrideRules = normalizeRuleMap(override.rules, defaultRegistry, "overrideConfig.rules");

    this.#cwd = resolve(o.cwd ?? process.cwd());
    this.#opts = {
      encoding: o.encoding,
      limits,
      fix: false,
      fixDryRun: o.fix ?? false,
      inlineConfig: o.allowInlineConfig ?? true,
      reportUnusedDisableDirectives: o.reportUnusedDisableDirectives === "error",
      locale: o.locale ?? override.locale,
      rule: [],
      config: typeof o.overrideConfigFile === "string" ? o.overrideConfigFile : undefined,
      configLookup: o.overrideConfigFile === true ? false : (o.configLookup ?? true),
      previous: o.previous,
      ...(override.rules !== undefined ? { overrideRules } : {}),
    };
    this.#ignore = o.ignore ?? true;
    this.#ignorePatterns = o.ignorePatterns ?? [];
    this.#cache = o.cache ?? false;
    this.#cacheLocation = o.cacheLocation;
    this.#errorOnUnmatchedPattern = o.errorOnUnmatchedPattern ?? true;
    this.#loader = createLoader(this.#opts, this.#cwd);
  }

  /**
   * Lint files, folders (recursively) and globs, as `reportlint PATTERNS` does. Throws NoFilesFoundError
   * when a pattern names no report, ConfigError for a broken config, PreviousError for a bad
   * `previous`; a file that cannot be read is a result with a fatal message, as in the CLI.
   */
  async lintFiles(patterns: string | string[]): Promise<ReportLintResult[]> {
    const list = typeof patterns === "string" ? [patterns] : patterns;
    if (!Array.isArray(list) || list.length === 0 || !list.every((p) => typeof p === "string" && p !== "")) {
      throw new TypeError("lintFiles: patterns must be a non-empty string or an array of non-empty strings");
    }
    const cwd = this.#cwd;
    const loader = this.#loader;
    const ignore = this.#ignore ? await IgnoreMatcher.create({ cwd, ignorePatterns: this.#ignorePatterns }) : null;
    const targets = await findTargets(list, { cwd, loader, ignore, locale: this.#opts.locale });
    const unmatched = targets.problems.filter((p) => p.unmatched);
    if (this.#errorOnUnmatchedPattern && unmatched.length > 0) {
      throw new NoFilesFoundError(unmatched.map((p) => ({ path: p.path, message: say(this.#opts.locale, p.message) })));
    }
    const previous = this.#previousFinder();
    await previous.check(targets.files.length);
    const cache = this.#cache ? await LintCache.load(await resolveCacheLocation(this.#cacheLocation, cwd), { version: VERSION, ruleIds: defaultRegistry.keys() }) : undefined;
    let locale: Locale | undefined;
    let first: ResolvedConfig | undefined;
    const onResolved = (r: ResolvedConfig) => {
      first ??= r;
      return (locale ??= r.locale);
    };
    const { results } = await lintTargets(targets, { opts: this.#opts, cwd, loader, cache, previous, env: process.env, onResolved });
    this.#runDocsBase = configuredDocsBase(first?.settings);
    if (cache) {
      // The results stand; only the next run is slower.
      await cache.save().catch((err: Error) => process.emitWarning(`reportlint: ${err.message}`));
    }
    this.#runLocale = locale ?? this.#opts.locale;
    const problems = targets.problems.map((p) => makeResult(p.path, [fatalMessage(say(this.#runLocale, p.message))]));
    return [...problems, ...results].map((r) => this.#toResult(r));
  }

  /**
   * Lint text as `reportlint --stdin --stdin-filename filePath` does: filePath (relative to cwd)
   * picks the configuration, the format (.md Markdown, .html a web page's source) and last year's
   * report; without it the text is plain text linted with the cwd's configuration. Word and PDF are
   * bytes: pass a Uint8Array. Nothing is ever written; ignore patterns do not apply (see isPathIgnored).
   */
  async lintText(code: string | Uint8Array, options: { filePath?: string } = {}): Promise<ReportLintResult[]> {
    if (options === null || typeof options !== "object") throw new TypeError("lintText: options must be an object such as { filePath }");
    if (typeof code !== "string" && !(code instanceof Uint8Array)) throw new TypeError("lintText: code must be a string (or a Uint8Array of a file's bytes)");
    if (options.filePath !== undefined && (typeof options.filePath !== "string" || options.filePath === "")) throw new TypeError("lintText: filePath must be a non-empty string");
    const filePath = options.filePath === undefined ? "<text>" : resolve(this.#cwd, options.filePath);
    const docFormat = documentFormatForPath(filePath);
    if (typeof code === "string" && (docFormat === "docx" || docFormat === "pdf")) {
      throw new TypeError(`lintText: a ${docFormat.toUpperCase()} file is bytes, not text: pass its bytes (a Uint8Array) or use lintFiles`);
    }
    const bytes = typeof code === "string" ? Buffer.from(code, "utf8") : Buffer.from(code.buffer, code.byteOffset, code.byteLength);
    const previous = this.#previousFinder();
    await previous.check(1);
    await loadFrontEnd(formatForPath(filePath));
    let locale: Locale | undefined;
    const result = await lintFile(filePath, bytes, this.#opts, this.#loader, {
      onResolved: (r) => {
        this.#runDocsBase = configuredDocsBase(r.settings);
        return (locale = r.locale);
      },
      configPath: options.filePath === undefined ? resolve(this.#cwd, "stdin.txt") : filePath,
      fromStdin: true,
      previous,
    });
    this.#runLocale = locale;
    return [this.#toResult(result)];
  }

  /** The configuration that applies to a file, as `--print-config FILE` prints it. Throws ConfigError. */
  async calculateConfigForFile(filePath: string): Promise<CalculatedConfig> {
    if (typeof filePath !== "string" || filePath === "") throw new TypeError("calculateConfigForFile: filePath must be a non-empty string");
    return this.#loader.printableConfig(resolve(this.#cwd, filePath));
  }

  /** Whether lintFiles would skip this file when it is found in a folder (node_modules, ignore files, ignorePatterns). */
  async isPathIgnored(filePath: string): Promise<boolean> {
    if (typeof filePath !== "string" || filePath === "") throw new TypeError("isPathIgnored: filePath must be a non-empty string");
    if (!this.#ignore) return false;
    const path = resolve(this.#cwd, filePath);
    const matcher = await IgnoreMatcher.create({ cwd: this.#cwd, ignorePatterns: this.#ignorePatterns });
    return matcher.ignores(path, await this.#loader.ignorePatternsFor(path));
  }

  /**
   * A formatter by name, as `-f NAME` finds it: a built-in one (stylish, json, compact, unix, sarif,
   * github, junit, checkstyle, gitlab, html, csv), a file (`./my-formatter.js`, relative to cwd) or a
   * reportlint-formatter-* package. `format(results, context?)` resolves to the CLI's output for
   * those results; the context defaults to this instance's cwd, no colour, and the last run's locale.
   */
  async loadFormatter(name = "stylish"): Promise<LoadedFormatter> {
    if (typeof name !== "string") throw new TypeError("loadFormatter: name must be a string");
    // Loaded when asked for: a program that only lints does not load the formatters (the html one alone is ~30 KB).
    const { loadFormatter } = await import("../formatters/load.js");
    const formatter = await loadFormatter(name, { cwd: this.#cwd });
    return {
      format: async (results, context = {}) => {
        const rulesMeta = await formatterRulesMeta(this.#loader, this.#runDocsBase);
        return formatter.format(results as LintResult[], { cwd: this.#cwd, color: false, locale: this.#runLocale ?? this.#opts.locale ?? "zh", rulesMeta, version: VERSION, ...context });
      },
    };
  }

  /**
   * Write the fixed text of each result that has `output`, as `--fix` does: atomically, in the
   * file's own encoding, byte-order mark and line ends, keeping its mode and owner. A file that
   * cannot be written (read-only, GB18030, an HTML/Word/PDF file, not an absolute path) is left as
   * it is; after writing the others, OutputFixesError names each and says why.
   */
  static async outputFixes(results: ReadonlyArray<Pick<ReportLintResult, "filePath" | "output">>): Promise<void> {
    if (!Array.isArray(results)) throw new TypeError("outputFixes: results must be an array");
    const failures: Array<{ filePath: string; message: string }> = [];
    for (const result of results) {
      if (typeof result?.output !== "string") continue;
      const { filePath } = result;
      try {
        if (typeof filePath !== "string" || !isAbsolute(filePath)) throw new Error("not an absolute file path");
        if (documentFormatForPath(filePath)) throw new Error("HTML, Word and PDF files are reported, never written");
        const decoded = decode(await readFile(filePath), forcedEncodingOf.get(result));
        await writeAtomically(filePath, encode(result.output, decoded));
      } catch (err) {
        failures.push({ filePath: String(filePath), message: err instanceof Error ? err.message : String(err) });
      }
    }
    if (failures.length > 0) throw new OutputFixesError(failures);
  }

  /** The results that have errors, with only their errors (warnings dropped and not counted), as ESLint's. */
  static getErrorResults(results: ReadonlyArray<ReportLintResult>): ReportLintResult[] {
    const out: ReportLintResult[] = [];
    for (const result of results) {
      const messages = result.messages.filter((m) => m.severity === 2);
      if (messages.length === 0) continue;
      const copy: ReportLintResult = { ...result, messages, errorCount: messages.length, warningCount: 0, fixableWarningCount: 0 };
      if (result.source !== undefined) Object.defineProperty(copy, "source", { value: result.source, enumerable: false });
      if (forcedEncodingOf.has(result)) forcedEncodingOf.set(copy, forcedEncodingOf.get(result));
      out.push(copy);
    }
    return out;
  }

  #previousFinder(): PreviousFinder {
    return new PreviousFinder({ cwd: this.#cwd, previous: this.#opts.previous, encoding: this.#opts.encoding, limits: this.#opts.limits });
  }

  #toResult(result: LintResult): ReportLintResult {
    const out = toJsonResult(result);
    if (result.source !== undefined) Object.defineProperty(out, "source", { value: result.source, enumerable: false });
    forcedEncodingOf.set(out, this.#opts.encoding);
    return out;
  }
}
