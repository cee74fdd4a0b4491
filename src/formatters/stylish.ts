// The default, human-readable format (ESLint's stylish), plus the offending source line and a
// caret under the problem. Every alignment is in display columns: a CJK character takes two.
import { Chalk, type ChalkInstance } from "chalk";
import { SourceCode } from "../core/source-code.js";
import type { Locale, LintMessage, LintResult } from "../core/types.js";
import type { Formatter, FormatterContext } from "./index.js";
import { codePointWidth, displayPath, displayWidth, escapeControls, padEndToWidth, padStartToWidth, singleLine } from "./display-width.js";

/** Widest source excerpt, ellipses included: long Chinese paragraphs are often one line. */
const MAX_SOURCE_WIDTH = 80;
/** Columns of context kept before the problem when a long line is cut. */
const CONTEXT_BEFORE_PROBLEM = 20;
// ASCII, not "…": the ellipsis is East-Asian-ambiguous and some CJK terminals draw it two wide.
const ELLIPSIS = "...";
const SOURCE_INDENT = "    ";
/** Messages are padded to a common width up to this many display columns. */
const MAX_ALIGNED_MESSAGE_WIDTH = 72;

interface Texts {
  error: string;
  warning: string;
  summary(total: number, errors: number, warnings: number): string;
  fixable(errors: number, warnings: number): string;
  tooManyWarnings(maxWarnings: number, foundWarnings: number): string;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

const TEXTS: Record<Locale, Texts> = {
  zh: {
    error: "错误",
    warning: "警告",
    summary: (total, errors, warnings) => `✖ 共 ${total} 个问题（${errors} 个错误，${warnings} 个警告）`,
    fixable: (errors, warnings) => `  其中 ${errors} 个错误和 ${warnings} 个警告可以使用 \`--fix\` 选项自动修复。`,
    tooManyWarnings: (maxWarnings) => `reportlint 发现的警告过多（最多允许 ${maxWarnings} 个）。`,
  },
  en: {
    error: "error",
    warning: "warning",
    summary: (total, errors, warnings) =>
      `✖ ${plural(total, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")})`,
    fixable: (errors, warnings) =>
      `  ${plural(errors, "error")} and ${plural(warnings, "warning")} potentially fixable with the \`--fix\` option.`,
    tooManyWarnings: (maxWarnings) => `reportlint found too many warnings (maximum: ${maxWarnings}).`,
  },
};

function isError(message: LintMessage): boolean {
  return message.fatal === true || message.severity === 2;
}

/** A source excerpt and where, in display columns within it, the caret goes. */
export interface CodeFrame {
  text: string;
  caretIndent: number;
  /** `^` followed by `~` for every further column of the problem; a lone `^` when it is empty. */
  marker: string;
}

/** Columns between tab stops in source excerpts. */
const TAB_WIDTH = 4;

/** The line with tabs expanded to spaces and control characters as spaces; at[i] = where raw offset i went. */
function expandTabs(raw: string): { text: string; at: number[] } {
  const at: number[] = [];
  let text = "";
  let column = 0;
  for (let i = 0; i < raw.length; i++) {
    at.push(text.length);
    const ch = raw[i];
    if (ch === "\t") {
      const spaces = TAB_WIDTH - (column % TAB_WIDTH);
      text += " ".repeat(spaces);
      column += spaces;
    } else if (/[\u0000-\u001f\u007f-\u009f]/.test(ch)) {
      text += " ";
      column += 1;
    } else {
      text += ch;
      column += codePointWidth(ch.codePointAt(0)!);
    }
  }
  at.push(text.length);
  return { text, at };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

/**
 * The excerpt of `lineText` to show for a problem on that line, cut to MAX_SOURCE_WIDTH columns
 * around the problem. A problem that runs onto later lines is marked to the end of this one.
 */
export function buildCodeFrame(lineText: string, message: LintMessage): CodeFrame {
  const raw = lineText;
  let start = clamp(Number.isFinite(message.column) ? message.column - 1 : 0, 0, raw.length);
  let end = start;
  if (message.endLine === message.line && Number.isFinite(message.endColumn)) {
    end = clamp(message.endColumn - 1, start, raw.length);
  } else if (message.endLine > message.line) {
    end = raw.length;
  }
  // Tabs expand to the next tab stop, as a terminal shows them, so the cells of a table row
  // flattened to tab-separated text line up and a caret under an empty cell stands under its
  // gap; other control characters show as one space. Offsets are mapped through the expansion.
  const { text: line, at } = expandTabs(raw);
  start = at[start];
  end = at[end];
  // Trailing white space is noise, unless the problem is in it.
  const shown = line.slice(0, Math.max(line.trimEnd().length, end));

  const problemStart = displayWidth(shown.slice(0, start));
  const problemEnd = problemStart + displayWidth(shown.slice(start, end));
  const totalWidth = displayWidth(shown);
  const markerFor = (width: number) => "^" + "~".repeat(Math.max(0, width - 1));

  if (totalWidth <= MAX_SOURCE_WIDTH) {
    return { text: shown, caretIndent: problemStart, marker: markerFor(problemEnd - problemStart) };
  }

  // Keep whole characters within [windowStart, windowStart + budget): a wide character cut in
  // half would shift everything after it.
  const budget = MAX_SOURCE_WIDTH - 2 * ELLIPSIS.length;
  const windowStart = clamp(problemStart - CONTEXT_BEFORE_PROBLEM, 0, totalWidth - budget);
  const windowEnd = windowStart + budget;
  let excerpt = "";
  let firstColumn = -1;
  let lastColumn = windowStart;
  let column = 0;
  for (const char of shown) {
    const width = codePointWidth(char.codePointAt(0)!);
    if (column >= windowStart && column + width <= windowEnd) {
      if (firstColumn < 0) firstColumn = column;
      excerpt += char;
      lastColumn = column + width;
    }
    column += width;
  }
  if (firstColumn < 0) firstColumn = windowStart;
  const before = firstColumn > 0 ? ELLIPSIS : "";
  const after = lastColumn < totalWidth ? ELLIPSIS : "";
  return {
    text: before + excerpt + after,
    caretIndent: before.length + problemStart - firstColumn,
    marker: markerFor(Math.min(problemEnd, lastColumn) - problemStart),
  };
}

function formatFile(result: LintResult, context: FormatterContext, chalk: ChalkInstance, texts: Texts): string {
  const rows = result.messages.map((message) => ({
    message,
    line: String(message.line || 0),
    column: String(message.column || 0),
    severity: isError(message) ? texts.error : texts.warning,
    text: singleLine(message.message),
    ruleId: escapeControls(message.ruleId ?? ""),
  }));
  const lineWidth = Math.max(...rows.map((row) => row.line.length));
  const columnWidth = Math.max(...rows.map((row) => row.column.length));
  const severityWidth = Math.max(...rows.map((row) => displayWidth(row.severity)));
  // Rule ids line up in a column, but one long message (a table-arithmetic finding runs to 300
  // columns) must not push every other line's rule id off the screen: longer ones just follow.
  const textWidth = Math.min(MAX_ALIGNED_MESSAGE_WIDTH, Math.max(...rows.map((row) => displayWidth(row.text))));
  const sourceCode = result.source === undefined ? undefined : new SourceCode(result.source);

  const lines: string[] = [chalk.underline(displayPath(result.filePath, context.cwd))];
  for (const row of rows) {
    const severityColor = isError(row.message) ? chalk.red : chalk.yellow;
    // Pad the plain text, then colour it, so escape codes never count towards a width.
    const position = chalk.dim(`${row.line.padStart(lineWidth)}:${row.column}`) + " ".repeat(columnWidth - row.column.length);
    const severity = severityColor(row.severity) + " ".repeat(severityWidth - displayWidth(row.severity));
    const cells = [position, severity, row.ruleId ? padEndToWidth(row.text, textWidth) : row.text];
    if (row.ruleId) cells.push(chalk.dim(row.ruleId));
    lines.push(`  ${cells.join("  ")}`.trimEnd());

    const { message } = row;
    if (sourceCode && message.fatal !== true && message.line >= 1 && message.line <= sourceCode.lineCount) {
      const frame = buildCodeFrame(sourceCode.lineText(message.line), message);
      // A caret under a blank line points at nothing the reader can see.
      if (frame.text !== "") {
        lines.push(SOURCE_INDENT + frame.text);
        lines.push(SOURCE_INDENT + " ".repeat(frame.caretIndent) + severityColor(frame.marker));
      }
    }
  }
  return lines.join("\n");
}

/**
 * Files with problems, each followed by its problems; then the totals. "" when there is nothing
 * to say. No trailing newline.
 */
export const stylish: Formatter = (results, context) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const texts = TEXTS[context.locale] ?? TEXTS.en;
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  const blocks: string[] = [];
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    fixableErrors += result.fixableErrorCount;
    fixableWarnings += result.fixableWarningCount;
    if (result.messages.length > 0) blocks.push(formatFile(result, context, chalk, texts));
  }

  const tooMany = context.maxWarningsExceeded;
  const tooManyLine = tooMany ? texts.tooManyWarnings(tooMany.maxWarnings, tooMany.foundWarnings) : "";
  const total = errors + warnings;
  if (total === 0) return tooManyLine;

  const summaryColor = errors > 0 ? chalk.red.bold : chalk.yellow.bold;
  let output = `\n${blocks.join("\n\n")}\n\n${summaryColor(texts.summary(total, errors, warnings))}`;
  if (fixableErrors + fixableWarnings > 0) output += `\n${summaryColor(texts.fixable(fixableErrors, fixableWarnings))}`;
  if (tooManyLine) output += `\n\n${tooManyLine}`;
  return output;
};
