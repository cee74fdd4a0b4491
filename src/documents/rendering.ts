// A plain-text rendering of a document that has no lines of its own (HTML, DOCX, PDF), with the
// way back: rendered offset → offset in the original source (HTML) or → a place a person can find
// (DOCX 段落 12 / 表 2 第 5 行 第 3 列, PDF 第 3 页). The model and every rule read the rendering as
// plain text — one line per paragraph, one tab-separated line per table row — so they work unchanged;
// positions are mapped back at the edge (src/core/document.ts).

export interface Place {
  zh: string;
  en: string;
}

export interface RenderedDocument {
  format: "html" | "docx" | "pdf";
  /** The plain-text rendering (what the model reads and --print-model shows). */
  text: string;
  /** HTML: the source text that positions refer to, and the map into it. */
  original?: {
    text: string;
    /** Offset in the original for an offset of the rendering; `end` for the end of a range. */
    offsetAt(renderedOffset: number, side: "start" | "end"): number;
  };
  /** DOCX, PDF: the place in the document of an offset of the rendering. */
  placeAt?(renderedOffset: number): Place | undefined;
  /** Facts about the extraction a person should know (e.g. "3 images skipped"); not findings. */
  notes?: string[];
}

// Segment kinds of the source map.
const COPY = 1; // rendered chars correspond 1:1 to original chars
const POINT = 0; // rendered chars stand for the original range [originalStart, originalEnd)

/**
 * Builds a rendering piece by piece. `copy` appends text that appears verbatim in the original at
 * a known offset; `insert` appends text that stands for a range of the original (a decoded entity,
 * a tab between cells) or for nothing (pass no range); `mark` starts a new place (paragraph, cell,
 * page) for DOCX/PDF.
 */
export class RenderingBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  // Parallel arrays, ordered by renderedStart.
  private readonly segStart: number[] = [];
  private readonly segKind: number[] = [];
  private readonly segOrigStart: number[] = [];
  private readonly segOrigEnd: number[] = [];
  private readonly placeStart: number[] = [];
  private readonly places: Place[] = [];
  private lastOriginal = 0;

  get text(): string {
    return this.parts.join("");
  }

  /** The last character appended, or "" (to avoid doubled separators). */
  get lastChar(): string {
    for (let i = this.parts.length - 1; i >= 0; i--) if (this.parts[i]) return this.parts[i][this.parts[i].length - 1];
    return "";
  }

  get offset(): number {
    return this.length;
  }

  copy(text: string, originalStart: number): void {
    if (!text) return;
    this.push(text, COPY, originalStart, originalStart + text.length);
  }

  insert(text: string, originalStart?: number, originalEnd?: number): void {
    if (!text) return;
    const s = originalStart ?? this.lastOriginal;
    this.push(text, POINT, s, originalEnd ?? s);
  }

  mark(place: Place): void {
    if (this.placeStart.length && this.placeStart[this.placeStart.length - 1] === this.length) this.places[this.places.length - 1] = place;
    else {
      this.placeStart.push(this.length);
      this.places.push(place);
    }
  }

  private push(text: string, kind: number, origStart: number, origEnd: number): void {
    this.segStart.push(this.length);
    this.segKind.push(kind);
    this.segOrigStart.push(origStart);
    this.segOrigEnd.push(origEnd);
    this.parts.push(text);
    this.length += text.length;
    this.lastOriginal = origEnd;
  }

  /** Offset in the original of a rendered offset (see RenderedDocument.original). */
  offsetAt(renderedOffset: number, side: "start" | "end"): number {
    const i = lastAtOrBefore(this.segStart, side === "end" && renderedOffset > 0 ? renderedOffset - 1 : renderedOffset);
    if (i < 0) return 0;
    if (this.segKind[i] === COPY) {
      const o = this.segOrigStart[i] + (renderedOffset - this.segStart[i]);
      return Math.min(o, this.segOrigEnd[i]);
    }
    return side === "end" ? this.segOrigEnd[i] : this.segOrigStart[i];
  }

  placeAt(renderedOffset: number): Place | undefined {
    const i = lastAtOrBefore(this.placeStart, renderedOffset);
    return i < 0 ? undefined : this.places[i];
  }
}

/** Index of the last element ≤ x in an ascending array, or -1. */
function lastAtOrBefore(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
