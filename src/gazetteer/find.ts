// Division names in running text. Chinese has no spaces, so a name is found from its end: at each
// suffix (镇 乡 街道 县 区 市, and 省 for context) the longest known name ending there. Then the
// reading is checked, because many names are also ordinary words or can be cut differently:
// 北乡镇 inside 湖北乡镇 (湖北 + 乡镇), 平安镇 inside 平安镇村建设 (平安 + 镇村), 古城镇 ("old town").
// Pure and linear: at most `maxNameLength` map look-ups per suffix character (fewer: a candidate is
// no longer than the longest name of its kind).
import { contains, hasTownship, higherPlaces, lookup, maxStemLength, type Gazetteer, type Place } from "./index.js";

export interface PlaceMention {
  start: number;
  end: number;
  name: string;
  /** The places the name can stand for (narrowed by a parent named just before it). */
  homes: Place[];
  /** Directly after the name of one of its parents (湖州市安吉县, 乐昌市北乡镇). */
  chained: boolean;
  /**
   * Why the name may not be a name here, or null when it reads as one:
   * - "compound": the suffix forms a word with the next character (镇村, 乡村, 市场, 区域 …);
   * - "split": a three-character name ending in a common noun (乡镇, 城镇, 城区 …) that may be read
   *   as X + noun: after a character that may end a word (湖北乡镇 = 湖北 + 乡镇), or with a
   *   modifier for X (新城区 "the new district", 古城镇 "old towns");
   * - "common": a name shared by many townships (城关镇, 建设街道 — often a phrase too) after a
   *   character that may end a word.
   * - "misplaced": a township written right after a county or city that, in the 2023 gazetteer,
   *   has no township of that name (a 乡 merged or renamed since): the text says where it
   *   is, the gazetteer's other homes for the name do not apply.
   * A name is read as a name, whatever it looks like, right after its parent's name (永登县城关镇)
   * or before an administration word (城关镇人民政府, 新城区党委); "split" and "common" names also
   * when they start cleanly: after punctuation, a digit or a preposition (在北乡镇, ，城关镇).
   */
  ambiguous: "split" | "compound" | "common" | "misplaced" | null;
}

const CJK = (c: number): boolean => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

/** Two-character nouns that end a name and are also words by themselves: 北乡镇 = 北 + 乡镇? */
const COMMON_TAILS = new Set(["乡镇", "城镇", "集镇", "村镇", "市镇", "小镇", "古镇", "城区", "市区", "新区", "山区", "郊区", "矿区", "林区", "景区", "园区", "社区", "城市", "县市", "都市"]);

/** The suffix and the character after it form a word: 镇村 (towns and villages), 乡村, 市场 … */
// Only where the other reading is another place or no place: 安吉县城 and 湖州市政府 still name
// 安吉县 and 湖州市, but 平安镇村 may be 平安 + 镇村 and 超市场 is no 超市.
const COMPOUND_AFTER: Record<string, string> = {
  镇: "村街域区级",
  乡: "镇村域级土亲贤风愁间里下情",
  县: "",
  区: "域",
  市: "场",
  省: "",
  街道: "",
};

/** Modifiers that make a phrase with a common noun: 新城区 "the new urban district", 古城镇 "old towns". */
const MODIFIERS = "新老旧古主大小全各本该";

/** Single characters after which a name starts cleanly: prepositions and conjunctions. */
const FUNCTION_CHARS = "在于到赴至与和及同跟向对从由为是将把的";

/** After the name: it names an administration, so it is a name (城关镇人民政府, 古城镇党委). */
const ADMIN_AFTER = /^(?:人民政府|政府|党委|党工委|人大|纪委|办事处|街道办|党政办|综合办|财政所|派出所|卫生院|便民服务|政务服务)/;

/** A township name shared by this many townships or more is "common" (138 names in 2023). */
export const COMMON_NAME_HOMES = 10;

const TRAD_SUFFIX: Record<string, string> = { 鎮: "镇", 鄉: "乡", 縣: "县", 區: "区" };

const TOWNSHIP_SUFFIX_INDEX: Record<string, number | undefined> = { 镇: 0, 乡: 1, 街道: 2 };

/** The suffixes a division name ends in (after the traditional forms are folded). */
const SUFFIXES = /[镇乡县区市省]|街道/g;

/**
 * Every division name in `text` (or in text[from, to)), in order, with the places it may stand
 * for. Two-character names (和县, 乌镇) are taken only right after a parent's name. The suffixes
 * in traditional script (縣 鎮 鄉 區) are read as simplified.
 */
export function findPlaceMentions(g: Gazetteer, text: string, from = 0, to = text.length): PlaceMention[] {
  let s = text.slice(from, to);
  // The traditional forms of the suffixes (name characters in traditional script match nothing).
  if (/[鎮鄉縣區]/.test(s)) s = s.replace(/[鎮鄉縣區]/g, (c) => TRAD_SUFFIX[c] ?? c);
  const out: PlaceMention[] = [];
  // From one suffix to the next with a native scan; the run of Han characters before a suffix (where
  // a name can start) is walked back only as far as the longest name could reach.
  SUFFIXES.lastIndex = 0;
  for (let hit = SUFFIXES.exec(s); hit; hit = SUFFIXES.exec(s)) {
    const i = hit.index;
    const suffix = hit[0];
    const end = i + suffix.length;
    const prev = out[out.length - 1];
    // One map look-up per candidate length: townships by stem, the other levels by name. The
    // longest candidate is bounded by the longest name of its kind (for townships: of those whose
    // stem ends in the character before the suffix).
    const township = TOWNSHIP_SUFFIX_INDEX[suffix];
    const afterHan = i > 0 && CJK(s.charCodeAt(i - 1));
    const longest = township === undefined ? g.byNameMaxLength : afterHan ? maxStemLength(g, s.charCodeAt(i - 1)) + suffix.length : 0;
    let runStart = i;
    while (runStart > 0 && end - runStart < longest && CJK(s.charCodeAt(runStart - 1))) runStart--;
    let name: string | null = null;
    for (let L = Math.min(longest, end - runStart); L >= 2; L--) {
      const known = township === undefined ? higherPlaces(g, s.slice(end - L, end)).length > 0 : hasTownship(g, s.slice(end - L, i), township);
      if (!known) continue;
      const cand = s.slice(end - L, end);
      // A two-character name only right after its parent (马鞍山市和县).
      if (L === 2 && !(prev && prev.end - from === end - L)) continue;
      name = cand;
      break;
    }
    if (name === null) continue;
    const start = end - name.length;
    let homes = lookup(g, name);
    if (suffix === "省") homes = homes.filter((h) => h.level === "province");
    if (homes.length === 0) continue;
    const m: PlaceMention = { start: from + start, end: from + end, name, homes, chained: false, ambiguous: null };
    if (prev && m.start < prev.end) {
      // Overlap: a longer name that swallows the previous one (大新市 → 大新市镇) replaces it; a
      // partial overlap keeps the earlier name.
      if (m.start <= prev.start) out.pop();
      else continue;
    }
    const before = out[out.length - 1];
    let misplaced = false;
    if (before && before.end === m.start) {
      const inside = homes.filter((h) => before.homes.some((p) => p !== h && contains(p, h)));
      if (inside.length > 0) {
        m.homes = inside;
        m.chained = true;
      } else misplaced = before.homes.some((p) => p.level !== "township") && homes.some((h) => h.level === "township");
    }
    if (name.length === 2 && !m.chained) continue;
    if (misplaced) m.ambiguous = "misplaced";
    else if (!m.chained) m.ambiguous = ambiguity(s, start, end, suffix, name, homes);
    out.push(m);
    SUFFIXES.lastIndex = end; // past the second character of 街道
  }
  SUFFIXES.lastIndex = 0;
  return out;
}

function ambiguity(s: string, start: number, end: number, suffix: string, name: string, homes: Place[]): PlaceMention["ambiguous"] {
  const next = s[end];
  if (next !== undefined && COMPOUND_AFTER[suffix]?.includes(next)) return "compound";
  // 城关镇人民政府, 新城区党委: an administration word after the name settles it.
  if (ADMIN_AFTER.test(s.slice(end, end + 4))) return null;
  const genericTail = name.length === 3 && COMMON_TAILS.has(name.slice(1));
  // 新城区, 老城区, 古城镇, 小城镇: a modifier and a common noun, a phrase before it is a name.
  if (genericTail && MODIFIERS.includes(name[0])) return "split";
  const prevChar = s.charCodeAt(start - 1);
  const cleanStart = start === 0 || !CJK(prevChar) || FUNCTION_CHARS.includes(s[start - 1]);
  if (cleanStart) return null;
  if (genericTail) return "split";
  const towns = homes.filter((h) => h.level === "township").length;
  return towns >= COMMON_NAME_HOMES ? "common" : null;
}
