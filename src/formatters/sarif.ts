// SARIF 2.1.0 (OASIS), the format GitHub code scanning and other CI dashboards import.
// One run; the rules that appear as tool.driver.rules; file problems that are not a rule's
// (unreadable file, internal error) as tool execution notifications of the invocation.
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { LintMessage, RuleMeta } from "../core/types.js";
import type { Formatter, FormatterContext } from "./index.js";
import { relativePath } from "./display-width.js";

export const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
const SRCROOT = "%SRCROOT%";

type Level = "error" | "warning";

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

/** A path segment as a URI path segment: UTF-8 percent-encoded (spaces, CJK, `%`, `#`, `?`, `:`). */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment);
}

/**
 * Where a file is, as SARIF wants it: relative to cwd (forward slashes, percent-encoded) with
 * uriBaseId %SRCROOT% when the file is inside cwd; an absolute file: URI otherwise; a name that
 * is not a path (`<stdin>`) as a relative reference.
 */
export function artifactLocation(filePath: string, cwd: string): ArtifactLocation {
  const shown = relativePath(filePath, cwd);
  if (path.isAbsolute(shown)) return { uri: pathToFileURL(shown).href };
  const segments = shown.split(path.sep === "/" ? "/" : /[\\/]/);
  return { uri: segments.map(encodeSegment).join("/"), uriBaseId: SRCROOT };
}

function levelOf(message: LintMessage): Level {
  return message.fatal === true || message.severity === 2 ? "error" : "warning";
}

/** The region of a message, or undefined when it has no usable position. */
function region(message: LintMessage): Record<string, number> | undefined {
  const { line, column, endLine, endColumn } = message;
  if (!Number.isInteger(line) || line < 1) return undefined;
  const out: Record<string, number> = { startLine: line };
  if (Number.isInteger(column) && column >= 1) out.startColumn = column;
  if (Number.isInteger(endLine) && endLine >= line) {
    out.endLine = endLine;
    const startColumn = out.startColumn ?? 1;
    // endColumn is exclusive (the column after the last character), as in ESLint and SARIF.
    if (Number.isInteger(endColumn) && endColumn >= 1 && (endLine > line || endColumn >= startColumn)) {
      out.endColumn = endColumn;
    }
  }
  return out;
}

function physicalLocation(location: ArtifactLocation, message: LintMessage): Record<string, unknown> {
  const r = region(message);
  return r ? { artifactLocation: location, region: r } : { artifactLocation: location };
}

/** `required-sections` → `RequiredSections`: SARIF's reportingDescriptor.name is an identifier. */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join("");
}

function ruleDescriptor(id: string, meta: RuleMeta | undefined, locale: FormatterContext["locale"]): Record<string, unknown> {
  const descriptor: Record<string, unknown> = { id, name: ruleName(id) || id };
  if (meta) {
    const { description, descriptionEn, url } = meta.docs;
    descriptor.shortDescription = { text: locale === "en" ? descriptionEn : description };
    // Both languages: a dashboard shared by Chinese and English readers shows each its own.
    descriptor.fullDescription = { text: locale === "en" ? `${descriptionEn}\n${description}` : `${description}\n${descriptionEn}` };
    // The link the run made (the installed page, settings.docsBaseUrl, or a plugin rule's own page);
    // a bare path inside the package is no URI and is left out, as is a plugin rule without a page.
    if (url && /^[a-z][a-z0-9+.-]*:/i.test(url)) descriptor.helpUri = url;
    descriptor.defaultConfiguration = { level: meta.defaultSeverity === "error" ? "error" : "warning" };
    descriptor.properties = { tags: ["reportlint", meta.type] };
  }
  return descriptor;
}

/** A pretty-printed SARIF 2.1.0 log with one run. */
export const sarif: Formatter = (results, context) => {
  const rules: Array<Record<string, unknown>> = [];
  const ruleIndex = new Map<string, number>();
  const sarifResults: Array<Record<string, unknown>> = [];
  const notifications: Array<Record<string, unknown>> = [];
  let fatal = false;

  for (const result of results) {
    const location = artifactLocation(result.filePath, context.cwd);
    for (const message of result.messages) {
      const level = levelOf(message);
      const text = message.message || "(no message)";
      if (message.ruleId === null || message.ruleId === "") {
        if (message.fatal === true) fatal = true;
        notifications.push({
          level,
          message: { text },
          locations: [{ physicalLocation: physicalLocation(location, message) }],
        });
        continue;
      }
      let index = ruleIndex.get(message.ruleId);
      if (index === undefined) {
        index = rules.length;
        ruleIndex.set(message.ruleId, index);
        rules.push(ruleDescriptor(message.ruleId, context.rulesMeta[message.ruleId], context.locale));
      }
      sarifResults.push({
        ruleId: message.ruleId,
        ruleIndex: index,
        level,
        message: { text },
        locations: [{ physicalLocation: physicalLocation(location, message) }],
      });
    }
  }

  const driver: Record<string, unknown> = { name: "reportlint" };
  // The rule pages' folder, when they are published on the web (settings.docsBaseUrl).
  const published = Object.values(context.rulesMeta).find((m) => /^https?:\/\//i.test(m.docs.url))?.docs.url;
  if (published) driver.informationUri = published.slice(0, published.lastIndexOf("/") + 1);
  if (context.version) driver.version = context.version;
  driver.rules = rules;

  const invocation: Record<string, unknown> = { executionSuccessful: !fatal };
  if (notifications.length > 0) invocation.toolExecutionNotifications = notifications;

  const run: Record<string, unknown> = { tool: { driver } };
  if (path.isAbsolute(context.cwd)) {
    const base = pathToFileURL(context.cwd).href;
    run.originalUriBaseIds = { [SRCROOT]: { uri: base.endsWith("/") ? base : `${base}/` } };
  }
  run.invocations = [invocation];
  run.results = sarifResults;
  run.columnKind = "utf16CodeUnits";

  return JSON.stringify({ $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run] }, null, 2);
};
