import type { Fix, Rule } from "../src/core/types.js";
import type { Span } from "../src/model/types.js";
import { ruleDocsUrl } from "../src/core/docs-url.js";
import { foldTraditional } from "../src/model/sections.js";
import { fullerOrganization } from "../src/model/meta.js";

/** The words every title ends with (条例 第五十条; the format notices). */
const OFFICIAL = "政府信息公开工作年度报告";
// Where the title words begin in the normalised title.
const WORDS_START = /(?:政府|政务)?信息公开|政务公开/g;
// Characters skipped when reading a title: padding, emphasis and heading markers.
const SKIP = /[\s\u3000\u00a0\u200b\ufeff*#_]/;
// Words a title may lack whose place is unambiguous: inserted as the fix.
const INSERTABLE = new Set(["年度", "工作", "政府", "工作年度"]);

interface Correction {
  messageId: "workReport" | "missingWord" | "zhengwu" | "doubled";
  loc: Span;
  fix: Fix;
  word: string;
}

/**
 * The title names the body, the year and exactly 政府信息公开工作年度报告. Bulletins list "将题目
 * “年度报告”写成“工作报告”" among the defects they keep finding. Severity follows the spec: a
 * title that is wrong or incomplete is an error; 政务 for 政府, a doubled word and a body named
 * without its place are warnings.
 */
export const reportTitle: Rule = {
  meta: {
    id: "report-title",
    type: "problem",
    docs: {
      name: "报告标题",
      nameEn: "Report title",
      description: "报告标题应包含单位名称、年份和“政府信息公开工作年度报告”",
      descriptionEn: "The title must name the body, the year and 政府信息公开工作年度报告",
      url: ruleDocsUrl("report-title"),
    },
    defaultSeverity: "error",
    fixable: "code",
    messages: {
      workReport: {
        zh: "标题把“年度报告”写成了“工作报告”：应为「{{suggested}}」",
        en: "The title says 工作报告 instead of 工作年度报告: it should read \"{{suggested}}\"",
      },
      missingWord: {
        zh: "标题缺少“{{word}}”二字：应为「{{suggested}}」",
        en: "The title lacks \"{{word}}\": it should read \"{{suggested}}\"",
      },
      zhengwu: {
        zh: "标题中“政务信息公开”应为“政府信息公开”：应为「{{suggested}}」",
        en: "The title says 政务信息公开 instead of 政府信息公开: it should read \"{{suggested}}\"",
      },
      doubled: {
        zh: "标题中“{{word}}”重复：应为「{{suggested}}」",
        en: "\"{{word}}\" is repeated in the title: it should read \"{{suggested}}\"",
      },
      wording: {
        zh: "标题中“{{written}}”应为规定的“政府信息公开工作年度报告”",
        en: "The title says \"{{written}}\"; the official wording is 政府信息公开工作年度报告",
      },
      missingYear: {
        zh: "标题「{{title}}」缺少年份（应写明报告年度，如“{{example}}”）",
        en: "The title \"{{title}}\" names no year (it should state the report year, e.g. \"{{example}}\")",
      },
      missingOrganization: {
        zh: "标题「{{title}}」缺少发布单位名称",
        en: "The title \"{{title}}\" does not name the issuing body",
      },
      cutShort: {
        zh: "标题「{{title}}」不完整：缺少发布单位名称和年份（应为“单位名称＋年份＋政府信息公开工作年度报告”{{example}}）",
        en: "The title \"{{title}}\" is cut short: it names neither the body nor the year (it should read \"<body> <year>年政府信息公开工作年度报告\"{{example}})",
      },
      placeMissing: {
        zh: "标题中的单位名称「{{written}}」缺少地名，正文写作「{{full}}」：标题应写明单位全称",
        en: "The body named in the title, \"{{written}}\", lacks its place; the text names it \"{{full}}\": the title should name the body in full",
      },
      missingTitle: {
        zh: "报告没有标题：开头应有“单位名称＋年份＋政府信息公开工作年度报告”形式的标题",
        en: "The report has no title: it should open with \"<body> <year>年政府信息公开工作年度报告\"",
      },
    },
  },
  create(context) {
    const model = context.model;
    const text = context.sourceCode.text;
    const title = model.title;

    if (!title) {
      // Only a text that holds the whole report is expected to carry its title: a web page or a
      // PDF page saved without its header starts or ends part-way (corpus), and its title is
      // usually in the page chrome that was not saved. Whole = section 一 and a closing section.
      const numbers = model.sections.map((s) => s.number);
      if (!numbers.includes(1) || Math.max(...numbers) < 5) return;
      const first = model.document.blocks.find((b) => b.kind !== "comment");
      if (!first) return;
      const span = "content" in first ? first.content : first;
      context.report({ messageId: "missingTitle", loc: { start: span.start, end: span.end } });
      return;
    }

    // The title without padding and markers, traditional characters folded, with source offsets.
    let norm = "";
    const at: number[] = [];
    for (let i = title.start; i < title.end; i++) {
      if (SKIP.test(text[i])) continue;
      norm += foldTraditional(text[i]);
      at.push(i);
    }
    // For messages: a title split over two lines is shown on one.
    const titleText = text.slice(title.start, title.end).replace(/\s*[\r\n]+\s*/g, " ");

    // The model reads every written form of the year (2021, ２０２１, 二〇二一).
    const noYear = title.year === undefined;
    const year = model.year && model.year.source !== "title" ? model.year.value : undefined;
    if (noYear && !title.organization) {
      // Cut short at the front: the name, the year (and often 政府) are gone — one finding.
      const org = model.organization?.name;
      const example = org && year ? `，如“${org}${year}年${OFFICIAL}”` : "";
      context.report({ messageId: "cutShort", data: { title: titleText, example }, loc: title });
      return;
    }
    if (noYear) {
      const org = title.organization ?? model.organization?.name ?? "某单位";
      context.report({ messageId: "missingYear", data: { title: titleText, example: `${org}${year ?? "20XX"}年${OFFICIAL}` }, loc: title });
    }
    if (!title.organization) {
      context.report({ messageId: "missingOrganization", data: { title: titleText }, loc: title });
    } else if (title.organizationSpan) {
      const full = fullerOrganization(text, title.organization, title.end);
      if (full) {
        const { start, end } = title.organizationSpan;
        context.report({ messageId: "placeMissing", data: { written: text.slice(start, end), full: full.name }, loc: { start, end }, fix: { range: [start, end], text: full.name }, severity: 1 });
      }
    }

    // The title words: from 政府信息公开 (after the year when the year comes first) to the last 报告.
    const yearEnd = title.yearSpan ? at.findIndex((o) => o >= title.yearSpan!.end) : -1;
    let ws = -1;
    WORDS_START.lastIndex = 0;
    for (let m = WORDS_START.exec(norm); m; m = WORDS_START.exec(norm)) {
      if (ws < 0) ws = m.index;
      if (yearEnd >= 0 && m.index >= yearEnd) {
        ws = m.index;
        break;
      }
    }
    // 年报 for 年度报告: the words end there.
    const we = norm.lastIndexOf("报告") >= 0 ? norm.lastIndexOf("报告") + 2 : norm.lastIndexOf("年报") + 2;
    if (ws < 0 || we < 2 || we <= ws) return;
    const words = norm.slice(ws, we);
    if (words === OFFICIAL) return;
    const src = (k: number) => at[ws + k]; // source offset of words[k]

    const corrections: Correction[] = [];
    // 1. A doubled word ("公开 公开"): drop the second copy and the padding before it.
    let w1 = "";
    const w1map: number[] = [];
    for (let i = 0; i < words.length; ) {
      let doubled = 0;
      for (let L = 4; L >= 1 && !doubled; L--) {
        if (i + 2 * L <= words.length && words.slice(i, i + L) === words.slice(i + L, i + 2 * L) && /^[\u4e00-\u9fff]+$/.test(words.slice(i, i + L))) doubled = L;
      }
      if (doubled) {
        for (let k = i; k < i + doubled; k++) {
          w1 += words[k];
          w1map.push(k);
        }
        const word = words.slice(i, i + doubled);
        corrections.push({
          messageId: "doubled",
          word,
          loc: { start: src(i + doubled), end: src(i + 2 * doubled - 1) + 1 },
          fix: { range: [src(i + doubled - 1) + 1, src(i + 2 * doubled - 1) + 1], text: "" },
        });
        i += 2 * doubled;
      } else {
        w1 += words[i];
        w1map.push(i);
        i++;
      }
    }
    // 2. 政务信息公开 → 政府信息公开.
    if (w1.startsWith("政务信息公开")) {
      const wu = src(w1map[1]);
      corrections.push({ messageId: "zhengwu", word: "政务", loc: { start: src(w1map[0]), end: src(w1map[5]) + 1 }, fix: { range: [wu, wu + 1], text: "府" } });
      w1 = "政府" + w1.slice(2);
    }
    // 3. One missing word whose place is unambiguous (工作报告 → 工作年度报告, 公开年度报告 → 公开工作年度报告).
    if (w1 !== OFFICIAL && w1.length < OFFICIAL.length && w1.length > 0) {
      let k = 0;
      while (k < w1.length && w1[k] === OFFICIAL[k]) k++;
      const word = OFFICIAL.slice(k, k + OFFICIAL.length - w1.length);
      if (INSERTABLE.has(word) && OFFICIAL.slice(k + word.length) === w1.slice(k)) {
        const insertAt = k > 0 ? src(w1map[k - 1]) + 1 : src(w1map[0]);
        const from = src(w1map[Math.max(0, k - 2)]);
        const to = src(w1map[Math.min(w1.length, k + 2) - 1]) + 1;
        corrections.push({ messageId: word === "年度" ? "workReport" : "missingWord", word, loc: { start: from, end: to }, fix: { range: [insertAt, insertAt], text: word } });
        w1 = w1.slice(0, k) + word + w1.slice(k);
      }
    }

    if (w1 !== OFFICIAL) {
      context.report({ messageId: "wording", data: { written: text.slice(src(0), src(words.length - 1) + 1) }, loc: { start: src(0), end: src(words.length - 1) + 1 } });
      return;
    }
    // The corrected title, for the messages.
    let suggested = "";
    let cursor = title.start;
    for (const c of [...corrections].sort((a, b) => a.fix.range[0] - b.fix.range[0])) {
      suggested += text.slice(cursor, c.fix.range[0]) + c.fix.text;
      cursor = c.fix.range[1];
    }
    suggested += text.slice(cursor, title.end);
    for (const c of corrections) {
      // 工作报告 and a dropped 政府/工作/年度 are errors (spec §9); 政务 and a doubled word warnings.
      const severity = c.messageId === "workReport" || c.messageId === "missingWord" ? undefined : (1 as const);
      context.report({ messageId: c.messageId, data: { word: c.word, suggested }, loc: c.loc, fix: c.fix, severity });
    }
  },
};
