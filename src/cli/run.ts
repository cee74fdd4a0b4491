// The CLI shell around the pure core: read files, find their config, lint, format, exit code.
// Exit codes as ESLint: 0 clean (warnings within --max-warnings), 1 lint errors or too many
// warnings, 2 fatal (bad config, unreadable file, internal error). A fatal problem in one file is
// reported and the other files are still linted.
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname, resolve, relative, isAbsolute } from "node:path";
import { localeInArgv, parseArgs, type CliOptions } from "./args.js";
import { findTargets, lintTargets } from "./lint-patterns.js";
import { createProgress } from "./progress.js";
import { decode } from "../decode/index.js";
import { defaultRegistry, buildModel } from "../core/linter.js";
import { formatForPath, loadFrontEnd } from "../frontends/index.js";
import { documentFormatForPath, type RenderedDocument } from "../documents/index.js";
import { renderIsolated } from "../documents/isolated.js";
import { SourceCode } from "../core/source-code.js";
import type { LintResult, Locale, ResolvedConfig } from "../core/types.js";
import { ConfigError } from "../config/errors.js";
import type { ConfigLoader } from "../config/load.js";
import { IgnoreMatcher } from "../config/ignore.js";
import { writeStarterConfig } from "../config/init.js";
import { loadFormatter, FormatterError, type LoadedFormatter } from "../formatters/load.js";
import { printModel, modelToJson } from "../model/print.js";
import { LintCache, resolveCacheLocation } from "./cache.js";
import { createLoader, fatalMessage, lintFile, makeResult } from "./lint-file.js";
import { PreviousFinder, PreviousError } from "./previous.js";
import { VERSION } from "../version.js";
import { errorText, say } from "../core/bilingual.js";
import { configuredDocsBase, formatterRulesMeta } from "./docs-links.js";

export { makeResult } from "./lint-file.js";

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<Buffer>;
  cwd: string;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  /** For the progress line (shown only on a terminal). */
  stderrIsTTY?: boolean;
  stderrColumns?: number;
  /** Told how many files this run linted in this thread (bin/reportlint.js keeps compiled code of such runs). */
  linted?: (files: number) => void;
}

export { VERSION };

function describeError(err: unknown, locale: Locale | undefined): string {
  if (err instanceof ConfigError) {
    const detail = errorText(err, locale);
    if (err.filePath) return say(locale, { zh: `配置错误（${err.filePath}）：\n  ${detail}`, en: `Configuration error in ${err.filePath}:\n  ${detail}` });
    return say(locale, { zh: `配置错误：${detail}`, en: `Configuration error: ${detail}` });
  }
  return errorText(err, locale);
}

const USAGE_HINT = { zh: "reportlint --help 查看用法", en: "reportlint --help for usage" };

/** Run the CLI; returns the exit code. Never throws. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  try {
    return await run(argv, io);
  } catch (err) {
    const locale = localeInArgv(argv);
    if (err instanceof ConfigError) {
      io.stderr(`reportlint: ${describeError(err, locale)}\n`);
      return 2;
    }
    io.stderr(`reportlint: ${describeError(err, locale)}\n`);
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
    const locale = localeInArgv(argv);
    io.stderr(`reportlint: ${errorText(err, locale)}\n${say(locale, USAGE_HINT)}\n`);
    return 2;
  }
  const cwd = io.cwd;

  if (opts.init) {
    const written = await writeStarterConfig(cwd);
    const shown = relative(cwd, written.path) || written.path;
    if ("existing" in written) {
      // Not a configuration error: the config there is fine, --init just will not overwrite it.
      io.stderr(`reportlint: ${say(opts.locale, { zh: `此文件夹已有配置文件 ${shown}，未覆盖（请直接编辑它，或删除后再运行 --init）`, en: `${shown} already configures reportlint here; not overwriting it (edit it, or delete it and run --init again)` })}\n`);
      return 2;
    }
    io.stdout(`${say(opts.locale, { zh: "已写入", en: "Wrote" })} ${shown}\n`);
    return 0;
  }

  let formatter: LoadedFormatter;
  try {
    formatter = await loadFormatter(opts.format, { cwd });
  } catch (err) {
    if (!(err instanceof FormatterError)) throw err;
    io.stderr(`reportlint: ${errorText(err, opts.locale)}\n`);
    return 2;
  }
  const loader = createLoader(opts, cwd);

  if (opts.printConfig) {
    const config = await loader.printableConfig(resolve(cwd, opts.printConfig));
    io.stdout(JSON.stringify(config, null, 2) + "\n");
    return 0;
  }

  if (opts.printModel) {
    return printModelCommand(opts, loader, io);
  }

  if (!opts.stdin && opts.patterns.length === 0) {
    io.stderr(`reportlint: ${say(opts.locale, { zh: "请给出要检查的文件或文件夹（reportlint --help 查看用法）", en: "name the files or folders to lint (reportlint --help)" })}\n`);
    return 2;
  }

  const results: LintResult[] = [];
  let locale: Locale | undefined = opts.locale;
  // The run's locale and rule-page links come from the first file's configuration.
  let docsBase: string | undefined;
  let sawConfig = false;
  const localeOf = (resolved: ResolvedConfig) => {
    if (!sawConfig) docsBase = configuredDocsBase(resolved.settings);
    sawConfig = true;
    return (locale ??= opts.locale ?? resolved.locale);
  };
  // --cache: files only (standard input has no file to key it by).
  const previous = new PreviousFinder({ cwd, previous: opts.previous, encoding: opts.encoding, limits: opts.limits });
  const cache = opts.cache && !opts.stdin ? await LintCache.load(await resolveCacheLocation(opts.cacheLocation, cwd), { version: VERSION, ruleIds: defaultRegistry.keys() }) : undefined;

  if (opts.stdin) {
    const filePath = opts.stdinFilename ? resolve(cwd, opts.stdinFilename) : "<stdin>";
    // --fix on standard input prints the fixed text, which for an HTML, Word or PDF file would be
    // its plain-text rendering, not the file: refuse before anything is written.
    if (opts.fix && documentFormatForPath(filePath)) {
      io.stderr(`reportlint: ${say(opts.locale, { zh: "--fix 不能用于 HTML、Word、PDF 文件（它们只检查、不修改）", en: "--fix cannot be used with HTML, Word or PDF input: these files are reported, never rewritten" })}\n`);
      return 2;
    }
    const bytes = await io.readStdin();
    await loadFrontEnd(formatForPath(filePath));
    if (!(await checkPrevious(previous, 1, io, opts.locale))) return 2;
    results.push(await lintFile(filePath, bytes, opts, loader, { onResolved: localeOf, configPath: opts.stdinFilename ? filePath : resolve(cwd, "stdin.txt"), fromStdin: true, previous }));
    io.linted?.(1);
  } else {
    const ignore = opts.ignore ? await IgnoreMatcher.create({ cwd, ignorePatterns: opts.ignorePattern }) : null;
    const targets = await findTargets(opts.patterns, { cwd, loader, ignore, locale: opts.locale });
    for (const p of targets.problems) results.push(makeResult(p.path, [fatalMessage(say(opts.locale, p.message))]));
    if (!(await checkPrevious(previous, targets.files.length, io, opts.locale))) return 2;
    const progress = createProgress({ total: targets.files.length, stream: { write: io.stderr, isTTY: io.stderrIsTTY, columns: io.stderrColumns }, env: io.env, locale: opts.locale });
    try {
      const { results: linted, lintedHere } = await lintTargets(targets, { opts, cwd, loader, cache, previous, env: io.env, onResolved: localeOf, progress });
      if (lintedHere > 0) io.linted?.(lintedHere);
      results.push(...linted);
    } finally {
      // Cleared before any output or error message.
      progress.done();
    }
  }
  if (cache) {
    try {
      await cache.save();
    } catch (err) {
      // The results stand; only the next run is slower.
      io.stderr(`reportlint: ${errorText(err, locale ?? opts.locale)}\n`);
    }
  }

  const shown = opts.quiet ? results.map((r) => ({ ...makeResult(r.filePath, r.messages.filter((m) => m.severity === 2), r.source), report: r.report })) : results;
  const errorCount = results.reduce((n, r) => n + r.errorCount, 0);
  const warningCount = results.reduce((n, r) => n + r.warningCount, 0);
  const fatal = results.some((r) => r.fatalErrorCount > 0);
  const tooManyWarnings = opts.maxWarnings >= 0 && warningCount > opts.maxWarnings;

  // Plugin rules' meta (their docs links) too; files linted in workers had their configs loaded there.
  if (results.some((r) => r.messages.some((m) => m.ruleId?.includes("/")))) {
    for (const r of results) await loader.loadedConfigFor(r.filePath).catch(() => undefined);
  }
  const rulesMeta = await formatterRulesMeta(loader, docsBase);
  const color = opts.outputFile ? false : (opts.color ?? (io.stdoutIsTTY && !("NO_COLOR" in io.env && io.env.NO_COLOR !== "")));
  let output: string;
  try {
    output = await formatter.format(shown, {
      cwd,
      color,
      locale: locale ?? opts.locale ?? "zh",
      rulesMeta,
      version: VERSION,
      maxWarningsExceeded: tooManyWarnings ? { maxWarnings: opts.maxWarnings, foundWarnings: warningCount } : undefined,
    });
  } catch (err) {
    if (!(err instanceof FormatterError)) throw err;
    io.stderr(`reportlint: ${errorText(err, opts.locale)}\n`);
    return 2;
  }
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

/** --previous must name a readable report (one report linted) or a folder; false after telling the user why not. */
async function checkPrevious(previous: PreviousFinder, reportCount: number, io: CliIO, locale: Locale | undefined): Promise<boolean> {
  try {
    await previous.check(reportCount);
    return true;
  } catch (err) {
    if (!(err instanceof PreviousError)) throw err;
    io.stderr(`reportlint: ${errorText(err, locale)}\n`);
    return false;
  }
}

async function printModelCommand(opts: CliOptions, loader: ConfigLoader, io: CliIO): Promise<number> {
  const filePath = resolve(io.cwd, opts.printModel!);
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (err) {
    io.stderr(`reportlint: ${say(opts.locale, { zh: `无法读取文件 ${filePath}：${(err as Error).message}`, en: `cannot read ${filePath}: ${(err as Error).message}` })}\n`);
    return 2;
  }
  const docFormat = documentFormatForPath(filePath);
  let text: string;
  let rendered: RenderedDocument | undefined;
  try {
    if (docFormat) text = (rendered = await renderIsolated(docFormat, bytes, { encoding: opts.encoding, limits: opts.limits })).text;
    else text = decode(bytes, opts.encoding).text;
  } catch (err) {
    io.stderr(`reportlint: ${filePath}: ${errorText(err, opts.locale)}\n`);
    return 2;
  }
  const { resolved } = await loader.forFile(filePath);
  const locale = opts.locale ?? resolved.locale;
  if (!docFormat) await loadFrontEnd(formatForPath(filePath));
  const model = buildModel(text, { filePath, format: docFormat ? "text" : undefined, settings: resolved.settings });
  const source = new SourceCode(text);
  if (opts.format === "json") {
    const json = modelToJson(model, source) as Record<string, unknown>;
    if (rendered) json.rendering = { format: rendered.format, text: rendered.text, notes: rendered.notes ?? [] };
    io.stdout(JSON.stringify(json, null, 2) + "\n");
    return 0;
  }
  // DOCX and PDF positions refer to this rendering, so show it first, with line numbers.
  if (rendered && !rendered.original) io.stdout(printRendering(rendered, source, locale));
  io.stdout(printModel(model, source, { locale }));
  return 0;
}

function printRendering(doc: RenderedDocument, source: SourceCode, locale: Locale): string {
  const out = [locale === "en" ? `Plain-text rendering of the ${doc.format.toUpperCase()} file (line:column of messages refer to it):` : `${doc.format.toUpperCase()} 文件的纯文本呈现（问题的行:列指此文本）：`];
  const width = String(source.lineCount).length;
  for (let line = 1; line <= source.lineCount; line++) {
    const text = source.text.slice(source.lineStarts[line - 1], source.lineEndAt(line));
    const place = doc.placeAt?.(source.lineStarts[line - 1]);
    const where = place ? `  [${locale === "en" ? place.en : place.zh}]` : "";
    out.push(`${String(line).padStart(width)} │ ${text.replace(/\t/g, " → ")}${where}`);
  }
  for (const note of doc.notes ?? []) out.push(`  * ${note}`);
  return out.join("\n") + "\n\n";
}

export function displayPath(filePath: string, cwd: string): string {
  if (!isAbsolute(filePath)) return filePath;
  const rel = relative(cwd, filePath);
  return rel && !rel.startsWith("..") ? rel : filePath;
}
