// GitHub Actions workflow commands: each problem becomes an annotation on the pull request's
// diff and the run's summary. `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
import path from "node:path";
import type { LintMessage } from "../core/types.js";
import type { Formatter } from "./index.js";
import { relativePath } from "./display-width.js";

// Controls other than tab, CR and LF (ESC above all) would reach the run's log as they are.
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Escapes a command's message (its data) as GitHub's runner expects; other controls are dropped. */
export function escapeData(text: string): string {
  return text.replace(CONTROL_CHARS, "").replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a property value: as data, and `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function command(message: LintMessage): "error" | "warning" {
  return message.fatal === true || message.severity === 2 ? "error" : "warning";
}

const positive = (n: number): boolean => Number.isInteger(n) && n >= 1;

/** One workflow command per problem; files without problems print nothing. */
export const github: Formatter = (results, context) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = relativePath(result.filePath, context.cwd).split(path.sep).join("/");
    for (const message of result.messages) {
      const props: string[] = [`file=${escapeProperty(file)}`];
      if (positive(message.line)) {
        props.push(`line=${message.line}`);
        if (positive(message.column)) props.push(`col=${message.column}`);
        if (positive(message.endLine) && message.endLine >= message.line) {
          props.push(`endLine=${message.endLine}`);
          if (positive(message.endColumn)) props.push(`endColumn=${message.endColumn}`);
        }
      }
      props.push(`title=${escapeProperty(message.ruleId || "reportlint")}`);
      lines.push(`::${command(message)} ${props.join(",")}::${escapeData(message.message)}`);
    }
  }
  return lines.join("\n");
};
