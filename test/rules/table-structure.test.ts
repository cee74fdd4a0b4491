import { ruleTester } from "../support/rule-tester.js";
import { tableStructure } from "../../rules/table-structure.js";
import { readFileSync } from "node:fs";
import { at, FORMS, report as flatReport } from "./flatten.helpers.js";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/tables/${name}`, import.meta.url), "utf8");

// Invented reports in the tab-separated shape (spec §8a); labels are the notices' own.
const zeros = (n: number) => Array(n).fill("0").join("\t");
const T2_2021 = [
  "第二十条第（一）项\t\t\t",
  "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
  "规章\t0\t0\t0",
  "行政规范性文件\t0\t0\t2",
  "第二十条第（五）项\t\t\t",
  "信息内容\t本年处理决定数量\t\t",
  "行政许可\t3\t\t",
  "第二十条第（六）项\t\t\t",
  "信息内容\t本年处理决定数量\t\t",
  "行政处罚\t1\t\t",
  "行政强制\t0\t\t",
  "第二十条第（八）项\t\t\t",
  "信息内容\t本年收费金额（单位：万元）\t\t",
  "行政事业性收费\t0\t\t",
];
const T2_2019 = [
  "第二十条第（一）项\t\t\t",
  "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量",
  "规章\t0\t0\t0",
  "规范性文件\t0\t0\t2",
  "第二十条第（五）项\t\t\t",
  "信息内容\t上一年项目数量\t本年增/减\t处理决定数量",
  "行政许可\t5\t-1\t3",
  "其他对外管理服务事项\t0\t0\t0",
  "第二十条第（六）项\t\t\t",
  "信息内容\t上一年项目数量\t本年增/减\t处理决定数量",
  "行政处罚\t1\t0\t1",
  "行政强制\t0\t0\t0",
  "第二十条第（八）项\t\t\t",
  "信息内容\t上一年项目数量\t本年增/减\t",
  "行政事业性收费\t0\t0\t",
  "第二十条第（九）项\t\t\t",
  "信息内容\t采购项目数量\t采购总金额\t",
  "政府集中采购\t1\t20万元\t",
];
const T3_HEAD = [
  "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t申请人情况\t\t\t\t\t\t\t总计",
  "\t\t自然人\t法人或其他组织\t\t\t\t\t",
  "\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t",
];
const one = "1\t0\t0\t0\t0\t0\t1";
const before6 = [
  `一、本年新收政府信息公开申请数量\t\t${one}`,
  `二、上年结转政府信息公开申请数量\t\t${zeros(7)}`,
  `三、本年度办理结果\t（一）予以公开\t${one}`,
  `\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t${zeros(7)}`,
  `\t（三）不予公开\t1.属于国家秘密\t${zeros(7)}`,
  ...["2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"].map((l) => `\t\t${l}\t${zeros(7)}`),
  `\t（四）无法提供\t1.本机关不掌握相关政府信息\t${zeros(7)}`,
  ...["2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"].map((l) => `\t\t${l}\t${zeros(7)}`),
  `\t（五）不予处理\t1.信访举报投诉类申请\t${zeros(7)}`,
  ...["2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息"].map((l) => `\t\t${l}\t${zeros(7)}`),
];
const six2021 = [
  `\t（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t${zeros(7)}`,
  `\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t${zeros(7)}`,
  `\t\t3.其他\t${zeros(7)}`,
];
const six2019 = [`\t（六）其他处理\t\t${zeros(7)}`];
const after6 = [`\t（七）总计\t\t${one}`, `四、结转下年度继续办理\t\t${zeros(7)}`];
const T3_2021 = [...T3_HEAD, ...before6, ...six2021, ...after6];
const T3_2019 = [...T3_HEAD, ...before6, ...six2019, ...after6];
const T4 = [
  "行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t",
  "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t",
  "\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计",
  zeros(15),
];
function report(year: number, t2: string[], t3: string[], t4: string[] = T4, tail: string[] = []): string {
  return [
    `青禾镇人民政府${year}年政府信息公开工作年度报告`,
    "一、总体情况",
    `${year}年，青禾镇推进政务公开。`,
    "二、主动公开政府信息情况",
    ...t2,
    "三、收到和处理政府信息公开申请情况",
    ...t3,
    "四、政府信息公开行政复议、行政诉讼情况",
    ...t4,
    "五、存在的主要问题及改进情况",
    "公开内容的及时性有待提高。",
    "六、其他需要报告的事项",
    "本年度未收取信息处理费。",
    ...tail,
  ].join("\n");
}

// Line numbers in `report(2022, T2_2021, T3_2021)`: 1 title, 5–18 table 二, 19 三's heading,
// 20–22 table 三's header, 23 row 一, 24 row 二, 25 （一）, 26 （二）, 27–34 （三）1–8, 35–37 （四）1–3,
// 38–42 （五）1–5, 43–45 （六）1–3, 46 （七）, 47 row 四; 48 四's heading, 49–52 table 四, 53 五.
const full = report(2022, T2_2021, T3_2021);
const t3With = (from: string, to: string) => report(2022, T2_2021, T3_2021.map((l) => l.replace(from, to)));

ruleTester(tableStructure, {
  valid: [
    { name: "a 2022 report with the 2021 tables", code: full },
    { name: "a 2020 report with the 2019 tables", code: report(2020, T2_2019, T3_2019) },
    { name: "labels with a note in brackets added (provincial templates)", code: report(2020, T2_2019.map((l) => l.replace(/^规章/, "规章（设区的市、自治州人民政府应提供相关数据）").replace("\t上一年项目数量", "\t上一年项目数量（指上年事项数）")), T3_2019) },
    { name: "a table cut off by the end of the text (a saved page): not the report's defect", code: full.split("\n").slice(0, 26).join("\n") },
    { name: "a group label split across rows by a merged cell (spec §8d)", code: t3With("（五）不予处理", "（五）不予").replace("\t\t4.无正当", "\t处理\t4.无正当") },
    { name: "an extra row, allowed", options: { allowExtraRows: true }, code: report(2022, [...T2_2021.slice(0, 4), "其他主动公开文件\t3\t1\t8", ...T2_2021.slice(4)], T3_2021) },
    { name: "a report older than the 2019 format", code: report(2018, T2_2021.slice(0, 4), T3_2021.slice(0, 7)) },
    { name: "a fragment: table 二 only, section 三 not reached", code: full.split("\n").slice(0, 18).join("\n") },
    { name: "（六） in the shape of the report year although table 二 is not (format-version's finding)", code: report(2022, T2_2019, T3_2021) },
    ...(["lines", "blank"] as const).map((form) => ({
      name: `${form}: a row one value short, written one cell per line: a blank cell (numeric-cell's), no structure problem`,
      ...flatReport(["青禾镇人民政府2022年政府信息公开工作年度报告", "二、主动公开政府信息情况", T2_2021.map((l) => (l.startsWith("规章") ? "规章\t0\t2" : l).split("\t")), "三、收到和处理政府信息公开申请情况", "全年未收到申请。"], form),
    })),
    ...(["lines", "blank"] as const).map((form) => ({
      name: `${form}: table 四 one value short, one cell per line: a blank cell (numeric-cell's)`,
      ...flatReport(["青禾镇人民政府2022年政府信息公开工作年度报告", "四、政府信息公开行政复议、行政诉讼情况", [...T4.slice(0, 3).map((l) => l.split("\t")), zeros(14).split("\t")], "五、存在的主要问题及改进情况", "公开内容的及时性有待提高。"], form),
    })),
    { name: "cells broken over two lines in TAB rows (a Word table copied as text): one label each, no label cut short", code: fixture("d3-broken-cells-tabs.txt") },
    { name: "cells broken over two lines, one cell per line", code: fixture("d4-broken-cells-lines.txt") },
    { name: "the rest of a merged group cell alone in its row is no extra row", code: t3With("\t（五）不予处理\t1.信访举报投诉类申请", "\t（五）不予\t1.信访举报投诉类申请").replace("\t\t2.重复申请", "\t处理\t\t\n\t\t2.重复申请") },
    { name: "a whole 2019 （九） block in a 2022 report's 2021 table 二: format-version's finding, no mixture here", code: report(2022, [...T2_2021, ...T2_2019.slice(15)], T3_2021) },
  ],
  invalid: [
    {
      name: "table 三 stops after （二） and the report goes on",
      code: report(2022, T2_2021, T3_2021.slice(0, 7)),
      errors: [{ messageId: "truncated", severity: 2, line: 26, column: 2, endLine: 26, endColumn: 44, message: /^表三在「（二）部分公开」之后中断，缺少其后的 21 行：「1.属于国家秘密」「2.其他法律行政法规禁止公开」/ }],
    },
    {
      name: "a missing row, reported at the row it should precede",
      code: report(2022, T2_2021, T3_2021.filter((l) => !l.includes("2.其他法律"))),
      errors: [{ messageId: "missingRows", severity: 2, line: 28, column: 3, endLine: 28, endColumn: 15, message: "表三缺少「2.其他法律行政法规禁止公开」（应在「3.危及“三安全一稳定”」之前）" }],
    },
    {
      name: "a wrong row label",
      code: t3With("补正后", "改正后"),
      errors: [{ messageId: "wrongLabel", severity: 2, line: 37, column: 3, endLine: 37, endColumn: 16, message: "表三的行标签「3.改正后申请内容仍不明确」与规定的「3.补正后申请内容仍不明确」不一致" }],
    },
    {
      name: "a row label cut short",
      code: t3With("（区分处理的，只计这一情形，不计其他情形）", "（区分处理）"),
      errors: [{ messageId: "truncatedLabel", line: 26, column: 2, endLine: 26, endColumn: 15, message: /^表三的行标签「（二）部分公开（区分处理）」不完整，应为「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」（格式规范中为警告级）$/ }],
    },
    {
      name: "a row label without its note: the row, cut short (not an extra and a missing row)",
      code: t3With("（区分处理的，只计这一情形，不计其他情形）", ""),
      errors: [{ messageId: "truncatedLabel", line: 26, column: 2, endLine: 26, endColumn: 9 }],
    },
    {
      name: "a row with 6 values for 7 columns",
      code: report(2022, T2_2021, T3_2021.map((l) => (l.startsWith("\t（二）") ? l.replace(/\t0$/, "") : l))),
      errors: [{ messageId: "rowValues", line: 26, column: 2, endLine: 26, endColumn: 42, message: /^表三「（二）部分公开」行：只找到 6 个数值（应为 7 个）/ }],
    },
    {
      name: "an extra row",
      code: report(2022, [...T2_2021.slice(0, 4), "其他主动公开文件\t3\t1\t8", ...T2_2021.slice(4)], T3_2021),
      errors: [{ messageId: "extraRow", severity: 1, line: 9, column: 1, endLine: 9, endColumn: 9, message: /^表二中的「其他主动公开文件」不是规定格式中的行.*（格式规范中为提示级）$/ }],
    },
    {
      name: "table 二 mixing the formats: reported once, at the minority label",
      code: report(2022, T2_2021.map((l) => l.replace("行政规范性文件", "规范性文件")), T3_2021),
      errors: [{ messageId: "mixedLayout", severity: 1, line: 8, column: 1, endLine: 8, endColumn: 6, message: "表二混用了两种格式：「规范性文件」属于国办公开办函〔2019〕60号的2019年版，表二其余 6 处栏目属于2021年版（格式规范中为警告级）" }],
    },
    {
      name: "the same （九） block in a report without a year: a mixed table (no year says which format is wanted)",
      code: report(2022, [...T2_2021, ...T2_2019.slice(15)], T3_2021).replace("2022年政府信息公开", "政府信息公开").replace("2022年，", "本年，"),
      errors: [{ messageId: "mixedLayout", line: 19, column: 1, endLine: 19, endColumn: 10, message: "表二混用了两种格式：「第二十条第（九）项」属于国办公开办函〔2019〕60号的2019年版，表二其余 7 处栏目属于2021年版（格式规范中为警告级）" }],
    },
    {
      name: "a 2021 table 三 with a single （六） row",
      code: report(2022, T2_2021, T3_2019),
      errors: [{ messageId: "sixSingleRow", line: 43, column: 2, endLine: 43, endColumn: 9, message: /^表三「（六）其他处理」只有一行（2019年版写法）；2021年版格式中（六）分为 3 个子行/ }],
    },
    {
      name: "a 2020 report with （六） split into sub-rows",
      code: report(2020, T2_2019, T3_2021),
      errors: [{ messageId: "sixSubRows", line: 47, column: 2, endLine: 47, endColumn: 9 }],
    },
    {
      name: "a column label cut short",
      code: report(2022, T2_2021.map((l) => l.replace("现行有效件数", "现行有效件")), T3_2021),
      errors: [{ messageId: "truncatedHeader", severity: 1, line: 6, column: 20, endLine: 6, endColumn: 25, message: "表二的栏目「现行有效件」不完整，应为「现行有效件数」（格式规范中为警告级）" }],
    },
    {
      name: "table 四 without a legible header",
      code: report(2022, T2_2021, T3_2021, ["持\t正\t果\t结\t\t维\t纠\t结\t审\t", T4[3]]),
      errors: [{ messageId: "noHeader", line: 49, column: 1, endLine: 49, endColumn: 17 }],
    },
    {
      name: "section 四 without its table",
      code: report(2022, T2_2021, T3_2021, ["本年度未发生行政复议、行政诉讼。"]),
      errors: [{ messageId: "missingTable", severity: 2, line: 48, column: 1, endLine: 48, endColumn: 20, message: "第四部分「四、政府信息公开行政复议、行政诉讼情况」中没有表四（政府信息公开行政复议、行政诉讼情况表）" }],
    },
    {
      name: "values the recognizer cannot put in any table",
      code: report(2022, T2_2021, ["本年度收到申请情况如下：", "1\t0\t0\t0\t0\t0\t1", "0\t0\t0\t0\t0\t0\t0"]),
      errors: [{ messageId: "notRecognised", line: 21, column: 1, endLine: 22, endColumn: 14, message: "无法核对表格结构：表三无法识别：第三部分有 14 个数值，但没有找到可识别的表头或行标签" }],
    },
    {
      name: "values after a group label, without a row label",
      code: report(2022, T2_2021, T3_2021.map((l) => l.replace("\t（三）不予公开\t1.属于国家秘密\t", "\t（三）不予公开\t\t"))),
      errors: [
        {
          messageId: "valuesWithoutLabel",
          line: 27,
          column: 11,
          endLine: 27,
          endColumn: 24,
          message: "表三：「1.属于国家秘密」没有行标签：其间的 7 个数值（0 0 0 0 0 0 0）无法核对所属的行（格式规范中为警告级）",
        },
      ],
    },
    ...FORMS.map((form) => {
      // The last row of a table-二 block without its label (行政强制, 77): one cell per line, its value
      // follows 行政处罚's in the same run.
      const t2 = T2_2021.map((l) => l.replace(/^行政处罚\t1/, "行政处罚\t16").replace(/^行政强制\t0/, "\t77").split("\t"));
      const c = flatReport(["青禾镇人民政府2022年政府信息公开工作年度报告", "二、主动公开政府信息情况", t2, "三、收到和处理政府信息公开申请情况", T3_2021.map((l) => l.split("\t")), "四、政府信息公开行政复议、行政诉讼情况", T4.map((l) => l.split("\t")), "五、存在的主要问题及改进情况", "公开内容的及时性有待提高。"], form);
      return {
        name: `${form}: a table-二 row without its label, its value there: one warning`,
        ...c,
        errors: [{ messageId: "valuesWithoutLabel", severity: 1 as const, ...at(c.code, "77"), message: "表二：「行政强制」没有行标签：其间的 1 个数值（77）无法核对所属的行（格式规范中为警告级）" }],
      };
    }),
    ...FORMS.map((form) => {
      // The eight 不予公开 rows without their labels and without the group label (61 … 98): one
      // cell per line, they follow （二）'s values in the same run, which keeps its first 7.
      let k = 0;
      const t3 = T3_2021.map((l) =>
        /^\t(\t|（三）不予公开\t)\d\.属于|^\t\t\d\.(其他法律|危及|保护第三方)/.test(l) ? (k++, ["", "", "", `6${k}`, "0", "0", "0", "0", "0", `9${k}`]) : l.split("\t"),
      );
      const c = flatReport(["青禾镇人民政府2022年政府信息公开工作年度报告", "二、主动公开政府信息情况", T2_2021.map((l) => l.split("\t")), "三、收到和处理政府信息公开申请情况", t3, "四、政府信息公开行政复议、行政诉讼情况", T4.map((l) => l.split("\t")), "五、存在的主要问题及改进情况", "公开内容的及时性有待提高。"], form);
      return {
        name: `${form}: rows and their group label missing, the values there: one warning`,
        ...c,
        errors: [{ messageId: "valuesWithoutLabel", severity: 1 as const, line: at(c.code, "61").line, column: at(c.code, "61").column, endLine: at(c.code, "98").endLine, endColumn: at(c.code, "98").endColumn, message: /^表三：「1.属于国家秘密」至「8.属于行政查询事项」共 8 行没有行标签：其间的 56 个数值/ }],
      };
    }),
    ...FORMS.map((form) => {
      // Rows whose labels are missing and whose values are all there: table 二's 行政处罚 and
      // 行政强制 (17, 18), table 三's eight 不予公开 reasons under their group label (61 … 98). One
      // finding per run of rows.
      const t2 = T2_2021.map((l) => l.replace(/^行政处罚\t1/, "\t17").replace(/^行政强制\t0/, "\t18").split("\t"));
      let k = 0;
      const t3 = T3_2021.map((l) =>
        /^\t(\t|（三）不予公开\t)\d\.属于|^\t\t\d\.(其他法律|危及|保护第三方)/.test(l) ? (k++, ["", k === 1 ? "（三）不予公开" : "", "", `6${k}`, "0", "0", "0", "0", "0", `9${k}`]) : l.split("\t"),
      );
      const c = flatReport(["青禾镇人民政府2022年政府信息公开工作年度报告", "二、主动公开政府信息情况", t2, "三、收到和处理政府信息公开申请情况", t3, "四、政府信息公开行政复议、行政诉讼情况", T4.map((l) => l.split("\t")), "五、存在的主要问题及改进情况", "公开内容的及时性有待提高。"], form);
      const from = (a: string, b: string) => ({ line: at(c.code, a).line, column: at(c.code, a).column, endLine: at(c.code, b).endLine, endColumn: at(c.code, b).endColumn });
      return {
        name: `${form}: rows whose labels are missing, their values there: one warning per run, no missing rows`,
        ...c,
        errors: [
          { messageId: "valuesWithoutLabel", severity: 1, ...from("17", "18"), message: "表二：「行政处罚」「行政强制」没有行标签：其间的 2 个数值（17 18）无法核对所属的行（格式规范中为警告级）" },
          { messageId: "valuesWithoutLabel", ...from("61", "98"), message: /^表三：「1.属于国家秘密」至「8.属于行政查询事项」共 8 行没有行标签：其间的 56 个数值（61 0 0 0 0 0 91 62 …）无法核对所属的行/ },
        ],
      };
    }),
    ...FORMS.map((form) => {
      // Rows a local template added under 其他对外管理服务事项 (2019 table 二), with their values.
      const t2 = T2_2019.flatMap((l) => (l.startsWith("其他对外管理服务事项") ? [l, "行政给付\t3\t0\t5", "行政裁决\t1\t1\t2"] : [l])).map((l) => l.split("\t"));
      const c = flatReport(["青禾镇人民政府2020年政府信息公开工作年度报告", "二、主动公开政府信息情况", t2, "三、收到和处理政府信息公开申请情况", T3_2019.map((l) => l.split("\t")), "四、政府信息公开行政复议、行政诉讼情况", T4.map((l) => l.split("\t")), "五、存在的主要问题及改进情况", "公开内容的及时性有待提高。"], form);
      return {
        name: `${form}: rows inserted into table 二, one finding per row, on the row`,
        ...c,
        errors: [
          { messageId: "extraRow", ...at(c.code, "行政给付"), message: /^表二中的「行政给付」不是规定格式中的行/ },
          { messageId: "extraRow", ...at(c.code, "行政裁决"), message: /^表二中的「行政裁决」不是规定格式中的行/ },
        ],
      };
    }),
    ...(["tabs", "gfm"] as const).map((form) => {
      // The same rows with their cells left blank: the row's shape still says it is a row.
      const t2 = T2_2021.flatMap((l) => (l.startsWith("行政许可") ? [l, "行政给付\t\t\t", "行政裁决\t\t\t"] : [l])).map((l) => l.split("\t"));
      const c = flatReport(["青禾镇人民政府2022年政府信息公开工作年度报告", "二、主动公开政府信息情况", t2, "三、收到和处理政府信息公开申请情况", T3_2021.map((l) => l.split("\t")), "四、政府信息公开行政复议、行政诉讼情况", T4.map((l) => l.split("\t")), "五、存在的主要问题及改进情况", "公开内容的及时性有待提高。"], form);
      return {
        name: `${form}: rows inserted into table 二 with blank cells`,
        ...c,
        errors: [
          { messageId: "extraRow", ...at(c.code, "行政给付") },
          { messageId: "extraRow", ...at(c.code, "行政裁决") },
        ],
      };
    }),
    {
      name: "a row repeated",
      code: report(2022, T2_2021, [...T3_2021.slice(0, 5), T3_2021[4]]),
      errors: [
        { messageId: "truncated", line: 24, column: 1, endLine: 24, endColumn: 32 },
        { messageId: "tableProblem", line: 25, column: 1, endLine: 25, endColumn: 17, message: "表三：「二、上年结转政府信息公开申请数量」行重复出现，第二次出现的数值未使用" },
      ],
    },
    {
      name: "a table cut off by the end of the text, with reportTruncatedAtEnd",
      options: { reportTruncatedAtEnd: true },
      code: full.split("\n").slice(0, 26).join("\n"),
      errors: [{ messageId: "endsInTable", line: 26, column: 2, endLine: 26, endColumn: 44, message: /^文本在表三中结束（「（二）部分公开」之后），缺少其后的 21 行/ }],
    },
    {
      name: "English messages",
      locale: "en",
      code: t3With("补正后", "改正后"),
      errors: [{ line: 37, column: 3, endLine: 37, endColumn: 16, message: "Table 三: the row label \"3.改正后申请内容仍不明确\" differs from the official \"3.补正后申请内容仍不明确\"" }],
    },
  ],
});
