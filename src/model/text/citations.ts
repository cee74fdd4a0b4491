// Citations of the regulation, the format notices and document numbers in a report (spec §1, §7),
// checked once and shared by the rules that report them by weight: regulation-citation (a notice
// that does not exist or is another document, the 2007 regulation, its articles and deadline —
// errors) and citation-form (a superseded notice for the year, a non-standard decree number, wrong
// or missing brackets in a document number — warnings).
import type { Fix } from "../../core/types.js";
import type { ReportModel, Span } from "../types.js";
import { joinedRuns, type JoinedRun } from "./prose.js";
import { foldDigitsAndBrackets } from "./chars.js";
import { matches } from "./regex.js";

/** One finding, with the messageId of the rule that reports it. */
export interface CitationFinding {
  messageId: string;
  data?: Record<string, string | number>;
  loc: Span;
  fix?: Fix;
}

/** The messageIds of each rule, so that every finding has exactly one owner. */
export const CITATION_FINDINGS = {
  "regulation-citation": ["noSuchNotice", "otherNotice", "notYetIssued", "oldDecree", "oldArticle", "oldDeadline"],
  "citation-form": ["supersededTitle", "superseded", "decreeForm", "bracket", "unclosed"],
} as const;

const cache = new WeakMap<ReportModel, CitationFinding[]>();

// A document number: issuer, year in brackets, serial number, 号. Any bracket pair is read, so the
// wrong ones can be reported; full-width digits are folded before matching (same length).
const DOC_NUMBER = /([〔\[【(（〖﹝［「『<《])[ \t\u3000]*((?:19|20)\d\d)[ \t\u3000]*([〕\]】)）〗﹞］」』>》])[ \t\u3000]*(第?)[ \t\u3000]*(\d{1,4})[ \t\u3000]*号/g;
const FULLWIDTH_DIGIT = /[\uff10-\uff19]/;
const PAIRS: Record<string, string> = { "〔": "〕", "[": "]", "【": "】", "(": ")", "（": "）", "〖": "〗", "﹝": "﹞", "［": "］", "「": "」", "『": "』", "<": ">", "《": "》" };
// 国务院令 for the 条例: 第711号 (2019 revision) or 第492号 (2007). Spaces are fine.
const DECREE = /国务院(令)?[ \t\u3000]*(第)?[ \t\u3000]*(711|492)[ \t\u3000]*号[ \t\u3000]*(令)?/g;
// The superseded 2007 articles on the annual report: 第三十一条 (deadline), 第三十二条 (content).
const OLD_ARTICLE = /(条例[》>]?|《条例》)[ \t\u3000]*(?:的)?[ \t\u3000]*第(三十一|三十二|31|32)条/g;
const UNCLOSED = /〔[ \t\u3000]*((?:19|20)\d\d)(\d{1,4})[ \t\u3000]*号/g;
const MARCH_31 = /3[ \t\u3000]*月[ \t\u3000]*31[ \t\u3000]*日/g;
const NEW_ARTICLE: Record<string, string> = { 三十一: "四十九", 三十二: "五十", "31": "49", "32": "50" };
const ISSUER_LEAD = /^.*(?:根据|按照|依据|依照|落实|贯彻|执行|结合|对照|参照|印发|转发|和|及|与|的|以)/;
const FORMAT_CONTEXT = /年度报告|年报|报告格式/;
const FORMAT_ISSUER = "国办公开办函";

/** Up to 10 Han characters ending at t[i] (the issuer's part of a document number). */
function hanBefore(t: string, i: number): string {
  let k = i;
  while (k > 0 && i - k < 10 && /[\u4e00-\u9fff]/.test(t[k - 1])) k--;
  return t.slice(k, i);
}

function sentenceAround(t: string, a: number, b: number): [number, number] {
  let s = a;
  while (s > 0 && !"。！？!?\n".includes(t[s - 1])) s--;
  let e = b;
  while (e < t.length && !"。！？!?\n".includes(t[e])) e++;
  return [s, e];
}

// What the sentence around a citation is searched for (constants: each is remembered per sentence).
// The 2007 decree is history when the sentence also names the 2019 revision.
const REVISION = /711|2019[ \t\u3000]*年[^。！？!?\n]{0,12}修订/;
// …or when the decree is followed by the verb that says it was issued (第492号公布) or preceded by
// the year it was (2007年4月5日国务院令第492号).
const ISSUED_AFTER = /^[ \t\u3000）)]{0,2}(?:公布|颁布|发布|制定)/;
const ISSUED_BEFORE = /200[78][ \t\u3000]*年[^，,。；;！？!?\n]{0,12}$/;
const REPORT_WORDS = /年度报告|年报/;
const BEFORE_WORDS = /前|之前|以前/;
const EVERY_BODY = /各级行政机关/;

// The 2019 format notice cited by its title (spec §1: 国办公开办函〔2019〕60号 and the format it
// enacts, 《中华人民共和国政府信息公开工作年度报告格式（试行）》), after spaces are removed and
// the issuing office's name is dropped. Only these exact titles: a local notice may have a similar one.
const TITLE_2019 = /^(?:关于政府信息公开工作年度报告有关事项的通知|(?:关于印发[〈<]?)?(?:中华人民共和国)?政府信息公开工作年度报告格式[（(]试行[）)](?:[〉>]?的通知)?)$/;
const ISSUING_OFFICE = /^国务院办公厅(?:政府信息与政务公开办公室)?/;
const QUOTED_TITLE = /《([^《》\n]{6,80})》/g;
// A sentence saying the report follows what it cites, in words before the title.
const BASIS = /根据|按照|依据|依照|遵照|参照|对照|执行|按/;
// …and one that speaks of the 2019 or 2020 reports is about them, not this report.
const EARLIER_REPORTS = /20(?:19|20)[ \t\u3000]*年/;

/** Every citation finding of the report, computed once per model (both citation rules read it). */
export function citationFindings(model: ReportModel): CitationFinding[] {
  const known = cache.get(model);
  if (known) return known;
  const out: CitationFinding[] = [];
  const report = (d: CitationFinding): void => {
    out.push(d);
  };
  const year = model.year?.value;
  const src = model.text;
  for (const run of joinedRuns(model)) check(run);

  function check(run: JoinedRun): void {
    const t = FULLWIDTH_DIGIT.test(run.text) ? foldDigitsAndBrackets(run.text) : run.text;
    const span = (a: number, b: number) => ({ start: run.offsets[a], end: b > a ? run.offsets[b - 1] + 1 : run.offsets[a] });
    /** A fix replacing t[a, b) — only when that stretch sits on one line of the source. */
    const fix = (a: number, b: number, text: string): Fix | undefined => {
      const { start, end } = span(a, b);
      return end - start === b - a && !/[\r\n]/.test(src.slice(start, end)) ? { range: [start, end], text } : undefined;
    };
    const written = (a: number, b: number): string => run.text.slice(a, b);
    // Whether the sentence around t[a, b) matches `re`. The last sentence and its answers are
    // kept: a long sentence holding many citations was scanned and searched once per citation,
    // which is quadratic. (A citation holds no sentence end, so a later one inside the kept
    // sentence has the same sentence.)
    let sentence = { s: -1, e: -1, answers: new Map<RegExp, boolean>() };
    const sentenceHas = (a: number, b: number, re: RegExp): boolean => {
      if (sentence.s < 0 || a < sentence.s || b > sentence.e) {
        const [s, e] = sentenceAround(t, a, b);
        sentence = { s, e, answers: new Map() };
      }
      let answer = sentence.answers.get(re);
      if (answer === undefined) {
        answer = re.test(t.slice(sentence.s, sentence.e));
        sentence.answers.set(re, answer);
      }
      return answer;
    };

    for (const m of matches(DOC_NUMBER, t)) {
      const [numberPart, open, y, close, , no] = m;
      // The issuer is the end of the Han run before the bracket: 根据国办发 → 国办发.
      const issuer = hanBefore(t, m.index).replace(ISSUER_LEAD, "");
      const all = issuer + numberPart;
      const a = m.index - issuer.length;
      const b = a + all.length;
      const bodyStart = a + issuer.length;
      const docYear = Number(y);
      const num = Number(no);
      const formatContext = sentenceHas(a, b, FORMAT_CONTEXT);
      // Brackets: 〔〕 only. Other pairs are reported and fixed when they match each other.
      if (open !== "〔" || close !== "〕") {
        if (PAIRS[open] === close && issuer.length > 0 && open !== "《" && open !== "<") {
          const closeAt = t.indexOf(close, bodyStart + 1);
          const inner = t.slice(bodyStart + 1, closeAt);
          const fixed = `〔${inner}〕`;
          report({
            messageId: "bracket",
            data: { written: written(a, b), fixed: issuer + fixed + written(closeAt + 1, b) },
            loc: span(bodyStart, closeAt + 1),
            fix: fix(bodyStart, closeAt + 1, fixed),
          });
        }
        if (PAIRS[open] !== close) continue;
      }
      const isFormatIssuer = issuer.endsWith(FORMAT_ISSUER);
      if (isFormatIssuer && docYear === 2020 && num === 60) {
        // 〔2020〕60号: a mix-up with 〔2019〕60号; fixed when the report year says which notice.
        const canFix = year === 2019 || year === 2020;
        const yearAt = a + all.indexOf(y, issuer.length + 1);
        report({ messageId: "noSuchNotice", data: { written: written(a, b) }, loc: span(a, b), fix: canFix ? fix(yearAt, yearAt + 4, "2019") : undefined });
        continue;
      }
      if (!formatContext) continue;
      // The title cited right before the number says which notice is meant.
      const before = t.slice(Math.max(0, a - 60), a);
      const cited = /《([^《》]*)》[^《》]{0,3}$/.exec(before)?.[1] ?? "";
      if (isFormatIssuer && docYear === 2019 && num === 61 && !/平台/.test(cited)) {
        report({ messageId: "otherNotice", data: { written: written(a, b), what: "关于规范政府信息公开平台有关事项的通知", right: year !== undefined && year >= 2021 ? "国办公开办函〔2021〕30号" : "国办公开办函〔2019〕60号" }, loc: span(a, b) });
        continue;
      }
      const known = (docYear === 2019 && num === 60) || (docYear === 2021 && num === 30);
      if (known && !isFormatIssuer && issuer.startsWith("国办")) {
        // 国办发〔2021〕30号 is another document; 国办函 / 国办公开函 are the format notice misnamed.
        const what = issuer === "国办发" ? "国务院办公厅文件" : "发文字号有误";
        report({
          messageId: "otherNotice",
          data: { written: written(a, b), what, right: `${FORMAT_ISSUER}〔${docYear}〕${num}号` },
          loc: span(a, b),
          fix: fix(a, bodyStart, FORMAT_ISSUER),
        });
        continue;
      }
      if (!isFormatIssuer || year === undefined) continue;
      if (docYear === 2019 && num === 60 && year >= 2021) {
        report({ messageId: "superseded", data: { year, written: written(a, b) }, loc: span(a, b) });
      } else if (docYear === 2021 && num === 30 && year <= 2020) {
        report({ messageId: "notYetIssued", data: { year, written: written(a, b) }, loc: span(a, b) });
      }
    }

    // The 2019 notice or its format cited by title, without a number, as this 2021+ report's basis.
    if (year !== undefined && year >= 2021) {
      for (const m of matches(QUOTED_TITLE, t)) {
        const inner = m[1].replace(/[ \t\u3000]/g, "").replace(ISSUING_OFFICE, "");
        if (!TITLE_2019.test(inner)) continue;
        const a = m.index;
        const b = a + m[0].length;
        // A number right after the title is judged by the number.
        if (/^[ \t\u3000]*[（(]?[ \t\u3000]*[\u4e00-\u9fff]{0,10}[〔\[【(（〖﹝［][ \t\u3000]*(?:19|20)\d\d/.test(t.slice(b, b + 24))) continue;
        const [s] = sentenceAround(t, a, b);
        if (!BASIS.test(t.slice(s, a)) || sentenceHas(a, b, EARLIER_REPORTS)) continue;
        report({ messageId: "supersededTitle", data: { year, written: written(a, b) }, loc: span(a, b) });
      }
    }

    // Document numbers whose closing bracket was lost: 某府办函〔20241号.
    for (const m of matches(UNCLOSED, t)) {
      const issuer = hanBefore(t, m.index).replace(ISSUER_LEAD, "");
      const a = m.index - issuer.length;
      report({ messageId: "unclosed", data: { written: written(a, m.index + m[0].length), issuer, year: m[1] }, loc: span(a, m.index + m[0].length) });
    }

    for (const m of matches(DECREE, t)) {
      const [all, ling, di, no, lingAfter] = m;
      const a = m.index;
      const b = a + all.length;
      if (no === "492") {
        // History is fine: "2007年4月5日国务院令第492号公布，2019年4月3日国务院令第711号修订".
        // 公布 elsewhere in the sentence (现公布本年度报告) says nothing about the decree.
        if (ISSUED_AFTER.test(t.slice(b, b + 6)) || ISSUED_BEFORE.test(t.slice(Math.max(0, a - 24), a)) || sentenceHas(a, b, REVISION)) continue;
        if (year !== undefined && year < 2019) continue;
        const at = a + all.indexOf("492");
        report({ messageId: "oldDecree", data: { written: all.trim() }, loc: span(a, b), fix: year !== undefined ? fix(at, at + 3, "711") : undefined });
        continue;
      }
      // 国务院令第711号 is right; 国务院令711号, 国务院第711号令 are not.
      if (ling && di && !lingAfter) continue;
      let end = b;
      while (end > a && /[ \t\u3000]/.test(t[end - 1])) end--;
      report({ messageId: "decreeForm", data: { written: written(a, end) }, loc: span(a, end), fix: fix(a, end, "国务院令第711号") });
    }

    if (year === undefined || year >= 2019) {
      for (const m of matches(OLD_ARTICLE, t)) {
        const a = m.index + m[1].length;
        const b = m.index + m[0].length;
        if (!sentenceHas(a, b, REPORT_WORDS)) continue;
        const numStart = t.indexOf(m[2], a);
        const article = NEW_ARTICLE[m[2]];
        const articleZh = /\d/.test(article) ? (article === "49" ? "四十九" : "五十") : article;
        let k = a;
        while (t[k] !== "第") k++;
        report({ messageId: "oldArticle", data: { written: t.slice(k, b), article: articleZh }, loc: span(k, b), fix: year !== undefined ? fix(numStart, numStart + m[2].length, article) : undefined });
      }
      // 3月31日 given as the deadline of every body or of a department.
      const department = model.organization?.level === "department";
      for (const m of matches(MARCH_31, t)) {
        const [a, b] = [m.index, m.index + m[0].length];
        if (!sentenceHas(a, b, REPORT_WORDS) || !sentenceHas(a, b, BEFORE_WORDS)) continue;
        if (!(department || sentenceHas(a, b, EVERY_BODY))) continue;
        report({ messageId: "oldDeadline", loc: span(m.index, m.index + m[0].length) });
      }
    }
  }
  cache.set(model, out);
  return out;
}
