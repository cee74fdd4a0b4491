// ESLint's unix format (`file:line:col: message`), which grep, vim's quickfix and most CI
// annotations understand. The words of each line stay English in both locales for those parsers; the summary follows the locale.
import type { LintMessage } from "../core/types.js";
import type { Formatter } from "./index.js";
import { displayPath, escapeControls, singleLine } from "./display-width.js";

function messageType(message: LintMessage): "Error" | "Warning" {
  return message.fatal === true || message.severity === 2 ? "Error" : "Warning";
}

/** `path:line:col: message [Error/rule-id]` per problem, a blank line, then `N problems`. */
export const unix: Formatter = (results, context) => {
  const lines: string[] = [];
  for (const result of results) {
    const shownPath = displayPath(result.filePath, context.cwd);
    for (const message of result.messages) {
      const rule = message.ruleId ? `/${escapeControls(message.ruleId)}` : "";
      lines.push(
        `${shownPath}:${message.line || 0}:${message.column || 0}: ` +
          `${singleLine(message.message)} [${messageType(message)}${rule}]`,
      );
    }
  }
  if (lines.length === 0) return "";
  const total = lines.length;
  // The summary is for people, not parsers: in the run's language.
  const summary = context.locale === "en" ? `${total} problem${total === 1 ? "" : "s"}` : `共 ${total} 个问题`;
  return `${lines.join("\n")}\n\n${summary}`;
};
