import type { Rule } from "../src/core/types.js";
import { ruleDocsUrl } from "../src/core/docs-url.js";
import { joinedRuns, type JoinedRun } from "../src/model/text/prose.js";
import { isHan, isHanCode, isHSpace } from "../src/model/text/chars.js";

// Two-character words whose ABAB form is ordinary reduplication, not a slip: verbs said twice for a
// "try / a little" sense (研究研究) and colour or intensity adjectives (雪白雪白).
const REDUPLICATED_WORDS = [
  "研究", "讨论", "商量", "考虑", "休息", "活动", "锻炼", "打听", "琢磨", "思考", "比较", "介绍", "了解",
  "交流", "沟通", "整理", "收拾", "打扫", "清理", "检查", "学习", "熟悉", "感受", "放松", "打扮", "提醒",
  "议论", "表扬", "关心", "帮助", "溜达", "雪白", "通红", "冰凉", "笔直", "碧绿", "漆黑", "火热", "滚烫", "谢谢",
];
// ABAB after a numeral is distributive: 一个一个, 一步一步, 两年两年.
const NUMERALS = "一二三四五六七八九十两几每";
// Function words doubled by a slip: 的的, 了了, 在在. Each also meets itself legitimately across a
// word boundary — 目的的, 的的确 (的确); 为了了解 (了解); 现在在, 存在在 (现在, 存在) — so the words around
// are checked. 和, 与, 及 are left out: 祥和和稳定, 参与与监督, 以及及时 are all ordinary.
const FUNCTION_WORDS: Record<string, { before?: string; after?: string }> = {
  的: { before: "目标", after: "确" },
  了: { after: "解结然却之" },
  在: { before: "现存正所实自好内外潜旨志重意贵难" },
};
// Administrative-unit characters: "X县县人民政府" repeats the unit of the name before it.
const UNIT_CHARS = "县市镇乡区省州旗";
const MAX_PHRASE = 12;
// A character after the last copy that makes a word with it: the doubled piece may start a word
// (政务公开 + 公开栏, 推进信息 + 信息化), and removing a copy would delete a real word. Bound
// morphemes that never stand alone there: not reported at all.
const WORD_SUFFIX = "栏化性者率界型式感员类";
// Characters that make a word with the phrase or start one of their own (公开网 / 公开 网站, 服务窗 /
// 服务 窗口): reported without a fix. Characters that mostly start words (部署, 处理, 办理) are left out.
const MAYBE_WORD_SUFFIX = "网站屏牌墙课册榜窗";

function allHan(s: string): boolean {
  for (const ch of s) if (!isHan(ch)) return false;
  return true;
}

interface Repeat {
  /** Index in run.text of the first copy. */
  i: number;
  n: number;
  /** Indices of the extra copies (each n long), and of the gaps before them. */
  extras: Array<{ gapStart: number; start: number }>;
  end: number;
}

/** Spaces between copies on the same line (not a line break: runs hold no line breaks). */
function skipGap(t: string, j: number): number {
  let k = j;
  while (k < t.length && k - j < 3 && isHSpace(t[k])) k++;
  return k;
}

const isSpaceCode = (c: number): boolean => c === 0x20 || c === 0x3000 || c === 0xa0 || c === 0x09;

// For nextSame: the last position of each UTF-16 unit, valid where stamp[c] is the current pass.
const lastAt = new Int32Array(0x10000);
const stamp = new Uint32Array(0x10000);
let pass = 0;

// nextSame's result, reused from run to run (grown when a run is longer): most runs are short
// lines, and a typed array made per run cost more than the scan.
let nextBuffer = new Int32Array(1024);

/**
 * next[i] = index of the next occurrence of t[i] in t, or -1 (linear, no allocation per character).
 * Valid for i < t.length until the next call.
 */
function nextSame(t: string): Int32Array {
  pass = (pass + 1) >>> 0 || 1;
  if (nextBuffer.length < t.length) nextBuffer = new Int32Array(Math.max(t.length, nextBuffer.length * 2));
  const next = nextBuffer;
  for (let i = t.length - 1; i >= 0; i--) {
    const c = t.charCodeAt(i);
    next[i] = stamp[c] === pass ? lastAt[c] : -1;
    lastAt[c] = i;
    stamp[c] = pass;
  }
  return next;
}

/** True when t[k, k+n) equals t[i, i+n) (compared in place, no slices). */
function sameAt(t: string, i: number, k: number, n: number): boolean {
  if (k + n > t.length) return false;
  for (let d = 0; d < n; d++) if (t.charCodeAt(i + d) !== t.charCodeAt(k + d)) return false;
  return true;
}

function repeatAt(t: string, i: number, n: number): Repeat | null {
  if (i + n > t.length) return null;
  const extras: Repeat["extras"] = [];
  let j = i + n;
  for (;;) {
    const k = skipGap(t, j);
    if (!sameAt(t, i, k, n)) break;
    extras.push({ gapStart: j, start: k });
    j = k + n;
  }
  return extras.length ? { i, n, extras, end: j } : null;
}

/** The shortest p such that t[i, i+n) is t[i, i+p) repeated (n itself when it is not periodic). */
function shortestPeriod(t: string, i: number, n: number): number {
  for (let p = 1; p <= n >> 1; p++) if (n % p === 0 && sameAt(t, i, i + p, n - p)) return p;
  return n;
}

/** True when t[i, i+n) is followed (after up to 3 spaces) by a second copy: repeatAt would find one. */
function hasCopy(t: string, i: number, n: number): boolean {
  return i + n <= t.length && sameAt(t, i, skipGap(t, i + n), n);
}

/**
 * Whether a doubling of t[i, i+n) is legitimate (false: a slip). `endOf` gives the end of the
 * whole repeat; only one character's doubling needs it, so a long legitimate repeat of a longer
 * copy (2021年2021年…) is never walked to its end from each of its positions (that was quadratic).
 */
function legitimate(t: string, i: number, n: number, endOf: () => number, allow: ReadonlySet<string>): boolean {
  const copy = t.slice(i, i + n);
  if (!allHan(copy)) return true;
  if (n === 1) {
    const ch = copy;
    const end = endOf();
    const next = t.slice(end, end + 4);
    if (UNIT_CHARS.includes(ch)) return !next.startsWith("人民政府");
    const word = FUNCTION_WORDS[ch];
    if (!word) return true;
    // AABB: 的的确确, 实实在在.
    if (t[end] !== undefined && t[end] === t[end + 1]) return true;
    if (i >= 2 && t[i - 1] === t[i - 2]) return true;
    // The first copy ends a word, or the second starts one.
    if (word.before && i > 0 && word.before.includes(t[i - 1])) return true;
    if (word.after && end < t.length && word.after.includes(t[end])) return true;
    return false;
  }
  // A phrase made of one character (哈哈哈哈) is not a doubled word.
  if ([...copy].every((c) => c === copy[0])) return true;
  if (n === 2) {
    if (NUMERALS.includes(copy[0])) return true;
    if (REDUPLICATED_WORDS.includes(copy) || allow.has(copy)) return true;
  }
  if (allow.has(copy)) return true;
  return false;
}

/** A long repeat (a pasted paragraph twice) is shown by its ends, so the message stays readable. */
function clip(s: string, max = 40): string {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max / 2 - 1).join("")}…${chars.slice(-(max / 2 - 1)).join("")}`;
}

export const duplicatePhrase: Rule = {
  meta: {
    id: "duplicate-phrase",
    type: "problem",
    docs: {
      name: "词语重复",
      nameEn: "Doubled words",
      description: "词语误重复（安排安排、工作工作、县县人民政府）",
      descriptionEn: "A word or phrase doubled by mistake",
      url: ruleDocsUrl("duplicate-phrase"),
    },
    defaultSeverity: "warn",
    fixable: "code",
    messages: {
      doubled: {
        zh: "「{{phrase}}」重复：「{{written}}」应为「{{phrase}}」",
        en: "\"{{phrase}}\" is doubled: \"{{written}}\" should read \"{{phrase}}\"",
      },
      doubledUnit: {
        zh: "「{{unit}}」重复：「{{written}}」应为「{{fixed}}」",
        en: "\"{{unit}}\" is doubled: \"{{written}}\" should read \"{{fixed}}\"",
      },
    },
    schema: {
      type: "object",
      properties: {
        allow: { type: "array", items: { type: "string", minLength: 1 }, description: "Doubled words that are meant (ABAB reduplication), e.g. 走访" },
      },
      additionalProperties: false,
    },
    defaultOptions: { allow: [] },
  },
  create(context) {
    const allow = new Set((context.options.allow as string[] | undefined) ?? []);
    const text = context.sourceCode.text;
    const runs = joinedRuns(context.model).filter((r) => !r.lines.some((l) => l.isTitle));
    const lengths = new Int32Array(MAX_PHRASE + 4); // candidate lengths at one position, reused
    for (const run of runs) check(run);

    function check(run: JoinedRun): void {
      const t = run.text;
      if (t.length < 2) return; // nothing to double
      const next = nextSame(t);
      // The end of the last one-character repeat walked (县县县…): every later copy in it ends there
      // too (between its copies are only spaces), so a long legitimate one is walked once, not once
      // per character.
      let end1From = -1;
      let end1End = -1;
      const end1 = (i: number): number => {
        if (i < end1End && t[i] === t[end1From]) return end1End;
        end1From = i;
        end1End = repeatAt(t, i, 1)!.end;
        return end1End;
      };
      for (let i = 0; i < t.length; i++) {
        const first = next[i];
        if (first < 0 || first - i > MAX_PHRASE + 3 || !isHanCode(t.charCodeAt(i))) continue;
        // Candidate lengths: the same character again within reach starts a possible second copy
        // (after up to 3 spaces). Tried longest first.
        let count = 0;
        for (let k = first; k > 0 && k - i <= MAX_PHRASE + 3; k = next[k]) {
          let g = 0;
          while (g < 3 && k - 1 - g > i && isSpaceCode(t.charCodeAt(k - 1 - g))) g++;
          const n = k - i - g;
          if (n >= 1 && n <= MAX_PHRASE) lengths[count++] = n;
        }
        let found: Repeat | null = null;
        for (let c = count - 1; c >= 0; c--) {
          let n = lengths[c];
          if (!hasCopy(t, i, n)) continue;
          // 信息公开信息公开信息公开… : the longest copy found may itself be repeats of a shorter
          // phrase; the doubled phrase is the shortest one. (Runs of one character — 县县县 — are
          // judged as they were found: only their last doubling can be a slip.)
          const period = shortestPeriod(t, i, n);
          if (period > 1) n = period;
          if (!legitimate(t, i, n, () => end1(i), allow)) found = repeatAt(t, i, n);
          break;
        }
        if (!found) continue;
        const after = found.n > 1 ? t[found.end] : undefined;
        if (after !== undefined && WORD_SUFFIX.includes(after)) {
          i = found.end - 1;
          continue;
        }
        report(run, found, after !== undefined && MAYBE_WORD_SUFFIX.includes(after));
        i = found.end - 1;
      }
    }

    function report(run: JoinedRun, r: Repeat, unsure: boolean): void {
      const t = run.text;
      const phrase = t.slice(r.i, r.i + r.n);
      const start = run.offsets[r.i];
      const end = run.offsets[r.end - 1] + 1;
      const written = clip(text.slice(start, end).replace(/\s+/g, ""));
      // Remove the extra copies with the spaces before them, unless that would join two lines.
      const first = r.extras[0];
      const removeFrom = run.offsets[first.gapStart];
      const removeTo = end;
      let fix: { range: [number, number]; text: string } | undefined;
      if (unsure) fix = undefined;
      else if (!/[\r\n]/.test(text.slice(removeFrom, removeTo))) fix = { range: [removeFrom, removeTo], text: "" };
      else if (r.extras.length === 1) {
        // The copies straddle a line break: the first copy, when it sits whole on one line, can go.
        const a = run.offsets[r.i];
        const b = run.offsets[r.i + r.n - 1] + 1;
        if (!/[\r\n]/.test(text.slice(a, b))) fix = { range: [a, b], text: "" };
      }
      if (r.n === 1 && UNIT_CHARS.includes(phrase)) {
        const next = t.slice(r.end, r.end + 4);
        context.report({ messageId: "doubledUnit", data: { unit: phrase, written: written + next, fixed: phrase + next }, loc: { start, end }, fix });
      } else {
        context.report({ messageId: "doubled", data: { phrase: clip(phrase), written }, loc: { start, end }, fix });
      }
    }
  },
};
