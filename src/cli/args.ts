// The command line, defined once as data. Every run parses with yargs-parser (yargs's own parser,
// ~5 ms to load); the full yargs (~50 ms to load bundled) is imported only to print --help and
// --version. Parsing only: no linting, no file system.
import yargsParser from "yargs-parser";
import { parseLimits, type DocumentLimits } from "../documents/limits.js";
import { BilingualError, errorText, say, type Bilingual } from "../core/bilingual.js";

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
  /** For --help, in the locale asked for (Chinese by default). */
  describe: Bilingual;
}

export const OPTIONS: Record<string, OptionSpec> = {
  format: { type: "string", alias: "f", default: "stylish", describe: { zh: "输出格式：stylish、json、compact、unix、sarif、github、junit、checkstyle、gitlab；供审查用 html（审查页面）和 csv（表格）；或自定义格式：./my-formatter.js，或 x → 软件包 reportlint-formatter-x（docs/plugins.md）", en: "Output format: stylish, json, compact, unix, sarif, github, junit, checkstyle, gitlab; for reviewers html (a review page) and csv (a spreadsheet); or your own: ./my-formatter.js, or x → the package reportlint-formatter-x (docs/plugins.md)" } },
  "output-file": { type: "string", alias: "o", describe: { zh: "写入文件而非标准输出", en: "Write the report to a file" } },
  quiet: { type: "boolean", default: false, describe: { zh: "只报告错误", en: "Report errors only" } },
  "max-warnings": { type: "number", default: -1, describe: { zh: "警告数超过 N 时以 1 退出", en: "Exit 1 when there are more than N warnings" } },
  rule: { type: "string", repeatable: true, describe: { zh: "规则设置，如 'required-sections: warn'", en: "A rule setting, e.g. 'required-sections: warn'" } },
  config: { type: "string", alias: "c", describe: { zh: "使用此配置文件", en: "Use this configuration file" } },
  "config-lookup": { type: "boolean", default: true, describe: { zh: "查找配置文件（--no-config-lookup 关闭）", en: "Look up config files (--no-config-lookup: off)" } },
  "print-config": { type: "string", describe: { zh: "打印对该文件生效的配置", en: "Print the configuration for a file" } },
  "print-model": { type: "string", describe: { zh: "打印对报告的理解（结构、表格）", en: "Print how the report was understood" } },
  locale: { type: "string", choices: ["zh", "en"], describe: { zh: "消息语言", en: "Message language" } },
  color: { type: "boolean", describe: { zh: "彩色输出（--no-color 关闭）", en: "Colour output (--no-color: off)" } },
  stdin: { type: "boolean", default: false, describe: { zh: "从标准输入读取", en: "Lint text from standard input" } },
  "stdin-filename": { type: "string", describe: { zh: "标准输入对应的文件名", en: "File name for standard input" } },
  "ignore-pattern": { type: "string", repeatable: true, describe: { zh: "忽略匹配的文件", en: "Ignore files matching this glob" } },
  ignore: { type: "boolean", default: true, describe: { zh: "使用忽略规则（--no-ignore 关闭）", en: "Use ignore files and patterns (--no-ignore: off)" } },
  encoding: { type: "string", describe: { zh: "强制文件编码，如 gb18030", en: "Force the files' encoding, e.g. gb18030" } },
  fix: { type: "boolean", default: false, describe: { zh: "自动修复并写回文件", en: "Fix problems and write the files" } },
  "fix-dry-run": { type: "boolean", default: false, describe: { zh: "计算修复但不写文件（配合 -f json 查看）", en: "Fix without writing (see output with -f json)" } },
  cache: { type: "boolean", default: false, describe: { zh: "只检查有变化的文件（缓存结果）", en: "Only lint files that changed (cache the results)" } },
  "cache-location": { type: "string", describe: { zh: "缓存文件或文件夹（默认 .reportlintcache）", en: "Cache file or folder (default .reportlintcache)" } },
  init: { type: "boolean", default: false, describe: { zh: "在当前目录写入配置文件 .reportlintrc.json", en: "Write a starter .reportlintrc.json" } },
  // Handled in main.ts before parsing; listed here so --help shows it and parsing accepts it.
  lsp: { type: "boolean", default: false, describe: { zh: "作为语言服务器运行（LSP，标准输入输出）", en: "Run as a language server over stdio" } },
  "inline-config": { type: "boolean", default: true, describe: { zh: "遵从报告中的 reportlint-disable 注释（--no-inline-config 关闭）", en: "Obey reportlint-disable comments (--no-inline-config: off)" } },
  "report-unused-disable-directives": { type: "boolean", default: false, describe: { zh: "把未使用的 reportlint-disable 注释报告为错误", en: "Report unused disable directives as errors" } },
  web: { type: "boolean", default: false, describe: { zh: "在浏览器中检查报告（本机网页，报告不上传）", en: "Open a local page that checks reports in the browser (nothing is uploaded)" } },
  open: { type: "boolean", default: true, describe: { zh: "配合 --web：打开浏览器（--no-open 关闭）", en: "With --web: open the default browser (--no-open: off)" } },
  port: { type: "number", describe: { zh: "配合 --web：端口（默认任一空闲端口）", en: "With --web: the port (default: a free one)" } },
  limit: {
    type: "string",
    repeatable: true,
    describe: { zh: "读取 HTML/Word/PDF 的上限，如 bytes=200MB、inflated=1GB、text=20000000、pages=5000、seconds=120、memory=2048（docs/formats.md）", en: "A limit on reading HTML, Word and PDF files, e.g. bytes=200MB (docs/formats.md)" },
  },
  previous: {
    type: "string",
    describe: { zh: "上年报告（跨年度检查；检查多份报告时给出上年报告所在文件夹，按机关名称对应）", en: "Last year's report, for the cross-year checks (a folder: matched by organisation)" },
  },
};

export const USAGE: Bilingual = {
  zh: `reportlint [文件|文件夹|通配符 …]

检查政府信息公开工作年度报告（.txt、.md、.html、.docx、.pdf）。`,
  en: `reportlint [files|folders|globs …]

Lint 政府信息公开工作年度报告 (annual government information disclosure reports: .txt, .md, .html, .docx, .pdf).`,
};

// yargs's own words in --help (headings, types), in Chinese; English is yargs's default.
const HELP_STRINGS_ZH: Record<string, string> = {
  "Options:": "选项：",
  "Positionals:": "位置参数：",
  "Commands:": "命令：",
  "Examples:": "示例：",
  boolean: "布尔",
  string: "字符串",
  number: "数字",
  array: "可重复",
  count: "计数",
  required: "必需",
  "default:": "默认:",
  "choices:": "可选值:",
  "Show help": "显示帮助信息",
  "Show version number": "显示版本号",
};

export class UsageError extends BilingualError {}

/** --locale as far as it can be read before the arguments are parsed (for messages about them). */
export function localeInArgv(argv: string[]): "zh" | "en" | undefined {
  const i = argv.findIndex((a) => a === "--locale" || a.startsWith("--locale="));
  if (i < 0) return undefined;
  const value = argv[i].includes("=") ? argv[i].slice("--locale=".length) : argv[i + 1];
  return value === "en" ? "en" : value === "zh" ? "zh" : undefined;
}


/** --help / --version text, from yargs (loaded only here). */
async function yargsOutput(argv: string[], version: string): Promise<string> {
  const { default: yargs } = await import("yargs");
  const locale = localeInArgv(argv);
  let output = "";
  // The help follows --locale (Chinese by default), never the system's language.
  const parser = yargs(argv).detectLocale(false).locale("en").scriptName("reportlint").usage(say(locale, USAGE)).version(version).alias("version", "v").help().alias("help", "h");
  if (locale !== "en") parser.updateStrings(HELP_STRINGS_ZH);
  for (const [name, { repeatable, describe, ...spec }] of Object.entries(OPTIONS)) parser.option(name, { ...spec, describe: say(locale, describe), array: repeatable });
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
  if (unknown.length) {
    const shown = unknown.map((u) => (u.length === 1 ? `-${u}` : `--${u}`));
    throw new UsageError({ zh: `未知的选项：${shown.join("、")}`, en: `unknown option${unknown.length > 1 ? "s" : ""}: ${shown.join(", ")}` });
  }
  for (const [name, s] of spec) {
    // Repeatable options collect every value; any other option given twice keeps the last.
    if (s.repeatable) parsed[name] = parsed[name] === undefined ? [] : ([] as unknown[]).concat(parsed[name]);
    else if (Array.isArray(parsed[name])) parsed[name] = parsed[name][parsed[name].length - 1];
    const value = parsed[name];
    if (s.type === "string" && !s.repeatable && value !== undefined && (typeof value !== "string" || value === "")) {
      throw new UsageError({ zh: `--${name} 需要一个值`, en: `--${name} needs a value` });
    }
    if (s.type === "number" && value !== undefined && !Number.isFinite(value)) throw new UsageError({ zh: `--${name} 需要一个数字`, en: `--${name} needs a number` });
    if (s.choices && value !== undefined && !s.choices.includes(value))
      throw new UsageError({ zh: `--${name} 只能是 ${s.choices.join("、")}（给出的是「${value}」）`, en: `--${name} must be one of ${s.choices.join(", ")} (got "${value}")` });
  }
  let limits: DocumentLimits;
  try {
    limits = parseLimits(parsed.limit as string[]);
  } catch (err) {
    throw new UsageError({ zh: errorText(err, "zh"), en: errorText(err, "en") });
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
