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
  /** The plain data behind offsetAt and placeAt, so that a rendering made in a worker thread can be sent back (see reviveRendering). */
  map?: RenderingMap;
}

/** A builder's source map and places as plain arrays (ordered by rendered offset). */
export interface RenderingMap {
  segStart: number[];
  segKind: number[];
  segOrigStart: number[];
  segOrigEnd: number[];
  placeStart: number[];
  places: Place[];
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

  get map(): RenderingMap {
    const { segStart, segKind, segOrigStart, segOrigEnd, placeStart, places } = this;
    return { segStart, segKind, segOrigStart, segOrigEnd, placeStart, places };
  }

  /** Offset in the original of a rendered offset (see RenderedDocument.original). */
  offsetAt(renderedOffset: number, side: "start" | "end"): number {
    return offsetIn(this.map, renderedOffset, side);
  }

  placeAt(renderedOffset: number): Place | undefined {
    return placeIn(this.map, renderedOffset);
  }
}

function offsetIn(map: RenderingMap, renderedOffset: number, side: "start" | "end"): number {
  const i = lastAtOrBefore(map.segStart, side === "end" && renderedOffset > 0 ? renderedOffset - 1 : renderedOffset);
  if (i < 0) return 0;
  if (map.segKind[i] === COPY) {
    const o = map.segOrigStart[i] + (renderedOffset - map.segStart[i]);
    return Math.min(o, map.segOrigEnd[i]);
  }
  return side === "end" ? map.segOrigEnd[i] : map.segOrigStart[i];
}

function placeIn(map: RenderingMap, renderedOffset: number): Place | undefined {
  const i = lastAtOrBefore(map.placeStart, renderedOffset);
  return i < 0 ? undefined : map.places[i];
}

/** A rendering as data that survives structured cloning (postMessage): functions are dropped and rebuilt from the map. */
export interface ClonedRendering {
  format: RenderedDocument["format"];
  text: string;
  notes?: string[];
  originalText?: string;
  hasPlaces: boolean;
  map: RenderingMap;
}

export function cloneableRendering(doc: RenderedDocument): ClonedRendering {
  if (!doc.map) throw new Error(`the ${doc.format} rendering has no map`);
  return { format: doc.format, text: doc.text, notes: doc.notes, originalText: doc.original?.text, hasPlaces: !!doc.placeAt, map: doc.map };
}

export function reviveRendering(c: ClonedRendering): RenderedDocument {
  const { map } = c;
  return {
    format: c.format,
    text: c.text,
    map,
    ...(c.notes ? { notes: c.notes } : {}),
    ...(c.originalText !== undefined ? { original: { text: c.originalText, offsetAt: (offset: number, side: "start" | "end") => offsetIn(map, offset, side) } } : {}),
    ...(c.hasPlaces ? { placeAt: (offset: number) => placeIn(map, offset) } : {}),
  };
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
