// `-f NAME`: a built-in formatter (index.ts), or a custom one as ESLint finds it — a path containing
// a slash (relative to cwd), or a package (`x` → reportlint-formatter-x, `@org/x` →
// @org/reportlint-formatter-x, `@org` → @org/reportlint-formatter) resolved from cwd. A custom
// formatter is a module exporting (default, or module.exports) `(results, context) => string`, or a
// Promise of one; it gets the JSON formatter's result objects and { cwd, rulesMeta, … }.
import { resolve } from "node:path";
import type { LintResult } from "../core/types.js";
import { FORMATTER_PREFIX, isPackageName, normalizePackageName } from "../config/package-names.js";
import { PackageNotFoundError, firstLine, importModule, resolvePackage } from "../config/packages.js";
import { FORMATTER_NAMES, getFormatter, type FormatterContext } from "./index.js";
import { toJsonResult } from "./json.js";
import type { Bilingual } from "../core/bilingual.js";

/** A formatter that cannot be found, loaded or run: the CLI prints the message and exits 2. */
export class FormatterError extends Error {
  /** The Chinese text, when there is one (errorText in src/core/bilingual.ts shows it by default). */
  readonly zh?: string;
  constructor(message: string | Bilingual) {
    super(typeof message === "string" ? message : message.en);
    if (typeof message !== "string") this.zh = message.zh;
    this.name = "FormatterError";
  }
}

/** A loaded formatter: built-in or custom, always asynchronous. */
export interface LoadedFormatter {
  /** The name given, or the file or package a custom formatter was loaded from. */
  name: string;
  builtIn: boolean;
  /** The text to print ("" for nothing). Throws FormatterError when a custom formatter fails. */
  format(results: LintResult[], context: FormatterContext): Promise<string>;
}

/** Find and load a formatter by name. Throws FormatterError saying why not (listing the built-in ones). */
export async function loadFormatter(name: string, options: { cwd: string }): Promise<LoadedFormatter> {
  const builtIn = getFormatter(name);
  if (builtIn) return { name, builtIn: true, format: async (results, context) => builtIn(results, context) };
  if (name === "") throw new FormatterError({ zh: `未给出输出格式（内置：${FORMATTER_NAMES.join("、")}）`, en: `no format given (built-in: ${FORMATTER_NAMES.join(", ")})` });

  const normalized = name.replace(/\\/g, "/");
  let filePath: string;
  let what: string;
  let whatZh: string;
  if (!normalized.startsWith("@") && normalized.includes("/")) {
    filePath = resolve(options.cwd, name);
    what = `the formatter file ${name}`;
    whatZh = `输出格式文件 ${name}`;
  } else {
    const packageName = normalizePackageName(normalized, FORMATTER_PREFIX);
    what = `the formatter package ${packageName}`;
    whatZh = `输出格式软件包 ${packageName}`;
    if (!isPackageName(packageName)) throw unknownFormat(name, { zh: `它不是软件包名；文件须写成路径，如 ./${name}`, en: `it is not a package name; a file needs a path such as ./${name}` });
    try {
      filePath = await resolvePackage(packageName, options.cwd);
    } catch (err) {
      if (err instanceof PackageNotFoundError) {
        throw unknownFormat(name, {
          zh: `此处未安装软件包 ${packageName}${/\.[cm]?js$/.test(name) ? `；文件须写成路径，如 ./${name}` : ""}`,
          en: `no package ${packageName} is installed here${/\.[cm]?js$/.test(name) ? `; a file needs a path such as ./${name}` : ""}`,
        });
      }
      throw new FormatterError({ zh: `输出格式「${name}」：无法解析 ${packageName}：${firstLine(err)}`, en: `format "${name}": cannot resolve ${packageName}: ${firstLine(err)}` });
    }
  }
  let exported: unknown;
  try {
    exported = await importModule(filePath);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ERR_MODULE_NOT_FOUND" && what.startsWith("the formatter file")) throw unknownFormat(name, { zh: `没有文件 ${filePath}`, en: `no such file ${filePath}` });
    throw new FormatterError({ zh: `无法加载${whatZh}：${firstLine(err)}`, en: `cannot load ${what}: ${firstLine(err)}` });
  }
  if (typeof exported !== "function") {
    throw new FormatterError({
      zh: `${whatZh}应导出一个函数 (results, context) => string（默认导出或 module.exports），它导出的是 ${exported === null ? "null" : typeof exported}`,
      en: `${what} must export a function (results, context) => string (default export or module.exports); it exports ${exported === null ? "null" : typeof exported}`,
    });
  }
  const custom = exported as (results: unknown[], context: FormatterContext) => unknown;
  return {
    name,
    builtIn: false,
    async format(results, context) {
      let output: unknown;
      try {
        output = await custom(results.map(toJsonResult), context);
      } catch (err) {
        throw new FormatterError({ zh: `${whatZh}运行出错：${firstLine(err)}`, en: `${what} failed: ${firstLine(err)}` });
      }
      if (output === undefined || output === null) return "";
      if (typeof output !== "string") throw new FormatterError({ zh: `${whatZh}返回的是 ${typeof output}，不是字符串`, en: `${what} returned ${typeof output}, not a string` });
      return output;
    },
  };
}

function unknownFormat(name: string, why: Bilingual): FormatterError {
  return new FormatterError({
    zh: `未知的输出格式「${name}」：${why.zh}（内置：${FORMATTER_NAMES.join("、")}）`,
    en: `unknown format "${name}": ${why.en} (built-in: ${FORMATTER_NAMES.join(", ")})`,
  });
}
