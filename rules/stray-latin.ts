import type { Rule } from "../src/core/types.js";
import { ruleDocsUrl } from "../src/core/docs-url.js";
import { proseLines } from "../src/model/text/prose.js";
import { isCjkPunct, isDigit, isHan, isHSpace, isLatin } from "../src/model/text/chars.js";

/** Lower-case words that are at home in Chinese prose (compared case-insensitively). */
export const DEFAULT_ALLOW = [
  "PDF", "APP", "QQ", "LED", "OCR", "URL", "e-mail", "email", "www", "WPS", "OA", "EMS", "ID", "GDP", "PPP", "CPI",
  "WiFi", "Wi-Fi", "5G", "4G", "H5", "VR", "AR", "AI", "IT", "PC", "IP", "SOS", "OK", "logo", "vlog",
  "http", "https", "html", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "txt", "jpg", "png", "ofd", "zip", "rar",
  "km", "kg", "cm", "mm", "ml", "kw", "kwh", "mb", "gb", "tb",
];
// English function words: never a name or an acronym, whatever their case.
const FUNCTION_WORDS = new Set(["and", "or", "the", "of", "in", "to", "for", "with", "on", "at", "by", "from", "is", "are", "an", "as", "but"]);
// Characters that make a Latin run part of an address, a file name or a code.
const ADDRESS_CHARS = "@./:\\_?=&#%~";
const RUN_CHARS = /[A-Za-z0-9\u00c0-\u024f._%+\-@:/?=&#~'’\\]/;
// A pinyin syllable's vowels with tone marks (or ü): what conversion tools insert.
const TONED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/;
const PINYIN_LETTERS = /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}$/;

function nonSpace(s: string, i: number, step: 1 | -1): string | undefined {
  let k = i;
  while (k >= 0 && k < s.length && isHSpace(s[k])) k += step;
  return k >= 0 && k < s.length ? s[k] : undefined;
}

export const strayLatin: Rule = {
  meta: {
    id: "stray-latin",
    type: "problem",
    docs: {
      name: "夹杂英文",
      nameEn: "Stray Latin words",
      description: "中文正文中夹杂英文单词或拼音注音",
      descriptionEn: "A Latin word (or pinyin gloss) stranded inside Chinese prose",
      url: ruleDocsUrl("stray-latin"),
    },
    defaultSeverity: "warn",
    messages: {
      word: {
        zh: "中文正文中夹杂英文「{{word}}」，应删除或改为中文",
        en: "English word \"{{word}}\" inside Chinese prose: remove it or write it in Chinese",
      },
      pinyinGloss: {
        zh: "{{where}}有 {{count}} 处拼音注音残留（{{lines}}如「{{example}}」），应删除括号内的拼音",
        en: "{{count}} pinyin gloss(es) left by a conversion tool {{linesEn}} (e.g. \"{{example}}\"): remove the bracketed pinyin",
      },
    },
    schema: {
      type: "object",
      properties: {
        allow: {
          type: "array",
          items: { type: "string", minLength: 1 },
          description: "Latin words allowed in Chinese prose (case-insensitive). Replaces the default list.",
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { allow: DEFAULT_ALLOW },
  },
  create(context) {
    const allow = new Set(((context.options.allow as string[] | undefined) ?? DEFAULT_ALLOW).map((w) => w.toLowerCase()));
    // Pinyin glosses are one conversion defect however many lines it touches: one finding, with the
    // count, at the first line that has them.
    let gloss: { count: number; lines: number; example: string; loc: { start: number; end: number } } | undefined;
    for (const line of proseLines(context.model)) {
      const s = line.text;
      if (!/[A-Za-z\u00c0-\u024f]/.test(s)) continue;
      // Pinyin glosses: 據(jù), 數（shù）.
      const glosses: Array<[number, number]> = [];
      for (let i = 1; i < s.length; i++) {
        if ((s[i] !== "(" && s[i] !== "（") || !isHan(s[i - 1])) continue;
        const close = s.slice(i + 1, i + 10).search(/[)）]/);
        if (close < 0) continue;
        const inner = s.slice(i + 1, i + 1 + close);
        if (PINYIN_LETTERS.test(inner) && TONED.test(inner)) glosses.push([i, i + close + 2]);
      }
      if (glosses.length) {
        if (gloss) {
          gloss.count += glosses.length;
          gloss.lines++;
        } else {
          const [a] = glosses[0];
          const b = glosses[glosses.length - 1][1];
          gloss = { count: glosses.length, lines: 1, example: s.slice(glosses[0][0] - 1, glosses[0][1]), loc: { start: line.start + a, end: line.start + b } };
        }
      }
      const inGloss = (i: number): boolean => glosses.some(([a, b]) => i >= a && i < b);
      for (let i = 0; i < s.length; i++) {
        if (!isLatin(s[i]) || inGloss(i)) continue;
        if (i > 0 && RUN_CHARS.test(s[i - 1])) continue; // inside a run that started earlier
        let j = i;
        while (j < s.length && RUN_CHARS.test(s[j])) j++;
        // Trailing punctuation is not part of the run (… and.).
        while (j > i && "./:-'’?&#=~".includes(s[j - 1])) j--;
        const start = i;
        const run = s.slice(start, j);
        i = Math.max(j - 1, start);
        if (!isStray(run, s, start, j)) continue;
        context.report({ messageId: "word", data: { word: run }, loc: { start: line.start + start, end: line.start + j } });
      }
    }

    if (gloss) {
      const lines =
        gloss.lines === 1
          ? { where: "本行", lines: "", linesEn: "on this line" }
          : { where: "文本中", lines: `分布在 ${gloss.lines} 行，自本行起；`, linesEn: `on ${gloss.lines} lines, from this one on` };
      context.report({ messageId: "pinyinGloss", data: { count: gloss.count, example: gloss.example, ...lines }, loc: gloss.loc });
    }

    function isStray(run: string, s: string, start: number, end: number): boolean {
      if ([...ADDRESS_CHARS].some((c) => run.includes(c))) return false; // address, e-mail, file, code
      if (/\d/.test(run)) return false; // 5G, H5, model numbers
      const letters = run.replace(/['’-]/g, "");
      if (letters.length < 2) return false;
      const lower = run.toLowerCase();
      if (allow.has(lower) || allow.has(letters.toLowerCase())) return false;
      // A placeholder (XX) is unfilled-template's.
      if (/^[xX]+$/.test(letters)) return false;
      // A unit after a number: 5 km, 30kg.
      if (letters.length <= 3 && isDigit(nonSpace(s, start - 1, -1))) return false;
      // In an English line or phrase (a site name, a quotation), not inside Chinese prose.
      const before = nonSpace(s, start - 1, -1);
      const after = nonSpace(s, end, 1);
      if (isLatin(before) || isLatin(after) || isDigit(before) || isDigit(after)) return false;
      const chinese = (c: string | undefined): boolean => isHan(c) || isCjkPunct(c);
      if (!chinese(before) && !chinese(after)) return false;
      if (FUNCTION_WORDS.has(letters.toLowerCase())) return true;
      // Acronyms (LED, OCR), names (Excel, WeChat) and camel case (iPhone) are not stray words.
      return letters === letters.toLowerCase();
    }
  },
};
