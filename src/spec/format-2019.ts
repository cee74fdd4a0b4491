// 《中华人民共和国政府信息公开工作年度报告格式（试行）》, 国办公开办函〔2019〕60号: the table
// layouts as data (spec §4). Applies to the 2019 and 2020 reports. Table 三 differs from 2021
// only in （六）其他处理, a single data row; table 四 is the same.
import type { ColumnSpec, LayoutSpec } from "./layouts.js";
import { TABLE3_COLUMNS_2021, TABLE3_NOTE, TABLE3_ROWS_AFTER_6, TABLE3_ROWS_BEFORE_6, TABLE4_2021 } from "./format-2021.js";

const count = (key: string, label: string): ColumnSpec => ({ key, label, kind: "count" });
const signed = (key: string, label: string): ColumnSpec => ({ key, label, kind: "signed" });

export const FORMAT_2019: LayoutSpec = {
  year: "2019",
  notice: "国办公开办函〔2019〕60号",
  firstReportYear: 2019,
  lastReportYear: 2020,
  t2: {
    header: "信息内容",
    blocks: [
      {
        item: 1,
        title: "第二十条第（一）项",
        columns: [count("c1", "本年新制作数量"), count("c2", "本年新公开数量"), count("c3", "对外公开总数量")],
        rows: [
          { key: "t2.1.1", label: "规章" },
          { key: "t2.1.2", label: "规范性文件" },
        ],
      },
      {
        item: 5,
        title: "第二十条第（五）项",
        columns: [count("c1", "上一年项目数量"), signed("c2", "本年增/减"), count("c3", "处理决定数量")],
        rows: [
          { key: "t2.5.1", label: "行政许可" },
          { key: "t2.5.2", label: "其他对外管理服务事项" },
        ],
      },
      {
        item: 6,
        title: "第二十条第（六）项",
        columns: [count("c1", "上一年项目数量"), signed("c2", "本年增/减"), count("c3", "处理决定数量")],
        rows: [
          { key: "t2.6.1", label: "行政处罚" },
          { key: "t2.6.2", label: "行政强制" },
        ],
      },
      {
        item: 8,
        title: "第二十条第（八）项",
        columns: [count("c1", "上一年项目数量"), signed("c2", "本年增/减")],
        rows: [{ key: "t2.8.1", label: "行政事业性收费" }],
      },
      {
        item: 9,
        title: "第二十条第（九）项",
        // 采购总金额 prints no unit: the cell must carry one (元 / 万元), spec §6.
        columns: [count("c1", "采购项目数量"), { key: "c2", label: "采购总金额", kind: "money" }],
        rows: [{ key: "t2.9.1", label: "政府集中采购" }],
      },
    ],
  },
  t3: {
    note: TABLE3_NOTE,
    spans: ["申请人情况", "法人或其他组织"],
    spanVariants: ["法人或者其他组织"],
    columns: TABLE3_COLUMNS_2021,
    rows: [...TABLE3_ROWS_BEFORE_6, { key: "3.6", label: "（六）其他处理", kind: "data", group: "g3" }, ...TABLE3_ROWS_AFTER_6],
  },
  t4: TABLE4_2021,
  markers: [
    "本年新制作数量",
    "本年新公开数量",
    "对外公开总数量",
    "上一年项目数量",
    "本年增/减",
    "处理决定数量",
    "其他对外管理服务事项",
    "第二十条第（九）项",
    "政府集中采购",
    "采购项目数量",
    "采购总金额",
    "规范性文件",
  ],
};
