import { ruleTester, type ExpectedError, type InvalidCase, type ValidCase } from "../support/rule-tester.js";
import { noContradiction } from "../../rules/no-contradiction.js";
import { SourceCode } from "../../src/core/source-code.js";
import { findLine } from "../model/tables.helpers.js";
import { FIXTURES, withCells } from "./numbers.helpers.js";

// The fixtures' prose agrees with their tables (7 applications received, 2 carried over, 8 handled,
// 1 carried forward; 行政许可 12, 行政处罚 30, 行政强制 3 decisions; 行政复议 2, 行政诉讼 1). Each
// case below rewrites a sentence or a cell of tabs-2021.txt (lines numbered there) and expects
// the finding at the phrase, found here by searching the text.
const base = FIXTURES.find((f) => f.name === "tabs-2021.txt")!;
const S1 = "（一）主动公开。全年作出行政许可决定12件、行政处罚决定30件、行政强制决定3件，均在规定时限内公开。";
const S2 = "（二）依申请公开。全年共收到政府信息公开申请7件，上年结转2件，办结8件，结转下年度1件。";
const S4 = "本年度因政府信息公开被申请行政复议2件，被提起行政诉讼1件。";

function at(code: string, phrase: string, nth = 0): Pick<ExpectedError, "line" | "column" | "endLine" | "endColumn"> {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = code.indexOf(phrase, i + 1);
  if (i < 0) throw new Error(`no ${phrase}`);
  const sc = new SourceCode(code);
  const s = sc.positionAt(i);
  const e = sc.positionAt(i + phrase.length);
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}

const lineOf = (code: string, label: string) => findLine(code, label);

const valid: ValidCase[] = [
  ...FIXTURES.map((f) => ({ name: `${f.name}: prose and tables agree`, code: f.text, filename: f.filename })),
  { name: "未收到…投诉 is not about applications", code: base.text.replace(S2, "（二）依申请公开。本年度未收到申请人的投诉，全年共收到政府信息公开申请7件。") },
  { name: "文件属性为依申请公开 is not an application", code: base.text.replace(S1, "（一）主动公开。全年发文60件，其中文件属性为依申请公开的0件。") },
  { name: "信息处理费 is not 行政事业性收费 (X-2 is out of scope)", code: base.text.replace("本年度未收取信息处理费。", "本年度未收取任何费用，包括信息处理费。") },
  { name: "another year's numbers", code: base.text.replace(S2, "（二）依申请公开。2020年未收到政府信息公开申请。") },
  { name: "a comparison is not a count", code: base.text.replace(S2, "（二）依申请公开。全年收到的政府信息公开申请比上年增加0件。") },
  { name: "行政许可申请 are not applications for information", code: base.text.replace(S2, "（二）依申请公开。全年受理行政许可申请0件。") },
  { name: "尚未审结 is not a denial; outcomes are not counts of cases", code: base.text.replace(S4, "本年度因政府信息公开被申请行政复议2件，尚未审结的0件，无被纠错情况。") },
  { name: "one litigation group is not the total", code: base.text.replace(S4, "本年度因政府信息公开被申请行政复议2件，复议后起诉的行政诉讼0件。") },
  { name: "a blank table cell is unknown", code: withCells(base, [["1", 7, ""]]).replace(S2, "（二）依申请公开。本年度未收到政府信息公开申请。") },
  { name: "行政处罚事项 counts items, not decisions", code: base.text.replace(S1, "（一）主动公开。行政处罚事项 0 项，处理决定 30 件。") },
  { name: "无 in the table agrees with 无 in the text", code: withCells(base, [["t4", 5, "无"], ["t4", 1, "0"], ["t4", 4, "0"]]).replace(S4, "因政府信息公开申请行政复议情况：无。") },
];

valid.push(
  { name: "没有上年结转的申请 denies the carried-over applications only", code: withCells(base, [["2", 1, "0"], ["2", 6, "0"], ["2", 7, "0"]]).replace(S2, "（二）依申请公开。全年共收到政府信息公开申请7件，没有上年结转的申请。") },
  { name: "a negation of a part of the applications", code: base.text.replace(S2, "（二）依申请公开。全年共收到政府信息公开申请7件，没有不予公开的申请，未收到网上申请。") },
  { name: "复议 inside a litigation group is not 行政复议", code: base.text.replace(S4, "本年度因政府信息公开被申请行政复议2件，被提起行政诉讼1件，未发生行政复议后提起行政诉讼的情况。") },
);

const t3Line = lineOf(base.text, "一、本年新收政府信息公开申请数量");
const invalid: InvalidCase[] = [
  {
    name: "没有上年结转的申请 against a carried-over total of 2",
    code: base.text.replace(S2, "（二）依申请公开。全年共收到政府信息公开申请7件，没有上年结转的申请。"),
    errors: [{ messageId: "noneButTable", ...at(base.text.replace(S2, "（二）依申请公开。全年共收到政府信息公开申请7件，没有上年结转的申请。"), "没有上年结转的申请"), message: /^正文称没有上年结转申请（「没有上年结转的申请」），但表三「二、上年结转政府信息公开申请数量」总计为 2/ }],
  },
  {
    name: "a negation stops at a turn: 未发生行政复议 does not deny 行政诉讼",
    code: base.text.replace(S4, "本年度因政府信息公开未发生行政复议而有行政诉讼。"),
    errors: [{ messageId: "noneButTable", ...at(base.text.replace(S4, "本年度因政府信息公开未发生行政复议而有行政诉讼。"), "未发生行政复议"), message: /表四「行政复议」总计为 2/ }],
  },
  {
    name: "X-4: the text says no applications, table 三 row 一 总计 is 7",
    code: base.text.replace(S2, "（二）依申请公开。本年度未收到政府信息公开申请。"),
    errors: [
      {
        messageId: "noneButTable",
        ...at(base.text.replace(S2, "（二）依申请公开。本年度未收到政府信息公开申请。"), "未收到政府信息公开申请"),
        message: `正文称没有收到政府信息公开申请（「未收到政府信息公开申请」），但表三「一、本年新收政府信息公开申请数量」总计为 7（第 ${t3Line} 行）：正文与表格矛盾`,
      },
    ],
  },
  {
    name: "a sentence split across lines (spec §8h) is joined; the range spans both lines",
    code: base.text.replace(S2, "（二）依申请公开。本年度我镇没有收到依申请\n\n公开政府信息的申请。"),
    errors: [{ messageId: "noneButTable", ...at(base.text.replace(S2, "（二）依申请公开。本年度我镇没有收到依申请\n\n公开政府信息的申请。"), "没有收到依申请\n\n公开") }],
  },
  {
    name: "a sub-heading answered by a bare 无",
    code: base.text.replace(S2, "（二）依申请公开情况\n\n无。"),
    errors: [{ messageId: "noneButTable", ...at(base.text.replace(S2, "（二）依申请公开情况\n\n无。"), "（二）依申请公开情况\n\n无") }],
  },
  {
    name: "…情况：无 denies both 行政复议 and 行政诉讼 (one finding per table cell contradicted)",
    code: base.text.replace(S4, "因政府信息公开申请行政复议、提起行政诉讼情况：无。"),
    errors: [
      {
        messageId: "noneButTable",
        ...at(base.text.replace(S4, "因政府信息公开申请行政复议、提起行政诉讼情况：无。"), "因政府信息公开申请行政复议、提起行政诉讼情况：无"),
        message: /^正文称没有行政复议（「因政府信息公开申请行政复议、提起行政诉讼情况：无」），但表四「行政复议」总计为 2（第 \d+ 行）：正文与表格矛盾$/,
      },
      {
        messageId: "noneButTable",
        ...at(base.text.replace(S4, "因政府信息公开申请行政复议、提起行政诉讼情况：无。"), "因政府信息公开申请行政复议、提起行政诉讼情况：无"),
        message: /^正文称没有行政诉讼（.*），但表四「行政诉讼\/未经复议直接起诉」总计为 1（第 \d+ 行）：正文与表格矛盾$/,
      },
    ],
  },
  {
    name: "未发生行政复议 with a 行政复议 case in table 四",
    code: base.text.replace(S4, "本年度未发生因政府信息公开引发的行政复议，被提起行政诉讼1件。"),
    errors: [{ messageId: "noneButTable", ...at(base.text.replace(S4, "本年度未发生因政府信息公开引发的行政复议，被提起行政诉讼1件。"), "未发生因政府信息公开引发的行政复议") }],
  },
  {
    name: "a count of 0 in the text, a number in the table",
    code: base.text.replace(S2, "（二）依申请公开。全年共收到政府信息公开申请7件，上年结转0件，办结8件。"),
    errors: [{ messageId: "noneButTable", ...at(base.text.replace(S2, "（二）依申请公开。全年共收到政府信息公开申请7件，上年结转0件，办结8件。"), "上年结转0件"), message: /表三「二、上年结转政府信息公开申请数量」总计为 2/ }],
  },
  {
    name: "the text gives a number, the table says 0",
    code: withCells(base, [["t4", 1, "0"], ["t4", 4, "0"], ["t4", 5, "0"]]),
    errors: [
      {
        messageId: "countButZero",
        ...at(base.text, "行政复议2件"),
        message: /^正文称行政复议为 2 件（「行政复议2件」），但表四「行政复议」总计为 0（第 \d+ 行）：正文与表格矛盾$/,
      },
    ],
  },
  {
    name: "the text gives a number, the table says 无",
    code: withCells(base, [["1", 1, "0"], ["1", 2, "0"], ["1", 5, "0"], ["1", 7, "无"]]),
    errors: [{ messageId: "countButZero", ...at(base.text, "收到政府信息公开申请7件"), message: /总计为 无（第/ }],
  },
  {
    name: "table 二: no 行政处罚 in the text, 30 decisions in the table; 行政事业性收费 1.2 万元 but none in the text",
    code: base.text.replace(S1, "（一）主动公开。本年度无行政处罚。").replace("本年度未收取信息处理费。", "本年度未收取行政事业性收费。"),
    errors: [
      { messageId: "noneButTable", ...at(base.text.replace(S1, "（一）主动公开。本年度无行政处罚。"), "无行政处罚"), message: /表二「行政处罚」本年处理决定数量为 30/ },
      {
        messageId: "noneButTable",
        ...at(base.text.replace(S1, "（一）主动公开。本年度无行政处罚。").replace("本年度未收取信息处理费。", "本年度未收取行政事业性收费。"), "未收取行政事业性收费"),
        message: /表二「行政事业性收费」本年收费金额（单位：万元）为 1.2/,
      },
    ],
  },
  {
    name: "English messages",
    locale: "en",
    code: base.text.replace(S2, "（二）依申请公开。本年度未收到政府信息公开申请。"),
    errors: [
      {
        ...at(base.text.replace(S2, "（二）依申请公开。本年度未收到政府信息公开申请。"), "未收到政府信息公开申请"),
        message: `The text says there were no applications received ("未收到政府信息公开申请"), but table 三, 一、本年新收政府信息公开申请数量 / 总计 is 7 (line ${t3Line}): text and table contradict each other`,
      },
    ],
  },
];

// The same contradiction in every flattening.
for (const f of FIXTURES) {
  const code = f.text.replace(S2, "（二）依申请公开。全年未收到政府信息公开申请。");
  invalid.push({ name: `${f.name}: 未收到 vs 7`, code, filename: f.filename, errors: [{ messageId: "noneButTable", ...at(code, "未收到政府信息公开申请") }] });
}

ruleTester(noContradiction, { valid, invalid });
