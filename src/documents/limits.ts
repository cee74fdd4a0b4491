// Limits on reading one HTML, Word or PDF file: a hostile or broken document (a zip bomb, a PDF of
// 20,000 pages, a 40 MB web page) fails that file with a clear message, never the run. The sizes
// that can be known early are checked before the memory is spent; the rest (memory, time) are
// enforced by reading the document in a worker thread (isolated.ts).
import { DocumentError } from "./index.js";
import { BilingualError } from "../core/bilingual.js";

export interface DocumentLimits {
  /** Bytes of the file. */
  bytes: number;
  /** Bytes of a .docx's XML parts once unzipped (all together, as the archive declares them; pictures are not unzipped). */
  inflated: number;
  /** Characters of the extracted text. */
  text: number;
  /** Pages of a PDF. */
  pages: number;
  /** Seconds to read one file. */
  seconds: number;
  /** Heap of the worker thread that reads a file, in MiB. */
  memory: number;
}

const MiB = 1024 * 1024;

/** Generous for real reports (a few MB, a few dozen pages, ~50,000 characters), tight enough that a bomb fails fast. */
export const DEFAULT_LIMITS: DocumentLimits = {
  bytes: 100 * MiB,
  inflated: 64 * MiB,
  text: 10_000_000,
  pages: 2000,
  seconds: 60,
  memory: 512,
};

export const LIMIT_NAMES = Object.keys(DEFAULT_LIMITS) as Array<keyof DocumentLimits>;

/**
 * `--limit name=value` → limits. Sizes take a unit (bytes=50MB, inflated=1GiB, memory=512MB),
 * seconds an optional "s"; a plain number is bytes / characters / pages / seconds / MiB (memory).
 * Throws Error with a message fit for the user.
 */
export function parseLimits(specs: string[], base: DocumentLimits = DEFAULT_LIMITS): DocumentLimits {
  const limits = { ...base };
  for (const spec of specs) {
    const m = /^\s*([a-z]+)\s*=\s*(\d+(?:\.\d+)?)\s*([kmg]i?b?|b|s)?\s*$/i.exec(spec);
    const name = m?.[1].toLowerCase() as keyof DocumentLimits | undefined;
    if (!m || !name || !LIMIT_NAMES.includes(name))
      throw new BilingualError({
        zh: `--limit "${spec}"：应为 名称=值，名称为 ${LIMIT_NAMES.join("、")} 之一（如 --limit bytes=200MB --limit pages=5000）`,
        en: `--limit "${spec}": expected name=value with name one of ${LIMIT_NAMES.join(", ")} (e.g. --limit bytes=200MB --limit pages=5000)`,
      });
    const unit = (m[3] ?? "").toLowerCase();
    const scale = unit.startsWith("k") ? 1024 : unit.startsWith("m") ? MiB : unit.startsWith("g") ? 1024 * MiB : 1;
    if (unit && unit !== "s" && !["bytes", "inflated", "memory"].includes(name)) throw new BilingualError({ zh: `--limit "${spec}"：${name} 不带大小单位`, en: `--limit "${spec}": ${name} takes no size unit` });
    if (unit === "s" && name !== "seconds") throw new BilingualError({ zh: `--limit "${spec}"：只有 seconds 可带 "s"`, en: `--limit "${spec}": only seconds takes "s"` });
    let value = Number(m[2]) * scale;
    if (name === "memory" && unit && unit !== "b") value /= MiB;
    if (!(value > 0)) throw new BilingualError({ zh: `--limit "${spec}"：值必须大于 0`, en: `--limit "${spec}": the value must be positive` });
    limits[name] = name === "seconds" || name === "memory" ? value : Math.floor(value);
  }
  return limits;
}

export function formatBytes(n: number): string {
  return n >= MiB ? `${+(n / MiB).toFixed(1)} MiB` : n >= 1024 ? `${+(n / 1024).toFixed(1)} KiB` : `${n} bytes`;
}

/** The error for a limit a file exceeds: what was exceeded, and how to raise it. */
export function limitError(zh: string, en: string, name: keyof DocumentLimits): DocumentError {
  return new DocumentError({ zh: `${zh}（可用 --limit ${name}=… 调整）`, en: `${en} (raise it with --limit ${name}=…)` });
}

export function checkInputSize(bytes: Uint8Array, limits: DocumentLimits): void {
  if (bytes.byteLength > limits.bytes)
    throw limitError(`文件过大（${formatBytes(bytes.byteLength)}，上限 ${formatBytes(limits.bytes)}）`, `the file is too large (${formatBytes(bytes.byteLength)}, limit ${formatBytes(limits.bytes)})`, "bytes");
}

export function checkTextLength(text: string, limits: DocumentLimits): void {
  if (text.length > limits.text)
    throw limitError(`提取的文字过长（${text.length} 字符，上限 ${limits.text}）`, `the extracted text is too long (${text.length} characters, limit ${limits.text})`, "text");
}
