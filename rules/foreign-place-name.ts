import type { Rule, RuleContext } from "../src/core/types.js";
import { ruleDocsUrl } from "../src/core/docs-url.js";
import { loadGazetteer } from "../src/gazetteer/load.js";
import { cityOf, contains, placePath, resolveName, townshipStem, type Gazetteer, type Place } from "../src/gazetteer/index.js";
import { findPlaceMentions, type PlaceMention } from "../src/gazetteer/find.js";

/**
 * A township, county or city named in the report that lies outside the body the report is about:
 * the name of the body whose report was used as a template (a town in 浙江 whose report says
 * "努力在东乡镇形成…", 东乡镇 being in 广西). The body comes from the title / organisation (or
 * settings.organization / settings.county) and is placed with the gazetteer of 2023 divisions
 * (data/gazetteer-2023.txt); when its name is shared (和平镇 ×17) every home counts and a name is
 * reported only when it is foreign to all of them.
 */

/** How far a place lies from the body: 0 inside (or a parent), 1 same city, 2 same province, 3 elsewhere. */
type Distance = 0 | 1 | 2 | 3;

function distance(h: Place, u: Place): Distance {
  if (contains(h, u) || contains(u, h)) return 0;
  // Townships of the same county are neighbours, not strangers (合作, 对口帮扶 …).
  if (h.level === "township" && u.level === "township" && h.parent === u.parent) return 0;
  const hc = cityOf(h);
  if (hc && hc === cityOf(u)) return 1;
  return ancestorProvince(h) === ancestorProvince(u) ? 2 : 3;
}

function ancestorProvince(p: Place): Place {
  let q = p;
  while (q.parent) q = q.parent;
  return q;
}

/**
 * 0 fine, 1 same city (reported with sameCity), 2 foreign: the mildest verdict over every home of
 * the name and every home of the body. A township or county is foreign outside the body's city
 * (same city: 1), a city outside the body's province; a province is never foreign.
 */
function judge(homes: readonly Place[], unit: readonly Place[]): 0 | 1 | 2 {
  let verdict: 0 | 1 | 2 = 2;
  for (const h of homes) {
    if (h.level === "province") return 0;
    let best: Distance = 3;
    for (const u of unit) best = Math.min(best, distance(h, u)) as Distance;
    const v: 0 | 1 | 2 = h.level === "city" ? (best === 3 ? 2 : 0) : best === 0 ? 0 : best === 1 ? 1 : 2;
    if (v < verdict) verdict = v;
    if (verdict === 0) return 0;
  }
  return verdict;
}

interface Unit {
  /** The body's name as written, up to the end of the division names (和平镇 of 和平镇人民政府). */
  written: string;
  places: Place[];
  /** The names written in the organisation (and settings.county), townships by stem: never foreign. */
  selfNames: Set<string>;
}

const stemOrName = (name: string): string => townshipStem(name) ?? name;

/** The body's name (settings.organization wins over the report's) and settings.county. */
function unitNames(context: RuleContext): { orgName?: string; countyName?: string } {
  const settings = context.settings;
  const orgName = typeof settings.organization === "string" && settings.organization.trim() ? settings.organization.trim() : context.model.organization?.name;
  const countyName = typeof settings.county === "string" && settings.county.trim() ? settings.county.trim() : undefined;
  return { orgName, countyName };
}

function resolveUnit(g: Gazetteer, orgName: string | undefined, countyName: string | undefined): Unit | null {
  const org = orgName ? resolveName(g, orgName) : null;
  const county = countyName ? resolveName(g, countyName) : null;
  let places: Place[] | undefined;
  if (org && county) {
    const inside = org.places.filter((p) => county.places.some((c) => contains(c, p)));
    places = inside.length ? inside : county.places;
  } else places = org?.places ?? county?.places;
  if (!places || places.length === 0) return null;
  const selfNames = new Set<string>();
  for (const name of [orgName, countyName]) {
    if (!name) continue;
    for (const m of findPlaceMentions(g, name)) selfNames.add(stemOrName(m.name));
  }
  const written = org && orgName ? orgName.slice(0, org.end) : (countyName ?? "");
  return { written, places, selfNames };
}

// A sentence about working with another place: 东西部协作, 对口帮扶, 结对共建, 考察学习 …
const COOPERATION = /协作|帮扶|对口|支援|援建|结对|合作|共建|考察|交流|挂职|友好|借鉴/;
const SENTENCE_END = /[。！？；!?;\n]/;

// A clause about a visit or an event elsewhere: the body went there or learned from it, which a
// template's leftover name never says. The clause (between commas) is read around the mention:
// 赴东乡镇学习, 到武宣县调研, 参加在武宣县召开的培训会, 参加了外省举办的培训, 向东乡镇学习经验.
const CLAUSE_END = /[，,。！？；!?;：:\n]/;
const TRAVEL_BEFORE = /(?:赴|前往|到|去|至|来到|走进|走访|应邀)[^，,。；;]{0,6}$/;
const ACTIVITY = /学习|调研|考察|培训|参观|观摩|交流|取经|座谈|研讨|会议|跟班|参会|现场会/;
const ATTEND_BEFORE = /参加|参与|出席|列席|应邀/;
const HOSTED_AFTER = /^[^，,。；;]{0,12}?(?:举办|召开|组织|主办|承办|开展)的/;
const LEARN_FROM = /(?:向|到|赴)$|(?:学习|借鉴|参照|对标|参考|取经)了?$/;
const LEARN_AFTER = /^(?:的)?(?:学习|取经|经验|做法|先进)/;

/** True when the mention at text[start, end) names a place the body visited, attended or learned from. */
function visitedOrLearnedFrom(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && start - a < 60 && !CLAUSE_END.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && b - end < 60 && !CLAUSE_END.test(text[b])) b++;
  const before = text.slice(a, start);
  const after = text.slice(end, b);
  if (TRAVEL_BEFORE.test(before) && ACTIVITY.test(before + after)) return true;
  if (ATTEND_BEFORE.test(before) && HOSTED_AFTER.test(after)) return true;
  return LEARN_FROM.test(before) && LEARN_AFTER.test(after);
}

function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && start - a < 300 && !SENTENCE_END.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && b - end < 300 && !SENTENCE_END.test(text[b])) b++;
  return text.slice(a, b);
}

/** Where the name's homes are: their parents' paths (广西壮族自治区南宁市横州市、…贺州市八步区). */
function describe(homes: Place[]): string {
  const paths = homes.slice(0, 3).map((h) => placePath(h.parent ?? h));
  return homes.length > 3 ? `${paths.join("、")} 等${homes.length}处` : paths.join("、");
}

export const foreignPlaceName: Rule = {
  meta: {
    id: "foreign-place-name",
    type: "problem",
    docs: {
      name: "外地地名",
      nameEn: "Foreign place names",
      description: "报告中出现本单位辖区以外的乡镇（街道）、县（区）、市名称，多为套用其他单位报告的遗留",
      descriptionEn: "A township, county or city outside the reporting body's area is named (usually left from another body's report)",
      url: ruleDocsUrl("foreign-place-name"),
    },
    defaultSeverity: "error",
    messages: {
      foreign: {
        zh: "「{{name}}」（位于{{where}}）不在本报告单位（{{unit}}）辖区内，可能是套用其他单位报告的遗留，应改为本单位名称",
        en: "\"{{name}}\" (in {{where}}) lies outside {{unit}}, the body this report is about; probably left from another body's report: use this body's name",
      },
      sameCity: {
        zh: "「{{name}}」（位于{{where}}）属同市其他县（区），不在本报告单位（{{unit}}）辖区内，请核实",
        en: "\"{{name}}\" (in {{where}}) is in another county of the same city, outside {{unit}}, the body this report is about: check it",
      },
    },
    schema: {
      type: "object",
      properties: {
        allow: { type: "array", items: { type: "string", minLength: 1 }, description: "Place names that may be mentioned (partner towns …), added to settings.allowPlaces" },
        sameCity: { type: "boolean", description: "Also report townships and counties of the same city outside the body's county" },
      },
      additionalProperties: false,
    },
    defaultOptions: { allow: [], sameCity: false },
  },
  create(context) {
    const text = context.sourceCode.text;
    // Cheap exits before the gazetteer is read: no suffix character, no division name; no body.
    if (!/[镇乡县区市鎮鄉縣區]|街道/.test(text)) return;
    const { orgName, countyName } = unitNames(context);
    if (!orgName && !countyName) return;
    const g = loadGazetteer();
    const unit = resolveUnit(g, orgName, countyName);
    if (!unit) return;
    const mentions = findPlaceMentions(g, text);
    const reliable = (m: PlaceMention): boolean => m.ambiguous === null;

    // A shared name (和平镇 ×17): keep the homes inside a county or city the report names.
    if (unit.places.length > 1) {
      const named = mentions.filter((m) => reliable(m) && m.homes.some((h) => h.level === "county" || h.level === "city"));
      const narrowed = unit.places.filter((p) => named.some((m) => m.homes.some((h) => h.level !== "township" && contains(h, p))));
      if (narrowed.length > 0) unit.places = narrowed;
    }

    const unitLabel = unit.places.length === 1 ? placePath(unit.places[0]) : unit.written;
    const allowed = new Set<string>();
    const allowList = [...((context.options.allow as string[] | undefined) ?? []), ...(Array.isArray(context.settings.allowPlaces) ? context.settings.allowPlaces : [])];
    for (const a of allowList) {
      if (typeof a !== "string" || !a.trim()) continue;
      allowed.add(a.trim());
      allowed.add(stemOrName(a.trim()));
    }
    const sameCity = context.options.sameCity === true;

    // A chain of names (甘肃省兰州市皋兰县什川镇) is one place: judged by its last name, reported once.
    for (let i = 0; i < mentions.length; i++) {
      const first = mentions[i];
      let m = first;
      while (i + 1 < mentions.length && mentions[i + 1].chained && mentions[i + 1].start === m.end) m = mentions[++i];
      if (!reliable(m)) continue;
      const key = stemOrName(m.name);
      if (unit.selfNames.has(key) || allowed.has(key) || allowed.has(text.slice(first.start, m.end))) continue;
      const verdict = judge(m.homes, unit.places);
      if (verdict === 0 || (verdict === 1 && !sameCity)) continue;
      if (COOPERATION.test(sentenceAround(text, first.start, m.end))) continue;
      if (visitedOrLearnedFrom(text, first.start, m.end)) continue;
      context.report({
        messageId: verdict === 2 ? "foreign" : "sameCity",
        data: { name: text.slice(first.start, m.end), where: describe(m.homes), unit: unitLabel },
        loc: { start: first.start, end: m.end },
      });
    }
  },
};
