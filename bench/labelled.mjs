// A labelled generator for the evaluation (npm run eval, docs/eval.md): clean reports in both
// layouts (〔2019〕60号 for 2019–2020, 〔2021〕30号 from 2021) and every flattening the project reads
// (tab rows, one cell per line, blank-line separated, GFM), and copies of each with exactly one
// injected defect whose rule and line are known. The clean reports are the controls: every rule must
// stay silent on them. Some mutations are traps: true statements of the shapes rules have misread
// (「没有上年结转的申请」, a partial count, a table cut at the end): no rule may fire on them.
//
// Deterministic: the same (seed, options) gives the same cases, byte for byte. Built from the parts of
// bench/generate.mjs (invented text); the bodies below are real places (so foreign-place-name can place
// them), the numbers invented.
//
//   import { labelledCases } from "./labelled.mjs";
//   labelledCases({ seeds: [1] })  →  [{ name, base, mutation, rule, text, expect, ignore, fileName }]
//
// Renderings: each case is rendered as text (.txt, or .md for GFM). A later renderer of Word or PDF
// files (see DOCUMENT_RENDERINGS below) adds cases whose `bytes` hold the same report as a document.
import {
  prng, OPENINGS, PARAS, PROBLEMS, OTHERS, JUNK, FOREIGN, T3_COLS, T3_RESULTS, T3_OTHER_2021, fill, FLATTENINGS, table2, table4, flatten,
} from "./generate.mjs";

/** Real bodies in 浙江 (placed by the gazetteer): [short name used in prose, full name, kind]. */
export const LABELLED_BODIES = [
  ["天子湖镇", "安吉县天子湖镇人民政府"],
  ["西店镇", "宁海县西店镇人民政府"],
  ["於潜镇", "临安区於潜镇人民政府"],
  ["我局", "安吉县卫生健康局"],
  ["我局", "德清县民政局"],
  ["我办", "湖州市长兴县人民政府办公室"],
];

/** Hook for the .docx/.pdf renderings of [pdf-tables]: push { ext: ".docx", render(text) → Promise<Uint8Array> }.
 * The harness lints each rendering of every case; a case whose rendering has no reader yet is skipped. */
export const DOCUMENT_RENDERINGS = [];

// A mark around the text a defect is expected at. Marks are removed after rendering; the lines they
// were on become the expected line (or range).
const M = "\u0001";
const mark = (s) => `${M}${s}${M}`;
const LAST = (row) => row.length - 1;

// ---- clean reports ------------------------------------------------------------------------------

/**
 * Table 三 with consistent sums. `carried: false` makes 二、上年结转 0 in every column; 自然人 always has
 * new applications, so the table is never all zero.
 */
function table3(r, layout, { carried }) {
  const resultRows = [
    ...T3_RESULTS.flatMap((g) => (g.length === 1 ? [[g[0]]] : g.slice(1).map((l, i) => (i === 0 ? [g[0], l] : ["", l])))),
    ...(layout === "2021" ? T3_OTHER_2021.slice(1).map((l, i) => (i === 0 ? [T3_OTHER_2021[0], l] : ["", l])) : [["（六）其他处理"]]),
  ];
  const k = resultRows.length;
  const cols = T3_COLS.map((_, c) => {
    const fresh = c === 0 ? r.int(3, 20) : r.int(0, 3);
    const carry = carried && c === 0 ? r.int(1, 2) : carried ? r.int(0, 1) : 0;
    const left = c === 0 ? r.int(1, 2) : r.int(0, Math.min(1, fresh + carry));
    const results = new Array(k).fill(0);
    let rest = fresh + carry - left;
    // Most go to 予以公开; some to 部分公开 and 无法提供 1; sub-rows like 2.重复申请 stay 0.
    while (rest > 0) {
      const i = r.chance(0.6) ? 0 : r.pick([1, 10]);
      const take = Math.min(rest, r.int(1, 4));
      results[i] += take;
      rest -= take;
    }
    return { fresh, carry, left, results };
  });
  const sum = (f) => cols.reduce((a, c) => a + f(c), 0);
  const vals = (f) => [...cols.map((c) => String(f(c))), String(sum(f))];
  const rows = [
    ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "", "", "", "", "", ""],
    ["", "自然人", "法人或其他组织", "", "", "", "", "总计"],
    ["", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""],
    ["一、本年新收政府信息公开申请数量", ...vals((c) => c.fresh)],
    ["二、上年结转政府信息公开申请数量", ...vals((c) => c.carry)],
  ];
  resultRows.forEach((labels, i) => rows.push([i === 0 ? "三、本年度办理结果" : "", ...labels, ...vals((c) => c.results[i])]));
  rows.push(["", "（七）总计", ...vals((c) => c.results.reduce((a, b) => a + b, 0))]);
  rows.push(["四、结转下年度继续办理", ...vals((c) => c.left)]);
  return rows;
}

/** Table 四 in one of three states: all 0, a 行政复议 case, or a 行政诉讼 case without 复议. */
function table4Labelled(r, appeals) {
  const rows = table4(r, true);
  const values = rows[3];
  if (appeals === "review") {
    values[0] = "1"; // 结果维持
    values[4] = "1"; // 总计
  } else if (appeals === "suit") {
    values[5] = "1"; // 未经复议直接起诉 结果维持
    values[9] = "1";
  }
  return rows;
}

/** Section 一 of last year's report in the cross-year pairs: other sentences than this year's (invented). */
const PREVIOUS_PARAS = [
  "（一）主动公开。聚焦群众关切，通过门户网站、政务新媒体等渠道发布各类政府信息{n}条，及时更新机构职能、财政资金等栏目。",
  "（二）依申请公开。畅通申请渠道，规范受理、办理、答复流程，严格在法定期限内答复申请人。",
  "（三）政府信息管理。健全信息发布审核机制，全年开展栏目巡查{m}次，及时整改发现的问题。",
  "（四）平台建设。优化政府信息公开专栏设置，完善检索功能，提升查询便捷性。",
  "（五）监督保障。成立政务公开工作领导小组，明确专人负责，开展政务公开业务培训{m}次。",
];

/** The parameters of the eight base reports of one seed: 2 layouts × 4 flattenings, with varied tables. */
export function baseParams(seed) {
  return FLATTENINGS.flatMap((how, h) =>
    ["2019", "2021"].map((layout, l) => {
      const i = h * 2 + l;
      return { seed, index: i, layout, how, carried: i % 4 !== 0 && i % 4 !== 3, appeals: ["zero", "review", "suit", "zero"][i % 4] };
    }),
  );
}

/**
 * The four bases of one seed that come with last year's report (2021 layout both years, every
 * flattening), for the cross-year rules.
 */
export function crossYearParams(seed) {
  return FLATTENINGS.map((how, h) => ({ seed, index: 8 + h, layout: "2021", how, carried: true, appeals: "zero", year: 2022 + ((seed + h) % 3) }));
}

/**
 * Last year's report of the same body for a cross-year base, consistent with this year's: its table 三
 * row 四 is this year's row 二, and its 行政规范性文件 现行有效件数 plus this year's 制发 minus 废止 is this
 * year's (this year's stock is raised when that would be negative). Its prose is other sentences.
 */
export function previousReport(rep) {
  const prev = cleanReport({ ...rep.params, index: rep.params.index + 100, year: rep.year - 1, prose: "previous" });
  prev.body = rep.body;
  prev.title = `${rep.body}${rep.year - 1}年政府信息公开工作年度报告`;
  const carried = t3Row(rep, "二、上年结转");
  const left = t3Row(prev, "四、结转下年度");
  left.splice(left.length - 7, 7, ...carried.slice(carried.length - 7));
  rebalance(t3(prev));
  const docs = t2(rep).find((x) => x[0] === "行政规范性文件");
  const stock = Number(docs[3]) - Number(docs[1]) + Number(docs[2]);
  if (stock < 0) docs[3] = String(Number(docs[3]) - stock);
  t2(prev).find((x) => x[0] === "行政规范性文件")[3] = String(Math.max(stock, 0));
  return prev;
}

/** Makes table 三 add up again after a change of rows 一, 二 or 四: （一）予以公开 takes up the difference. */
function rebalance(rows) {
  const at = (label) => rows.find((row) => row.some((c) => c.includes(label)));
  const fresh = at("一、本年新收"), carried = at("二、上年结转"), left = at("四、结转下年度"), seven = at("（七）总计"), open = at("（一）予以公开");
  const results = rows.slice(rows.indexOf(open), rows.indexOf(seven));
  for (let k = 7; k >= 2; k--) {
    const col = (row) => Number(row[row.length - k]);
    const others = results.filter((row) => row !== open).reduce((a, row) => a + col(row), 0);
    const need = col(fresh) + col(carried) - col(left) - others;
    if (need < 0) fresh[fresh.length - k] = String(col(fresh) - need);
    open[open.length - k] = String(Math.max(need, 0));
  }
  for (const row of [fresh, carried, left, ...results]) row[row.length - 1] = String(row.slice(row.length - 7, row.length - 1).reduce((a, c) => a + Number(c), 0));
  for (let k = 7; k >= 1; k--) seven[seven.length - k] = String(results.reduce((a, row) => a + Number(row[row.length - k]), 0));
}

/**
 * A clean report as parts: { title, intro[], sections[{ num, head, paras? , table? }], head[], tail[], … }.
 * Rendering (renderReport) joins the parts; mutations change them first.
 */
export function cleanReport(p) {
  const r = prng(p.seed * 1000 + p.index * 7 + 1);
  const [short, body] = LABELLED_BODIES[(p.seed + p.index) % LABELLED_BODIES.length];
  const drawn = p.layout === "2019" ? r.int(2019, 2020) : r.int(2021, 2024);
  const year = p.year ?? drawn;
  const md = p.how === "gfm";
  const t2 = table2(r, p.layout, false);
  const t3 = table3(r, p.layout, { carried: p.carried });
  const t4 = table4Labelled(r, p.appeals);
  const total = (row) => Number(row[LAST(row)]);
  const v = { y: year, y1: year + 1, s: short, n: r.int(20, 900), m: r.int(1, 30), a: total(t3[3]), c: total(t3[4]) };
  const notice = p.layout === "2021" ? "国办公开办函〔2021〕30号" : "国办公开办函〔2019〕60号";
  const noticeTitle = p.layout === "2021" ? "中华人民共和国政府信息公开工作年度报告格式" : "中华人民共和国政府信息公开工作年度报告格式（试行）";
  const intro = [
    `本报告依据《中华人民共和国政府信息公开条例》（国务院令第711号）和《国务院办公厅政府信息与政务公开办公室关于印发〈${noticeTitle}〉的通知》（${notice}）编制。`,
    `本报告统计数据从${year}年1月1日至${year}年12月31日。如对本报告有疑问，请与${body}联系（邮编：313300；电话：0572-6021234）。`,
  ];
  const paras = [fill(r.pick(OPENINGS), v)];
  if (p.prose === "previous") for (const para of PREVIOUS_PARAS) paras.push(fill(para, { ...v, n: r.int(5, 900), m: r.int(1, 40) }));
  else {
    for (let i = 0; i < 5; i++) paras.push(fill(PARAS[i], v));
    for (let i = 0; i < 3; i++) paras.push(fill(PARAS[r.int(5, PARAS.length - 1)], { ...v, n: r.int(5, 900), m: r.int(1, 40) }));
  }
  return {
    params: p, r, year, short, body, md, layout: p.layout, how: p.how,
    title: `${body}${year}年政府信息公开工作年度报告`,
    intro,
    sections: [
      { num: "一", head: "一、总体情况", paras },
      { num: "二", head: "二、主动公开政府信息情况", table: t2 },
      { num: "三", head: "三、收到和处理政府信息公开申请情况", table: t3 },
      { num: "四", head: "四、政府信息公开行政复议、行政诉讼情况", table: t4 },
      { num: "五", head: "五、存在的主要问题及改进情况", paras: [fill(PROBLEMS[p.prose === "previous" ? 1 : 0], v)] },
      { num: "六", head: "六、其他需要报告的事项", paras: [fill(OTHERS[p.prose === "previous" ? 1 : 0], v)] },
    ],
    head: [],
    tail: [],
  };
}

/** Text of a report, marks removed; `expect` holds the line (or [first, last]) of the marks, if any. */
export function renderReport(rep) {
  const r = prng(rep.params.seed * 31 + rep.params.index); // padding of cell-per-line flattenings
  const h = (s) => (rep.md ? `## ${s}` : s);
  const parts = [...rep.head, rep.md ? `# ${rep.title}` : rep.title, rep.intro.join("")];
  for (const s of rep.sections) {
    parts.push(h(s.head));
    const content = s.table ? flatten(s.table, rep.how, r) : s.paras.join("\n\n");
    if (content.trim()) parts.push(content);
  }
  parts.push(...rep.tail);
  const marked = parts.join("\n\n") + "\n";
  const lineOf = (i) => marked.slice(0, i).split("\n").length;
  const first = marked.indexOf(M);
  const last = marked.lastIndexOf(M);
  const text = marked.split(M).join("");
  if (first < 0) return { text };
  const [a, b] = [lineOf(first), lineOf(last)];
  return { text, lines: a === b ? a : [a, b] };
}

// ---- helpers for mutations ----------------------------------------------------------------------

const section = (rep, num) => rep.sections.find((s) => s.num === num);
const t3 = (rep) => section(rep, "三").table;
const t2 = (rep) => section(rep, "二").table;
const t4 = (rep) => section(rep, "四").table;
const t3Row = (rep, label) => t3(rep).find((row) => row.some((c) => c.includes(label)));
const total = (row) => Number(row[LAST(row)]);
const addPara = (rep, text) => section(rep, "一").paras.push(text);
/** Replace `from` by `to` (marked) in the paragraphs of a section or in the intro. */
function replaceIn(list, from, to) {
  const i = list.findIndex((p) => p.includes(from));
  if (i < 0) throw new Error(`labelled generator: "${from}" not found`);
  list[i] = list[i].replace(from, to);
}
const tabular = (rep) => rep.how === "tab" || rep.how === "gfm"; // keeps blank cells in place

// ---- mutations ----------------------------------------------------------------------------------
// Each: { id, rule (the rule that must report it; null for a trap), issue (the failure class of
// issue 17 it covers, if any), applies?(rep), apply(rep) , ignore?: rules not judged on the copy }.

export const MUTATIONS = [
  // required-sections, section-order, section-heading, no-empty-section
  { id: "missing-section-4", rule: "required-sections", apply: (rep) => (rep.sections = rep.sections.filter((s) => s.num !== "四")) },
  { id: "missing-section-5", rule: "required-sections", apply: (rep) => (rep.sections = rep.sections.filter((s) => s.num !== "五")) },
  {
    id: "sections-5-6-swapped", rule: "section-order",
    apply: (rep) => {
      const s5 = section(rep, "五"), s6 = section(rep, "六");
      s5.head = mark(s5.head); s6.head = mark(s6.head);
      rep.sections = rep.sections.filter((s) => s !== s5 && s !== s6).concat([s6, s5]);
    },
  },
  { id: "subtopic-numbered-as-section", rule: "section-order", apply: (rep) => section(rep, "一").paras.splice(2, 0, mark("一、加强组织领导")) },
  { id: "heading-gaijin-cuoshi", rule: "section-heading", apply: (rep) => (section(rep, "五").head = mark("五、存在的主要问题及改进措施")) },
  { id: "heading-qita", rule: "section-heading", apply: (rep) => (section(rep, "六").head = mark("六、其它需要报告的事项")) },
  { id: "empty-section-5", rule: "no-empty-section", apply: (rep) => { const s = section(rep, "五"); s.head = mark(s.head); s.paras = []; } },

  // report-title
  { id: "title-gongzuo-baogao", rule: "report-title", apply: (rep) => (rep.title = mark(rep.title.replace("工作年度报告", "工作报告"))) },
  { id: "title-zhengwu", rule: "report-title", apply: (rep) => (rep.title = mark(rep.title.replace("政府信息公开", "政务信息公开"))) },
  { id: "title-nianbao", rule: "report-title", issue: "report-title: 信息公开年报", apply: (rep) => (rep.title = mark(rep.title.replace("政府信息公开工作年度报告", "政府信息公开年报"))) },
  { id: "title-without-zhengfu", rule: "report-title", issue: "report-title: 政府 dropped", apply: (rep) => (rep.title = mark(rep.title.replace("政府信息公开", "信息公开"))) },
  { id: "title-without-gongzuo", rule: "report-title", issue: "report-title: 工作 dropped", apply: (rep) => (rep.title = mark(rep.title.replace("工作年度报告", "年度报告"))) },
  { id: "title-without-year", rule: "report-title", apply: (rep) => (rep.title = mark(rep.title.replace(`${rep.year}年`, ""))) },
  {
    // No year in the title and no statistics period: the year-dependent checks cannot run (said once).
    id: "no-year-anywhere", rule: "report-year",
    apply: (rep) => {
      rep.title = mark(rep.title.replace(`${rep.year}年`, ""));
      replaceIn(rep.intro, `本报告统计数据从${rep.year}年1月1日至${rep.year}年12月31日。`, "");
    },
    ignore: ["report-title"],
  },

  // format-version
  {
    id: "wrong-year-table-2", rule: "format-version",
    apply: (rep) => {
      const rows = table2(prng(rep.params.seed + 5), rep.layout === "2019" ? "2021" : "2019", false);
      rows[1] = rows[1].map((c) => (c ? mark(c) : c));
      section(rep, "二").table = rows;
    },
  },
  {
    id: "mixed-2019-procurement-in-2021", rule: "format-version", issue: "format-version: mixed layouts (2019 政府集中采购 block in a 2021 table 二)",
    applies: (rep) => rep.layout === "2021",
    apply: (rep) => t2(rep).push([mark("第二十条第（九）项"), "", "", ""], ["信息内容", "采购项目数量", "采购总金额", ""], ["政府集中采购", "2", mark("36 万元"), ""]),
  },
  {
    id: "mixed-2021-fee-in-2019", rule: "format-version", issue: "format-version: mixed layouts (a 2021 block inside a 2019 table)",
    applies: (rep) => rep.layout === "2019",
    apply: (rep) => {
      const rows = t2(rep);
      const i = rows.findIndex((row) => row[0] === "第二十条第（八）项");
      rows.splice(i + 1, 2, ["信息内容", mark("本年收费金额（单位：万元）"), "", ""], ["行政事业性收费", "0", "", ""]);
    },
  },

  // table-structure
  { id: "wrong-row-label", rule: "table-structure", apply: (rep) => { const row = t3Row(rep, "3.补正后申请内容仍不明确"); row[row.indexOf("3.补正后申请内容仍不明确")] = mark("3.改正后申请内容仍不明确"); } },
  {
    id: "missing-row", rule: "table-structure",
    apply: (rep) => {
      const rows = t3(rep);
      const i = rows.findIndex((row) => row.includes("2.重复申请"));
      rows.splice(i, 1);
      rows[i] = rows[i].map((c) => (c.startsWith("3.") ? mark(c) : c));
    },
  },
  {
    id: "extra-rows-table-2", rule: "table-layout-variant", issue: "table-layout-variant (was table-structure): non-standard rows (行政给付, 行政裁决) inserted into table 二",
    apply: (rep) => {
      const rows = t2(rep);
      const i = rows.findIndex((row) => row[0] === (rep.layout === "2021" ? "行政许可" : "其他对外管理服务事项"));
      const extra = rep.layout === "2021" ? [[mark("行政给付"), "3", "", ""], ["行政裁决", mark("1"), "", ""]] : [[mark("行政给付"), "2", "0", "3"], ["行政裁决", "1", "0", mark("1")]];
      rows.splice(i + 1, 0, ...extra);
    },
  },
  {
    id: "values-without-label", rule: "table-layout-variant", issue: "table-layout-variant (was table-structure): a run of values whose row label is missing",
    apply: (rep) => {
      const row = t3Row(rep, "3.危及“三安全一稳定”");
      row[row.indexOf("3.危及“三安全一稳定”")] = "";
      const v = row.length - 7;
      row[v] = mark(row[v]);
      row[LAST(row)] = mark(row[LAST(row)]);
    },
  },
  // table-label-variant
  {
    id: "column-label-cut-short", rule: "table-label-variant",
    apply: (rep) => {
      // The last column label of block （一） loses its last character (现行有效件, 对外公开总数).
      const header = t2(rep).find((row) => row[0] === "信息内容");
      header[3] = mark(header[3].slice(0, -1));
    },
  },
  {
    id: "table-3-truncated", rule: "table-structure",
    apply: (rep) => {
      const rows = t3(rep);
      const i = rows.findIndex((row) => row.includes("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"));
      rows.splice(i + 1);
      rows[i] = rows[i].map((c) => (c.startsWith("（二）") ? mark(c) : c));
    },
    ignore: ["table-arithmetic", "no-contradiction", "text-table-consistency", "numeric-cell"],
  },

  // table-arithmetic
  {
    id: "broken-row-total", rule: "table-arithmetic",
    apply: (rep) => {
      const row = t3Row(rep, "一、本年新收");
      row[LAST(row)] = mark(String(total(row) + 2));
      const seven = t3Row(rep, "（七）总计");
      seven[LAST(seven)] = mark(seven[LAST(seven)]);
    },
    ignore: ["text-table-consistency", "no-contradiction"],
  },
  {
    id: "broken-result-cell", rule: "table-arithmetic",
    apply: (rep) => {
      const row = t3Row(rep, "（一）予以公开");
      const i = row.length - 7;
      row[i] = mark(String(Number(row[i]) + 1));
      const seven = t3Row(rep, "（七）总计");
      seven[LAST(seven)] = mark(seven[LAST(seven)]);
    },
  },
  {
    id: "broken-table-4-group", rule: "table-arithmetic",
    apply: (rep) => { const v = t4(rep)[3]; v[4] = mark(String(Number(v[4]) + 1)); },
    ignore: ["no-contradiction", "text-table-consistency"],
  },

  // numeric-cell
  { id: "wu-in-cell", rule: "numeric-cell", apply: (rep) => { const row = t2(rep).find((x) => x[0] === "规章"); row[1] = mark("无"); } },
  { id: "dash-in-cell", rule: "numeric-cell", apply: (rep) => { const row = t2(rep).find((x) => x[0] === "行政强制"); row[1] = mark("-"); } },
  // cell-value
  { id: "decimal-count", rule: "cell-value", apply: (rep) => { const row = t2(rep).find((x) => x[0] === "行政处罚"); row[LAST(row.filter(Boolean))] = mark(`${row[LAST(row.filter(Boolean))]}.5`); } },
  {
    id: "measure-word-in-cell", rule: "numeric-cell", issue: "numeric-cell: a measure word in a count cell (「3件」)",
    apply: (rep) => { const row = t3Row(rep, "一、本年新收"); const i = row.length - 7; row[i] = mark(`${row[i]}件`); },
  },
  {
    id: "blank-cell-in-filled-row", rule: "numeric-cell", issue: "numeric-cell: a blank cell in a row whose other cells are filled",
    applies: tabular,
    apply: (rep) => {
      const row = t3Row(rep, "（三）不予公开");
      const i = row.length - 7;
      row[i + 1] = "";
      row[i] = mark(row[i]);
      row[i + 2] = mark(row[i + 2]);
    },
  },

  // no-contradiction
  {
    id: "text-none-table-some", rule: "no-contradiction",
    apply: (rep) => replaceIn(section(rep, "一").paras, /（二）依申请公开。[^。]*。/.exec(section(rep, "一").paras.join(""))[0], mark("（二）依申请公开。本年度未收到政府信息公开申请。")),
  },
  {
    id: "text-no-review-table-review", rule: "no-contradiction",
    applies: (rep) => rep.params.appeals === "review",
    apply: (rep) => addPara(rep, mark("本年度未发生因政府信息公开引起的行政复议。")),
  },
  {
    id: "trap-no-carryover", rule: null, issue: "no-contradiction (wrong): 「没有上年结转的申请」 read as no applications at all",
    applies: (rep) => !rep.params.carried,
    apply: (rep) => addPara(rep, "本年度没有上年结转的政府信息公开申请。"),
  },
  {
    id: "trap-no-review-but-suit", rule: null, issue: "no-contradiction (wrong): 「未发生行政复议」 vs 行政诉讼",
    applies: (rep) => rep.params.appeals === "suit",
    apply: (rep) => addPara(rep, "本年度未发生政府信息公开行政复议案件，发生行政诉讼1件。"),
  },

  // text-table-consistency (each phrasing of issue 17 is its own class)
  {
    id: "received-count-wrong", rule: "text-table-consistency",
    apply: (rep) => { const a = total(t3Row(rep, "一、本年新收")); replaceIn(section(rep, "一").paras, `新收政府信息公开申请${a}件`, `新收政府信息公开申请${mark(String(a + 3))}件`); },
  },
  {
    id: "shouli-count-wrong", rule: "text-table-consistency", issue: "text-table-consistency: 「共受理…件」",
    apply: (rep) => addPara(rep, `全年共受理政府信息公开申请${mark(String(total(t3Row(rep, "一、本年新收")) + 2))}件。`),
  },
  {
    id: "shoudao-qizhong-wrong", rule: "text-table-consistency", issue: "text-table-consistency: 「全年收到…申请…件，其中…」",
    apply: (rep) => {
      const row = t3Row(rep, "一、本年新收");
      addPara(rep, `全年收到群众政府信息公开申请${mark(String(total(row) + 4))}件，其中自然人提出${row[row.length - 7]}件。`);
    },
  },
  {
    id: "carry-next-wrong", rule: "text-table-consistency", issue: "text-table-consistency: 「结转下一年度…件」",
    apply: (rep) => addPara(rep, `因情况复杂需延期答复的，结转下一年度继续办理${mark(String(total(t3Row(rep, "四、结转下年度")) + 2))}件。`),
  },
  {
    id: "carried-prev-wrong", rule: "text-table-consistency", issue: "text-table-consistency: 上年结转",
    applies: (rep) => rep.params.carried,
    apply: (rep) => { const c = total(t3Row(rep, "二、上年结转")); replaceIn(section(rep, "一").paras, `上年结转${c}件`, `上年结转${mark(String(c + 2))}件`); },
  },
  {
    id: "banjie-wrong", rule: "text-table-consistency", issue: "text-table-consistency: 办结",
    apply: (rep) => addPara(rep, `全年办结政府信息公开申请${mark(String(total(t3Row(rep, "（七）总计")) + 5))}件，均在法定期限内答复。`),
  },
  {
    id: "valid-documents-wrong", rule: "text-table-consistency", issue: "text-table-consistency: 「现行有效的规范性文件…件」 (table 二)",
    applies: (rep) => rep.layout === "2021" && Number(t2(rep).find((x) => x[0] === "行政规范性文件")[3]) > 0,
    apply: (rep) => addPara(rep, `截至年底，现行有效的行政规范性文件${mark(String(Number(t2(rep).find((x) => x[0] === "行政规范性文件")[3]) + 3))}件。`),
  },
  {
    id: "issued-documents-wrong", rule: "text-table-consistency", issue: "text-table-consistency: 规范性文件 制发 (table 二)",
    applies: (rep) => rep.layout === "2021" && Number(t2(rep).find((x) => x[0] === "行政规范性文件")[1]) > 0,
    apply: (rep) => addPara(rep, `本年度制发行政规范性文件${mark(String(Number(t2(rep).find((x) => x[0] === "行政规范性文件")[1]) + 2))}件。`),
  },
  {
    id: "trap-partial-count", rule: null, issue: "text-table-consistency (wrong): a partial count (「其中予以公开答复6件」) compared with a total",
    applies: (rep) => total(t3Row(rep, "（一）予以公开")) > 0 && total(t3Row(rep, "（一）予以公开")) !== total(t3Row(rep, "（七）总计")),
    apply: (rep) => addPara(rep, `全年新收政府信息公开申请${total(t3Row(rep, "一、本年新收"))}件，其中予以公开答复${total(t3Row(rep, "（一）予以公开"))}件。`),
  },

  {
    id: "trap-partial-count-youjian", rule: null, issue: "text-table-consistency (wrong): a partial count (「…的有2件」) compared with a total",
    applies: (rep) => total(t3Row(rep, "1.本机关不掌握相关政府信息")) > 0,
    apply: (rep) => addPara(rep, `全年新收政府信息公开申请${total(t3Row(rep, "一、本年新收"))}件，其中因本机关不掌握相关政府信息而无法提供的有${total(t3Row(rep, "1.本机关不掌握相关政府信息"))}件。`),
  },

  // foreign-place-name, unfilled-template, template-placeholder, web-page-residue, stray-latin, duplicate-phrase
  { id: "foreign-town", rule: "foreign-place-name", apply: (rep) => addPara(rep, `${mark(FOREIGN[rep.params.index % FOREIGN.length])}积极推进政务公开标准化建设，全年主动公开信息${rep.r.int(20, 300)}条。`) },
  { id: "placeholder-xx", rule: "unfilled-template", apply: (rep) => addPara(rep, `全年通过政务公开栏张贴公告${mark("XX")}份。`) },
  {
    id: "count-deleted-in-enumeration", rule: "template-placeholder", issue: "template-placeholder: a count deleted before its measure word inside an enumeration",
    apply: (rep) => addPara(rep, `全年主动公开政府信息${rep.r.int(40, 90)}条，其中${mark("概况信息条")}，政策文件${rep.r.int(2, 9)}条，工作动态${rep.r.int(10, 30)}条。`),
  },
  { id: "count-blank", rule: "template-placeholder", apply: (rep) => addPara(rep, `全年通过政务新媒体发布信息${mark("  条")}，回应关切${rep.r.int(2, 9)}次。`) },
  {
    id: "trap-wu-for-count", rule: null, issue: "template-placeholder (wrong): 「上年无结转件」 read as a missing count",
    applies: (rep) => !rep.params.carried,
    apply: (rep) => addPara(rep, `全年新收政府信息公开申请${total(t3Row(rep, "一、本年新收"))}件，上年无结转件。`),
  },
  { id: "junk-head", rule: "web-page-residue", apply: (rep) => rep.head.push(mark("当前位置：首页 > 政务公开 > 年度报告"), mark("【字体：大 中 小】")) },
  { id: "junk-tail", rule: "web-page-residue", apply: (rep) => rep.tail.push(mark("打印本页　关闭窗口")) },
  {
    id: "trap-table-cut-at-end", rule: null, issue: "web-page-residue (wrong): the empty cells of a table cut off at the end of a file",
    apply: (rep) => {
      const rows = t3(rep);
      const i = rows.findIndex((row) => row.includes("4.保护第三方合法权益"));
      rows.splice(i + 1);
      rows[i] = rows[i].map((c, j) => (j >= rows[i].length - 7 ? "" : c));
      rep.sections = rep.sections.filter((s) => ["一", "二", "三"].includes(s.num));
    },
    // A partial file: the sections and rows after the cut are not judged here (see docs/eval.md).
    ignore: ["required-sections", "table-structure", "numeric-cell", "table-arithmetic", "no-contradiction", "text-table-consistency"],
  },
  { id: "english-word", rule: "stray-latin", apply: (rep) => addPara(rep, `${rep.short}认真学习条例 ${mark("and")} 相关文件精神，持续推进政务公开。`) },
  { id: "control-character", rule: "control-characters", apply: (rep) => addPara(rep, `${rep.short}持续推进政务公开${mark("\u0000")}，规范公开流程。`) },
  { id: "doubled-word", rule: "duplicate-phrase", apply: (rep) => addPara(rep, `${rep.short}认真落实上级${mark("工作工作")}要求，持续推进政务公开。`) },

  // year-consistency
  { id: "stale-report-name", rule: "year-consistency", apply: (rep) => rep.intro.push(`现发布《${rep.body}${mark(String(rep.year - 1))}年政府信息公开工作年度报告》。`) },
  { id: "garbled-period", rule: "year-consistency", apply: (rep) => replaceIn(rep.intro, `从${rep.year}年1月1日`, `从${mark(`${rep.year}1月1日`)}`) },
  { id: "garbled-du", rule: "year-consistency", issue: "year-consistency: garbled years (「2020度」)", apply: (rep) => addPara(rep, `${mark(`${rep.year}度`)}，${rep.short}进一步规范公开流程。`) },
  { id: "plan-year-this-year", rule: "year-consistency", apply: (rep) => replaceIn(section(rep, "五").paras, `${rep.year + 1}年，将`, `${mark(String(rep.year))}年，将`) },
  {
    id: "leftover-carry-year", rule: "year-consistency", issue: "year-consistency: a year left over from last year's report (「…结转2022年办结」)",
    apply: (rep) => addPara(rep, `另有${total(t3Row(rep, "四、结转下年度"))}件申请结转${mark(String(rep.year - 1))}年办结。`),
  },
  {
    id: "last-year-plan-as-basis", rule: "year-consistency", issue: "year-consistency: last year's 工作要点 cited as this year's basis",
    apply: (rep) => addPara(rep, `${rep.short}根据《${mark(String(rep.year - 1))}年政务公开工作要点》，扎实推进本年度各项工作。`),
  },
  {
    id: "last-year-figures", rule: "year-consistency", issue: "year-consistency: a sentence of last year's figures",
    apply: (rep) => section(rep, "一").paras.splice(1, 0, `${mark(String(rep.year - 1))}年，${rep.short}全年主动公开政府信息${rep.r.int(100, 400)}条，其中政策文件${rep.r.int(2, 9)}条。`),
  },
  {
    id: "impossible-publication-date", rule: "year-consistency", issue: "year-consistency: a publication statement with an impossible date",
    apply: (rep) => section(rep, "六").paras.push(`本报告于${mark(`${rep.year + 1}年2月30日`)}在门户网站发布。`),
  },

  // regulation-citation
  { id: "no-such-notice", rule: "regulation-citation", apply: (rep) => replaceIn(rep.intro, /国办公开办函〔\d{4}〕\d+号/.exec(rep.intro[0])[0], mark("国办公开办函〔2020〕60号")) },
  { id: "old-decree", rule: "regulation-citation", apply: (rep) => replaceIn(rep.intro, "国务院令第711号", mark("国务院令第492号")) },
  {
    id: "old-decree-gongbu", rule: "regulation-citation", issue: "regulation-citation: 国务院令第492号 let through when the sentence mentions 公布",
    apply: (rep) => { replaceIn(rep.intro, "国务院令第711号", mark("国务院令第492号")); rep.intro[0] = rep.intro[0].replace(/编制。$/, "编制，并在门户网站向社会公布。"); },
  },
  {
    id: "superseded-notice", rule: "citation-form",
    applies: (rep) => rep.layout === "2021",
    apply: (rep) => replaceIn(rep.intro, "国办公开办函〔2021〕30号", mark("国办公开办函〔2019〕60号")),
  },
  {
    id: "superseded-notice-by-title", rule: "citation-form", issue: "citation-form (was regulation-citation): a 2021+ report citing the 2019 format notice by its title, without the number",
    applies: (rep) => rep.layout === "2021",
    apply: (rep) => (rep.intro[0] = `本报告依据《中华人民共和国政府信息公开条例》（国务院令第711号）和《国务院办公厅政府信息与政务公开办公室关于印发〈${mark("中华人民共和国政府信息公开工作年度报告格式（试行）")}〉的通知》编制。`),
  },
  {
    id: "not-yet-issued-notice", rule: "regulation-citation",
    applies: (rep) => rep.layout === "2019",
    apply: (rep) => replaceIn(rep.intro, "国办公开办函〔2019〕60号", mark("国办公开办函〔2021〕30号")),
  },
  { id: "bracket-document-number", rule: "citation-form", apply: (rep) => replaceIn(rep.intro, /国办公开办函〔(\d{4})〕/.exec(rep.intro[0])[0], mark(`国办公开办函[${rep.layout === "2021" ? 2021 : 2019}]`)) },

  // cross-year rules: only on the bases that come with last year's report
  {
    id: "carryover-differs", rule: "carryover-consistency", crossYear: true,
    apply: (rep, prev) => {
      const left = t3Row(prev, "四、结转下年度");
      const i = left.length - 7;
      left[i] = String(Number(left[i]) + 1);
      rebalance(t3(prev));
      const carried = t3Row(rep, "二、上年结转");
      carried[i] = mark(carried[i]);
      carried[LAST(carried)] = mark(carried[LAST(carried)]);
    },
  },
  {
    id: "documents-in-force-discontinuous", rule: "valid-documents-continuity", crossYear: true,
    apply: (rep, prev) => {
      const before = t2(prev).find((x) => x[0] === "行政规范性文件");
      before[3] = String(Number(before[3]) + 2);
      const now = t2(rep).find((x) => x[0] === "行政规范性文件");
      now[3] = mark(now[3]);
    },
  },
  {
    id: "prose-copied-from-last-year", rule: "copied-previous-report", crossYear: true,
    apply: (rep, prev) => {
      const shift = (text) => text.replaceAll(String(rep.year), String(rep.year - 1)).replaceAll(String(rep.year + 1), String(rep.year));
      for (const num of ["一", "五"]) section(prev, num).paras = section(rep, num).paras.map(shift);
      const paras = section(rep, "一").paras;
      paras[0] = M + paras[0];
      paras[paras.length - 1] += M;
    },
  },

  // contact-info
  { id: "postcode-7-digits", rule: "contact-info", apply: (rep) => replaceIn(rep.intro, "邮编：313300", `邮编：${mark("3133001")}`) },
  { id: "email-without-domain-end", rule: "contact-info", apply: (rep) => (rep.intro[1] = rep.intro[1].replace("）。", `；电子邮箱：${mark("zwgk@163")}）。`)) },
];

/**
 * Every labelled case: for each seed, the eight base reports and the four cross-year bases (with last
 * year's report) as controls, and each mutation applied to every base it applies to (cross-year
 * mutations to the cross-year bases only). A case: { name, fileName, text, previous?: { text, fileName },
 * control (name of its control, or null for a control), mutation, rule, expect: {rule, line|lines}|null,
 * ignore: [], issue }.
 */
export function labelledCases({ seeds = [1], mutations = MUTATIONS } = {}) {
  const cases = [];
  for (const seed of seeds) {
    for (const p of [...baseParams(seed), ...crossYearParams(seed)]) {
      const cross = p.index >= 8;
      const baseName = `s${seed}-${p.layout}-${p.how}${cross ? "-with-previous" : ""}`;
      const ext = p.how === "gfm" ? ".md" : ".txt";
      const make = () => {
        const rep = cleanReport(p);
        return { rep, prev: cross ? previousReport(rep) : undefined };
      };
      const withPrevious = (prev) => (prev ? { previous: { text: renderReport(prev).text, fileName: `previous-${baseName}${ext}` } } : {});
      const base = make();
      const control = renderReport(base.rep);
      cases.push({ name: baseName, fileName: `${baseName}${ext}`, text: control.text, ...withPrevious(base.prev), control: null, mutation: null, rule: null, expect: null, ignore: [] });
      for (const m of mutations) {
        if (Boolean(m.crossYear) !== cross) continue;
        const { rep, prev } = make();
        if (m.applies && !m.applies(rep)) continue;
        m.apply(rep, prev);
        const out = renderReport(rep);
        const expect = m.rule ? { rule: m.rule, ...(Array.isArray(out.lines) ? { lines: out.lines } : out.lines ? { line: out.lines } : {}) } : null;
        const name = `${baseName}+${m.id}`;
        cases.push({ name, fileName: `${name}${ext}`, text: out.text, ...withPrevious(prev), control: baseName, mutation: m.id, rule: m.rule, expect, ignore: m.ignore ?? [], issue: m.issue });
      }
    }
  }
  return cases;
}
