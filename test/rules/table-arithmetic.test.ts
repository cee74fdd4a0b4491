import { ruleTester, type InvalidCase, type ValidCase } from "../support/rule-tester.js";
import { tableArithmetic } from "../../rules/table-arithmetic.js";
import { FIXTURES, posOf, withCells, type Fixture } from "./numbers.helpers.js";

// Every relation (T3-1, T3-2, T3-3, T4-1) in both layouts (（六） as one row or three) and three
// flattenings (tab rows, one cell per line, GFM), correct and broken. The fixtures hold non-zero
// values everywhere a relation could be wrong; each broken case changes cells of a fixture and
// expects the finding at the cell the rule must point at (found in the raw text, not by the
// recognizer).

const valid: ValidCase[] = FIXTURES.map((f) => ({ name: `${f.name}: every relation holds`, code: f.text, filename: f.filename }));

function broken(f: Fixture, name: string, changes: Array<[string, number, string]>, expect: Array<[string, string, number, RegExp | string]>): InvalidCase {
  const code = withCells(f, changes);
  return {
    name: `${f.name}: ${name}`,
    code,
    filename: f.filename,
    errors: expect.map(([messageId, row, col, message]) => ({ messageId, message, ...posOf(f, code, row, col) })),
  };
}

const invalid: InvalidCase[] = FIXTURES.flatMap((f) => [
  // 上年结转 + 本年新收 ≠ 总计 + 结转下年度 in 自然人 and 总计 (row 四 still adds up across).
  broken(
    f,
    "T3-1 broken in two columns",
    [
      ["4", 1, "2"],
      ["4", 7, "2"],
    ],
    [
      ["t31", "3.7", 1, "表三自然人列：第一项＋第二项（5＋1＝6）≠ 第三项（七）总计＋第四项（5＋2＝7），两者应相等"],
      ["t31", "3.7", 7, "表三总计列：第一项＋第二项（7＋2＝9）≠ 第三项（七）总计＋第四项（8＋2＝10），两者应相等"],
    ],
  ),
  broken(
    f,
    "T3-2 broken: a result row changed with its own 总计",
    [
      ["3.4.1", 1, "2"],
      ["3.4.1", 7, "2"],
    ],
    [
      ["t32", "3.7", 1, "表三自然人列：（七）总计（5）≠ （一）至（六）各项之和（6），两者应相等"],
      ["t32", "3.7", 7, "表三总计列：（七）总计（8）≠ （一）至（六）各项之和（9），两者应相等"],
    ],
  ),
  broken(
    f,
    "T3-3 broken in two rows whose changes cancel in the 总计 column",
    [
      ["3.1", 7, "4"],
      ["3.2", 7, "0"],
    ],
    [
      ["t33", "3.1", 7, "表三「（一）予以公开」行：总计（4）≠ 自然人至其他六列之和（2＋1＋0＋0＋0＋0＝3），两者应相等"],
      ["t33", "3.2", 7, "表三「（二）部分公开」行：总计（0）≠ 自然人至其他六列之和（1＋0＋0＋0＋0＋0＝1），两者应相等"],
    ],
  ),
  broken(f, "T4-1 broken", [["t4", 5, "3"]], [["t41", "t4", 5, "表四行政复议：总计（3）≠ 结果维持＋结果纠正＋其他结果＋尚未审结（1＋0＋0＋1＝2），两者应相等"]]),
  broken(
    f,
    "T4-1 broken in the second group",
    [["t4", 7, "2"]],
    [["t41", "t4", 10, "表四行政诉讼/未经复议直接起诉：总计（1）≠ 结果维持＋结果纠正＋其他结果＋尚未审结（0＋2＋0＋0＝2），两者应相等"]],
  ),
  // One wrong cell that explains both broken equations: reported once, with the value that mends them.
  broken(
    f,
    "one cell breaks T3-2 and T3-3: reported once at that cell",
    [["3.1", 7, "4"]],
    [
      [
        "oddCell",
        "3.1",
        7,
        "表三「（一）予以公开」行「总计」列（4）与 2 处勾稽关系不符，若为 3 则均成立：表三总计列：（七）总计（8）≠ （一）至（六）各项之和（9），两者应相等；表三「（一）予以公开」行：总计（4）≠ 自然人至其他六列之和（2＋1＋0＋0＋0＋0＝3），两者应相等",
      ],
    ],
  ),
  broken(
    f,
    "a cell that breaks T3-2 and T3-3 but keeps T3-1 is not the odd one: one finding at the total",
    [
      ["3.7", 7, "9"],
      ["4", 7, "0"],
    ],
    [
      ["several", "3.7", 7, /^表三「（七）总计」行「总计」列（9）涉及的 2 处勾稽关系不成立：表三总计列：（七）总计（9）≠ （一）至（六）各项之和（8），两者应相等；表三「（七）总计」行：总计（9）≠ 自然人至其他六列之和（5＋1＋0＋0＋1＋1＝8），两者应相等$/],
      ["t33", "4", 7, "表三「四、结转下年度继续办理」行：总计（0）≠ 自然人至其他六列之和（1＋0＋0＋0＋0＋0＝1），两者应相等"],
    ],
  ),
]);

// The shape of （六） decides T3-2's terms: a 2019-shaped table counts the single （六） row.
const f2019 = FIXTURES.find((f) => f.name === "tabs-2019.txt")!;
const f2021 = FIXTURES.find((f) => f.name === "tabs-2021.txt")!;
invalid.push(
  broken(f2019, "T3-2 with the single （六） row changed", [["3.6", 1, "2"], ["3.6", 7, "2"]], [
    ["t32", "3.7", 1, /（七）总计（5）≠ （一）至（六）各项之和（6）/],
    ["t32", "3.7", 7, /（七）总计（8）≠ （一）至（六）各项之和（9）/],
  ]),
  broken(f2021, "T3-2 with a （六） sub-row changed", [["3.6.3", 4, "1"], ["3.6.3", 7, "1"]], [
    ["t32", "3.7", 4, /社会公益组织列：（七）总计（0）≠ （一）至（六）各项之和（1）/],
    ["t32", "3.7", 7, /（七）总计（8）≠ （一）至（六）各项之和（9）/],
  ]),
  {
    name: "English messages",
    locale: "en",
    code: withCells(f2021, [["t4", 5, "3"]]),
    errors: [{ ...posOf(f2021, withCells(f2021, [["t4", 5, "3"]]), "t4", 5), message: "Table 四, 行政复议: 总计 (3) ≠ 结果维持 + 结果纠正 + 其他结果 + 尚未审结 (1 + 0 + 0 + 1 = 2); they must be equal" }],
  },
);

// Cells that are not numbers are numeric-cell's business: every relation using them is skipped.
for (const f of FIXTURES.filter((x) => x.flattening !== "lines" || x.layout === "2021")) {
  valid.push(
    { name: `${f.name}: a blank cell is unknown, not 0`, code: withCells(f, [["3.1", 1, ""]]), filename: f.filename },
    { name: `${f.name}: 无 in a 总计 cell`, code: withCells(f, [["3.7", 7, "无"]]), filename: f.filename },
    { name: `${f.name}: "/" in a table-四 cell`, code: withCells(f, [["t4", 1, "/"]]), filename: f.filename },
  );
}

// Invented reports in the shapes real ones take.
const head = [
  "青禾镇人民政府2021年政府信息公开工作年度报告",
  "一、总体情况",
  "本年度未收到政府信息公开申请。",
  "三、收到和处理政府信息公开申请情况",
  "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t申请人情况\t\t\t\t\t\t\t",
  "\t\t自然人\t法人或其他组织\t\t\t\t\t总计",
  "\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t",
];
const zeros = "\t0\t0\t0\t0\t0\t0\t0";
const t3Rows2021 = [
  "一、本年新收政府信息公开申请数量\t",
  "二、上年结转政府信息公开申请数量\t",
  "三、本年度办理结果\t（一）予以公开",
  "\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
  "\t（三）不予公开\t1.属于国家秘密",
  "\t\t2.其他法律行政法规禁止公开",
  "\t\t3.危及“三安全一稳定”",
  "\t\t4.保护第三方合法权益",
  "\t\t5.属于三类内部事务信息",
  "\t\t6.属于四类过程性信息",
  "\t\t7.属于行政执法案卷",
  "\t\t8.属于行政查询事项",
  "\t（四）无法提供\t1.本机关不掌握相关政府信息",
  "\t\t2.没有现成信息需要另行制作",
  "\t\t3.补正后申请内容仍不明确",
  "\t（五）不予处理\t1.信访举报投诉类申请",
  "\t\t2.重复申请",
  "\t\t3.要求提供公开出版物",
  "\t\t4.无正当理由大量反复申请",
  "\t\t5.要求行政机关确认或重新出具已获取信息",
  "\t（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
  "\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
  "\t\t3.其他",
  "\t（七）总计\t",
  "四、结转下年度继续办理\t",
];
const t4Head = ["四、政府信息公开行政复议、行政诉讼情况", "行政复议\t\t\t\t\t行政诉讼", "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉", "\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计"];
const allZero = [...head, ...t3Rows2021.map((r) => r + zeros), ...t4Head, Array(15).fill("0").join("\t"), "五、存在的主要问题及改进情况", "无。"].join("\n");

valid.push(
  { name: "all-zero tables (the common case)", code: allZero },
  {
    name: "a truncated table 三 is table-structure's business, whatever its numbers",
    code: [...head, "一、本年新收政府信息公开申请数量\t\t3\t0\t0\t0\t0\t0\t9", "二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0", "五、存在的主要问题及改进情况", "无。"].join("\n"),
  },
  {
    name: "a row whose values cannot be assigned to columns (6 values for 7 columns) makes the table not confident",
    code: allZero.replace("三、本年度办理结果\t（一）予以公开\t0\t0\t0\t0\t0\t0\t0", "三、本年\t（一）予以公开\t4\t0\t0\t0\t0\t0"),
  },
  {
    name: "a measure word in a cell does not stop the arithmetic (6件 is 6)",
    code: allZero.replace("一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0", "一、本年新收政府信息公开申请数量\t\t1件\t0\t0\t0\t0\t0\t1").replace("\t（一）予以公开\t0\t0\t0\t0\t0\t0\t0", "\t（一）予以公开\t1\t0\t0\t0\t0\t0\t1").replace("\t（七）总计\t\t0\t0\t0\t0\t0\t0\t0", "\t（七）总计\t\t1\t0\t0\t0\t0\t0\t1"),
  },
);

// Seed 004's defect in an invented report: 2 applications received, none in the result rows,
// （七）总计's 总计 says 2, and a single （六） row (the 2019 shape) next to a 2021 table 二.
const seed004Like = [
  ...head,
  ...t3Rows2021.slice(0, 20).map((r, i) => r + (i === 0 ? "\t2\t0\t0\t0\t0\t0\t2" : zeros)),
  "\t（六）其他处理\t" + zeros,
  "\t（七）总计\t\t0\t0\t0\t0\t0\t0\t2",
  "四、结转下年度继续办理\t" + zeros,
  ...t4Head,
  "\t\t\t\t\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0",
].join("\n");
invalid.push({
  name: "seed 004's pattern: T3-1 on 自然人, T3-2 and T3-3 on the （七）总计 row's 总计 (one finding there)",
  code: seed004Like,
  errors: [
    { messageId: "t31", line: 29, column: 9, endLine: 29, endColumn: 10, message: "表三自然人列：第一项＋第二项（2＋0＝2）≠ 第三项（七）总计＋第四项（0＋0＝0），两者应相等" },
    {
      messageId: "several",
      line: 29,
      column: 21,
      endLine: 29,
      endColumn: 22,
      message:
        "表三「（七）总计」行「总计」列（2）涉及的 2 处勾稽关系不成立：表三总计列：（七）总计（2）≠ （一）至（六）各项之和（0），两者应相等；表三「（七）总计」行：总计（2）≠ 自然人至其他六列之和（0＋0＋0＋0＋0＋0＝0），两者应相等",
    },
  ],
});

ruleTester(tableArithmetic, { valid, invalid });
