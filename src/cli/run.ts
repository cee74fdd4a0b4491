// The CLI shell around the pure core: read files, find their config, lint, format, exit code.
// Exit codes as ESLint: 0 clean (warnings within --max-warnings), 1 lint errors or too many
// warnings, 2 fatal (bad config, unreadable file, internal error). A fatal problem in one file is
// reported and the other files are still linted.
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname, resolve, relative, isAbsolute } from "node:path";
import { parseArgs, type CliOptions } from "./args.js";
import { expandPaths } from "./files.js";
import { decode, DecodeError, type Decoded } from "../decode/index.js";
import { fixUntilStable } from "../core/fixer.js";
import { encode, writeAtomically, UnwritableEncodingError } from "./write.js";
import { lintText, defaultRegistry, buildModel } from "../core/linter.js";
import { formatForPath, loadFrontEnd } from "../frontends/index.js";
import { SourceCode } from "../core/source-code.js";
import type { LintMessage, LintResult, Locale, ResolvedConfig, RuleMeta } from "../core/types.js";
import { ConfigError } from "../config/errors.js";
import { ConfigLoader, parseCliRule } from "../config/load.js";
import { IgnoreMatcher } from "../config/ignore.js";
import { writeStarterConfig } from "../config/init.js";
import { getFormatter, FORMATTER_NAMES } from "../formatters/index.js";
import { printModel, modelToJson } from "../model/print.js";
import { LintCache, hashConfig, hashContent, resolveCacheLocation } from "./cache.js";

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<Buffer>;
  cwd: string;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
}

export const VERSION = "0.1.0";

function fatalMessage(message: string): LintMessage {
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

function describeError(err: unknown): string {
  if (err instanceof ConfigError) return err.filePath ? `配置错误 Configuration error in ${err.filePath}:\n  ${err.message}` : `配置错误 Configuration error: ${err.message}`;
  return err instanceof Error ? err.message : String(err);
}

/** Run the CLI; returns the exit code. Never throws. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  try {
    return await run(argv, io);
  } catch (err) {
    if (err instanceof ConfigError) {
      io.stderr(`reportlint: ${describeError(err)}\n`);
      return 2;
    }
    const detail = err instanceof Error ? err.message : String(err);
    io.stderr(`reportlint: ${detail}\n`);
    if (io.env.REPORTLINT_DEBUG && err instanceof Error && err.stack) io.stderr(err.stack + "\n");
    return 2;
  }
}

async function run(argv: string[], io: CliIO): Promise<number> {
  let opts: CliOptions;
  try {
    const parsed = await parseArgs(argv, VERSION);
    if ("exit" in parsed) {
      io.stdout(parsed.output + "\n");
      return parsed.exit;
    }
    opts = parsed;
  } catch (err) {
    io.stderr(`reportlint: ${err instanceof Error ? err.message : String(err)}\nreportlint --help 查看用法 / for usage\n`);
    return 2;
  }
  const cwd = io.cwd;

  if (opts.init) {
    const { path } = await writeStarterConfig(cwd);
    io.stdout(`已写入 Wrote ${relative(cwd, path) || path}\n`);
    return 0;
  }

  const formatter = getFormatter(opts.format);
  if (!formatter) {
    io.stderr(`reportlint: unknown format "${opts.format}" (known: ${FORMATTER_NAMES.join(", ")})\n`);
    return 2;
  }
  const cliRules: Record<string, unknown> = {};
  for (const r of opts.rule) Object.assign(cliRules, parseCliRule(r));
  const loader = new ConfigLoader({ cwd, configFile: opts.config && resolve(cwd, opts.config), useConfigLookup: opts.configLookup, cliRules, registry: defaultRegistry });

  if (opts.printConfig) {
    const config = await loader.printableConfig(resolve(cwd, opts.printConfig));
    io.stdout(JSON.stringify(config, null, 2) + "\n");
    return 0;
  }

  if (opts.printModel) {
    return printModelCommand(opts, loader, io);
  }

  if (!opts.stdin && opts.patterns.length === 0) {
    io.stderr("reportlint: 请给出要检查的文件或文件夹 / name the files or folders to lint (reportlint --help)\n");
    return 2;
  }

  const results: LintResult[] = [];
  let locale: Locale | undefined = opts.locale;
  const localeOf = (resolved: ResolvedConfig) => (locale ??= opts.locale ?? resolved.locale);
  // --cache: files only (standard input has no file to key it by).
  const cache = opts.cache && !opts.stdin ? await LintCache.load(await resolveCacheLocation(opts.cacheLocation, cwd), { version: VERSION, ruleIds: defaultRegistry.keys() }) : undefined;

  if (opts.stdin) {
    const filePath = opts.stdinFilename ? resolve(cwd, opts.stdinFilename) : "<stdin>";
    const bytes = await io.readStdin();
    await loadFrontEnd(formatForPath(filePath));
    results.push(await lintOne(filePath, bytes, opts, loader, localeOf, opts.stdinFilename ? filePath : resolve(cwd, "stdin.txt"), true));
  } else {
    const ignore = opts.ignore ? await IgnoreMatcher.create({ cwd, ignorePatterns: opts.ignorePattern }) : null;
    const { files, problems } = await expandPaths(opts.patterns, cwd);
    for (const p of problems) results.push(makeResult(p.path, [fatalMessage(p.message)]));
    for (const format of new Set(files.map((f) => formatForPath(f.path)))) await loadFrontEnd(format);
    for (const file of files) {
      const ignored = ignore ? ignore.ignores(file.path, await loader.ignorePatternsFor(file.path)) : false;
      if (ignored && !file.explicit) continue;
      if (ignored) {
        results.push(makeResult(file.path, [{ ...fatalMessage("文件被忽略规则忽略 File ignored because of a matching ignore pattern (use --no-ignore to lint it)"), severity: 1, fatal: false }]));
        continue;
      }
      let bytes: Buffer;
      try {
        bytes = await readFile(file.path);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        results.push(makeResult(file.path, [fatalMessage(code === "EACCES" ? "无法读取文件 cannot read the file: permission denied" : code === "EISDIR" ? "is a folder" : `无法读取文件 cannot read the file: ${(err as Error).message}`)]));
        continue;
      }
      results.push(await lintOne(file.path, bytes, opts, loader, localeOf, file.path, false, cache));
    }
  }
  if (cache) {
    try {
      await cache.save();
    } catch (err) {
      // The results stand; only the next run is slower.
      io.stderr(`reportlint: ${(err as Error).message}\n`);
    }
  }

  const shown = opts.quiet ? results.map((r) => makeResult(r.filePath, r.messages.filter((m) => m.severity === 2), r.source)) : results;
  const errorCount = results.reduce((n, r) => n + r.errorCount, 0);
  const warningCount = results.reduce((n, r) => n + r.warningCount, 0);
  const fatal = results.some((r) => r.fatalErrorCount > 0);
  const tooManyWarnings = opts.maxWarnings >= 0 && warningCount > opts.maxWarnings;

  const rulesMeta: Record<string, RuleMeta> = {};
  for (const [id, rule] of defaultRegistry) rulesMeta[id] = rule.meta;
  const color = opts.outputFile ? false : (opts.color ?? (io.stdoutIsTTY && !("NO_COLOR" in io.env && io.env.NO_COLOR !== "")));
  const output = formatter(
    shown.map((r) => ({ ...r, filePath: r.filePath })),
    {
      cwd,
      color,
      locale: locale ?? opts.locale ?? "zh",
      rulesMeta,
      version: VERSION,
      maxWarningsExceeded: tooManyWarnings ? { maxWarnings: opts.maxWarnings, foundWarnings: warningCount } : undefined,
    },
  );
  // --fix on standard input: the fixed text is the output; the remaining problems go to stderr.
  if (opts.stdin && opts.fix) {
    const r = results[0];
    io.stdout(r.output ?? r.source ?? "");
    if (output) io.stderr(output.endsWith("\n") ? output : output + "\n");
  } else if (opts.outputFile) {
    const target = resolve(cwd, opts.outputFile);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, output);
  } else if (output) {
    io.stdout(output.endsWith("\n") ? output : output + "\n");
  }
  if (fatal) return 2;
  if (errorCount > 0 || tooManyWarnings) return 1;
  return 0;
}

async function lintOne(
  filePath: string,
  bytes: Buffer,
  opts: CliOptions,
  loader: ConfigLoader,
  localeOf: (r: ResolvedConfig) => Locale,
  configPath: string,
  fromStdin = false,
  cache?: LintCache,
): Promise<LintResult> {
  let text: string;
  let decoded: Decoded;
  try {
    decoded = decode(bytes, opts.encoding);
    text = decoded.text;
  } catch (err) {
    if (err instanceof DecodeError) return makeResult(filePath, [fatalMessage(`无法读取文件 cannot read the file: ${err.message}`)]);
    throw err;
  }
  let resolved: ResolvedConfig;
  try {
    ({ resolved } = await loader.forFile(configPath));
  } catch (err) {
    if (err instanceof ConfigError) throw err; // a broken config is fatal for the whole run
    throw err;
  }
  if (opts.locale) resolved = { ...resolved, locale: opts.locale };
  localeOf(resolved);
  const lintOptions = { filePath, resolved, allowInlineConfig: opts.inlineConfig, reportUnusedDisableDirectives: opts.reportUnusedDisableDirectives ? ("error" as const) : ("off" as const) };
  // --cache: the key is the bytes and everything that shapes the messages (config, encoding, lint flags).
  const { filePath: _f, resolved: _r, ...lintFlags } = lintOptions;
  const key = cache && { content: hashContent(bytes), config: hashConfig(resolved, { encoding: opts.encoding, ...lintFlags }) };
  if (cache && key) {
    const hit = cache.get(filePath, key.content, key.config);
    // With --fix or --fix-dry-run a hit serves only when it has nothing to fix.
    if (hit && !((opts.fix || opts.fixDryRun) && hit.some((m) => m.fix))) return makeResult(filePath, hit, text);
  }
  // Stores the messages of a file left as it is; a fixed or fatal result drops the entry.
  const remember = (result: LintResult): LintResult => {
    if (cache && key) cache.set(filePath, key.content, key.config, result);
    return result;
  };
  try {
    if (!opts.fix && !opts.fixDryRun) return remember(makeResult(filePath, lintText(text, lintOptions), text));
    const fixed = fixUntilStable(text, (t) => lintText(t, lintOptions));
    const result = makeResult(filePath, fixed.messages, fixed.output);
    if (fixed.output === text) return remember(result);
    result.output = fixed.output;
    if (opts.fix && !fromStdin) {
      try {
        await writeAtomically(filePath, encode(fixed.output, decoded));
      } catch (err) {
        const why = err instanceof UnwritableEncodingError ? err.message : `cannot write the fixed file: ${(err as Error).message}`;
        // The file is untouched: report the problems of the original text and why it was not fixed.
        return makeResult(filePath, [fatalMessage(`未写入修复 not fixed: ${why}`), ...lintText(text, lintOptions)], text);
      }
    }
    return remember(result);
  } catch (err) {
    return makeResult(filePath, [fatalMessage(`内部错误 internal error: ${err instanceof Error ? err.message : String(err)}`)], text);
  }
}

async function printModelCommand(opts: CliOptions, loader: ConfigLoader, io: CliIO): Promise<number> {
  const filePath = resolve(io.cwd, opts.printModel!);
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (err) {
    io.stderr(`reportlint: 无法读取文件 cannot read ${filePath}: ${(err as Error).message}\n`);
    return 2;
  }
  let text: string;
  try {
    text = decode(bytes, opts.encoding).text;
  } catch (err) {
    io.stderr(`reportlint: ${filePath}: ${(err as Error).message}\n`);
    return 2;
  }
  const { resolved } = await loader.forFile(filePath);
  await loadFrontEnd(formatForPath(filePath));
  const model = buildModel(text, { filePath, settings: resolved.settings });
  const source = new SourceCode(text);
  if (opts.format === "json") io.stdout(JSON.stringify(modelToJson(model, source), null, 2) + "\n");
  else io.stdout(printModel(model, source, { locale: opts.locale ?? resolved.locale }));
  return 0;
}

export function displayPath(filePath: string, cwd: string): string {
  if (!isAbsolute(filePath)) return filePath;
  const rel = relative(cwd, filePath);
  return rel && !rel.startsWith("..") ? rel : filePath;
}
