// 《中华人民共和国政府信息公开工作年度报告格式》, 国办公开办函〔2021〕30号: the table layouts as data
// (spec §3). Applies from the 2021 reports on.
import type { ColumnSpec, LayoutSpec, Table3RowSpec } from "./layouts.js";

const count = (key: string, label: string): ColumnSpec => ({ key, label, kind: "count" });

export const TABLE3_COLUMNS_2021: ColumnSpec[] = [
  count("c1", "自然人"),
  count("c2", "商业企业"),
  count("c3", "科研机构"),
  count("c4", "社会公益组织"),
  count("c5", "法律服务机构"),
  count("c6", "其他"),
  count("c7", "总计"),
];

/** Table 三 rows up to and including （五）不予处理's sub-rows: the same in 2019 and 2021. */
export const TABLE3_ROWS_BEFORE_6: Table3RowSpec[] = [
  { key: "1", label: "一、本年新收政府信息公开申请数量", kind: "data" },
  { key: "2", label: "二、上年结转政府信息公开申请数量", kind: "data" },
  { key: "g3", label: "三、本年度办理结果", kind: "group" },
  { key: "3.1", label: "（一）予以公开", kind: "data", group: "g3" },
  { key: "3.2", label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", kind: "data", group: "g3" },
  { key: "g3.3", label: "（三）不予公开", kind: "group", group: "g3" },
  { key: "3.3.1", label: "1.属于国家秘密", kind: "data", group: "g3.3" },
  { key: "3.3.2", label: "2.其他法律行政法规禁止公开", kind: "data", group: "g3.3" },
  { key: "3.3.3", label: "3.危及“三安全一稳定”", kind: "data", group: "g3.3" },
  { key: "3.3.4", label: "4.保护第三方合法权益", kind: "data", group: "g3.3" },
  { key: "3.3.5", label: "5.属于三类内部事务信息", kind: "data", group: "g3.3" },
  { key: "3.3.6", label: "6.属于四类过程性信息", kind: "data", group: "g3.3" },
  { key: "3.3.7", label: "7.属于行政执法案卷", kind: "data", group: "g3.3" },
  { key: "3.3.8", label: "8.属于行政查询事项", kind: "data", group: "g3.3" },
  { key: "g3.4", label: "（四）无法提供", kind: "group", group: "g3" },
  { key: "3.4.1", label: "1.本机关不掌握相关政府信息", kind: "data", group: "g3.4" },
  { key: "3.4.2", label: "2.没有现成信息需要另行制作", kind: "data", group: "g3.4" },
  { key: "3.4.3", label: "3.补正后申请内容仍不明确", kind: "data", group: "g3.4" },
  { key: "g3.5", label: "（五）不予处理", kind: "group", group: "g3" },
  { key: "3.5.1", label: "1.信访举报投诉类申请", kind: "data", group: "g3.5" },
  { key: "3.5.2", label: "2.重复申请", kind: "data", group: "g3.5" },
  { key: "3.5.3", label: "3.要求提供公开出版物", kind: "data", group: "g3.5" },
  { key: "3.5.4", label: "4.无正当理由大量反复申请", kind: "data", group: "g3.5" },
  { key: "3.5.5", label: "5.要求行政机关确认或重新出具已获取信息", kind: "data", group: "g3.5" },
];

/** Table 三 rows after （六）: the same in 2019 and 2021. */
export const TABLE3_ROWS_AFTER_6: Table3RowSpec[] = [
  { key: "3.7", label: "（七）总计", kind: "data", group: "g3" },
  { key: "4", label: "四、结转下年度继续办理", kind: "data" },
];

export const TABLE4_2021 = {
  spans: ["行政诉讼"],
  groups: [
    { key: "t4.1", label: "行政复议" },
    { key: "t4.2", label: "未经复议直接起诉", parent: "行政诉讼" },
    { key: "t4.3", label: "复议后起诉", parent: "行政诉讼" },
  ],
  columns: [count("c1", "结果维持"), count("c2", "结果纠正"), count("c3", "其他结果"), count("c4", "尚未审结"), count("c5", "总计")],
};

export const TABLE3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

export const FORMAT_2021: LayoutSpec = {
  year: "2021",
  notice: "国办公开办函〔2021〕30号",
  firstReportYear: 2021,
  t2: {
    header: "信息内容",
    blocks: [
      {
        item: 1,
        title: "第二十条第（一）项",
        columns: [count("c1", "本年制发件数"), count("c2", "本年废止件数"), count("c3", "现行有效件数")],
        rows: [
          { key: "t2.1.1", label: "规章" },
          { key: "t2.1.2", label: "行政规范性文件" },
        ],
      },
      {
        item: 5,
        title: "第二十条第（五）项",
        columns: [count("c1", "本年处理决定数量")],
        rows: [{ key: "t2.5.1", label: "行政许可" }],
      },
      {
        item: 6,
        title: "第二十条第（六）项",
        columns: [count("c1", "本年处理决定数量")],
        rows: [
          { key: "t2.6.1", label: "行政处罚" },
          { key: "t2.6.2", label: "行政强制" },
        ],
      },
      {
        item: 8,
        title: "第二十条第（八）项",
        columns: [{ key: "c1", label: "本年收费金额（单位：万元）", kind: "money", unit: "万元" }],
        rows: [{ key: "t2.8.1", label: "行政事业性收费" }],
      },
    ],
  },
  t3: {
    note: TABLE3_NOTE,
    spans: ["申请人情况", "法人或其他组织"],
    spanVariants: ["法人或者其他组织"],
    columns: TABLE3_COLUMNS_2021,
    rows: [
      ...TABLE3_ROWS_BEFORE_6,
      { key: "g3.6", label: "（六）其他处理", kind: "group", group: "g3" },
      { key: "3.6.1", label: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", kind: "data", group: "g3.6" },
      { key: "3.6.2", label: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", kind: "data", group: "g3.6" },
      { key: "3.6.3", label: "3.其他", kind: "data", group: "g3.6" },
      ...TABLE3_ROWS_AFTER_6,
    ],
  },
  t4: TABLE4_2021,
  markers: ["本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额", "行政规范性文件"],
};
