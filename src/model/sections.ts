import type { Block, Section, SectionNumber } from "./types.js";
import { CANONICAL_HEADING, SECTIONS, TABLE3_HEADING_LIKE_ROWS, type SectionSpec } from "../spec/sections.js";
import { normalizeLabel } from "./normalize.js";

const NUMERALS = "一二三四五六七八九十";

/** A heading line taken apart: its numeral (if any) and the words after it. */
interface HeadingParts {
  numeral: string;
  title: string;
}

// 一、 一. 一， 一．一 (space) — but not （一）, which numbers sub-topics.
const NUMBERED = new RegExp(`^([${NUMERALS}]{1,2})\\s*(?:[、.．,，:：]|\\s)\\s*(.*)$`, "s");

function splitHeading(raw: string): HeadingParts {
  const s = raw.replace(/^[#>\s*_\u3000]+/, "").replace(/[*_\s\u3000]+$/, "");
  const m = NUMBERED.exec(s);
  if (m) return { numeral: m[1], title: m[2].replace(/^[*_]+/, "") };
  return { numeral: "", title: s };
}

const NORMALIZED = SECTIONS.map((spec) => ({
  spec,
  title: normalizeLabel(spec.title),
  variants: spec.variants.map(normalizeLabel),
  cues: spec.cues.map(normalizeLabel),
}));
const TABLE_ROWS = TABLE3_HEADING_LIKE_ROWS.map(normalizeLabel);

/** Which section a heading line stands for, or null. Exported for tests and section-heading. */
export function matchSectionHeading(raw: string): { spec: SectionSpec; numeral: string; isVariant: boolean } | null {
  if (raw.length > 60) return null;
  const { numeral, title } = splitHeading(raw);
  const t = normalizeLabel(title).replace(/[：。]$/, "");
  if (!t || TABLE_ROWS.some((r) => t.startsWith(r))) return null;
  for (const n of NORMALIZED) {
    if (t === n.title) return { spec: n.spec, numeral, isVariant: false };
    if (n.variants.includes(t)) return { spec: n.spec, numeral, isVariant: true };
  }
  // A numbered short line carrying a section's cue words is that section written loosely.
  if (numeral && t.length <= 30 && !/[。；;]/.test(t)) {
    const hits = NORMALIZED.filter((n) => n.cues.some((c) => t.includes(c)));
    if (hits.length === 1) return { spec: hits[0].spec, numeral, isVariant: true };
    if (hits.length > 1) {
      const byNumeral = hits.find((n) => n.spec.numeral === numeral);
      if (byNumeral) return { spec: byNumeral.spec, numeral, isVariant: true };
    }
  }
  return null;
}

function blockLine(block: Block): { text: string; start: number; end: number } | null {
  if (block.kind === "heading") return { text: block.text, start: block.content.start, end: block.content.end };
  if (block.kind === "paragraph") return { text: block.text, start: block.content.start, end: block.content.end };
  return null;
}

/** Find the six sections among the blocks; bodies run to the next section heading. */
export function findSections(blocks: Block[], textLength: number): Section[] {
  const found: Array<{ index: number; section: Section }> = [];
  blocks.forEach((block, index) => {
    const line = blockLine(block);
    if (!line) return;
    const m = matchSectionHeading(line.text);
    if (!m) return;
    found.push({
      index,
      section: {
        number: m.spec.number as SectionNumber,
        numeral: m.numeral,
        heading: { text: line.text, start: line.start, end: line.end },
        canonical: CANONICAL_HEADING(m.spec),
        isVariant: m.isVariant,
        body: { start: block.end, end: textLength },
        blocks: [],
      },
    });
  });
  for (let i = 0; i < found.length; i++) {
    const nextIndex = i + 1 < found.length ? found[i + 1].index : blocks.length;
    const s = found[i].section;
    s.blocks = blocks.slice(found[i].index + 1, nextIndex);
    s.body.end = i + 1 < found.length ? blocks[nextIndex].start : textLength;
  }
  return found.map((f) => f.section);
}
