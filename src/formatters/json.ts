// ESLint-compatible JSON, so tools that read `eslint -f json` can read reportlint's too.
import type { Fix, LintMessage, LintResult, ReportSummary } from "../core/types.js";
import type { Formatter } from "./index.js";

/** One problem as `-f json` prints it (and the Node API returns it). */
export interface JsonLintMessage {
  ruleId: string | null;
  messageId?: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: Fix;
  fatal?: true;
  place?: string;
}

/** One file's result as `-f json` prints it (and the Node API returns it). */
export interface JsonLintResult {
  filePath: string;
  messages: JsonLintMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  fatalErrorCount: number;
  output?: string;
  report?: ReportSummary;
}

// Fields are copied one by one: `source` and anything a future LintResult gains stay out of the output.
function toJsonMessage(message: LintMessage): JsonLintMessage {
  const out: JsonLintMessage = {
    ruleId: message.ruleId,
    messageId: message.messageId,
    severity: message.severity,
    message: message.message,
    line: message.line,
    column: message.column,
    endLine: message.endLine,
    endColumn: message.endColumn,
  };
  if (message.fix !== undefined) out.fix = message.fix;
  if (message.fatal === true) out.fatal = true;
  if (message.place !== undefined) out.place = message.place;
  return out;
}

/** One file's result as the JSON formatter writes it (also what a custom formatter receives). */
export function toJsonResult(result: LintResult): JsonLintResult {
  const out: JsonLintResult = {
    filePath: result.filePath,
    messages: result.messages.map(toJsonMessage),
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    fixableErrorCount: result.fixableErrorCount,
    fixableWarningCount: result.fixableWarningCount,
    fatalErrorCount: result.fatalErrorCount,
  };
  if (result.output !== undefined) out.output = result.output;
  if (result.report !== undefined) out.report = result.report;
  return out;
}

/** One JSON array with an entry per file, problems or not; no trailing newline, never colour. */
export const json: Formatter = (results) => JSON.stringify(results.map(toJsonResult));
