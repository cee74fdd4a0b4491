import type { Rule } from "../src/core/types.js";
import { ruleDocsUrl } from "../src/core/docs-url.js";

// C0 controls but TAB, LF, VT, FF and CR (white space and line ends), DEL, and C1 controls: never
// part of a report. Exports and copy-paste leave them (NUL above all); the decoder keeps them.
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]+/g;

const NAMES: Record<number, string> = { 0: "NUL", 0x1b: "ESC", 0x7f: "DEL" };
const codeName = (c: number): string => `U+${c.toString(16).toUpperCase().padStart(4, "0")}${NAMES[c] ? `（${NAMES[c]}）` : ""}`;

/**
 * Invisible control characters in the text. Exports leave them throughout a file (a NUL at the end of
 * every line): one conversion defect, so one finding for the text — at the first run, with the
 * count — whose fix removes every one of them (a single edit from the first run to the last).
 */
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
        zh: "文本中有 {{count}} 个不可见的控制字符（{{codes}}）{{spread}}，应删除",
        en: "{{count}} invisible control character(s) ({{codes}}) in the text{{spreadEn}}; remove them",
      },
    },
  },
  create(context) {
    const text = context.sourceCode.text;
    const runs: Array<{ start: number; end: number }> = [];
    const codes = new Set<number>();
    let count = 0;
    CONTROL.lastIndex = 0;
    for (let m = CONTROL.exec(text); m; m = CONTROL.exec(text)) {
      for (const ch of m[0]) codes.add(ch.charCodeAt(0));
      count += m[0].length;
      runs.push({ start: m.index, end: m.index + m[0].length });
    }
    if (!runs.length) return;
    const first = runs[0];
    const last = runs[runs.length - 1];
    const lines = new Set(runs.map((r) => context.sourceCode.positionAt(r.start).line)).size;
    const spread =
      runs.length === 1
        ? { spread: "", spreadEn: "" }
        : { spread: `，共 ${runs.length} 处、分布在 ${lines} 行（自此处起）`, spreadEn: ` at ${runs.length} places on ${lines} line(s), from here on` };
    context.report({
      messageId: "control",
      data: { count, codes: [...codes].sort((a, b) => a - b).map(codeName).join("、"), ...spread },
      loc: first,
      fix: { range: [first.start, last.end], text: text.slice(first.start, last.end).replace(CONTROL, "") },
    });
  },
};
