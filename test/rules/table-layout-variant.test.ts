import { ruleTester } from "../support/rule-tester.js";
import { at, FORMS, report as flatReport } from "./flatten.helpers.js";
import { fixture, zeros, T2_2021, T2_2019, T3_2021, T3_2019, T4, report, full, t3With } from "./tables.helpers.js";
import { tableLayoutVariant } from "../../rules/table-layout-variant.js";

ruleTester(tableLayoutVariant, {
  valid: [
    { name: "a 2022 report with the 2021 tables", code: full },
    { name: "a 2020 report with the 2019 tables", code: report(2020, T2_2019, T3_2019) },
    { name: "an extra row, allowed", options: { allowExtraRows: true }, code: report(2022, [...T2_2021.slice(0, 4), "其他主动公开文件\t3\t1\t8", ...T2_2021.slice(4)], T3_2021) },
    { name: "（六） in the shape of the report year although table 二 is not (format-version's finding)", code: report(2022, T2_2019, T3_2021) },
    { name: "the rest of a merged group cell alone in its row is no extra row", code: t3With("\t（五）不予处理\t1.信访举报投诉类申请", "\t（五）不予\t1.信访举报投诉类申请").replace("\t\t2.重复申请", "\t处理\t\t\n\t\t2.重复申请") },
    { name: "a whole 2019 （九） block in a 2022 report's 2021 table 二: format-version's finding, no mixture here", code: report(2022, [...T2_2021, ...T2_2019.slice(15)], T3_2021) },
    { name: "a table cut off by the end of the text: an extra row in its last line is not judged", code: report(2022, [...T2_2021.slice(0, 4), "其他主动公开文件\t3\t1\t8"], []).split("\n").slice(0, 9).join("\n") },
  ],
  invalid: [
    {
      name: "an extra row",
      code: report(2022, [...T2_2021.slice(0, 4), "其他主动公开文件\t3\t1\t8", ...T2_2021.slice(4)], T3_2021),
      errors: [{ messageId: "extraRow", severity: 1, line: 9, column: 1, endLine: 9, endColumn: 9, message: /^表二中的「其他主动公开文件」不是规定格式中的行.*$/ }],
    },
    {
      name: "table 二 mixing the formats: reported once, at the minority label",
      code: report(2022, T2_2021.map((l) => l.replace("行政规范性文件", "规范性文件")), T3_2021),
      errors: [{ messageId: "mixedLayout", severity: 1, line: 8, column: 1, endLine: 8, endColumn: 6, message: "表二混用了两种格式：「规范性文件」属于国办公开办函〔2019〕60号的2019年版，表二其余 6 处栏目属于2021年版" }],
    },
    {
      name: "the same （九） block in a report without a year: a mixed table (no year says which format is wanted)",
      code: report(2022, [...T2_2021, ...T2_2019.slice(15)], T3_2021).replace("2022年政府信息公开", "政府信息公开").replace("2022年，", "本年，"),
      errors: [{ messageId: "mixedLayout", line: 19, column: 1, endLine: 19, endColumn: 10, message: "表二混用了两种格式：「第二十条第（九）项」属于国办公开办函〔2019〕60号的2019年版，表二其余 7 处栏目属于2021年版" }],
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
      name: "table 四 without a legible header",
      code: report(2022, T2_2021, T3_2021, ["持\t正\t果\t结\t\t维\t纠\t结\t审\t", T4[3]]),
      errors: [{ messageId: "noHeader", line: 49, column: 1, endLine: 49, endColumn: 17 }],
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
          message: "表三：「1.属于国家秘密」没有行标签：其间的 7 个数值（0 0 0 0 0 0 0）无法核对所属的行",
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
        errors: [{ messageId: "valuesWithoutLabel", severity: 1 as const, ...at(c.code, "77"), message: "表二：「行政强制」没有行标签：其间的 1 个数值（77）无法核对所属的行" }],
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
          { messageId: "valuesWithoutLabel", severity: 1, ...from("17", "18"), message: "表二：「行政处罚」「行政强制」没有行标签：其间的 2 个数值（17 18）无法核对所属的行" },
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
  ],
});
