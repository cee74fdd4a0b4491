// China's administrative divisions (province → city → county → township) read from the compact
// index in data/gazetteer-2023.txt (built by scripts/build-gazetteer.mjs). Everything here is pure:
// parseGazetteer takes the file's text, the lookups take the parsed index. load.ts reads the file.

export type PlaceLevel = "province" | "city" | "county" | "township";

export interface Place {
  level: PlaceLevel;
  /** The name as the statistics office writes it (街道办事处 shortened to 街道). */
  name: string;
  /** 2-, 4- or 6-digit code; a township carries its county's code (townships are known by name). */
  code: string;
  /** Null for a province. */
  parent: Place | null;
  /**
   * A city (地级) that stands for no real city: 市辖区 / 县 under a municipality, or
   * 省直辖县级行政区划. Its name is not indexed.
   */
  pseudo?: boolean;
}

export interface GazetteerMeta {
  source: string;
  version: string;
  edition: number;
  description?: string;
  [key: string]: unknown;
}

export interface Gazetteer {
  meta: GazetteerMeta;
  provinces: Place[];
  /** Counties in file order; township entries point into this array. */
  counties: Place[];
  /** Provinces, cities and counties by full name (a name may belong to several places). */
  byName: Map<string, Place[]>;
  /**
   * Townships by stem (the name without its suffix): county index × 4 + suffix index, one number
   * or several. Township places are made on lookup: 38,000 objects up front would triple the
   * parse time.
   */
  stems: Map<string, number | number[]>;
  /** Township places made so far, by entry. */
  townshipCache: Map<number, Place>;
  /** The longest name, in UTF-16 units. */
  maxNameLength: number;
}

/** Township suffixes in the order the index numbers them (the file names them, this fixes the order). */
export const TOWNSHIP_SUFFIXES = ["镇", "乡", "街道", "苏木"] as const;

/** The name without its township suffix (东湖街道 → 东湖), or null when it has none. */
export function townshipStem(name: string): string | null {
  for (const s of TOWNSHIP_SUFFIXES) if (name.length > s.length && name.endsWith(s)) return name.slice(0, -s.length);
  return null;
}

const PSEUDO_CITY = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

/**
 * Parse the index. Format (see data/README.md): line 1 `reportlint-gazetteer 1`, line 2 `# ` +
 * JSON metadata, then `code name` for provinces (2 digits) and cities (4 digits), and
 * `code name ~镇 stem stem ~乡 stem …` for counties (6 digits), each after its parent.
 */
export function parseGazetteer(text: string): Gazetteer {
  const lines = text.split("\n");
  if (!lines[0]?.startsWith("reportlint-gazetteer 1")) throw new Error("not a reportlint gazetteer (format 1)");
  if (!lines[1]?.startsWith("# ")) throw new Error("gazetteer: metadata line missing");
  const meta = JSON.parse(lines[1].slice(2)) as GazetteerMeta;
  const provinces: Place[] = [];
  const counties: Place[] = [];
  const byName = new Map<string, Place[]>();
  const stems = new Map<string, number | number[]>();
  let maxNameLength = 0;
  let province: Place | null = null;
  let city: Place | null = null;
  const named = (p: Place): void => {
    const list = byName.get(p.name);
    if (list) list.push(p);
    else byName.set(p.name, [p]);
    if (p.name.length > maxNameLength) maxNameLength = p.name.length;
  };
  for (let i = 2; i < lines.length; i++) {
    const line = lines[i];
    if (line === "" || line.startsWith("#")) continue;
    const f = line.split(" ");
    const code = f[0];
    if (code.length === 2) {
      province = { level: "province", name: f[1], code, parent: null };
      provinces.push(province);
      named(province);
      city = null;
    } else if (code.length === 4) {
      if (!province || !code.startsWith(province.code)) throw new Error(`gazetteer line ${i + 1}: city outside its province`);
      city = { level: "city", name: f[1], code, parent: province };
      if (PSEUDO_CITY.test(city.name)) city.pseudo = true;
      else named(city);
    } else if (code.length === 6) {
      if (!city || !code.startsWith(city.code)) throw new Error(`gazetteer line ${i + 1}: county outside its city`);
      const county: Place = { level: "county", name: f[1], code, parent: city };
      named(county);
      const base = counties.length * 4;
      counties.push(county);
      let suffix = -1;
      for (let k = 2; k < f.length; k++) {
        const t = f[k];
        if (t.charCodeAt(0) === 126 /* ~ */) {
          suffix = (TOWNSHIP_SUFFIXES as readonly string[]).indexOf(t.slice(1));
          if (suffix < 0) throw new Error(`gazetteer line ${i + 1}: unknown suffix "${t}"`);
          continue;
        }
        if (suffix < 0) throw new Error(`gazetteer line ${i + 1}: township before a suffix group`);
        const entry = base + suffix;
        const old = stems.get(t);
        if (old === undefined) stems.set(t, entry);
        else if (typeof old === "number") stems.set(t, [old, entry]);
        else old.push(entry);
        if (t.length + TOWNSHIP_SUFFIXES[suffix].length > maxNameLength) maxNameLength = t.length + TOWNSHIP_SUFFIXES[suffix].length;
      }
    } else throw new Error(`gazetteer line ${i + 1}: bad code "${code}"`);
  }
  return { meta, provinces, counties, byName, stems, townshipCache: new Map(), maxNameLength };
}

function township(g: Gazetteer, entry: number, stem: string): Place {
  let p = g.townshipCache.get(entry);
  if (!p) {
    const county = g.counties[entry >> 2];
    p = { level: "township", name: stem + TOWNSHIP_SUFFIXES[entry & 3], code: county.code, parent: county };
    g.townshipCache.set(entry, p);
  }
  return p;
}

function townshipsOf(g: Gazetteer, stem: string, suffix: number | null): Place[] {
  const v = g.stems.get(stem);
  if (v === undefined) return [];
  const entries = typeof v === "number" ? [v] : v;
  const out: Place[] = [];
  for (const e of entries) if (suffix === null || (e & 3) === suffix) out.push(township(g, e, stem));
  return out;
}

function suffixIndex(name: string): { stem: string; suffix: number } | null {
  for (let s = 0; s < TOWNSHIP_SUFFIXES.length; s++) {
    const suf = TOWNSHIP_SUFFIXES[s];
    if (name.length > suf.length && name.endsWith(suf)) return { stem: name.slice(0, -suf.length), suffix: s };
  }
  return null;
}

/** Every place with exactly this name (townships, counties, cities, provinces). */
export function lookup(g: Gazetteer, name: string): Place[] {
  const higher = g.byName.get(name);
  const t = suffixIndex(name);
  const towns = t ? townshipsOf(g, t.stem, t.suffix) : [];
  if (!higher) return towns;
  return towns.length ? [...towns, ...higher] : [...higher];
}

/** True when some place has exactly this name (cheaper than lookup). */
export function hasName(g: Gazetteer, name: string): boolean {
  if (g.byName.has(name)) return true;
  const t = suffixIndex(name);
  return t !== null && hasTownship(g, t.stem, t.suffix);
}

/** True when a township is called `stem` + TOWNSHIP_SUFFIXES[suffix]. */
export function hasTownship(g: Gazetteer, stem: string, suffix: number): boolean {
  const v = g.stems.get(stem);
  if (v === undefined) return false;
  return typeof v === "number" ? (v & 3) === suffix : v.some((e) => (e & 3) === suffix);
}

/**
 * The townships a township name may stand for: those with the name, and those with the same stem
 * and another suffix (a 乡 made a 镇, a 镇 made a 街道 since the report was written).
 */
export function townshipHomes(g: Gazetteer, name: string): Place[] {
  const t = suffixIndex(name);
  return t ? townshipsOf(g, t.stem, null) : [];
}

/** Same place (township places made at different times compare by county and name). */
export function samePlace(a: Place, b: Place): boolean {
  return a === b || (a.level === b.level && a.code === b.code && a.name === b.name);
}

export function ancestor(p: Place, level: PlaceLevel): Place | null {
  for (let q: Place | null = p; q; q = q.parent) if (q.level === level) return q;
  return null;
}

/** True when `outer` is `inner` or one of its ancestors. */
export function contains(outer: Place, inner: Place): boolean {
  for (let q: Place | null = inner; q; q = q.parent) if (q === outer) return true;
  return false;
}

/**
 * The city a place belongs to, for "same city" comparisons: its 地级 city; for a pseudo city the
 * municipality (the province) or, for a county directly under its province (省直辖县级行政区划),
 * the county itself. Null for a province.
 */
export function cityOf(p: Place): Place | null {
  if (p.level === "province") return null;
  const city = ancestor(p, "city");
  if (!city) return null;
  if (!city.pseudo) return city;
  if (city.name === "市辖区" || city.name === "县") return city.parent;
  return ancestor(p, "county");
}

/** 浙江省湖州市安吉县: the place's name after its ancestors' (pseudo cities left out). */
export function placePath(p: Place): string {
  const parts: string[] = [];
  for (let q: Place | null = p; q; q = q.parent) if (!q.pseudo) parts.unshift(q.name);
  // 北京市北京市 cannot happen (the municipality's city is pseudo); 东莞市东莞市 can.
  return parts.filter((n, i) => n !== parts[i - 1]).join("");
}

export interface ResolvedName {
  /** The places the name most specifically stands for (several when ambiguous). */
  places: Place[];
  /** Where the recognised chain of names ends in the string. */
  end: number;
}

const isDescendantOfAny = (p: Place, of: readonly Place[]): boolean => of.some((o) => o !== p && contains(o, p));

/**
 * Read the chain of division names at the start of `s` (an organisation: 安吉县天子湖镇人民政府,
 * 湖州市长兴县人民政府办公室, 安吉县卫生健康局): at each step the longest known name, kept only where it
 * lies inside the previous step's places. The chain ends at the first text that is no name. A
 * township missing from the index under its name is looked up by stem (the report may predate a
 * 乡 → 镇 change). Null when `s` does not start with a known name.
 */
export function resolveName(g: Gazetteer, s: string): ResolvedName | null {
  let places: Place[] | null = null;
  let i = 0;
  let end = 0;
  while (i < s.length) {
    let found: Place[] = [];
    let len = 0;
    for (let L = Math.min(g.maxNameLength, s.length - i); L >= 2; L--) {
      const name = s.slice(i, i + L);
      let hits: readonly Place[] = lookup(g, name);
      if (hits.length === 0 && townshipStem(name) !== null && L >= 3) hits = townshipHomes(g, name);
      if (hits.length === 0) continue;
      const inside: Place[] = places === null ? [...hits] : hits.filter((h) => isDescendantOfAny(h, places!));
      if (inside.length === 0) continue;
      found = inside;
      len = L;
      break;
    }
    if (len === 0) break;
    places = found;
    i += len;
    end = i;
  }
  return places === null ? null : { places, end };
}
