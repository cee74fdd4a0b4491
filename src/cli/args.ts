// The command line, defined once as data. Every run parses with yargs-parser (yargs's own parser,
// ~5 ms to load); the full yargs (~50 ms to load bundled) is imported only to print --help and
// --version. Parsing only: no linting, no file system.
import yargsParser from "yargs-parser";
import { parseLimits, type DocumentLimits } from "../documents/limits.js";

export interface CliOptions {
  patterns: string[];
  format: string;
  outputFile?: string;
  quiet: boolean;
  maxWarnings: number;
  rule: string[];
  config?: string;
  configLookup: boolean;
  printConfig?: string;
  printModel?: string;
  locale?: "zh" | "en";
  color?: boolean;
  stdin: boolean;
  stdinFilename?: string;
  ignorePattern: string[];
  ignore: boolean;
  init: boolean;
  encoding?: string;
  fix: boolean;
  fixDryRun: boolean;
  cache: boolean;
  cacheLocation?: string;
  /** false with --no-inline-config: ignore <!-- reportlint-disable … --> comments. */
  inlineConfig: boolean;
  reportUnusedDisableDirectives: boolean;
  /** --previous: last year's report (a file) or the folder of last year's reports. */
  previous?: string;
  /** --web: serve the page that lints reports in the browser (src/cli/web.ts). */
  web: boolean;
  /** false with --no-open: --web does not open the browser. */
  open: boolean;
  /** --port for --web (default: a free port). */
  port?: number;
  /** --limit name=value: limits on reading HTML, Word and PDF files (src/documents/limits.ts). */
  limits: DocumentLimits;
}

interface OptionSpec {
  type: "string" | "boolean" | "number";
  alias?: string;
  /** May be given several times (--rule a --rule b); each takes one value, as in ESLint. */
  repeatable?: boolean;
  default?: unknown;
  choices?: string[];
  describe: string;
}

export const OPTIONS: Record<string, OptionSpec> = {
  format: { type: "string", alias: "f", default: "stylish", describe: "输出格式 Output format: stylish, json, compact, unix, sarif, github, junit, checkstyle, gitlab; for reviewers html (a review page) and csv (a spreadsheet)" },
  "output-file": { type: "string", alias: "o", describe: "写入文件而非标准输出 Write the report to a file" },
  quiet: { type: "boolean", default: false, describe: "只报告错误 Report errors only" },
  "max-warnings": { type: "number", default: -1, describe: "警告数超过 N 时以 1 退出 Exit 1 when there are more than N warnings" },
  rule: { type: "string", repeatable: true, describe: "规则设置，如 'required-sections: warn' A rule setting" },
  config: { type: "string", alias: "c", describe: "使用此配置文件 Use this configuration file" },
  "config-lookup": { type: "boolean", default: true, describe: "查找配置文件（--no-config-lookup 关闭）Look up config files" },
  "print-config": { type: "string", describe: "打印对该文件生效的配置 Print the configuration for a file" },
  "print-model": { type: "string", describe: "打印对报告的理解（结构、表格）Print how the report was understood" },
  locale: { type: "string", choices: ["zh", "en"], describe: "消息语言 Message language" },
  color: { type: "boolean", describe: "彩色输出（--no-color 关闭）Colour output" },
  stdin: { type: "boolean", default: false, describe: "从标准输入读取 Lint text from standard input" },
  "stdin-filename": { type: "string", describe: "标准输入对应的文件名 File name for standard input" },
  "ignore-pattern": { type: "string", repeatable: true, describe: "忽略匹配的文件 Ignore files matching this glob" },
  ignore: { type: "boolean", default: true, describe: "使用忽略规则（--no-ignore 关闭）Use ignore files and patterns" },
  encoding: { type: "string", describe: "强制文件编码，如 gb18030 Force the files' encoding" },
  fix: { type: "boolean", default: false, describe: "自动修复并写回文件 Fix problems and write the files" },
  "fix-dry-run": { type: "boolean", default: false, describe: "计算修复但不写文件（配合 -f json 查看）Fix without writing (see output with -f json)" },
  cache: { type: "boolean", default: false, describe: "只检查有变化的文件（缓存结果）Only lint files that changed (cache the results)" },
  "cache-location": { type: "string", describe: "缓存文件或文件夹（默认 .reportlintcache）Cache file or folder (default .reportlintcache)" },
  init: { type: "boolean", default: false, describe: "在当前目录写入配置文件 Write a starter .reportlintrc.json" },
  // Handled in main.ts before parsing; listed here so --help shows it and parsing accepts it.
  lsp: { type: "boolean", default: false, describe: "作为语言服务器运行（LSP，标准输入输出）Run as a language server over stdio" },
  "inline-config": { type: "boolean", default: true, describe: "遵从报告中的 reportlint-disable 注释（--no-inline-config 关闭）Obey reportlint-disable comments" },
  "report-unused-disable-directives": { type: "boolean", default: false, describe: "把未使用的 reportlint-disable 注释报告为错误 Report unused disable directives as errors" },
  web: { type: "boolean", default: false, describe: "在浏览器中检查报告（本机网页，报告不上传）Open a local page that checks reports in the browser (nothing is uploaded)" },
  open: { type: "boolean", default: true, describe: "配合 --web：打开浏览器（--no-open 关闭）With --web: open the default browser" },
  port: { type: "number", describe: "配合 --web：端口（默认任一空闲端口）With --web: the port (default: a free one)" },
  limit: {
    type: "string",
    repeatable: true,
    describe:
      "读取 HTML/Word/PDF 的上限，如 bytes=200MB、inflated=1GB、text=20000000、pages=5000、seconds=120、memory=2048 A limit on reading HTML, Word and PDF files (docs/formats.md)",
  },
  previous: {
    type: "string",
    describe: "上年报告（跨年度检查；检查多份报告时给出上年报告所在文件夹，按机关名称对应）Last year's report, for the cross-year checks (a folder: matched by organisation)",
  },
};

export const USAGE = `reportlint [文件|文件夹|通配符 …]

检查政府信息公开工作年度报告（.txt、.md、.html、.docx、.pdf）。
Lint 政府信息公开工作年度报告 (annual government information disclosure reports).`;

export class UsageError extends Error {}

/** --help / --version text, from yargs (loaded only here). */
async function yargsOutput(argv: string[], version: string): Promise<string> {
  const { default: yargs } = await import("yargs");
  let output = "";
  const parser = yargs(argv).scriptName("reportlint").usage(USAGE).version(version).alias("version", "v").help().alias("help", "h");
  for (const [name, { repeatable, ...spec }] of Object.entries(OPTIONS)) parser.option(name, { ...spec, array: repeatable });
  await parser
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(false)
    .parse(argv, {}, (_err, _argv, out) => {
      output = out;
    });
  return output;
}

const KNOWN = new Set<string>(["help", "h", "version", "v", "_", "--"]);
for (const [name, spec] of Object.entries(OPTIONS)) {
  KNOWN.add(name);
  if (spec.alias) KNOWN.add(spec.alias);
}

/** Every option's default value, by option name. */
function defaults(): Record<string, unknown> {
  return Object.fromEntries(Object.entries(OPTIONS).filter(([, s]) => s.default !== undefined).map(([n, s]) => [n, s.default]));
}

/** Parse argv (without node and script). Throws UsageError for unknown options or bad values. */
export async function parseArgs(argv: string[], version: string): Promise<CliOptions | { exit: number; output: string }> {
  if (argv.some((a) => a === "--help" || a === "-h" || a === "--version" || a === "-v")) {
    return { exit: 0, output: await yargsOutput(argv, version) };
  }
  const spec = Object.entries(OPTIONS);
  // `reportlint <files…>`, the common case, needs no parser (a few milliseconds of a cold run).
  const parsed = argv.every((a) => !a.startsWith("-")) ? { _: [...argv], ...defaults() } : yargsParser(argv, {
    string: spec.filter(([, s]) => s.type === "string").map(([n]) => n),
    boolean: spec.filter(([, s]) => s.type === "boolean").map(([n]) => n),
    number: spec.filter(([, s]) => s.type === "number").map(([n]) => n),
    alias: Object.fromEntries(spec.filter(([, s]) => s.alias).map(([n, s]) => [n, [s.alias!]])),
    default: defaults(),
    // File names stay strings: yargs-parser would turn `010` into the number 10.
    configuration: { "camel-case-expansion": false, "strip-aliased": true, "boolean-negation": true, "duplicate-arguments-array": true, "parse-positional-numbers": false },
  });
  const unknown = Object.keys(parsed).filter((k) => !KNOWN.has(k));
  if (unknown.length) throw new UsageError(`unknown option${unknown.length > 1 ? "s" : ""}: ${unknown.map((u) => (u.length === 1 ? `-${u}` : `--${u}`)).join(", ")}`);
  for (const [name, s] of spec) {
    // Repeatable options collect every value; any other option given twice keeps the last.
    if (s.repeatable) parsed[name] = parsed[name] === undefined ? [] : ([] as unknown[]).concat(parsed[name]);
    else if (Array.isArray(parsed[name])) parsed[name] = parsed[name][parsed[name].length - 1];
    const value = parsed[name];
    if (s.type === "string" && !s.repeatable && value !== undefined && (typeof value !== "string" || value === "")) {
      throw new UsageError(`--${name} needs a value`);
    }
    if (s.type === "number" && value !== undefined && !Number.isFinite(value)) throw new UsageError(`--${name} needs a number`);
    if (s.choices && value !== undefined && !s.choices.includes(value)) throw new UsageError(`--${name} must be one of ${s.choices.join(", ")} (got "${value}")`);
  }
  let limits: DocumentLimits;
  try {
    limits = parseLimits(parsed.limit as string[]);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  return {
    limits,
    patterns: parsed._.map(String),
    format: parsed.format,
    outputFile: parsed["output-file"],
    quiet: parsed.quiet,
    maxWarnings: parsed["max-warnings"],
    rule: parsed.rule,
    config: parsed.config,
    configLookup: parsed["config-lookup"],
    printConfig: parsed["print-config"],
    printModel: parsed["print-model"],
    locale: parsed.locale,
    color: parsed.color,
    stdin: parsed.stdin,
    stdinFilename: parsed["stdin-filename"],
    ignorePattern: parsed["ignore-pattern"],
    ignore: parsed.ignore,
    init: parsed.init,
    encoding: parsed.encoding,
    fix: parsed.fix,
    fixDryRun: parsed["fix-dry-run"],
    cache: parsed.cache,
    cacheLocation: parsed["cache-location"],
    inlineConfig: parsed["inline-config"],
    reportUnusedDisableDirectives: parsed["report-unused-disable-directives"],
    previous: parsed.previous,
    web: parsed.web,
    open: parsed.open,
    port: parsed.port,
  };
}
