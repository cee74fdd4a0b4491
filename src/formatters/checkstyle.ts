// Checkstyle XML, which Jenkins (warnings-ng), reviewdog, SonarQube and most CI report readers
// import. Also home of the XML escaping the junit formatter shares.
import type { LintMessage } from "../core/types.js";
import type { Formatter } from "./index.js";
import { relativePath } from "./display-width.js";

// Characters XML 1.0 cannot carry at all (controls other than tab, LF, CR; lone surrogates;
// U+FFFE, U+FFFF) are dropped, since no escape makes them legal; so are DEL and the C1 controls,
// which XML allows but discourages and no message needs.
const DROPPED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text content: `&`, `<`, `>` (and CR, which parsers would drop) escaped, illegal characters removed. CJK stays as UTF-8. */
export function xmlText(text: string): string {
  return text.replace(DROPPED, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}

/** An attribute value in double quotes: also `"` and `'`, and tab/LF/CR as references so they survive. */
export function xmlAttr(text: string): string {
  return xmlText(text)
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;");
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';

function severity(message: LintMessage): "error" | "warning" {
  return message.fatal === true || message.severity === 2 ? "error" : "warning";
}

/** `<checkstyle version="4.3">` with a `<file>` per linted file and an `<error>` per problem. */
export const checkstyle: Formatter = (results, context) => {
  const out: string[] = [XML_DECLARATION, '<checkstyle version="4.3">'];
  for (const result of results) {
    const open = `  <file name="${xmlAttr(relativePath(result.filePath, context.cwd))}"`;
    if (result.messages.length === 0) {
      out.push(`${open} />`);
      continue;
    }
    out.push(`${open}>`);
    for (const message of result.messages) {
      const source = message.ruleId ? `reportlint.rules.${message.ruleId}` : "reportlint";
      out.push(
        `    <error line="${message.line || 0}" column="${message.column || 0}" severity="${severity(message)}" ` +
          `message="${xmlAttr(message.message)}" source="${xmlAttr(source)}" />`,
      );
    }
    out.push("  </file>");
  }
  out.push("</checkstyle>");
  return out.join("\n");
};
