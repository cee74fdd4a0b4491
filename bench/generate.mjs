// A synthetic corpus of 政府信息公开工作年度报告 for the corpus benchmark (bench/corpus.mjs).
// Every report is built from the parts below (invented bodies and wording, no real report text),
// deterministically from a seed: the same (count, seed) always writes the same bytes.
//
//   node bench/generate.mjs <dir> [count=2000] [seed=20260101]
//
// Variety: both table formats (〔2019〕60号 for 2019–2020, 〔2021〕30号 from 2021), four flattenings
// (tab rows; one cell per line with padding; cells separated by blank lines; GFM tables in .md),
// BOM / CRLF now and then, sizes from ~3 KB to ~12 KB (median ~6 KB), and defects injected at random: the wrong
// year's tables, a missing section, a doubled word, 无 in cells, broken sums, template
// placeholders, web-page junk, a foreign (real) township name, off-format wording.
// Its parts (bodies of text, tables, flattenings) are exported for the labelled generator of the
// evaluation (bench/labelled.mjs), which builds clean reports and copies with one known defect.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (arr) => arr[Math.floor(next() * arr.length)];
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}

// ---- parts -------------------------------------------------------------------------------------

/** Invented bodies: [short name, full name of the body]. */
export const BODIES = [
  ["青禾镇", "青禾镇人民政府"], ["东湖街道", "东湖街道办事处"], ["柳塘乡", "柳塘乡人民政府"],
  ["石泉镇", "石泉镇人民政府"], ["云溪街道", "云溪街道办事处"], ["白鹭乡", "白鹭乡人民政府"],
  ["桂岭镇", "桂岭镇人民政府"], ["松涛街道", "松涛街道办事处"], ["杏花乡", "杏花乡人民政府"],
  ["南屏镇", "南屏镇人民政府"], ["栖霞湾街道", "栖霞湾街道办事处"], ["竹影乡", "竹影乡人民政府"],
  ["禾丰县", "禾丰县人民政府"], ["禾丰县", "禾丰县自然资源局"], ["禾丰县", "禾丰县民政局"],
  ["云岭县", "云岭县交通运输局"], ["云岭县", "云岭县人民政府办公室"], ["澄江新区", "澄江新区管理委员会"],
];

export const OPENINGS = [
  "{y}年，{s}坚持以公开为常态、不公开为例外，全年主动公开政府信息{n}条。",
  "{y}年，{s}认真贯彻落实《中华人民共和国政府信息公开条例》，围绕中心工作推进政务公开，全年主动公开信息{n}条。",
  "{y}年，在上级部门的指导下，{s}进一步规范公开流程，全年通过门户网站发布各类信息{n}条。",
];
export const PARAS = [
  "（一）主动公开。围绕乡村振兴、社会救助、财政预决算等重点领域，及时公开各类信息，全年主动公开政府信息{n}条，其中政策文件{m}条。",
  "（二）依申请公开。全年新收政府信息公开申请{a}件，上年结转{c}件，均已在法定期限内答复。",
  "（三）政府信息管理。落实公开前保密审查制度，动态更新政府信息公开目录，清理失效文件{m}件。",
  "（四）平台建设。依托门户网站专栏、政务公开栏和政务新媒体发布信息，专栏访问量{n}人次。",
  "（五）监督保障。将政务公开工作纳入年度考核，组织业务培训{m}次，全年未发生责任追究情况。",
  "围绕优化营商环境，公开涉企政策{m}项，开展政策解读{m}次，回应群众关切{n}条。",
  "加强重大建设项目、公共资源配置信息公开，公开招标公告和中标结果{n}条。",
  "推进基层政务公开标准化规范化，编制公开事项清单，覆盖教育、医疗、养老等{m}个领域。",
  "做好政策解读，采用图解、视频等形式解读文件{m}件，在政务公开栏张贴公告{n}份。",
  "严格落实依申请公开登记、审核、答复等流程，办理时限平均{m}个工作日。",
];
export const PROBLEMS = [
  "{y}年，{s}政府信息公开工作仍存在公开内容不够细、解读形式较单一等问题。{y1}年，将加强业务培训，丰富政策解读形式，提升公开质量。",
  "存在的问题主要是部分栏目更新不及时、工作人员业务能力有待提升。下一步，将健全工作机制，定期检查栏目内容，确保信息准确及时。",
];
export const OTHERS = [
  "本年度未收取信息处理费。{y}年共办理人大代表建议{m}件、政协提案{m}件，办理结果均已公开。",
  "本年度无其他需要报告的事项。",
  "{y}年度，{s}未发生因政府信息公开引起的行政复议、行政诉讼，未收取信息处理费。",
];
export const JUNK = ["打印本页　关闭窗口", "【字体：大 中 小】", "当前位置：首页 > 政务公开 > 年度报告", "分享到：微信 微博", "扫一扫在手机打开当前页", "附件下载："];
export const DOUBLED = [["工作要求", "工作工作要求"], ["安排部署", "安排安排部署"], ["公开工作", "公开公开工作"]];
export const PLACEHOLDERS = ["XX", "某某", "此处填写", "20XX年"];
/** Real townships of other places (foreign to every invented body above). */
export const FOREIGN = ["三里屯街道", "潘家园街道", "古北口镇", "八达岭镇", "十渡镇", "宋庄镇", "小汤山镇"];

export const T3_COLS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"];
export const T3_RESULTS = [
  ["（一）予以公开"],
  ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"],
  ["（三）不予公开", "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"],
  ["（四）无法提供", "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"],
  ["（五）不予处理", "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息"],
];
export const T3_OTHER_2021 = ["（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"];

export const fill = (s, v) => s.replace(/\{(\w+)\}/g, (_, k) => String(v[k]));

// ---- tables as rows of cells -------------------------------------------------------------------

export function table2(r, layout, zero) {
  const n = () => (zero ? 0 : r.int(0, 40));
  const rows = [];
  if (layout === "2021") {
    rows.push(["第二十条第（一）项", "", "", ""], ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]);
    rows.push(["规章", "0", "0", "0"], ["行政规范性文件", String(n()), String(n()), String(n())]);
    rows.push(["第二十条第（五）项", "", "", ""], ["信息内容", "本年处理决定数量", "", ""], ["行政许可", String(n()), "", ""]);
    rows.push(["第二十条第（六）项", "", "", ""], ["信息内容", "本年处理决定数量", "", ""], ["行政处罚", String(n()), "", ""], ["行政强制", String(n()), "", ""]);
    rows.push(["第二十条第（八）项", "", "", ""], ["信息内容", "本年收费金额（单位：万元）", "", ""], ["行政事业性收费", String(zero ? 0 : r.int(0, 90) / 10), "", ""]);
  } else {
    rows.push(["第二十条第（一）项", "", "", ""], ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"]);
    rows.push(["规章", "0", "0", "0"], ["规范性文件", String(n()), String(n()), String(n())]);
    rows.push(["第二十条第（五）项", "", "", ""], ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"]);
    rows.push(["行政许可", String(n()), String(r.int(-3, 3)), String(n())], ["其他对外管理服务事项", String(n()), "0", String(n())]);
    rows.push(["第二十条第（六）项", "", "", ""], ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"]);
    rows.push(["行政处罚", String(n()), String(r.int(-3, 3)), String(n())], ["行政强制", String(n()), "0", String(n())]);
    rows.push(["第二十条第（八）项", "", "", ""], ["信息内容", "上一年项目数量", "本年增/减", ""], ["行政事业性收费", String(n()), "0", ""]);
    rows.push(["第二十条第（九）项", "", "", ""], ["信息内容", "采购项目数量", "采购总金额", ""], ["政府集中采购", String(n()), `${r.int(0, 300)} 万元`, ""]);
  }
  return rows;
}

/** Table 三 with consistent sums: per applicant column, 新收 + 结转 = Σ results + 结转下年度. */
export function table3(r, layout, big) {
  const resultRows = [...T3_RESULTS.flatMap((g) => (g.length === 1 ? [[g[0]]] : g.slice(1).map((l, i) => (i === 0 ? [g[0], l] : ["", l])))),
    ...(layout === "2021" ? T3_OTHER_2021.slice(1).map((l, i) => (i === 0 ? [T3_OTHER_2021[0], l] : ["", l])) : [["（六）其他处理"]])];
  const k = resultRows.length;
  const cols = T3_COLS.map((_, c) => {
    const fresh = c === 0 ? r.int(0, big ? 400 : 20) : r.int(0, big ? 60 : 3);
    const carried = r.int(0, 2);
    const left = r.int(0, Math.min(2, fresh + carried));
    const results = new Array(k).fill(0);
    let rest = fresh + carried - left;
    while (rest > 0) {
      const i = r.chance(0.6) ? 0 : r.int(0, k - 1);
      const take = Math.min(rest, r.int(1, 5));
      results[i] += take;
      rest -= take;
    }
    return { fresh, carried, left, results };
  });
  const sum = (f) => cols.reduce((a, c) => a + f(c), 0);
  const vals = (f) => [...cols.map((c) => String(f(c))), String(sum(f))];
  const rows = [
    ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "", "", "", "", "", ""],
    ["", "自然人", "法人或其他组织", "", "", "", "", "总计"],
    ["", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""],
    ["一、本年新收政府信息公开申请数量", ...vals((c) => c.fresh)],
    ["二、上年结转政府信息公开申请数量", ...vals((c) => c.carried)],
  ];
  resultRows.forEach((labels, i) => {
    const head = i === 0 ? "三、本年度办理结果" : "";
    rows.push([head, ...labels, ...vals((c) => c.results[i])]);
  });
  rows.push(["", "（七）总计", ...vals((c) => c.results.reduce((a, b) => a + b, 0))]);
  rows.push(["四、结转下年度继续办理", ...vals((c) => c.left)]);
  return rows;
}

export function table4(r, zero) {
  const block = () => {
    const v = zero ? [0, 0, 0, 0] : [r.int(0, 2), r.int(0, 1), r.int(0, 1), r.int(0, 1)];
    return [...v, v.reduce((a, b) => a + b, 0)].map(String);
  };
  return [
    ["行政复议", "", "", "", "", "行政诉讼", "", "", "", "", "", "", "", "", ""],
    ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""],
    ["", "", "", "", "", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
    [...block(), ...block(), ...block()],
  ];
}

// ---- flattenings -------------------------------------------------------------------------------

export const FLATTENINGS = ["tab", "cell-per-line", "blank-line", "gfm"];

export function flatten(rows, how, r) {
  if (how === "tab") return rows.map((row) => row.join("\t")).join("\n");
  if (how === "gfm") {
    const width = Math.max(...rows.map((x) => x.length));
    const line = (cells) => "| " + Array.from({ length: width }, (_, i) => (cells[i] ?? "").replace(/\|/g, "\\|")).join(" | ") + " |";
    return [line(rows[0]), "| " + new Array(width).fill("---").join(" | ") + " |", ...rows.slice(1).map(line)].join("\n");
  }
  const pad = () => r.pick(["", " ", "  ", "\u3000"]);
  const cells = rows.flatMap((row) => row.filter((c) => c !== "")).map((c) => pad() + c + pad());
  return cells.join(how === "blank-line" ? "\n\n" : "\n");
}

// ---- one report --------------------------------------------------------------------------------

const DEFECTS = ["wrong-year-table", "missing-section", "doubled-word", "wu-in-cells", "broken-sum", "placeholder", "web-junk", "foreign-town", "off-wording"];

/** One report: { name, text, defects } — `text` without BOM / CRLF (the writer adds those). */
export function makeReport(r, index) {
  const [short, body] = r.pick(BODIES);
  const year = r.int(2019, 2024);
  const layout = year <= 2020 ? "2019" : "2021";
  const how = r.pick(FLATTENINGS);
  const md = how === "gfm" || r.chance(0.1);
  const defects = DEFECTS.filter(() => r.chance(0.12));
  const has = (d) => defects.includes(d);
  const tl = has("wrong-year-table") ? (layout === "2019" ? "2021" : "2019") : layout;
  const v = { y: year, y1: year + 1, s: short, n: r.int(20, 900), m: r.int(1, 30), a: r.int(0, 20), c: r.int(0, 2) };

  const title = `${body}${year}年政府信息公开${has("off-wording") ? "工作报告" : "工作年度报告"}`;
  const notice = layout === "2021" ? "国办公开办函〔2021〕30号" : "国办公开办函〔2019〕60号";
  const intro = `本报告依据《中华人民共和国政府信息公开条例》（国务院令第711号）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（${notice}）编制。本报告统计数据从${year}年1月1日至${year}年12月31日。`;

  const t2 = table2(r, tl, false);
  if (has("wu-in-cells")) for (const row of t2) for (let i = 1; i < row.length; i++) if (/^\d+$/.test(row[i]) && r.chance(0.5)) row[i] = "无";
  const t3 = table3(r, layout, r.chance(0.1));
  // The prose quotes table 三's totals (rows 一 and 二, last column), as a consistent report does.
  v.a = t3[3][t3[3].length - 1];
  v.c = t3[4][t3[4].length - 1];
  if (has("broken-sum")) {
    const row = t3[r.int(5, t3.length - 1)];
    const i = row.length - 1;
    row[i] = String(Number(row[i]) + r.int(1, 9));
  }
  const t4zero = r.chance(0.7);
  const t4 = table4(r, t4zero);
  const others = t4zero ? OTHERS : OTHERS.slice(0, 2); // "未发生…行政复议" only when table 四 is all 0

  const paras = [fill(r.pick(OPENINGS), v)];
  const extra = r.int(0, r.chance(0.2) ? 60 : 12); // some long reports
  for (let i = 0; i < 5 + extra; i++) paras.push(fill(PARAS[i < 5 ? i : r.int(5, PARAS.length - 1)], i < 5 ? v : { ...v, n: r.int(5, 900), m: r.int(1, 40) }));
  if (has("doubled-word")) {
    const [, doubled] = r.pick(DOUBLED);
    paras.push(`${short}认真落实${doubled}，持续推进政务公开。`);
  }
  if (has("placeholder")) paras.push(`${r.pick(PLACEHOLDERS)}年，${r.pick(["某某", "XX"])}单位全年主动公开信息${r.pick(["XX", "此处填写"])}条。`);
  if (has("foreign-town")) paras.push(`${r.pick(FOREIGN)}积极推进政务公开标准化建设，全年主动公开信息${v.n}条。`);
  if (has("off-wording")) paras.push("持续深化政务信息公开，做好政策解读。");

  const h = (s) => (md ? `## ${s}` : s);
  const sections = [
    [h("一、总体情况"), paras.join("\n\n")],
    [h("二、主动公开政府信息情况"), flatten(t2, how, r)],
    [h("三、收到和处理政府信息公开申请情况"), flatten(t3, how, r)],
    [h("四、政府信息公开行政复议、行政诉讼情况"), flatten(t4, how, r)],
    [h("五、存在的主要问题及改进情况"), fill(r.pick(PROBLEMS), v)],
    [h(has("off-wording") ? "六、其它需要报告的事项" : "六、其他需要报告的事项"), fill(r.pick(others), v)],
  ];
  if (has("missing-section")) sections.splice(r.pick([0, 3, 4, 5]), 1);
  const parts = [md ? `# ${title}` : title, intro];
  if (has("web-junk")) parts.unshift(r.pick(JUNK), r.pick(JUNK));
  for (const [head, content] of sections) parts.push(head, content);
  if (has("web-junk")) parts.push(r.pick(JUNK));

  const name = `${String(index).padStart(5, "0")}-${short}-${year}-${how}${md ? ".md" : ".txt"}`;
  return { name, text: parts.join("\n\n") + "\n", defects, bom: r.chance(0.05), crlf: r.chance(0.15) };
}

/** Write `count` reports into `dir` (created); returns { files, bytes }. Same (count, seed): same bytes. */
export function generateCorpus(dir, count = 2000, seed = 20260101) {
  mkdirSync(dir, { recursive: true });
  const r = prng(seed);
  const files = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const rep = makeReport(r, i);
    let text = rep.crlf ? rep.text.replace(/\n/g, "\r\n") : rep.text;
    if (rep.bom) text = "\uFEFF" + text;
    const buf = Buffer.from(text, "utf8");
    const file = join(dir, rep.name);
    writeFileSync(file, buf);
    files.push(file);
    bytes += buf.length;
  }
  return { files, bytes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, count = "2000", seed = "20260101"] = process.argv.slice(2);
  if (!dir) {
    console.error("usage: node bench/generate.mjs <dir> [count=2000] [seed=20260101]");
    process.exit(2);
  }
  const { files, bytes } = generateCorpus(dir, Number(count), Number(seed));
  console.log(`${files.length} reports, ${(bytes / 1048576).toFixed(1)} MB in ${dir}`);
}
