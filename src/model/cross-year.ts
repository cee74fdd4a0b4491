// Last year's report, as the cross-year rules use it (carryover-consistency,
// valid-documents-continuity, copied-previous-report), and the organisation key the CLI matches
// reports of consecutive years by (src/cli/previous.ts).
import type { RuleContext } from "../core/types.js";
import type { ReportModel } from "./types.js";
import { foldWidth, toSimplified } from "./normalize.js";

/**
 * Last year's model when it can be compared with this year's: given, built, and — when both
 * reports state their year — exactly one year earlier (a report of the same year or of two years
 * before is another file, not last year's: comparing would report nonsense). Otherwise undefined,
 * and the cross-year rules stay silent.
 */
export function previousYearModel(context: RuleContext): ReportModel | undefined {
  if (context.previousFilePath === undefined) return undefined;
  const previous = context.previous;
  if (!previous) return undefined;
  const year = context.model.year?.value;
  const before = previous.year?.value;
  if (year !== undefined && before !== undefined && before !== year - 1) return undefined;
  return previous;
}

/** Last year's file as messages name it: the path as the caller gave it. */
export function previousFileLabel(context: RuleContext): string {
  return context.previousFilePath ?? "";
}

// Endings that name the same body two ways: 青禾镇 / 青禾镇人民政府, 东湖街道 / 东湖街道办事处.
// Not 办公室, 局, 委员会 …: 某县人民政府办公室 is another body than 某县人民政府.
const SAME_BODY_SUFFIXES = ["人民政府", "政府", "办事处"];

/**
 * An organisation's name reduced to what two reports of the same body share: full-width folded,
 * simplified, white space and punctuation dropped, and a trailing 人民政府/政府/办事处 removed.
 */
export function organizationKey(name: string): string {
  let s = "";
  for (const ch of toSimplified(foldWidth(name))) {
    if (/[\p{L}\p{N}]/u.test(ch)) s += ch;
  }
  for (const suffix of SAME_BODY_SUFFIXES) {
    if (s.length > suffix.length + 1 && s.endsWith(suffix)) {
      s = s.slice(0, -suffix.length);
      break;
    }
  }
  return s;
}

/**
 * True when two organisation keys name the same body: equal, or one is the other with the names
 * of the places above it in front (新堡镇 / 某县新堡镇) — the shorter must keep at least three
 * characters, and what the longer adds must end in a place of a higher level (省, 市, 县, 区, 旗, 州,
 * 盟, 自治区): 新东湖街道办事处 is another body than 东湖街道办事处.
 */
export function sameOrganization(a: string, b: string): boolean {
  if (a === b) return a.length > 0;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length < 3 || !long.endsWith(short)) return false;
  return /(?:省|市|县|区|旗|州|盟)$/.test(long.slice(0, long.length - short.length));
}
