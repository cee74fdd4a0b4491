import type { Rule } from "../src/core/types.js";
import type { Block, HeadingBlock, ParagraphBlock, ReportModel } from "../src/model/types.js";
import { ruleDocsUrl } from "../src/core/docs-url.js";

// Page furniture of Chinese government sites, matched on a whole line (traditional forms too).
const CHROME = new RegExp(
  [
    // versions and tools of the site
    "繁[體体]版", "简体版", "[无無]障[碍礙]", "本站地[图圖]", "网站地图", "網站地圖", "[关關][怀懷]版", "[长長]者版", "适老[化版]", "老年版", "手机版", "移动版",
    "全文[检檢]索", "站内搜索", "高级检索", "^搜\\s*索$", "^登\\s*录", "^注\\s*册$",
    // where the page sits
    "[当當]前位置", "[您你][现現]在的位置", "您的位置", "所在位置", "[当當]前[页頁]面", "^首[页頁]\\s*[>＞›»/]", "[>＞›»]\\s*正文$",
    // counters and type size
    "[浏瀏][览覽]次[数數]", "[阅閱][读讀]次[数數]", "[点點]击[数数量]", "[访訪]问量", "[浏瀏][览覽]量", "字[体體]\\s*[:：]?\\s*[\\[【]", "【字[体體]", "字[体體]\\s*[:：]?\\s*大\\s*中\\s*小", "字号\\s*[:：]",
    // buttons
    "【?打印(?:本页)?】", "【?[关關]闭(?:窗口)?】", "打印\\s*[关關]闭", "[关關]闭窗口", "返回[顶頂]部", "加入收藏", "【收藏】", "分享到", "分享至", "扫一扫", "在手机上浏览",
    // metadata blocks
    "索引[号號]", "[发發]布机构", "[发發]布機構", "生成日期", "成文日期", "[发發]文日期", "主[题題]分[类類]", "公开方式", "公开范围", "公开目录", "是否有效", "有效性\\s*[:：|｜]", "^文\\s*[号號](?:\\s*[:：|｜]|$|是否)", "[责責]任[编編][辑輯]", "(?:文章|信息)?[来來]源\\s*[:：|｜]", "^[来來]源\\s",
    // page footers
    "上一篇", "下一篇", "相关链接", "主办单位", "承办单位", "网站标识码", "ICP备", "公网安备", "版权所有", "技术支持\\s*[:：]", "^联系我们$",
    // flip-book viewers
    "^Page\\s+\\d+", "^P\\.\\s*\\d+$",
  ].join("|"),
  "i",
);
const PIPES_ONLY = /^[|｜\s]+$/;
// A site name in English (the only Latin line before a Chinese title).
const ENGLISH_LINE = /^[A-Za-z][A-Za-z'’.,&()\- ]+$/;
// A labelled date: the publication date the model reads (spec §1); the line is kept for it.
const DATED = /(?:19|20)\d\d\s*(?:[-/.]\s*(?:0?[1-9]|1[0-2])\s*[-/.]\s*(?:0?[1-9]|[12]\d|3[01])(?!\d)|年\s*\d{1,2}\s*月)/;

function isChrome(text: string): boolean {
  if (PIPES_ONLY.test(text)) return true;
  if (text.length > 120 || /[。！？]/.test(text)) return false;
  if (CHROME.test(text)) return true;
  return ENGLISH_LINE.test(text) && /\s/.test(text.trim());
}

/** A short line of a site header: a site name, a channel name (某某县人民政府, 政府信息公开). */
function isHeaderLine(text: string): boolean {
  return text.length <= 30 && !/[。，,；;！？]/.test(text) && !DATED.test(text);
}

/** A line of text: a paragraph, or a Markdown heading. */
type Line = ParagraphBlock | HeadingBlock;

/** A body paragraph: a sentence (the preface) rather than a label. */
function isProse(b: Line): boolean {
  return b.text.length >= 20 && /[，,。；]/.test(b.text) && !isChrome(b.text);
}

/** A line of cells: two separators (| or TAB) with something between or around them. */
const TABLE_ROW = /[|｜\t][^|｜\t]*[|｜\t]/;

/** Whether the nearest block before blocks[i], other than comments and lines of empty cells, is a table or a row of one. */
function followsTableRow(blocks: readonly Block[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const b = blocks[k];
    if (b.kind === "comment") continue;
    if (b.kind === "table") return true;
    if (b.kind !== "paragraph" && b.kind !== "heading") return false;
    if (PIPES_ONLY.test(b.text)) continue;
    return TABLE_ROW.test(b.text);
  }
  return false;
}

interface Residue {
  block: Line;
  kind: "chrome" | "header";
  dated: boolean;
}

function findResidue(model: ReportModel): Residue[] {
  const blocks = model.document.blocks;
  const title = model.title;
  const overlapsTitle = (b: Block): boolean => title !== undefined && b.start < title.end && title.start < b.end;
  const firstSection = model.sections.length ? model.sections[0].heading.start : Infinity;
  const out: Residue[] = [];
  // The head: everything before the first section heading and the first sentence of prose.
  const head: Line[] = [];
  for (const b of blocks) {
    if (b.start >= firstSection) break;
    if (b.kind === "comment") continue;
    if (b.kind === "table") break;
    if (isProse(b)) break;
    head.push(b);
  }
  const chrome = head.filter((b) => !overlapsTitle(b) && isChrome(b.text));
  if (chrome.length > 0) {
    for (const b of head) {
      if (overlapsTitle(b)) continue;
      const beforeTitle = title !== undefined && b.end <= title.start;
      if (isChrome(b.text)) out.push({ block: b, kind: "chrome", dated: DATED.test(b.text) });
      else if (beforeTitle && isHeaderLine(b.text)) out.push({ block: b, kind: "header", dated: false });
    }
  }
  // The tail: page furniture after the last line of the report.
  const tail: Residue[] = [];
  const headEnd = head.length ? head[head.length - 1].end : -1;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b.end <= headEnd) break;
    if (b.kind === "comment") continue;
    if (b.kind === "table" || overlapsTitle(b) || !isChrome(b.text)) break;
    // Empty cells (| | |) right after a table or a table row are the rest of a table cut off at
    // the end of the file, not page furniture.
    if (PIPES_ONLY.test(b.text) && followsTableRow(blocks, i)) break;
    tail.unshift({ block: b, kind: "chrome", dated: DATED.test(b.text) });
  }
  return out.concat(tail);
}

export const webPageResidue: Rule = {
  meta: {
    id: "web-page-residue",
    type: "suggestion",
    docs: {
      name: "网页残留",
      nameEn: "Web page residue",
      description: "正文前后残留网页导航、页面信息等内容",
      descriptionEn: "Web page navigation and furniture pasted before or after the report",
      url: ruleDocsUrl("web-page-residue"),
    },
    defaultSeverity: "warn",
    fixable: "code",
    messages: {
      residue: {
        zh: "网页残留内容「{{text}}」不属于报告正文，应删除本行",
        en: "Web page residue \"{{text}}\" is not part of the report: delete the line",
      },
      residueWithDate: {
        zh: "网页残留内容「{{text}}」不属于报告正文；本行含发布日期，删除时请保留发布日期",
        en: "Web page residue \"{{text}}\" is not part of the report; the line carries the publication date: keep the date when removing the rest",
      },
      siteHeader: {
        zh: "网站页头「{{text}}」位于报告标题之前，不属于报告正文，应删除本行",
        en: "Site header \"{{text}}\" stands before the report title and is not part of the report: delete the line",
      },
    },
  },
  create(context) {
    const source = context.sourceCode;
    const { text, lineStarts } = source;
    /** The whole line holding `offset`, with its line break and the blank lines after it. */
    const lineRange = (offset: number): [number, number] => {
      const line = source.positionAt(offset).line - 1;
      let next = line + 1;
      while (next < lineStarts.length && text.slice(lineStarts[next], source.lineEndAt(next + 1)).trim() === "") next++;
      return [lineStarts[line], next < lineStarts.length ? lineStarts[next] : text.length];
    };
    for (const r of findResidue(context.model)) {
      const b = r.block;
      const shown = b.text.length > 30 ? `${b.text.slice(0, 30)}…` : b.text;
      const messageId = r.dated ? "residueWithDate" : r.kind === "header" ? "siteHeader" : "residue";
      // A line carrying the publication date is reported but kept: the date is information.
      const fix = r.dated ? undefined : { range: lineRange(b.start), text: "" };
      context.report({ messageId, data: { text: shown }, loc: b.content, fix });
    }
  },
};
