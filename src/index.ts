// Public API of reportlint: the pure core that the CLI, an editor server and a web page share.
import "./frontends/all.js";
export { lintText, buildModel, defaultRegistry, type LintTextOptions } from "./core/linter.js";
export { SourceCode } from "./core/source-code.js";
export { resolveConfig } from "./config/resolve.js";
export { ConfigError } from "./config/errors.js";
export { rules } from "../rules/index.js";
export type * from "./core/types.js";
export type * from "./model/types.js";
export { ruleTableMarkdown, replaceRuleTable } from "./docs.js";
export { loadFrontEnd, registerFrontEnd, formatForPath } from "./frontends/index.js";
export { configSchema, CONFIG_SCHEMA_PATH } from "./config/schema.js";
// The official table layouts (2019, 2021) as data, for plugins and tools that write reports.
export { LAYOUTS } from "./spec/layouts.js";
// Documents that are not plain text (HTML, Word, PDF): bytes → a plain-text rendering with places,
// and linting of such a rendering with every position mapped back (as the CLI does).
export { renderDocument, documentFormatForPath, DocumentError, type RenderedDocument, type DocumentFormat } from "./documents/index.js";
export { lintRendered } from "./core/document.js";
// Plugins and custom formatters (docs/plugins.md): a registry of the built-in rules and plugins'
// rules, to lint with a plugin's rules without a config file (a plugin's own tests), and -f's loader.
export { registryWithPlugins, type Plugin, type PluginRule } from "./config/plugins.js";
export { loadFormatter, FormatterError } from "./formatters/load.js";
// The file-level API, shaped like ESLint's class: files, folders and globs with config lookup and
// ignores, returning the objects `reportlint -f json` prints (docs/api.md).
export {
  ReportLint,
  NoFilesFoundError,
  OutputFixesError,
  type ReportLintOptions,
  type ReportLintResult,
  type ReportLintMessage,
  type CalculatedConfig,
  type LoadedFormatter,
} from "./api/reportlint.js";
export { PreviousError } from "./cli/previous.js";
export type { FormatterContext } from "./formatters/index.js";
export { RuleTester, type RuleTesterValidCase, type RuleTesterInvalidCase, type RuleTesterError } from "./rule-tester.js";
