// Output formatters: pure functions from lint results to the text the CLI prints.
// They never look at process, env or the file system; the CLI decides colour, locale and cwd.
import type { LintResult, RuleMeta } from "../core/types.js";
import { checkstyle } from "./checkstyle.js";
import { compact } from "./compact.js";
import { csv } from "./csv.js";
import { github } from "./github.js";
import { gitlab } from "./gitlab.js";
import { html } from "./html.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";
import { unix } from "./unix.js";

export interface FormatterContext {
  /** Paths inside it are shown relative to it (json keeps them as given). */
  cwd: string;
  /** Whether to emit ANSI colour; the CLI decides (NO_COLOR, --no-color, TTY). */
  color: boolean;
  locale: "zh" | "en";
  /** Rule metadata by rule id (docs urls etc.). */
  rulesMeta: Record<string, RuleMeta>;
  maxWarningsExceeded?: { maxWarnings: number; foundWarnings: number };
  /** reportlint's version, for formats that name the tool (sarif: tool.driver.version). */
  version?: string;
}

/** Returns the text to print, without a trailing newline; "" means print nothing. */
export type Formatter = (results: LintResult[], context: FormatterContext) => string;

// A Map, not an object: `--format constructor` must not find Object.prototype.constructor.
const FORMATTERS = new Map<string, Formatter>([
  ["stylish", stylish],
  ["json", json],
  ["compact", compact],
  ["unix", unix],
  // For CI systems:
  ["sarif", sarif],
  ["github", github],
  ["junit", junit],
  ["checkstyle", checkstyle],
  ["gitlab", gitlab],
  // For reviewers of a batch of reports:
  ["html", html],
  ["csv", csv],
]);

export const FORMATTER_NAMES: readonly string[] = Object.freeze([...FORMATTERS.keys()]);

export function getFormatter(name: string): Formatter | undefined {
  return FORMATTERS.get(name);
}

export { stylish, json, compact, unix, sarif, github, junit, checkstyle, gitlab, html, csv };
export { displayWidth } from "./display-width.js";
