import type { Rule } from "../src/core/types.js";
import type { ReportModel, Span } from "../src/model/types.js";
import { ruleDocsUrl } from "../src/core/docs-url.js";
import { foldTraditional } from "../src/model/sections.js";
import { joinedRuns, proseLines, type JoinedRun } from "../src/model/text/prose.js";
import { findGarbledDates, fullDates, isCalendarDate, yearMentions } from "../src/model/text/dates.js";
import { matches } from "../src/model/text/regex.js";

type Kind = "title" | "selfCitation" | "period" | "opening" | "reportRef";

interface YearPoint extends Span {
  kind: Kind;
  year: number;
  /** The words around the year, for the message. */
  text: string;
}

const WHAT: Record<Kind, { zh: string; en: string }> = {
  title: { zh: "标题", en: "the title" },
  selfCitation: { zh: "报告自称的名称", en: "the report's name for itself" },
  period: { zh: "统计期间", en: "the statistics period" },
  opening: { zh: "「总体情况」开头", en: "the opening of 总体情况" },
  reportRef: { zh: "所引年度报告文件的名称", en: "the cited annual-report notice" },
};

// A quoted name that speaks of an annual report: 《XX镇2021年政府信息公开工作年度报告》,
// 《关于做好2023年度政府信息公开年度报告编制发布工作的通知》.
const QUOTED = /《([^《》\n]{4,80})》/g;
const REPORT_WORDS = /年度报告|年报/;
// The report named in a sentence: 现公布XX镇2019年政府信息公开工作年度报告.
const NAMED = /(?:公布|发布|公开|编制了?|编写|报送|现将)[^，,。；;《》\n]{0,24}?((?:19|20)\d\d)[ \u3000]*年度?[^，,。；;《》\n]{0,24}?信息公开(?:工作)?(?:年度)?(?:报告|年报)/g;
// Comparisons with last year's report are not about this one.
const COMPARISON = /上年|去年|上一年|同比|较|比上/;
const PLAN_WORDS = /将|计划|拟|打算/;
// Applications carried forward to a year to be handled there: 结转2024年办理, 结转至2024年度继续办理
// (not 上年结转2022年未办结的申请, carried from a year; not funds 转入2024年).
const CARRIED_TO = /(?<!上一?年度?|从|自|由)(?:结转(?:至|到)?|转入|顺延(?:至|到)?)[ \u3000]*((?:19|20)\d\d)[ \u3000]*年度?[ \u3000]*(?:继续)?(?:办理|办结|处理|答复)/g;
// A plan or the year's key tasks (工作要点) cited as the basis of the work: 根据《2022年政务公开工作要点》.
const BASIS_PLAN = /(?:根据|按照|依据|依照|遵照|落实|贯彻|对照|执行)[^，,。；;《》\n]{0,12}?《?([^《》，,。；;\n]{0,20}?((?:19|20)\d\d)[ \u3000]*年度?[^《》，,。；;\n]{0,24}?(?:工作要点|要点|工作计划|实施方案|工作方案|工作安排|任务分工))》?/g;
// The publication of this report, dated: 本报告…于2023年1月20日在…网站发布; 发布日期为…
const THIS_REPORT = /本报告|本年度报告/;
const PUBLISHED_AFTER_DATE = /^[ \u3000]*(?:在[^，,。；;]{0,24}?)?(?:正式)?(?:发布|公布|上网|公开发布|对外公布)/;
const PUBLISHED_BEFORE_DATE = /(?:发布|公布)(?:日期|时间)[为是：:]?[ \u3000]*$/;

function sentenceAround(t: string, a: number, b: number): string {
  let s = a;
  while (s > 0 && !"。！？!?；;".includes(t[s - 1])) s--;
  let e = b;
  while (e < t.length && !"。！？!?；;".includes(t[e])) e++;
  return t.slice(s, e);
}

const SENTENCE_STOP = "。！？!?；;";
const ANY_YEAR = /(?:19|20)\d\d/;
const YEAR_WORD = /(?:19|20)\d\d[ \u3000]*年/g;

/**
 * The sentences of t (as /[^。！？!?；;]+[。！？!?；;]?/g cuts them) that hold a year such as 2022年, in
 * order, each once: found from the years, so the many sentences without one are never cut out.
 */
function* sentencesWithYear(t: string): Generator<{ 0: string; index: number }> {
  let lastEnd = -1;
  for (const y of matches(YEAR_WORD, t)) {
    if (y.index < lastEnd) continue;
    let s = y.index;
    while (s > 0 && !SENTENCE_STOP.includes(t[s - 1])) s--;
    let e = y.index;
    while (e < t.length && !SENTENCE_STOP.includes(t[e])) e++;
    if (e < t.length) e++; // the sentence keeps its stop
    lastEnd = e;
    yield { 0: t.slice(s, e), index: s };
  }
}

interface Deadline {
  month: number;
  day: number;
  who: string;
}

function deadlineFor(model: ReportModel): Deadline | undefined {
  switch (model.organization?.level) {
    case "department":
      return { month: 1, day: 31, who: "县级以上人民政府部门" };
    case "county":
    case "city":
    case "province":
      return { month: 3, day: 31, who: "本级人民政府" };
    default:
      return undefined; // 乡镇、街道: 条例 sets no date (spec §1)
  }
}

export const yearConsistency: Rule = {
  meta: {
    id: "year-consistency",
    type: "problem",
    docs: {
      name: "年度一致",
      nameEn: "Year consistency",
      description: "报告年度前后不一致（标题、统计期间、正文、计划、发布日期），日期书写错误",
      descriptionEn: "The report year disagrees between title, period, text, plan and publication date; garbled dates",
      url: ruleDocsUrl("year-consistency"),
    },
    defaultSeverity: "error",
    messages: {
      mismatch: {
        zh: "{{what}}的年份「{{found}}」与报告年度 {{year}} 不一致（{{basis}}）",
        en: "The year {{found}} in {{whatEn}} disagrees with the report year {{year}} ({{basisEn}})",
      },
      periodSpan: {
        zh: "统计期间跨越两个年度（{{from}} 至 {{to}}），应为同一自然年的1月1日至12月31日",
        en: "The statistics period spans two years ({{from}} to {{to}}); it should run from 1月1日 to 12月31日 of one year",
      },
      planYear: {
        zh: "第五部分的工作计划写作「{{found}}年」，{{year}}年度报告的下一年度应为 {{next}} 年",
        en: "The plan in section 五 is dated {{found}}; the year after a {{year}} report is {{next}}",
      },
      publishedEarly: {
        zh: "发布日期 {{date}} 早于报告年度 {{year}} 结束，年度报告应在次年发布",
        en: "Publication date {{date}} falls before the end of the report year {{year}}; the report is published in the following year",
      },
      publishedYear: {
        zh: "发布日期 {{date}} 不在报告年度 {{year}} 的次年（{{next}}年）",
        en: "Publication date {{date}} is not in {{next}}, the year after the report year {{year}}",
      },
      late: {
        zh: "发布日期 {{date}} 晚于法定期限：{{who}}应在 {{deadline}} 前公布上一年度报告（条例第四十九条）",
        en: "Published on {{date}}, after the statutory deadline: a {{whoEn}} publishes by {{deadline}} (条例 第四十九条)",
      },
      impossibleDate: {
        zh: "日期「{{text}}」不存在，请核对年月日",
        en: "The date \"{{text}}\" does not exist: check year, month and day",
      },
      carriedYear: {
        zh: "「{{text}}」：{{year}}年度报告结转的申请应在 {{next}} 年办理，「{{found}}年」是其他年度报告留下的年份",
        en: "\"{{text}}\": a {{year}} report carries applications forward to {{next}}; {{found}} is left over from another year's report",
      },
      staleFigures: {
        zh: "本句以「{{found}}年」开头陈述工作数字，但报告年度为 {{year}}：报告应陈述本年度的数字，此句年份或内容是以前年度报告留下的",
        en: "This sentence opens with {{found}} and states figures, but the report year is {{year}}: the year or the sentence is left over from an earlier report",
      },
      stalePlan: {
        zh: "「{{text}}」是 {{found}} 年的工作安排，{{year}}年度的工作应依据 {{year}} 年的",
        en: "\"{{text}}\" sets out the work of {{found}}; the work of {{year}} follows the {{year}} one",
      },
      garbledDate: {
        zh: "日期「{{text}}」缺少「{{lost}}」{{reading}}",
        en: "Date \"{{text}}\" has lost its \"{{lost}}\"{{readingEn}}",
      },
      garbledDates: {
        zh: "一句中有 {{count}} 个日期写法有误（同一处转换丢字）：{{items}}",
        en: "{{count}} garbled dates in one sentence (characters lost in one conversion): {{itemsEn}}",
      },
    },
    schema: {
      type: "object",
      properties: {
        checkDeadline: { type: "boolean", description: "Report publication after the 条例 第四十九条 deadline (departments 1月31日, 本级政府 3月31日)" },
      },
      additionalProperties: false,
    },
    defaultOptions: { checkDeadline: true },
  },
  create(context) {
    const { model } = context;
    const text = context.sourceCode.text;

    // ---- garbled dates, anywhere in the prose ----
    // The dates of one sentence garbled alike (自20211月1日起至202112月31日止) are one conversion
    // defect: one finding for the sentence, naming each date.
    for (const line of proseLines(model)) {
      const bySentence = new Map<number, ReturnType<typeof findGarbledDates>>();
      for (const g of findGarbledDates(line.text)) {
        const sentence = line.text.slice(0, g.start).split(/[。！？!?；;]/).length;
        bySentence.set(sentence, [...(bySentence.get(sentence) ?? []), g]);
      }
      for (const group of bySentence.values()) {
        const loc = { start: line.start + group[0].start, end: line.start + group[group.length - 1].end };
        const reading = (g: (typeof group)[number]) => (g.reading ? `，应为「${g.reading}」` : "");
        const readingEn = (g: (typeof group)[number]) => (g.reading ? `; it should read ${g.reading}` : "");
        if (group.length === 1) {
          const g = group[0];
          context.report({ messageId: "garbledDate", data: { text: g.text, lost: g.lost, reading: reading(g), readingEn: readingEn(g) }, loc });
          continue;
        }
        const items = group.map((g) => `「${g.text}」缺少「${g.lost}」${reading(g)}`).join("；");
        const itemsEn = group.map((g) => `"${g.text}" has lost its "${g.lost}"${readingEn(g)}`).join("; ");
        context.report({ messageId: "garbledDates", data: { count: group.length, items, itemsEn }, loc });
      }
    }

    // ---- dates that do not exist (2月30日, 13月), anywhere in the prose ----
    for (const line of proseLines(model)) {
      for (const d of fullDates(line.text)) {
        if (d.month < 1 || d.day < 1 || isCalendarDate(d.year, d.month, d.day)) continue;
        context.report({ messageId: "impossibleDate", data: { text: d.text }, loc: { start: line.start + d.start, end: line.start + d.end } });
      }
    }

    // ---- the years the report gives itself ----
    const points: YearPoint[] = [];
    const title = model.title;
    if (title?.year !== undefined && title.yearSpan) points.push({ kind: "title", year: title.year, ...title.yearSpan, text: title.text });
    const period = model.period;
    if (period?.from?.year !== undefined && period.from.yearSpan) points.push({ kind: "period", year: period.from.year, ...period.from.yearSpan, text: period.text });
    const first = model.sections.find((s) => s.number === 1);
    if (first) {
      const m = /^[\s\u3000*]*((?:19|20)\d\d)[ \u3000]*年/.exec(text.slice(first.body.start, first.body.start + 40));
      if (m) {
        const start = first.body.start + m[0].indexOf(m[1]);
        points.push({ kind: "opening", year: Number(m[1]), start, end: start + 4, text: m[0] });
      }
    }
    // Names of this year's report (and of the notices about it) in the preface and section 一.
    const second = model.sections.find((s) => s.number >= 2);
    const limit = second ? second.heading.start : text.length;
    for (const run of joinedRuns(model)) {
      if (run.offsets[0] >= limit) break;
      collectNames(run, points, limit);
    }

    const settingsYear = typeof context.settings.reportYear === "number" ? context.settings.reportYear : undefined;
    const year = settingsYear ?? majority(points);
    if (year === undefined) return;
    const basis = settingsYear !== undefined ? { zh: "配置 settings.reportYear", en: "settings.reportYear" } : basisOf(points, year);
    for (const p of points) {
      if (p.year === year) continue;
      context.report({
        messageId: "mismatch",
        data: { what: WHAT[p.kind].zh, whatEn: WHAT[p.kind].en, found: p.year, year, basis: basis.zh, basisEn: basis.en },
        loc: { start: p.start, end: p.end },
      });
    }
    if (period?.to?.year !== undefined && period.from?.year !== undefined && period.to.year !== period.from.year && period.to.yearSpan) {
      context.report({ messageId: "periodSpan", data: { from: period.from.text, to: period.to.text }, loc: period.to.yearSpan });
    }

    // ---- the plan for next year in section 五 ----
    const fifth = model.sections.find((s) => s.number === 5);
    if (fifth) {
      const next = model.sections.find((s) => s.number > 5 && s.heading.start > fifth.heading.start);
      const end = next ? next.heading.start : fifth.body.end;
      for (const run of joinedRuns(model)) {
        if (run.offsets[0] < fifth.body.start || run.offsets[0] >= end) continue;
        const t = run.text;
        for (const y of yearMentions(t)) {
          // The year opens its clause: "2022年，我镇将…", "为此，2022年，…".
          let k = y.start;
          while (k > 0 && /[\s\u3000]/.test(t[k - 1])) k--;
          if (k > 0 && !"，,。；;：:".includes(t[k - 1]) && !(t[k - 1] === "在" && (k === 1 || "，,。；;：:".includes(t[k - 2])))) continue;
          const sentence = sentenceAround(t, y.start, y.end);
          const after = sentence.slice(sentence.indexOf(t.slice(y.start, y.end + 1)));
          if (!PLAN_WORDS.test(after) || /以来|期间|至|截至|截止/.test(after.slice(0, 12))) continue;
          if (y.year === year + 1) continue;
          context.report({ messageId: "planYear", data: { found: y.year, year, next: year + 1 }, loc: { start: run.offsets[y.start], end: run.offsets[y.end - 1] + 1 } });
        }
      }
    }

    // ---- what last year's report left: figures, carried-forward years, last year's plan ----
    for (const run of joinedRuns(model)) {
      const t = run.text;
      // Each finding below is about a year written in the run (CARRIED_TO, BASIS_PLAN and the
      // sentences' opening all hold one): a run without a 19xx/20xx skips them all.
      if (!ANY_YEAR.test(t)) continue;
      const at = (i: number): number => run.offsets[i];
      const section = model.sections.filter((s) => s.heading.start <= at(0)).pop()?.number;
      for (const m of matches(CARRIED_TO, t)) {
        const found = Number(m[1]);
        if (found === year + 1) continue;
        const i = m.index + m[0].indexOf(m[1]);
        context.report({ messageId: "carriedYear", data: { text: m[0], year, next: year + 1, found }, loc: { start: at(i), end: at(i + 3) + 1 } });
      }
      for (const m of matches(BASIS_PLAN, t)) {
        const found = Number(m[2]);
        if (found >= year || !/公开/.test(m[1])) continue;
        const sentence = sentenceAround(t, m.index, m.index + m[0].length);
        // Compared with, or cited beside, this year's: 在落实《2022年…》的基础上, 根据《2023年…》.
        if (COMPARISON.test(sentence) || yearMentions(sentence).some((y) => y.year === year)) continue;
        const i = m.index + m[0].indexOf(m[2]);
        context.report({ messageId: "stalePlan", data: { text: m[1], found, year }, loc: { start: at(i), end: at(i + 3) + 1 } });
      }
      // A sentence opening with last year that states figures, in the sections on this year's work.
      if (section !== undefined && section >= 1 && section <= 4) {
        for (const sm of sentencesWithYear(t)) {
          const sentence = sm[0];
          const open = /^[\s\u3000]*(?:[（(][一二三四五六七八九十]{1,3}[）)][^。，,]{0,16}?[。：:]?)?[\s\u3000]*((?:19|20)\d\d)[ \u3000]*年度?[，,]/.exec(sentence);
          if (!open) continue;
          const found = Number(open[1]);
          if (found >= year || COMPARISON.test(sentence)) continue;
          // Another year in the sentence makes it a history or a comparison.
          if (yearMentions(sentence).some((y) => y.year !== found)) continue;
          if (!/\d+[ \u3000]*(?:余|多)?(?:件|条|次|篇|期|场|个|项|份|人次)/.test(sentence)) continue;
          const i = sm.index + open[0].indexOf(open[1]);
          // The opening of 总体情况 is reported above, once.
          if (points.some((p) => p.start === at(i))) continue;
          context.report({ messageId: "staleFigures", data: { found, year }, loc: { start: at(i), end: at(i + 3) + 1 } });
        }
      }
    }

    // ---- the publication date ----
    const pub = model.publishedAt;
    if (!pub) {
      // A sentence that dates this report's publication (本报告于2023年1月20日在…网站发布): a date
      // within the year reported on is impossible. (A labelled date is the model's publishedAt.)
      for (const run of joinedRuns(model)) {
        const t = run.text;
        if (!THIS_REPORT.test(t)) continue;
        for (const d of fullDates(t)) {
          if (!isCalendarDate(d.year, d.month, d.day) || d.year > year) continue;
          if (!THIS_REPORT.test(sentenceAround(t, d.start, d.end))) continue;
          if (!PUBLISHED_AFTER_DATE.test(t.slice(d.end, d.end + 40)) && !PUBLISHED_BEFORE_DATE.test(t.slice(Math.max(0, d.start - 8), d.start))) continue;
          const date = `${d.year}年${d.month}月${d.day}日`;
          context.report({ messageId: "publishedEarly", data: { date, year }, loc: { start: run.offsets[d.start], end: run.offsets[d.end - 1] + 1 } });
        }
      }
    } else {
      const date = `${pub.year}年${pub.month}月${pub.day}日`;
      const loc = { start: pub.start, end: pub.end };
      if (pub.year <= year) context.report({ messageId: "publishedEarly", data: { date, year }, loc });
      else if (pub.year > year + 1) context.report({ messageId: "publishedYear", data: { date, year, next: year + 1 }, loc });
      else if (context.options.checkDeadline !== false) {
        const d = deadlineFor(model);
        if (d && (pub.month > d.month || (pub.month === d.month && pub.day > d.day))) {
          context.report({
            messageId: "late",
            data: { date, who: d.who, whoEn: d.who === "本级人民政府" ? "government's own report" : "department", deadline: `${year + 1}年${d.month}月${d.day}日` },
            loc,
          });
        }
      }
    }
  },
};

function collectNames(run: JoinedRun, points: YearPoint[], limit: number): void {
  const t = foldTraditional(run.text);
  const at = (i: number): number => run.offsets[i];
  for (const m of matches(QUOTED, t)) {
    const inner = m[1];
    if (!REPORT_WORDS.test(inner) || at(m.index) >= limit) continue;
    const years = yearMentions(inner);
    if (years.length !== 1) continue;
    if (COMPARISON.test(sentenceAround(t, m.index, m.index + m[0].length))) continue;
    const y = years[0];
    const i = m.index + 1 + y.start;
    // The report's own name ends in 报告; a notice about it is a reference to this year's report.
    const kind: Kind = /(?:年度报告|年报)$/.test(inner) ? "selfCitation" : "reportRef";
    points.push({ kind, year: y.year, start: at(i), end: at(i + 3) + 1, text: m[0] });
  }
  for (const m of matches(NAMED, t)) {
    if (at(m.index) >= limit) continue;
    if (COMPARISON.test(sentenceAround(t, m.index, m.index + m[0].length))) continue;
    const i = m.index + m[0].indexOf(m[1]);
    // Skip a name already taken from the quoted form.
    if (points.some((p) => p.start === at(i))) continue;
    points.push({ kind: "selfCitation", year: Number(m[1]), start: at(i), end: at(i + 3) + 1, text: m[0] });
  }
}

/** The year most points give; on a tie, the statistics period's, else the title's. */
function majority(points: YearPoint[]): number | undefined {
  if (points.length === 0) return undefined;
  const votes = new Map<number, number>();
  for (const p of points) votes.set(p.year, (votes.get(p.year) ?? 0) + 1);
  const best = Math.max(...votes.values());
  const leaders = [...votes.entries()].filter(([, v]) => v === best).map(([y]) => y);
  if (leaders.length === 1) return leaders[0];
  for (const kind of ["period", "opening", "title"] as const) {
    const p = points.find((q) => q.kind === kind && leaders.includes(q.year));
    if (p) return p.year;
  }
  return leaders[0];
}

function basisOf(points: YearPoint[], year: number): { zh: string; en: string } {
  const kinds = [...new Set(points.filter((p) => p.year === year).map((p) => p.kind))];
  return { zh: `据${kinds.map((k) => WHAT[k].zh).join("、")}`, en: `per ${kinds.map((k) => WHAT[k].en).join(", ")}` };
}
