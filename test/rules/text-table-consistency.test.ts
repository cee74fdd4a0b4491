import { ruleTester, type ExpectedError, type InvalidCase, type ValidCase } from "../support/rule-tester.js";
import { textTableConsistency } from "../../rules/text-table-consistency.js";
import { SourceCode } from "../../src/core/source-code.js";
import { FIXTURES, withCells } from "./numbers.helpers.js";

// The fixtures' prose agrees with their tables (see no-contradiction.test.ts). Cases rewrite a
// sentence or a cell of a fixture; positions are found by searching the phrase.
const base = FIXTURES.find((f) => f.name === "tabs-2021.txt")!;
const S1 = "（一）主动公开。全年作出行政许可决定12件、行政处罚决定30件、行政强制决定3件，均在规定时限内公开。";
const S2 = "（二）依申请公开。全年共收到政府信息公开申请7件，上年结转2件，办结8件，结转下年度1件。";
const S4 = "本年度因政府信息公开被申请行政复议2件，被提起行政诉讼1件。";

function at(code: string, phrase: string): Pick<ExpectedError, "line" | "column" | "endLine" | "endColumn"> {
  const i = code.indexOf(phrase);
  if (i < 0) throw new Error(`no ${phrase}`);
  const sc = new SourceCode(code);
  const s = sc.positionAt(i);
  const e = sc.positionAt(i + phrase.length);
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}

const valid: ValidCase[] = [
  ...FIXTURES.map((f) => ({ name: `${f.name}: prose and tables agree`, code: f.text, filename: f.filename })),
  { name: "shares and comparisons are not the total", code: base.text.replace(S2, "（二）依申请公开。全年共收到政府信息公开申请7件，其中自然人申请5件，比上年增加3件。") },
  { name: "counts for another year", code: base.text.replace(S2, "（二）依申请公开。2020年收到政府信息公开申请12件。") },
  { name: "事项 counts items, 处理决定 counts decisions (seed 004's sentence)", code: base.text.replace(S1, "（一）主动公开。行政处罚事项 31 项，处理决定 30 件；行政强制事项 4 项，处理决定 3 件。") },
  { name: "办结 without applications in the sentence is something else", code: base.text.replace(S1, "（一）主动公开。全年办结县长信箱留言13件。") },
  { name: "0 against a number is no-contradiction's business", code: base.text.replace(S2, "（二）依申请公开。全年共收到政府信息公开申请0件。") },
  { name: "two counts for 行政复议 and 行政诉讼 together cannot be split", code: base.text.replace(S4, "本年度因政府信息公开被申请行政复议和提起行政诉讼共5件。") },
  { name: "parts of the applications are not the totals", code: base.text.replace(S2, "（二）依申请公开。全年共收到政府信息公开申请7件，予以公开答复3件，不予公开的有1件，其中网上申请办结2件。") },
  { name: "the fixtures' 规范性文件 stated in words agree", code: base.text.replace(S1, "（一）主动公开。本年度制发规范性文件2件，现行有效的规范性文件共5件。") },
  { name: "规范性文件 cleared or published are not those made", code: base.text.replace(S1, "（一）主动公开。清理规范性文件9件，公开规范性文件4件，全县现行有效规范性文件120件。") },
  { name: "a blank 总计 is unknown", code: withCells(base, [["1", 7, ""]]).replace(S2, "（二）依申请公开。全年共收到政府信息公开申请9件。") },
];

const invalid: InvalidCase[] = [
  {
    name: "applications received: 9 in the text, 7 in table 三",
    code: base.text.replace("全年共收到政府信息公开申请7件", "全年共收到政府信息公开申请9件"),
    errors: [
      {
        messageId: "differs",
        ...at(base.text, "收到政府信息公开申请7件"),
        message: /^正文称收到政府信息公开申请为 9 件（「收到政府信息公开申请9件」），但表三「一、本年新收政府信息公开申请数量」总计为 7（第 \d+ 行）：两处数字应一致$/,
      },
    ],
  },
  {
    name: "carried over, handled and carried forward",
    code: base.text.replace(S2, "（二）依申请公开。全年共收到政府信息公开申请7件，上年结转3件，办结9件，结转下年度2件。"),
    errors: [
      { messageId: "differs", ...at(base.text.replace(S2, "（二）依申请公开。全年共收到政府信息公开申请7件，上年结转3件，办结9件，结转下年度2件。"), "上年结转3件"), message: /上年结转申请为 3 件.*总计为 2/ },
      { messageId: "differs", ...at(base.text.replace(S2, "（二）依申请公开。全年共收到政府信息公开申请7件，上年结转3件，办结9件，结转下年度2件。"), "办结9件"), message: /办结申请为 9 件.*「（七）总计」总计为 8/ },
      { messageId: "differs", ...at(base.text.replace(S2, "（二）依申请公开。全年共收到政府信息公开申请7件，上年结转3件，办结9件，结转下年度2件。"), "结转下年度2件"), message: /结转下年度申请为 2 件.*总计为 1/ },
    ],
  },
  {
    name: "table 二 decisions, a list split at 、",
    code: base.text.replace("行政处罚决定30件", "行政处罚决定31件"),
    errors: [{ messageId: "differs", ...at(base.text, "行政处罚决定30件"), message: /表二「行政处罚」本年处理决定数量为 30/ }],
  },
  {
    name: "seed 004's sentence with a wrong decision count",
    code: base.text.replace(S1, "（一）主动公开。行政处罚事项 30 项，处理决定 29 件。"),
    errors: [{ messageId: "differs", ...at(base.text.replace(S1, "（一）主动公开。行政处罚事项 30 项，处理决定 29 件。"), "处理决定 29 件"), message: /^正文称行政处罚决定为 29 件（「处理决定 29 件」）/ }],
  },
  {
    name: "行政复议 and 行政诉讼 in section 四",
    code: base.text.replace(S4, "本年度因政府信息公开被申请行政复议3件，被提起行政诉讼2件。"),
    errors: [
      { messageId: "differs", ...at(base.text.replace(S4, "本年度因政府信息公开被申请行政复议3件，被提起行政诉讼2件。"), "行政复议3件"), message: /表四「行政复议」总计为 2/ },
      { messageId: "differs", ...at(base.text.replace(S4, "本年度因政府信息公开被申请行政复议3件，被提起行政诉讼2件。"), "行政诉讼2件"), message: /表四「行政诉讼\/未经复议直接起诉」总计与「行政诉讼\/复议后起诉」总计之和为 1（1＋0）/ },
    ],
  },
  {
    name: "Chinese numerals",
    code: base.text.replace("全年共收到政府信息公开申请7件", "全年共收到政府信息公开申请十二件"),
    errors: [{ messageId: "differs", ...at(base.text.replace("全年共收到政府信息公开申请7件", "全年共收到政府信息公开申请十二件"), "收到政府信息公开申请十二件"), message: /申请为 12 件/ }],
  },
  {
    name: "English messages",
    locale: "en",
    code: base.text.replace("全年共收到政府信息公开申请7件", "全年共收到政府信息公开申请9件"),
    errors: [{ ...at(base.text, "收到政府信息公开申请7件"), message: /^The text gives 9 applications received \("收到政府信息公开申请9件"\), but table 三, 一、本年新收政府信息公开申请数量 \/ 总计 is 7 \(line \d+\): the numbers must agree$/ }],
  },
  {
    name: "table 二: 规范性文件 made and in force",
    code: base.text.replace(S1, "（一）主动公开。本年度印发行政规范性文件3件，现行有效的规范性文件共6件。"),
    errors: [
      { messageId: "differs", ...at(base.text.replace(S1, "（一）主动公开。本年度印发行政规范性文件3件，现行有效的规范性文件共6件。"), "印发行政规范性文件3件"), message: /^正文称本年制发规范性文件为 3 件（「印发行政规范性文件3件」），但表二「行政规范性文件」本年制发件数为 2/ },
      { messageId: "differs", ...at(base.text.replace(S1, "（一）主动公开。本年度印发行政规范性文件3件，现行有效的规范性文件共6件。"), "现行有效的规范性文件共6件"), message: /^正文称现行有效规范性文件为 6 件.*现行有效件数为 5/ },
    ],
  },
  {
    name: "table 三 totals in other phrasings: an objectless count under 依申请公开, 上年度结转, 结转下一年度",
    code: base.text.replace(S2, "（二）依申请公开。全年共受理9件，上年度结转申请3件，结转下一年度继续办理的2件。"),
    errors: [
      { messageId: "differs", ...at(base.text.replace(S2, "（二）依申请公开。全年共受理9件，上年度结转申请3件，结转下一年度继续办理的2件。"), "受理9件"), message: /收到政府信息公开申请为 9 件.*总计为 7/ },
      { messageId: "differs", ...at(base.text.replace(S2, "（二）依申请公开。全年共受理9件，上年度结转申请3件，结转下一年度继续办理的2件。"), "上年度结转申请3件"), message: /上年结转申请为 3 件.*总计为 2/ },
      { messageId: "differs", ...at(base.text.replace(S2, "（二）依申请公开。全年共受理9件，上年度结转申请3件，结转下一年度继续办理的2件。"), "结转下一年度继续办理的2件"), message: /结转下年度申请为 2 件.*总计为 1/ },
    ],
  },
  {
    name: "结转下年度继续办理, table 三's own row label, in a sentence that says nothing of applications",
    code: base.text.replace(S1, "（一）主动公开。因情况复杂需延期答复的，结转下一年度继续办理3件。"),
    errors: [{ messageId: "differs", ...at(base.text.replace(S1, "（一）主动公开。因情况复杂需延期答复的，结转下一年度继续办理3件。"), "结转下一年度继续办理3件"), message: /结转下年度申请为 3 件.*总计为 1/ }],
  },
  {
    name: "all applicants named (公民、法人和其他组织) are not a share",
    code: base.text.replace(S2, "（二）依申请公开。全年收到公民、法人和其他组织提出的政府信息公开申请9件，其中网上申请5件。"),
    errors: [{ messageId: "differs", ...at(base.text.replace(S2, "（二）依申请公开。全年收到公民、法人和其他组织提出的政府信息公开申请9件，其中网上申请5件。"), "收到公民、法人和其他组织提出的政府信息公开申请9件") }],
  },
];

for (const f of FIXTURES) {
  const code = f.text.replace("全年共收到政府信息公开申请7件", "全年共收到政府信息公开申请6件");
  invalid.push({ name: `${f.name}: 6 vs 7`, code, filename: f.filename, errors: [{ messageId: "differs", ...at(code, "收到政府信息公开申请6件") }] });
}

// Table 二's 规范性文件 in every flattening: made this year in both layouts, in force only in 2021's.
for (const f of FIXTURES) {
  const code = f.text.replace("全年作出行政许可决定12件、行政处罚决定30件、行政强制决定3件", "本年度制发规范性文件3件，现行有效的规范性文件共6件");
  const errors = [{ messageId: "differs", ...at(code, "制发规范性文件3件"), message: /本年制发规范性文件为 3 件.*为 2（/ }];
  if (f.layout === "2021") errors.push({ messageId: "differs", ...at(code, "现行有效的规范性文件共6件"), message: /现行有效规范性文件为 6 件.*现行有效件数为 5/ });
  invalid.push({ name: `${f.name}: 规范性文件 3 made (table 2), 6 in force (table 5)`, code, filename: f.filename, errors });
}

ruleTester(textTableConsistency, { valid, invalid });
