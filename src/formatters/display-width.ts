// How text occupies a terminal: display widths (CJK is two columns), one-line text, shown paths.
// Pure helpers shared by the text formatters; nothing here reads the environment.
import path from "node:path";
import { eastAsianWidth } from "get-east-asian-width";

// Combining marks, and format characters such as ZWJ, ZWSP and a BOM, take no column of their own.
const ZERO_WIDTH_CHAR = /^[\p{Mn}\p{Me}\p{Cf}]$/u;

/** Columns a terminal gives one code point: 0, 1, or 2 for wide and fullwidth (East Asian) ones. */
export function codePointWidth(codePoint: number): 0 | 1 | 2 {
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) return 0;
  if (codePoint < 0x7f) return 1; // fast path: printable ASCII
  // Fast paths: CJK ideographs and fullwidth forms, most of a report (East Asian Wide / Fullwidth).
  if ((codePoint >= 0x4e00 && codePoint <= 0x9fff) || (codePoint >= 0xff01 && codePoint <= 0xff60)) return 2;
  if (ZERO_WIDTH_CHAR.test(String.fromCodePoint(codePoint))) return 0;
  // Ambiguous characters (“”, …) count as narrow, which is what most terminals do.
  return eastAsianWidth(codePoint);
}

/** Columns the string takes in a terminal (2 per CJK character). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += codePointWidth(char.codePointAt(0)!);
  return width;
}

/** Pads on the right with spaces up to `width` display columns. */
export function padEndToWidth(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

/** Pads on the left with spaces up to `width` display columns. */
export function padStartToWidth(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
}

const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\t]/g;
// Other control characters (ESC above all) could drive the terminal; a message never needs them.
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Keeps one problem on one output line: line breaks and tabs become spaces, controls go. */
export function singleLine(text: string): string {
  return text.replace(LINE_BREAKS, " ").replace(CONTROL_CHARS, "");
}

// Controls, line and paragraph separators, and the bidirectional overrides that reorder what a
// terminal shows: a file name may hold any of them, and printed raw they would drive the terminal
// (ESC, OSC) or forge output lines (a newline in a unix-format path).
const UNSAFE_IN_PATH = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED_ESCAPES: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** A file name safe to print: every control or reordering character shown as an escape (\n, \x1B, \u202E). */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE_IN_PATH, (c) => {
    const code = c.charCodeAt(0);
    return NAMED_ESCAPES[c] ?? (code < 0x100 ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}` : `\\u${code.toString(16).toUpperCase()}`);
  });
}

/**
 * The path to show, escaped for a terminal (escapeControls): relative to cwd when the file is inside it, otherwise as given.
 * Only absolute inputs are compared, so node:path never falls back to process.cwd().
 */
export function displayPath(filePath: string, cwd: string): string {
  return escapeControls(relativePath(filePath, cwd));
}

/** Relative to cwd when the file is inside it, otherwise as given (not escaped: for structured formats). */
export function relativePath(filePath: string, cwd: string): string {
  if (!path.isAbsolute(filePath) || !path.isAbsolute(cwd)) return filePath;
  const relative = path.relative(cwd, filePath);
  const outside = relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  if (relative === "" || outside) return filePath;
  return relative;
}
