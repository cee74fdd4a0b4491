import { ruleTester } from "../support/rule-tester.js";
import { formatVersion } from "../../rules/format-version.js";
import { at, FORMS, report as flatReport, type Form } from "./flatten.helpers.js";

// Table 二 as the two notices print it (labels are the official ones; values invented).
const T2_2019 = [
  "第二十条第（一）项\t\t\t",
  "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量", // line 6 in `report`
  "规章\t0\t0\t0",
  "规范性文件\t1\t1\t5",
  "第二十条第（五）项\t\t\t",
  "信息内容\t上一年项目数量\t本年增/减\t处理决定数量",
  "行政许可\t12\t-2\t30",
  "其他对外管理服务事项\t4\t0\t9",
  "第二十条第（六）项\t\t\t",
  "信息内容\t上一年项目数量\t本年增/减\t处理决定数量",
  "行政处罚\t3\t0\t3",
  "行政强制\t0\t0\t0",
  "第二十条第（八）项\t\t\t",
  "信息内容\t上一年项目数量\t本年增/减\t",
  "行政事业性收费\t0\t0\t",
  "第二十条第（九）项\t\t\t",
  "信息内容\t采购项目数量\t采购总金额\t",
  "政府集中采购\t2\t30万元\t",
];
const T2_2021 = [
  "第二十条第（一）项\t\t\t",
  "信息内容\t本年制发件数\t本年废止件数\t现行有效件数", // line 6 in `report`
  "规章\t0\t0\t0",
  "行政规范性文件\t1\t0\t5",
  "第二十条第（五）项\t\t\t",
  "信息内容\t本年处理决定数量\t\t",
  "行政许可\t30\t\t",
  "第二十条第（六）项\t\t\t",
  "信息内容\t本年处理决定数量\t\t",
  "行政处罚\t3\t\t",
  "行政强制\t0\t\t",
  "第二十条第（八）项\t\t\t",
  "信息内容\t本年收费金额（单位：万元）\t\t",
  "行政事业性收费\t0\t\t",
];
const report = (title: string, table: string[], preface: string[] = []) =>
  [title, ...preface, "一、总体情况", "全年推进政务公开，政府集中采购事项2项，采购总金额30万元。", "二、主动公开政府信息情况", ...table, "三、收到和处理政府信息公开申请情况", "全年收到申请2件。"].join("\n");
const rowsOf = (lines: string[]) => lines.map((l) => l.split("\t"));
const T2_2019_ROWS = rowsOf(T2_2019);
const T2_2021_ROWS = rowsOf(T2_2021);
const T2_2019_BLOCK9 = T2_2019_ROWS.slice(15);
/** A report in one flattening whose table 二 is `head` followed by `tail` (the two may be of different formats). */
const mixed = (year: number | null, form: Form, head: string[][], tail: string[][]) =>
  flatReport([title(year), "一、总体情况", "全年推进政务公开，主动公开政府信息120条。", "二、主动公开政府信息情况", [...head, ...tail], "三、收到和处理政府信息公开申请情况", "全年收到申请2件。"], form);
const title = (year: number | null) => (year === null ? "青禾镇人民政府政府信息公开工作年度报告" : `青禾镇人民政府${year}年政府信息公开工作年度报告`);

ruleTester(formatVersion, {
  valid: [
    { name: "a 2022 report with the 2021 tables", code: report(title(2022), T2_2021) },
    { name: "a 2020 report with the 2019 tables", code: report(title(2020), T2_2019) },
    { name: "a 2019 report with the 2019 tables", code: report(title(2019), T2_2019) },
    { name: "no year anywhere: no guess", code: report(title(null), T2_2019) },
    { name: "no year in the text, settings.reportYear 2020", settings: { reportYear: 2020 }, code: report(title(null), T2_2019) },
    { name: "no table 二", code: report(title(2022), []) },
    { name: "a title year the statistics period contradicts: the year is in doubt", code: report(title(2020), T2_2021, ["本报告统计数据从2021年1月1日至2021年12月31日。"]) },
    { name: "a report older than the formats", code: report(title(2018), T2_2021) },
    {
      name: "a 2019 row label in a 2021 table follows its majority (the slip is table-structure's)",
      code: report(title(2022), T2_2021.map((l) => (l === "行政规范性文件\t1\t0\t5" ? "规范性文件\t1\t0\t5" : l))),
    },
    ...FORMS.map((form) => ({ name: `${form}: a 2019 block in a report without a year: no guess`, ...mixed(null, form, T2_2021_ROWS, T2_2019_BLOCK9) })),
    ...FORMS.map((form) => ({ name: `${form}: a 2019 report with the 2019 （九） block`, ...mixed(2020, form, T2_2019_ROWS.slice(0, 12), T2_2019_BLOCK9) })),
  ],
  invalid: [
    {
      name: "a 2022 report with the 2019 tables: reported at the first 2019 label",
      code: report(title(2022), T2_2019),
      errors: [
        {
          messageId: "wrongFormat",
          line: 6,
          column: 6,
          endLine: 6,
          endColumn: 13,
          message: "2022年度报告应使用国办公开办函〔2021〕30号规定的2021年版表格，表二却是国办公开办函〔2019〕60号的2019年版：「本年新制作数量」应为「本年制发件数」（表二共 17 处2019年版栏目）",
        },
      ],
    },
    {
      name: "a 2020 report with the 2021 tables",
      code: report(title(2020), T2_2021),
      errors: [{ messageId: "wrongFormat", line: 6, column: 6, endLine: 6, endColumn: 12, message: /^2020年度报告应使用国办公开办函〔2019〕60号规定的2019年版表格，表二却是国办公开办函〔2021〕30号的2021年版：「本年制发件数」应为「本年新制作数量」/ }],
    },
    {
      name: "the year from the statistics period",
      code: report(title(null), T2_2019, ["本报告统计数据从2021年1月1日至2021年12月31日。"]),
      errors: [{ messageId: "wrongFormat", line: 7, column: 6, endLine: 7, endColumn: 13 }],
    },
    {
      name: "the year from settings",
      settings: { reportYear: 2023 },
      code: report(title(null), T2_2019),
      errors: [{ messageId: "wrongFormat", line: 6, column: 6, endLine: 6, endColumn: 13, message: /^2023年度报告/ }],
    },
    {
      name: "a label the 2021 format dropped",
      code: report(title(2022), T2_2019.slice(15)),
      errors: [{ messageId: "wrongFormatDropped", line: 5, column: 1, endLine: 5, endColumn: 10, message: /2021年版没有「第二十条第（九）项」（表二共 4 处2019年版栏目）$/ }],
    },
    {
      name: "2019 columns of block （八）: the 2021 column is named",
      code: report(title(2022), T2_2019.slice(12, 15)),
      errors: [{ messageId: "wrongFormat", line: 6, column: 6, endLine: 6, endColumn: 13, message: /「上一年项目数量」应为「本年收费金额（单位：万元）」/ }],
    },
    ...FORMS.map((form) => {
      const c = mixed(2022, form, T2_2021_ROWS, T2_2019_BLOCK9);
      return {
        name: `${form}: the 2019 （九） block appended to a 2021 table 二`,
        ...c,
        errors: [
          {
            messageId: "wrongBlock",
            ...at(c.code, "第二十条第（九）项"),
            message:
              "2022年度报告应使用国办公开办函〔2021〕30号规定的2021年版表格，表二第二十条第（九）项却是国办公开办函〔2019〕60号的2019年版（「第二十条第（九）项」「采购项目数量」「采购总金额」「政府集中采购」）：2021年版表二没有这一项",
          },
        ],
      };
    }),
    ...FORMS.map((form) => {
      // A 2020 report: the 2019 table with its （一） block in the 2021 format.
      const c = mixed(2020, form, T2_2021_ROWS.slice(0, 4), T2_2019_ROWS.slice(4));
      return {
        name: `${form}: a 2021 （一） block inside a 2019 table 二`,
        ...c,
        errors: [{ messageId: "wrongBlock", ...at(c.code, "本年制发件数"), message: /^2020年度报告.*表二第二十条第（一）项却是国办公开办函〔2021〕30号的2021年版（「本年制发件数」「本年废止件数」「现行有效件数」「行政规范性文件」）：2019年版该项的栏目为「本年新制作数量」「本年新公开数量」「对外公开总数量」$/ }],
      };
    }),
    {
      name: "a 2019 （九） block without its row (title and header only) is still a block of the other format",
      code: report(title(2022), T2_2021.concat(["第二十条第（九）项\t\t\t", "信息内容\t采购项目数量\t采购总金额\t"])),
      errors: [{ messageId: "wrongBlock", line: 19, column: 1, endLine: 19, endColumn: 10 }],
    },
    {
      name: "English messages, block of the other format",
      locale: "en",
      ...mixed(2022, "tabs", T2_2021_ROWS, T2_2019_BLOCK9),
      errors: [{ messageId: "wrongBlock", line: 23, column: 1, endLine: 23, endColumn: 10, message: /block （九） of table 二 follows the 2019 format.*the 2021 format's table 二 has no such block$/ }],
    },
    {
      name: "English messages",
      locale: "en",
      code: report(title(2022), T2_2019),
      errors: [
        {
          line: 6,
          column: 6,
          endLine: 6,
          endColumn: 13,
          message: "A 2022 report must use the 2021 tables of 国办公开办函〔2021〕30号, but table 二 follows the 2019 format of 国办公开办函〔2019〕60号: \"本年新制作数量\" should be \"本年制发件数\" (17 labels of the 2019 format in table 二)",
        },
      ],
    },
  ],
});
