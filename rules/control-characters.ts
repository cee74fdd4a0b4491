import type { Rule } from "../src/core/types.js";
import { ruleDocsUrl } from "../src/core/docs-url.js";

// C0 controls but TAB, LF, VT, FF and CR (white space and line ends), DEL, and C1 controls: never
// part of a report. Exports and copy-paste leave them (NUL above all); the decoder keeps them.
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]+/g;

const NAMES: Record<number, string> = { 0: "NUL", 0x1b: "ESC", 0x7f: "DEL" };
const codeName = (c: number): string => `U+${c.toString(16).toUpperCase().padStart(4, "0")}${NAMES[c] ? `（${NAMES[c]}）` : ""}`;

/** Invisible control characters in the text: each run is reported and removed by the fix. */
export const controlCharacters: Rule = {
  meta: {
    id: "control-characters",
    type: "problem",
    docs: {
      name: "控制字符",
      nameEn: "Control characters",
      description: "正文中不应含有控制字符（如 NUL）",
      descriptionEn: "The text must not contain control characters (such as NUL)",
      url: ruleDocsUrl("control-characters"),
    },
    defaultSeverity: "warn",
    fixable: "code",
    messages: {
      control: {
        zh: "文本中有 {{count}} 个不可见的控制字符（{{codes}}），应删除",
        en: "{{count}} invisible control character(s) ({{codes}}) in the text; remove them",
      },
    },
  },
  create(context) {
    const text = context.sourceCode.text;
    CONTROL.lastIndex = 0;
    for (let m = CONTROL.exec(text); m; m = CONTROL.exec(text)) {
      const codes = [...new Set([...m[0]].map((ch) => ch.charCodeAt(0)))].map(codeName).join("、");
      const start = m.index;
      const end = start + m[0].length;
      context.report({ messageId: "control", data: { count: m[0].length, codes }, loc: { start, end }, fix: { range: [start, end], text: "" } });
    }
  },
};
