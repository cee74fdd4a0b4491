import type { Rule } from "../src/core/types.js";
import { ruleDocsUrl } from "../src/core/docs-url.js";
import { proseLines } from "../src/model/text/prose.js";
import { foldWidthKeep, isDigit } from "../src/model/text/chars.js";
import { matches } from "../src/model/text/regex.js";
import { excerpt } from "../src/core/interpolate.js";

// Labels, simplified and traditional (郵編, 聯系電話, 傳真).
const POSTCODE_LABEL = /(?:邮政编码|郵政編碼|邮编|郵編)[ \u3000]*[:：]?[ \u3000]*/g;
const PHONE_LABEL = /(?:联系电话|聯系電話|聯繫電話|咨询电话|諮詢電話|监督电话|投诉电话|举报电话|办公电话|服务电话|电话|電話|传真|傳真|热线|熱線|手机|手機)(?:号码|號碼)?[ \u3000]*[:：]?[ \u3000]*/g;

/** Digits and separators of one number starting at s[i]: 0955-5790010, (0955)5790010, 400-123-4567. */
function readNumber(s: string, i: number): { raw: string; digits: string; end: number } {
  let j = i;
  let digits = "";
  while (j < s.length) {
    const c = s[j];
    if (isDigit(c)) digits += c;
    // A separator belongs to the number only when a digit follows it.
    else if (!"-－—– ()（）".includes(c) || !isDigit(s[j + 1])) break;
    j++;
  }
  return { raw: s.slice(i, j), digits: foldWidthKeep(digits), end: j };
}

/** Why a phone number cannot be dialled, or null when its length fits a Chinese number. */
function phoneProblem(raw: string, digits: string): string | null {
  let d = digits;
  if (d.startsWith("86") && /^\+?86/.test(raw.trim()) && d.length > 11) d = d.slice(2);
  const n = d.length;
  if (n >= 3 && n <= 5 && !d.startsWith("0")) return null; // 12345, 110, 95598
  if (/^1[3-9]/.test(d)) return n === 11 ? null : `手机号应为 11 位，此处为 ${n} 位`;
  if (/^[48]00/.test(d)) return n === 10 ? null : `400/800 号码应为 10 位，此处为 ${n} 位`;
  if (d.startsWith("0")) {
    // Area code (3–4 digits with the 0) + a local number of 7–8 digits.
    const parts = raw.split(/[-－—–\s()（）]+/).filter(Boolean);
    if (parts.length >= 2 && parts[0].startsWith("0")) {
      const area = parts[0].length;
      const local = parts.slice(1).join("").length;
      if (area >= 3 && area <= 4 && local >= 7 && local <= 8) return null;
      if (area >= 3 && area <= 4 && local > 8 && parts.length >= 3 && parts[1].length >= 7 && parts[1].length <= 8) return null; // extension
      return `区号后的号码应为 7–8 位，此处为 ${local} 位`;
    }
    return n >= 10 && n <= 12 ? null : `固定电话（含区号）应为 10–12 位，此处为 ${n} 位`;
  }
  if (n === 7 || n === 8) return null; // a local number without the area code
  return `电话号码位数不对（${n} 位）`;
}

// A line without any of these holds no contact details (a cheap test before the real ones).
const CONTACT_HINT = /[电話话传傳热熱手邮郵@＠]|www|http|ftp/i;
const EMAIL_RUN = /[A-Za-z0-9._%+\-@＠．]/;
const EMAIL_OK = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
const URL_START = /(?:https?|ftp)\s*[:：]?\s*[/／]{0,2}|www[.．,，]/gi;

export const contactInfo: Rule = {
  meta: {
    id: "contact-info",
    type: "problem",
    docs: {
      name: "联系方式格式",
      nameEn: "Contact details",
      description: "联系方式格式有误（邮编、电话、电子邮箱、网址）",
      descriptionEn: "Malformed contact details (postal code, phone number, e-mail, web address)",
      url: ruleDocsUrl("contact-info"),
    },
    defaultSeverity: "warn",
    messages: {
      postcode: {
        zh: "邮政编码「{{value}}」应为 6 位数字，此处为 {{count}} 位",
        en: "Postal code \"{{value}}\" should have 6 digits, not {{count}}",
      },
      phone: {
        zh: "电话号码「{{value}}」无法拨打：{{why}}",
        en: "Phone number \"{{value}}\" cannot be dialled: {{why}}",
      },
      email: {
        zh: "电子邮箱「{{value}}」格式有误，应形如 name@example.gov.cn",
        en: "E-mail address \"{{value}}\" is malformed; it should look like name@example.gov.cn",
      },
      url: {
        zh: "网址「{{value}}」格式有误，应形如 http://www.example.gov.cn",
        en: "Web address \"{{value}}\" is malformed; it should look like http://www.example.gov.cn",
      },
    },
  },
  create(context) {
    for (const line of proseLines(context.model)) {
      const s = line.text;
      if (!CONTACT_HINT.test(s)) continue;
      const at = (a: number, b: number) => ({ start: line.start + a, end: line.start + b });
      for (const m of matches(POSTCODE_LABEL, s)) {
        const i = m.index + m[0].length;
        if (!isDigit(s[i])) continue;
        let j = i;
        while (j < s.length && (isDigit(s[j]) || (s[j] === " " && isDigit(s[j + 1])))) j++;
        const digits = s.slice(i, j).replace(/\s/g, "");
        if (digits.length !== 6) context.report({ messageId: "postcode", data: { value: excerpt(s.slice(i, j)), count: digits.length }, loc: at(i, j) });
      }
      for (const m of matches(PHONE_LABEL, s)) {
        let i = m.index + m[0].length;
        // Several numbers after one label: 电话：0955-5790010、13912345678.
        for (let guard = 0; guard < 4; guard++) {
          if (s[i] === "+" && isDigit(s[i + 1])) i++;
          if (!isDigit(s[i]) && !(s[i] === "(" || s[i] === "（")) break;
          const num = readNumber(s, i);
          if (num.digits.length === 0) break;
          // A count after the label is not a number: 电话咨询61人次 never gets here (no label end).
          const unit = s[num.end];
          if (unit !== undefined && /[人次件个条年月日号]/.test(unit) && num.digits.length < 7) break;
          const why = phoneProblem(num.raw, num.digits);
          if (why) context.report({ messageId: "phone", data: { value: excerpt(num.raw), why }, loc: at(i, num.end) });
          let k = num.end;
          if (s[k] === "、" || s[k] === "/" || s[k] === "或" || s[k] === "，" || s[k] === ",") k++;
          else break;
          while (s[k] === " ") k++;
          if (!isDigit(s[k])) break;
          i = k;
        }
      }
      // E-mail addresses: every run holding @ (or ＠).
      for (let i = 0; i < s.length; i++) {
        if (s[i] !== "@" && s[i] !== "＠") continue;
        let a = i;
        while (a > 0 && EMAIL_RUN.test(s[a - 1])) a--;
        let b = i + 1;
        while (b < s.length && EMAIL_RUN.test(s[b])) b++;
        while (b > i + 1 && ".．-".includes(s[b - 1])) b--;
        const value = s.slice(a, b);
        if (a === i || value.length < 3) continue; // "@" alone: a mention, not an address
        if (!EMAIL_OK.test(value)) context.report({ messageId: "email", data: { value: excerpt(value) }, loc: at(a, b) });
        i = b;
      }
      // Web addresses. A start inside the address before it is part of that one (one finding, and
      // no rescan of a long run from each of its starts).
      let urlEnd = 0;
      for (const m of matches(URL_START, s)) {
        const a = m.index;
        if (a < urlEnd) continue;
        if (a > 0 && /[A-Za-z0-9.@/]/.test(s[a - 1])) continue;
        let b = a;
        let hasDot = false;
        for (; b < s.length; b++) {
          const c = s[b];
          if (/[A-Za-z0-9.:/\-_~?=&#%+．：／]/.test(c)) {
            if (c === "." || c === "．") hasDot = true;
            continue;
          }
          // A comma stands for the dots only in an address that has none: www,example,gov,cn.
          if ((c === "," || c === "，") && /[A-Za-z]/.test(s[b + 1] ?? "") && !hasDot) continue;
          break;
        }
        urlEnd = b;
        while (b > a && ".,，:：/".includes(s[b - 1]) && !(b - 2 >= a && s[b - 2] === "/" && s[b - 1] === "/")) b--;
        const value = s.slice(a, b);
        if (urlProblem(value)) context.report({ messageId: "url", data: { value: excerpt(value) }, loc: at(a, b) });
      }
    }
  },
};

/** True when a web address is malformed: a broken scheme, full-width or comma separators, no host. */
function urlProblem(value: string): boolean {
  if (/[．：／，,]/.test(value)) return true;
  const scheme = /^(https?|ftp)/i.exec(value);
  let rest = value;
  if (scheme) {
    if (!/^(?:https?|ftp):\/\//i.test(value)) return true;
    rest = value.replace(/^(?:https?|ftp):\/\//i, "");
  }
  const host = rest.split(/[/?#]/)[0].replace(/:\d+$/, "");
  if (!host) return true;
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(host)) return false; // an IP address
  if (host.includes("..") || host.startsWith(".") || !/\.[A-Za-z]{2,}$/.test(host)) return true;
  return false;
}
