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

/**
 * The path to show: relative to cwd when the file is inside it, otherwise as given.
 * Only absolute inputs are compared, so node:path never falls back to process.cwd().
 */
export function displayPath(filePath: string, cwd: string): string {
  if (!path.isAbsolute(filePath) || !path.isAbsolute(cwd)) return filePath;
  const relative = path.relative(cwd, filePath);
  const outside = relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  if (relative === "" || outside) return filePath;
  return relative;
}
