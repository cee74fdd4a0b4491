// Template text never filled in, found once and shared by the rules that report it by weight:
// unfilled-template (a placeholder mark — XX, ××, 某某 — or a bracketed instruction — （单位名称）,
// 【此处填写】 — left in the text: errors) and template-placeholder (a count missing before its
// measure word, 累计悬挂条幅条: a warning). One scan, so that a span gives one finding.
import type { ReportModel, Span } from "../types.js";
import { joinedRuns, runSpan, type JoinedRun } from "./prose.js";
import { isDigit, isHan, isHSpace, isLatin } from "./chars.js";
import { excerpt } from "../../core/interpolate.js";

/** One finding, with the messageId of the rule that reports it. */
export interface PlaceholderFinding {
  messageId: string;
  data: Record<string, string>;
  loc: Span;
}

/** The messageIds of each rule, so that every finding has exactly one owner (spec §7 rates them). */
export const PLACEHOLDER_FINDINGS = {
  "unfilled-template": ["mark", "instruction"],
  "template-placeholder": ["missingCount"],
} as const;

const cache = new WeakMap<ReportModel, PlaceholderFinding[]>();

// Marks that stand for text still to be filled in.
const X_CHARS = "XxＸｘ";
const TIMES_CHARS = "×✕╳";
const STAR_CHARS = "＊";
const CIRCLE_CHARS = "〇○◯";
const MARK_CHARS = new Set([...X_CHARS, ...TIMES_CHARS, ...STAR_CHARS, "某", ...CIRCLE_CHARS]);
// Characters of a Chinese numeral: a run of circles inside one (二〇〇八年) is a digit, not a mark.
const CN_NUMERAL = "〇○◯零一二三四五六七八九十百千万两";
// Bracketed instructions left from a template: （单位名称）, 【此处填写…】, [请填写].
const INSTRUCTION = /^(?:请?在?此处|请)?(?:填写|填入|输入|填报)|^(?:单位|机关|部门|本单位|乡镇|街道|县|市|区)?(?:全称|名称)$/;
const OPEN = "（(【[［〔";
const CLOSE = "）)】]］〕";

// Measure words a count stands before. Longest first, so 人次 wins over 次.
const MEASURES = ["人次", "万元", "条", "件", "个", "项", "次", "份", "篇", "场", "户", "家", "名", "元", "期", "批"];
// Where a finding can start: a mark, a bracket, 此, or a measure word that ends its clause (a count
// can be missing only there, see missingCount), so the native scan skips the many measure
// characters inside words (条例, 文件, 个人).
const CLAUSE_END = "，,。；;、）)";
const CANDIDATE = new RegExp(
  `[${[..."XxＸｘ×✕╳＊某〇○◯（(【[［〔此"].map((c) => (/[\\\]\[^-]/.test(c) ? `\\${c}` : c)).join("")}]|(?:${MEASURES.join("|")})(?=[${CLAUSE_END}]|$)`,
  "g",
);
// Characters before a measure word that make it a word of its own or quantify it without a digit.
const QUANTIFIERS = "〇零一二三四五六七八九十百千万亿两几多数各每该此本某整逐单双首末上下全半余前后这那哪";
// Words that end in a measure character: 文件, 事项, 市场 … (a measure word at the end of a clause).
const WORDS_ENDING_IN_MEASURE = new Set(
  (
    "文件 案件 条件 事件 邮件 稿件 软件 证件 信件 附件 部件 要件 物件 函件 来件 办件 急件 原件 配件 硬件 构件 零件 元件 快件 批件 复件 " +
    "线条 教条 萧条 便条 字条 纸条 链条 横条 金条 面条 " +
    "事项 款项 专项 选项 强项 弱项 立项 分项 " +
    "整个 " +
    "层次 名次 档次 其次 再次 依次 屡次 批次 班次 车次 场次 频次 位次 席次 届次 " +
    "身份 月份 年份 省份 股份 部份 成份 " +
    "长篇 通篇 短篇 全篇 " +
    "现场 市场 广场 会场 战场 立场 考场 农场 商场 赛场 登场 在场 当场 出场 到场 主场 职场 官场 屠场 林场 " +
    "国家 专家 大家 农家 商家 厂家 全家 独家 作家 管家 居家 自家 回家 到家 企业家 " +
    "农户 住户 用户 门户 账户 客户 散户 入户 到户 进户 落户 开户 窗户 困难户 贫困户 低保户 五保户 " +
    "姓名 署名 排名 命名 签名 报名 提名 点名 实名 匿名 知名 有名 著名 闻名 功名 " +
    "单元 公元 美元 欧元 日元 港元 多元 纪元 状元 " +
    "定期 长期 近期 同期 逾期 到期 时期 周期 初期 预期 限期 学期 假期 日期 星期 延期 按期 如期 分期 短期 中期 末期 后期 前期 早期 晚期 " +
    "审批 报批 分批 获批 特批"
  ).split(" "),
);
// Verbs and adverbs that say a count follows.
const COUNT_WORDS = /共|累计|合计|总计|计|发放|发布|公开|公示|悬挂|张贴|印发|印制|制作|收到|受理|办理|办结|答复|处理|接待|开展|举办|召开|组织|培训|走访|更新|推送|播放|发送|报送|上报|解读/;

const TOTAL_WORDS = /累计|共计|合计|总计|(?<![公同])共(?![同享建治识产性有])/;
// A negation stands where the count would be (上年无结转件, 未办结件): the clause says "none".
const NEGATION = /无|没有|未|零|不存在/;

function clauseBounds(t: string, i: number): [number, number] {
  const stop = "，,。；;：:、！？!?（）()《》“”\"";
  let a = i;
  while (a > 0 && !stop.includes(t[a - 1])) a--;
  let b = i;
  while (b < t.length && !stop.includes(t[b])) b++;
  return [a, b];
}

/** A counted clause: ends in a number (and 余/多) and a measure word. */
const COUNTED = new RegExp(`(?:\\d|[〇零一二三四五六七八九十百千万两])(?:余|多)?(?:${MEASURES.join("|")})$`);

/** The unfilled template text of the model's prose, worked out once per model. */
export function placeholderFindings(model: ReportModel): PlaceholderFinding[] {
  const known = cache.get(model);
  if (known) return known;
  const out: PlaceholderFinding[] = [];
  for (const run of joinedRuns(model)) check(run, out);
  cache.set(model, out);
  return out;
}

function check(run: JoinedRun, out: PlaceholderFinding[]): void {
  const t = run.text;
  // Characters already inside a finding: one cause, one finding (and a constant-time check per
  // character instead of a walk over every earlier finding).
  let taken: Uint8Array | undefined; // made at the first finding: most runs have none
  const report = (messageId: string, i: number, j: number, data: Record<string, string>): void => {
    taken ??= new Uint8Array(t.length);
    for (let k = i; k < j; k++) if (taken[k]) return;
    taken.fill(1, i, j);
    out.push({ messageId, data, loc: runSpan(run, i, j) });
  };
  // Jump from one character that can start a finding to the next (a native scan).
  const sentences = new Sentences(t);
  const scan = CANDIDATE;
  scan.lastIndex = 0;
  for (let hit = scan.exec(t); hit; hit = scan.exec(t)) {
    const i = hit.index;
    const ch = t[i];
    // XX, 20XX年, ××, ＊＊, 某某, 〇〇.
    if (MARK_CHARS.has(ch)) {
      const group = X_CHARS.includes(ch) ? X_CHARS : TIMES_CHARS.includes(ch) ? TIMES_CHARS : STAR_CHARS.includes(ch) ? STAR_CHARS : ch === "某" ? "某" : CIRCLE_CHARS;
      let j = i;
      while (j < t.length && group.includes(t[j])) j++;
      const len = j - i;
      let a = i;
      let b = j;
      let ok = len >= 2;
      if (group === X_CHARS) {
        // Not part of a Latin word (xxgk) or code; 20XX年 and 202X年 take the digits along.
        if (isLatin(t[i - 1]) || isLatin(t[j])) ok = false;
        if (ok || (len === 1 && isDigit(t[i - 1]))) {
          let k = i;
          while (k > 0 && isDigit(t[k - 1]) && i - k < 3) k--;
          if (k < i && t[j] === "年" && !isLatin(t[k - 1])) {
            a = k;
            ok = !isLatin(t[j]);
          }
        }
        if (ok && len >= 2 && !(isHan(t[i - 1]) || isHan(t[j]) || t[j] === "年" || isDigit(t[i - 1]))) ok = false;
      } else if (group === CIRCLE_CHARS) {
        // 〇〇 inside a Chinese numeral (二〇〇八年) is two zeros: a numeral character on either side.
        if ((i > 0 && CN_NUMERAL.includes(t[i - 1])) || (j < t.length && CN_NUMERAL.includes(t[j]))) ok = false;
      }
      if (ok) report("mark", a, b, { text: excerpt(t.slice(a, b)) });
      scan.lastIndex = j;
      continue;
    }
    // （单位名称）, 【此处填写】.
    if (OPEN.includes(ch)) {
      const close = CLOSE[OPEN.indexOf(ch)];
      const j = t.slice(i + 1, i + 18).indexOf(close) + i + 1;
      if (j > i) {
        const inner = t.slice(i + 1, j).replace(/\s+/g, "");
        if (INSTRUCTION.test(inner)) report("instruction", i, j + 1, { text: t.slice(i, j + 1) });
      }
      continue;
    }
    if (ch === "此" && t.startsWith("此处填写", i)) {
      report("instruction", i, i + 4, { text: "此处填写" });
      continue;
    }
    // A count missing before a measure word.
    const m = MEASURES.find((w) => t.startsWith(w, i));
    if (m) {
      const found = missingCount(t, i, m, sentences);
      if (found) report("missingCount", found[0], found[1], { text: excerpt(t.slice(found[0], found[1]).replace(/\s+/g, " ")), measure: m });
      scan.lastIndex = i + m.length;
    }
  }
}

/**
 * The clause span to report when the measure word at t[i] has lost its number, or null.
 * Two shapes: white space where the number was (主动公开信息 条); or a clause "…名词+条" among
 * counted clauses of the same sentence (累计悬挂条幅条，发放宣传单页2000余份).
 */
function missingCount(t: string, i: number, m: string, sentences: Sentences): [number, number] | null {
  const after = t[i + m.length];
  const endsClause = after === undefined || CLAUSE_END.includes(after);
  // The measure word itself followed by more Han text is a word (条例, 件数, 项目).
  if (!endsClause) return null;
  let k = i;
  while (k > 0 && isHSpace(t[k - 1])) k--;
  const before = t[k - 1];
  if (before === undefined || isDigit(before) || QUANTIFIERS.includes(before)) return null;
  const [a] = clauseBounds(t, i);
  if (k < i) {
    // 信息 条: a gap where the number was, after a Han word.
    if (!isHan(before) || i - k > 6) return null;
    return [Math.max(a, k - 4), i + m.length];
  }
  if (!isHan(before)) return null;
  for (let n = 4; n >= 1; n--) if (WORDS_ENDING_IN_MEASURE.has(t.slice(i - n, i + m.length))) return null;
  if (m === "元" || m === "万元" || m === "期" || m === "批") return null;
  const clause = t.slice(a, i + m.length);
  if (clause.length < 4 || NEGATION.test(clause)) return null;
  // A sibling clause in the same sentence carries its count: the list is one of counts.
  const counted = sentences.at(i);
  if (!COUNT_WORDS.test(clause)) {
    // 户, 家, 名 end many nouns of their own (监测户, 企业家, 姓名): without a verb of counting, not read.
    if (m === "户" || m === "家" || m === "名") return null;
    // No verb of counting: an enumeration of "noun + count + the same measure word"
    // (其中概况信息条，政策文件12条) still says this noun lost its count — when a sibling names
    // its own noun before its count (政策文件12条), not a bare number.
    const siblings = [...counted.namedByMeasure.get(m) ?? []];
    return siblings.some((c) => c !== clause.trim()) ? [a, i + m.length] : null;
  }
  // Without a counted sibling, a total word in the clause says a count belongs there: 共收到申请件.
  if (counted.count === 0 && !TOTAL_WORDS.test(clause)) return null;
  return [a, i + m.length];
}

interface CountedClauses {
  /** How many clauses of the sentence end in a count and a measure word. */
  count: number;
  /** For each measure word, up to two distinct counted clauses that name their noun (政策文件12条). */
  namedByMeasure: Map<string, Set<string>>;
}

const NO_CLAUSES: CountedClauses = { count: 0, namedByMeasure: new Map() };

/**
 * The counted clauses of the sentence around an offset, worked out once per sentence: a long
 * sentence with many measure words is read once, not once per measure word.
 */
class Sentences {
  private start = -1;
  private end = -1;
  // Replaced at the first at() (start and end are -1): nothing is made for a run never asked.
  private current: CountedClauses = NO_CLAUSES;
  constructor(private readonly t: string) {}

  at(i: number): CountedClauses {
    if (i >= this.start && i < this.end) return this.current;
    const t = this.t;
    let s = i;
    while (s > 0 && !SENTENCE_STOP.includes(t[s - 1])) s--;
    let e = i;
    while (e < t.length && !SENTENCE_STOP.includes(t[e])) e++;
    const current: CountedClauses = { count: 0, namedByMeasure: new Map() };
    for (const raw of t.slice(s, e).split(/[，,、；;：:]/)) {
      const c = raw.trim();
      if (!COUNTED.test(c)) continue;
      current.count++;
      if (!NAMED_COUNT.test(c)) continue;
      for (const m of MEASURES) {
        if (!c.endsWith(m)) continue;
        const set = current.namedByMeasure.get(m) ?? new Set<string>();
        if (set.size < 2) set.add(c);
        current.namedByMeasure.set(m, set);
      }
    }
    this.start = s;
    this.end = e;
    this.current = current;
    return current;
  }
}

const SENTENCE_STOP = "。；;！？!?";
/** A counted clause that names its noun before the count: 政策文件12条 (not a bare 12条). */
const NAMED_COUNT = /[\u4e00-\u9fff]{2}\s*\d+\s*(?:余|多)?\S{1,2}$/;
