// reportlint as a unified (remark) plugin: `unified().use(remarkParse).use(reportlint, options)`.
// It lints the file's Markdown source with the core lintText — the text, not the tree, so a
// pipeline that changed the tree before it still gets the findings of the report as written — and
// reports each finding as a vfile message. unified is never imported: a plugin is only a function
// in unified's attacher shape, `(options) => (tree, file) => void`.
import "./frontends/all.js";
import { resolve } from "node:path";
import { lintText, defaultRegistry } from "./core/linter.js";
import { resolveConfig } from "./config/resolve.js";
import { ConfigError } from "./config/errors.js";
import { SourceCode } from "./core/source-code.js";
import type { ConfigData, Fix } from "./core/types.js";

/**
 * A configuration object, as in a .reportlintrc (rules, settings such as reportYear or organization,
 * overrides, locale, presets in extends), and how to treat disable comments.
 */
export interface ReportLintUnifiedOptions extends Omit<ConfigData, "ignorePatterns"> {
  /** Obey `<!-- reportlint-disable … -->` comments (default true). */
  allowInlineConfig?: boolean;
  /** Report disable comments that disabled nothing (default "off"). */
  reportUnusedDisableDirectives?: "error" | "warn" | "off";
}

interface Point {
  line: number;
  column: number;
  offset?: number;
}

/** What the plugin uses of a vfile message (vfile-message 4). */
export interface VFileMessageLike {
  fatal?: boolean | null | undefined;
  url?: string | undefined;
  actual?: string | undefined;
  expected?: string[] | undefined;
}

/** What the plugin uses of a vfile (vfile 6). */
export interface VFileLike {
  value?: unknown;
  path?: string;
  cwd?: string;
  toString(): string;
  message(reason: string, options: { place?: { start: Point; end: Point }; ruleId?: string; source?: string }): VFileMessageLike;
}

/** A finding's vfile message, with the fix as the CLI's -f json gives it (offsets into the text after any byte-order mark) when the rule has one. */
export type ReportLintVFileMessage = VFileMessageLike & { fix?: Fix };

const FLAG_KEYS = new Set(["allowInlineConfig", "reportUnusedDisableDirectives"]);

export default function reportlint(options: ReportLintUnifiedOptions | null | undefined = {}): (tree: unknown, file: VFileLike) => void {
  const given = options ?? {};
  if (typeof given !== "object" || Array.isArray(given)) throw new ConfigError({ zh: "reportlint (unified)：选项必须是一个配置对象", en: "reportlint (unified): options must be a configuration object" });
  const config: ConfigData = {};
  for (const [key, value] of Object.entries(given)) {
    if (!FLAG_KEYS.has(key)) (config as Record<string, unknown>)[key] = value;
  }
  if ("ignorePatterns" in config) throw new ConfigError({ zh: "reportlint (unified)：ignorePatterns 在 unified 流程中不起作用（文件由流程自己选择）", en: "reportlint (unified): ignorePatterns does not apply in a unified pipeline, which chooses its own files" });
  const { allowInlineConfig = true, reportUnusedDisableDirectives = "off" } = given;
  if (typeof allowInlineConfig !== "boolean") throw new ConfigError({ zh: 'reportlint (unified)："allowInlineConfig" 只能是 true 或 false', en: 'reportlint (unified): "allowInlineConfig" must be true or false' });
  if (!["error", "warn", "off"].includes(reportUnusedDisableDirectives)) throw new ConfigError({ zh: 'reportlint (unified)："reportUnusedDisableDirectives" 只能是 "error"、"warn" 或 "off"', en: 'reportlint (unified): "reportUnusedDisableDirectives" must be "error", "warn" or "off"' });
  // A bad configuration fails when the pipeline is set up, not on the first file.
  resolveConfig(config, { filePath: "<text>", registry: defaultRegistry, source: "reportlint (unified) options" });

  return (_tree, file) => {
    // A file made without its text (a tree built in code): there is no report to lint, and linting
    // "" would report a report with nothing in it.
    if (file.value === undefined || file.value === null) {
      const { locale } = resolveConfig(config, { filePath: "<text>", registry: defaultRegistry });
      const reason = locale === "en" ? "The file has no Markdown source, so reportlint did not lint it (it lints the source, not the tree)" : "文件没有 Markdown 原文，reportlint 未检查（它检查原文，不检查语法树）";
      file.message(reason, { source: "reportlint" }).fatal = false;
      return;
    }
    // A byte-order mark is not part of the text: offsets (and fix ranges) count from after it, as
    // remark's positions and the CLI's fix ranges do.
    const text = String(file).replace(/^\uFEFF/, "");
    const filePath = file.path ? resolve(file.cwd ?? process.cwd(), file.path) : undefined;
    const resolved = resolveConfig(config, { filePath: filePath ?? "<text>", basePath: file.cwd, registry: defaultRegistry, source: "reportlint (unified) options" });
    const messages = lintText(text, { filePath, resolved, format: "markdown", allowInlineConfig, reportUnusedDisableDirectives });
    const source = new SourceCode(text);
    const point = (line: number, column: number): Point => {
      const offset = source.offsetAt({ line, column });
      return offset < 0 ? { line, column } : { line, column, offset };
    };
    for (const m of messages) {
      const message: ReportLintVFileMessage = file.message(m.message, {
        place: { start: point(m.line, m.column), end: point(m.endLine, m.endColumn) },
        ...(m.ruleId ? { ruleId: m.ruleId } : {}),
        source: "reportlint",
      });
      message.fatal = m.severity === 2;
      const url = m.ruleId ? defaultRegistry.get(m.ruleId)?.meta.docs.url : undefined;
      if (url) message.url = url;
      if (m.fix) {
        message.actual = text.slice(m.fix.range[0], m.fix.range[1]);
        message.expected = [m.fix.text];
        message.fix = m.fix;
      }
    }
  };
}

export { reportlint };
