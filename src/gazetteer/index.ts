// China's administrative divisions (province → city → county → township) read from the compact
// index in data/gazetteer-2023.txt (built by scripts/build-gazetteer.mjs). Everything here is pure:
// parseGazetteer takes the file's text, the lookups take the parsed index. load.ts reads the file.
//
// Parsing is cheap on purpose (a cold CLI run should cost little more than Node's own start): the
// text is kept as it is, and only the ~3,350 province, city and county lines are read (where each
// starts, where its name ends, a hash of the name), into typed arrays and one map of numbers. The
// 38,693 townships stay in the text: a stem is looked up among the tokens that end in its last
// character, collected with indexOf (a native scan, about 0.1 ms) the first time a name ending in
// that character is asked for; a token's county is the line it lies in, its suffix the marker
// before it. Place objects are made on first use, once. A report asks about a few dozen stems, so
// a cold run pays a few milliseconds instead of the ~35 ms (and the garbage) of materialising every
// township and place.

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

/** Township suffixes in the order the index numbers them (the file names them, this fixes the order). */
export const TOWNSHIP_SUFFIXES = ["镇", "乡", "街道", "苏木"] as const;

/** The name without its township suffix (东湖街道 → 东湖), or null when it has none. */
export function townshipStem(name: string): string | null {
  for (const s of TOWNSHIP_SUFFIXES) if (name.length > s.length && name.endsWith(s)) return name.slice(0, -s.length);
  return null;
}

const PSEUDO_CITY = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

const SPACE = 32;
const NEWLINE = 10;
const TILDE = 126;
const HASH = 35;

/** A suffix marker's index by its first character (markers are checked by the parser). */
const MARKER_SUFFIX: Record<string, number | undefined> = { 镇: 0, 乡: 1, 街: 2, 苏: 3 };

/** A marker that is none of TOWNSHIP_SUFFIXES (a token starting with ~). */
const BAD_MARKER = / ~(?!(?:镇|乡|街道|苏木)(?:[ \n]|$))/g;

const NO_ENTRIES: readonly number[] = [];
const NO_PLACES: readonly Place[] = [];

/**
 * Buckets collected one by one (each a scan of the text, 0.1–0.3 ms) before all the others are
 * collected at once (one pass over every township, 10–20 ms): a report needs 2 to 15, a process
 * that lints hundreds of reports may ask for thousands of characters.
 */
const FULL_INDEX_AFTER = 64;

/**
 * The tokens of the file that end in one UTF-16 unit, by a hash of their text (tokenHash): the
 * start offset of each (a number, or a list when several tokens share the hash). Numbers, not
 * strings: a bucket for 县 holds some 1,300 tokens, and strings would be garbage to collect.
 */
interface Bucket {
  tokens: Map<number, number | number[]>;
  /** The longest token. */
  maxLength: number;
}

const EMPTY_BUCKET: Bucket = { tokens: new Map(), maxLength: 0 };

/** The hash of text[a, b), read backwards (as Gazetteer.add reads a token). */
function tokenHash(text: string, a: number, b: number): number {
  let h = 0;
  for (let i = b - 1; i >= a; i--) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h & 0x3fffffff;
}

/** The first `n` characters at offsets a and b are the same. */
function sameStart(text: string, a: number, b: number, n: number): boolean {
  for (let i = 0; i < n; i++) if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return false;
  return true;
}

/** A copy of `a` with room for `capacity` numbers. */
function grown(a: Int32Array, capacity: number): Int32Array {
  const b = new Int32Array(capacity);
  b.set(a);
  return b;
}

/** The largest i < n with sorted[i] <= o, or -1. */
function floorIndex(sorted: Int32Array, n: number, o: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= o) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi;
}

/**
 * A parsed gazetteer. Format (see data/README.md): line 1 `reportlint-gazetteer 1`, line 2 `# ` +
 * JSON metadata, then `code name` for provinces (2 digits) and cities (4 digits), and
 * `code name ~镇 stem stem ~乡 stem …` for counties (6 digits), each after its parent. The
 * constructor checks the structure (codes, parents, suffix markers) and indexes nothing else.
 */
export class Gazetteer {
  readonly meta: GazetteerMeta;
  /** The longest province, city or county name, in UTF-16 units (pseudo cities left out). */
  readonly byNameMaxLength: number;
  private readonly text: string;
  /** Where the records start (after the metadata line). */
  private readonly body: number;
  // Typed arrays (grown by doubling): little garbage while parsing.
  /** Per record (a province, city or county line, in file order): its offset, where its name ends, its parent record (-1 for a province). */
  private readonly recordStart: Int32Array;
  private readonly nameEnd: Int32Array;
  private readonly parentRecord: Int32Array;
  private readonly provinceRecords: number[] = [];
  /** Per county (in file order): its record, where its townships start (its first marker, or its line's end when it has none) and its line's end. */
  private readonly countyRecord: Int32Array;
  private readonly areaStart: Int32Array;
  private readonly areaEnd: Int32Array;
  private readonly countyCount: number;
  /** Provinces, cities and counties (pseudo cities left out) by tokenHash of their name: record or records. */
  private readonly heads = new Map<number, number | number[]>();
  private readonly places: Array<Place | undefined>;
  private readonly buckets = new Map<number, Bucket>();
  /** How many buckets were collected by scanning the text; complete once every township is in a bucket. */
  private scans = 0;
  private complete = false;
  private readonly higher = new Map<string, readonly Place[]>();
  private readonly entries = new Map<string, readonly number[]>();
  /** Township places by stem, made on first use, parallel to townshipEntries(stem). */
  private readonly townshipPlaces = new Map<string, readonly Place[]>();
  private longestTownship = -1;
  private provinceList?: Place[];
  private countyList?: Place[];

  constructor(text: string) {
    this.text = text;
    const nl1 = text.indexOf("\n");
    if (!text.startsWith("reportlint-gazetteer 1")) throw new Error("not a reportlint gazetteer (format 1)");
    const nl2 = nl1 < 0 ? -1 : text.indexOf("\n", nl1 + 1);
    const metaLine = nl1 < 0 ? null : text.slice(nl1 + 1, nl2 < 0 ? text.length : nl2);
    if (metaLine === null || !metaLine.startsWith("# ")) throw new Error("gazetteer: metadata line missing");
    this.meta = JSON.parse(metaLine.slice(2)) as GazetteerMeta;
    const body = (this.body = nl2 < 0 ? text.length : nl2 + 1);
    let capacity = 4096;
    let recordStart: Int32Array = new Int32Array(capacity);
    let nameEnd: Int32Array = new Int32Array(capacity);
    let parentRecord: Int32Array = new Int32Array(capacity);
    let countyRecord: Int32Array = new Int32Array(capacity);
    let areaStart: Int32Array = new Int32Array(capacity);
    let areaEnd: Int32Array = new Int32Array(capacity);
    const heads = this.heads;
    let records = 0;
    let counties = 0;
    let byNameMaxLength = 0;
    let province = -1;
    let city = -1;
    let line = 3;
    for (let pos = body; pos <= text.length; pos++, line++) {
      let end = text.indexOf("\n", pos);
      if (end < 0) end = text.length;
      const at = pos;
      pos = end;
      if (end === at || text.charCodeAt(at) === HASH) continue;
      let sp = text.indexOf(" ", at);
      if (sp < 0 || sp > end) sp = end;
      const codeLength = sp - at;
      if (codeLength !== 2 && codeLength !== 4 && codeLength !== 6) throw new Error(`gazetteer line ${line}: bad code "${text.slice(at, sp)}"`);
      if (sp === end) throw new Error(`gazetteer line ${line}: name missing`);
      let ne = text.indexOf(" ", sp + 1);
      if (ne < 0 || ne > end) ne = end;
      if (records === capacity) {
        capacity *= 2;
        recordStart = grown(recordStart, capacity);
        nameEnd = grown(nameEnd, capacity);
        parentRecord = grown(parentRecord, capacity);
        countyRecord = grown(countyRecord, capacity);
        areaStart = grown(areaStart, capacity);
        areaEnd = grown(areaEnd, capacity);
      }
      const record = records;
      let parent = -1;
      if (codeLength === 2) {
        this.provinceRecords.push(record);
        province = record;
        city = -1;
      } else if (codeLength === 4) {
        if (province < 0 || !sameStart(text, recordStart[province], at, 2)) throw new Error(`gazetteer line ${line}: city outside its province`);
        parent = province;
        city = record;
      } else {
        if (city < 0 || !sameStart(text, recordStart[city], at, 4)) throw new Error(`gazetteer line ${line}: county outside its city`);
        // Townships, if any, start with a suffix marker.
        if (ne < end && text.charCodeAt(ne + 1) !== TILDE) throw new Error(`gazetteer line ${line}: township before a suffix group`);
        parent = city;
        countyRecord[counties] = record;
        areaStart[counties] = ne < end ? ne + 1 : end;
        areaEnd[counties++] = end;
      }
      recordStart[record] = at;
      nameEnd[record] = ne;
      parentRecord[records++] = parent;
      const length = ne - sp - 1;
      // Pseudo cities (市辖区, 县, 省直辖县级行政区划 …) are not indexed: 1, 3, 9 or 11 characters.
      if (codeLength === 4 && (length === 1 || length === 3 || length === 9 || length === 11) && PSEUDO_CITY.test(text.slice(sp + 1, ne))) continue;
      if (length > byNameMaxLength) byNameMaxLength = length;
      const h = tokenHash(text, sp + 1, ne);
      const old = heads.get(h);
      if (old === undefined) heads.set(h, record);
      else if (typeof old === "number") heads.set(h, [old, record]);
      else old.push(record);
    }
    this.recordStart = recordStart;
    this.nameEnd = nameEnd;
    this.parentRecord = parentRecord;
    this.countyRecord = countyRecord;
    this.areaStart = areaStart;
    this.areaEnd = areaEnd;
    this.byNameMaxLength = byNameMaxLength;
    this.countyCount = counties;
    this.places = new Array<Place | undefined>(records);
    // Every marker inside a county's townships must name a suffix (one native scan).
    BAD_MARKER.lastIndex = body;
    try {
      for (let m = BAD_MARKER.exec(text); m; m = BAD_MARKER.exec(text)) {
        const at = m.index + 1;
        if (this.countyAt(at) < 0) continue; // not on a county line: not a marker
        let end = at;
        while (end < text.length && text.charCodeAt(end) !== SPACE && text.charCodeAt(end) !== NEWLINE) end++;
        throw new Error(`gazetteer line ${text.slice(0, at).split("\n").length}: unknown suffix "${text.slice(at, end)}"`);
      }
    } finally {
      BAD_MARKER.lastIndex = 0;
    }
  }

  /** Provinces in file order (made on first read). */
  get provinces(): Place[] {
    return (this.provinceList ??= this.provinceRecords.map((r) => this.place(r)));
  }

  /** Counties in file order (made on first read); township entries number them in this order. */
  get counties(): Place[] {
    return (this.countyList ??= Array.from(this.countyRecord.subarray(0, this.countyCount), (r) => this.place(r)));
  }

  /**
   * The longest name of any level, in UTF-16 units. Computed on first read, from a scan of every
   * township (a few milliseconds): the lookups bound names by byNameMaxLength and maxStemLength.
   */
  get maxNameLength(): number {
    return Math.max(this.byNameMaxLength, this.longestTownshipName());
  }

  /** The provinces, cities and counties called `name` (pseudo cities are not called anything). */
  higherPlaces(name: string): readonly Place[] {
    if (name.length === 0 || name.length > this.byNameMaxLength) return NO_PLACES;
    const known = this.higher.get(name);
    if (known) return known;
    const found = this.heads.get(tokenHash(name, 0, name.length));
    if (found === undefined) return NO_PLACES;
    const out: Place[] = [];
    const text = this.text;
    for (const r of typeof found === "number" ? [found] : found) {
      // A record's name is its line's second token.
      const start = this.nameEnd[r] - name.length;
      if (text.charCodeAt(start - 1) === SPACE && text.startsWith(name, start) && text.indexOf(" ", this.recordStart[r]) === start - 1) out.push(this.place(r));
    }
    if (out.length > 0) this.higher.set(name, out);
    return out;
  }

  /**
   * The townships with this stem, as county index × 4 + suffix index, in file order (a county
   * may have the stem under two suffixes). Empty for an unknown stem.
   */
  townshipEntries(stem: string): readonly number[] {
    const known = this.entries.get(stem);
    if (known) return known;
    if (stem === "") return NO_ENTRIES;
    const starts = this.tokenStarts(stem.charCodeAt(stem.length - 1), stem);
    if (starts.length === 0) return NO_ENTRIES;
    // The bucket holds county, city and province names too: only tokens among a county's
    // townships count; a township's suffix is the marker before it.
    const out: number[] = [];
    for (const o of starts) {
      const county = this.countyAt(o);
      if (county < 0) continue;
      const marker = this.text.lastIndexOf(" ~", o) + 2;
      out.push(county * 4 + MARKER_SUFFIX[this.text[marker]]!);
    }
    this.entries.set(stem, out);
    return out;
  }

  /**
   * The townships with this stem, one place for each of townshipEntries(stem), made once. (A
   * township is known by its stem and its entry: several share an entry, every 镇 of a county.)
   */
  townshipsWithStem(stem: string): readonly Place[] {
    let places = this.townshipPlaces.get(stem);
    if (!places) {
      places = this.townshipEntries(stem).map((entry): Place => {
        const county = this.place(this.countyRecord[entry >> 2]);
        return { level: "township", name: stem + TOWNSHIP_SUFFIXES[entry & 3], code: county.code, parent: county };
      });
      this.townshipPlaces.set(stem, places);
    }
    return places;
  }

  /**
   * At least the length of every township stem that ends in the UTF-16 unit `last` (0 when none
   * does; names of other levels ending in it may count too: a bound, not a measure).
   */
  maxStemLength(last: number): number {
    return this.bucket(last).maxLength;
  }

  /** The county among whose townships offset `o` lies, or -1. */
  private countyAt(o: number): number {
    const k = floorIndex(this.areaStart, this.countyCount, o);
    return k >= 0 && o < this.areaEnd[k] ? k : -1;
  }

  private place(record: number): Place {
    let p = this.places[record];
    if (p) return p;
    const text = this.text;
    const at = this.recordStart[record];
    const sp = text.indexOf(" ", at);
    const code = text.slice(at, sp);
    const name = text.slice(sp + 1, this.nameEnd[record]);
    const parent = this.parentRecord[record] < 0 ? null : this.place(this.parentRecord[record]);
    p = { level: code.length === 2 ? "province" : code.length === 4 ? "city" : "county", name, code, parent };
    if (code.length === 4 && PSEUDO_CITY.test(name)) p.pseudo = true;
    this.places[record] = p;
    return p;
  }

  /** The longest township name (stem and suffix), from a scan of every county's townships. */
  private longestTownshipName(): number {
    if (this.longestTownship >= 0) return this.longestTownship;
    const text = this.text;
    let longest = 0;
    for (let k = 0; k < this.countyCount; k++) {
      const end = this.areaEnd[k];
      let suffix = 0;
      for (let a = this.areaStart[k]; a < end; ) {
        let b = text.indexOf(" ", a);
        if (b < 0 || b > end) b = end;
        if (text.charCodeAt(a) === TILDE) suffix = b - a - 1;
        else if (b - a + suffix > longest) longest = b - a + suffix;
        a = b + 1;
      }
    }
    return (this.longestTownship = longest);
  }

  /** Where the tokens equal to `token` (which ends in `last`) start, in file order. */
  private tokenStarts(last: number, token: string): readonly number[] {
    const text = this.text;
    const found = this.bucket(last).tokens.get(tokenHash(token, 0, token.length));
    if (found === undefined) return NO_ENTRIES;
    const out: number[] = [];
    for (const o of typeof found === "number" ? [found] : found) {
      const after = o + token.length;
      if (text.startsWith(token, o) && (after === text.length || text.charCodeAt(after) === SPACE || text.charCodeAt(after) === NEWLINE)) out.push(o);
    }
    return out.length > 1 ? out.sort((a, b) => a - b) : out;
  }

  /** The tokens ending in `last`, collected on first use with two indexOf loops over the text. */
  private bucket(last: number): Bucket {
    let b = this.buckets.get(last);
    if (b) return b;
    if (this.complete) return EMPTY_BUCKET;
    if (this.scans === FULL_INDEX_AFTER) {
      this.indexAll();
      return this.buckets.get(last) ?? EMPTY_BUCKET;
    }
    this.scans++;
    b = { tokens: new Map(), maxLength: 0 };
    this.buckets.set(last, b);
    if (last === SPACE || last === NEWLINE || Number.isNaN(last)) return b;
    const text = this.text;
    const c = String.fromCharCode(last);
    for (const pattern of [c + " ", c + "\n"]) for (let p = text.indexOf(pattern, this.body); p >= 0; p = text.indexOf(pattern, p + 1)) this.add(b, p);
    if (text.length > this.body && text.charCodeAt(text.length - 1) === last) this.add(b, text.length - 1);
    return b;
  }

  /**
   * Puts every township into the buckets not collected yet, in one pass over the counties' lines
   * (10–20 ms, as much as ~100 scans): for a process that lints many reports.
   */
  private indexAll(): void {
    const text = this.text;
    const fresh = new Map<number, Bucket>();
    for (let k = 0; k < this.countyCount; k++) {
      const end = this.areaEnd[k];
      for (let a = this.areaStart[k]; a < end; ) {
        let e = text.indexOf(" ", a);
        if (e < 0 || e > end) e = end;
        if (e > a && text.charCodeAt(a) !== TILDE) {
          const last = text.charCodeAt(e - 1);
          let b = fresh.get(last);
          if (!b && !this.buckets.has(last)) fresh.set(last, (b = { tokens: new Map(), maxLength: 0 }));
          if (b) this.add(b, e - 1);
        }
        a = e + 1;
      }
    }
    for (const [last, b] of fresh) this.buckets.set(last, b);
    this.complete = true;
  }

  /** Adds the token that ends at offset `p` (inclusive) to the bucket, hashed as tokenHash does. */
  private add(b: Bucket, p: number): void {
    const text = this.text;
    const body = this.body;
    let h = 0;
    let j = p + 1;
    for (let c = text.charCodeAt(p); j > body && c !== SPACE && c !== NEWLINE; c = text.charCodeAt(--j - 1)) h = (Math.imul(h, 31) + c) | 0;
    if (text.charCodeAt(j) === TILDE) return; // a suffix marker
    h &= 0x3fffffff;
    const old = b.tokens.get(h);
    if (old === undefined) b.tokens.set(h, j);
    else if (typeof old === "number") b.tokens.set(h, [old, j]);
    else old.push(j);
    if (p + 1 - j > b.maxLength) b.maxLength = p + 1 - j;
  }
}

/** Parse the index (see Gazetteer). */
export function parseGazetteer(text: string): Gazetteer {
  return new Gazetteer(text);
}

function townshipsOf(g: Gazetteer, stem: string, suffix: number | null): Place[] {
  const out: Place[] = [];
  const entries = g.townshipEntries(stem);
  if (entries.length === 0) return out;
  const places = g.townshipsWithStem(stem);
  for (let i = 0; i < entries.length; i++) if (suffix === null || (entries[i] & 3) === suffix) out.push(places[i]);
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
  const higher = g.higherPlaces(name);
  const t = suffixIndex(name);
  const towns = t ? townshipsOf(g, t.stem, t.suffix) : [];
  if (higher.length === 0) return towns;
  return towns.length ? [...towns, ...higher] : [...higher];
}

/** The provinces, cities and counties with exactly this name. */
export function higherPlaces(g: Gazetteer, name: string): readonly Place[] {
  return g.higherPlaces(name);
}

/** True when some place has exactly this name (cheaper than lookup). */
export function hasName(g: Gazetteer, name: string): boolean {
  if (g.higherPlaces(name).length > 0) return true;
  const t = suffixIndex(name);
  return t !== null && hasTownship(g, t.stem, t.suffix);
}

/** True when a township is called `stem` + TOWNSHIP_SUFFIXES[suffix]. */
export function hasTownship(g: Gazetteer, stem: string, suffix: number): boolean {
  return g.townshipEntries(stem).some((e) => (e & 3) === suffix);
}

/**
 * At least the length of every township stem ending in the UTF-16 unit `last` (0 when none does):
 * the longest township name ending in a suffix after that character is this plus the suffix.
 */
export function maxStemLength(g: Gazetteer, last: number): number {
  return g.maxStemLength(last);
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

/** Up to this length a string is searched for names of every length (see resolveName). */
const SHORT_NAME = 64;

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
    // Candidates are no longer than the longest name, but knowing its length takes a scan of every
    // township (g.maxNameLength): a short string tries every length instead. The extra lookups find
    // nothing (no name is longer than the longest) but a 街道 or 苏木 found by its stem as a 镇 or 乡
    // one character shorter, which is dropped as before.
    const rest = s.length - i;
    for (let L = rest <= SHORT_NAME ? rest : Math.min(g.maxNameLength, rest); L >= 2; L--) {
      const name = s.slice(i, i + L);
      let hits: readonly Place[] = lookup(g, name);
      if (hits.length === 0 && townshipStem(name) !== null && L >= 3) {
        hits = townshipHomes(g, name);
        if (hits.length > 0 && L > g.byNameMaxLength && hits.every((h) => h.name.length < L) && L > g.maxNameLength) hits = [];
      }
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
