// GitLab Code Quality JSON (artifacts:reports:codequality): merge requests show new and fixed
// findings, matched across pipelines by their fingerprint.
import { nodeCrypto } from "../core/crypto.js";
import path from "node:path";
import type { LintMessage } from "../core/types.js";
import type { Formatter } from "./index.js";
import { relativePath } from "./display-width.js";

type Severity = "blocker" | "major" | "minor";

function severity(message: LintMessage): Severity {
  if (message.fatal === true) return "blocker";
  return message.severity === 2 ? "major" : "minor";
}

/** sha-256 hex of path, rule, line and message (NUL-separated so fields cannot run together). */
export function fingerprint(file: string, ruleId: string | null, line: number, message: string): string {
  return nodeCrypto().createHash("sha256").update([file, ruleId ?? "", String(line), message].join("\0")).digest("hex");
}

/** One issue per problem, as a JSON array (`[]` when there are none). */
export const gitlab: Formatter = (results, context) => {
  const issues: Array<Record<string, unknown>> = [];
  const seen = new Map<string, number>();
  for (const result of results) {
    const file = relativePath(result.filePath, context.cwd).split(path.sep).join("/");
    for (const message of result.messages) {
      const line = Number.isInteger(message.line) && message.line >= 1 ? message.line : 1;
      let print = fingerprint(file, message.ruleId, line, message.message);
      // GitLab keeps one issue per fingerprint: the same message twice on one line gets a second one.
      const n = seen.get(print) ?? 0;
      seen.set(print, n + 1);
      if (n > 0) print = nodeCrypto().createHash("sha256").update(`${print}\0${n}`).digest("hex");
      issues.push({
        type: "issue",
        description: message.message,
        check_name: message.ruleId ?? "reportlint",
        fingerprint: print,
        severity: severity(message),
        location: { path: file, lines: { begin: line } },
      });
    }
  }
  return JSON.stringify(issues, null, 2);
};
