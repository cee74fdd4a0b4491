import type { Position } from "./types.js";

/**
 * The decoded text with its line table. Offsets are JavaScript string indices, so columns come
 * out in UTF-16 code units, which is what editors, LSP and SARIF expect.
 * Line breaks: \r\n, \n and a lone \r each end a line.
 */
export class SourceCode {
  readonly text: string;
  /** Offset of the first character of each line. */
  readonly lineStarts: number[];

  constructor(text: string) {
    this.text = text;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Offset → 1-based line and column. Offsets past the end clamp to the end. */
  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.lineStarts[lo] + 1 };
  }

  /** 1-based line and column → offset, or -1 when the position is not inside the text. */
  offsetAt(pos: Position): number {
    if (!Number.isInteger(pos.line) || !Number.isInteger(pos.column)) return -1;
    if (pos.line < 1 || pos.line > this.lineStarts.length || pos.column < 1) return -1;
    const start = this.lineStarts[pos.line - 1];
    const offset = start + pos.column - 1;
    const lineEnd = this.lineEndAt(pos.line);
    return offset <= lineEnd ? offset : -1;
  }

  /** Offset just past the last character of a 1-based line (before its line break). */
  lineEndAt(line: number): number {
    if (line >= this.lineStarts.length) return this.text.length;
    let end = this.lineStarts[line];
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** The text of a 1-based line without its line break. */
  lineText(line: number): string {
    if (line < 1 || line > this.lineStarts.length) return "";
    return this.text.slice(this.lineStarts[line - 1], this.lineEndAt(line));
  }
}
