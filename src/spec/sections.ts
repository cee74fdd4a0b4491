// The six required sections (国办公开办函〔2021〕30号 and 〔2019〕60号 alike) and the heading
// variants real reports use. Data, read by the section finder and by section-heading.
import type { SectionNumber } from "../model/types.js";

export interface SectionSpec {
  number: SectionNumber;
  numeral: string;
  /** The official heading without its numeral. */
  title: string;
  /** Known variants without numerals: recognised as this section, reported by section-heading. */
  variants: string[];
  /** Short cues: a heading that contains one of these is taken for this section. */
  cues: string[];
  /**
   * Words the section's body uses (its subject matter, its table's labels): evidence for a heading
   * whose wording alone does not say which section it is (a bare 「三、」, an unnumbered heading).
   */
  content: string[];
}

export const SECTIONS: readonly SectionSpec[] = [
  { number: 1, numeral: "一", title: "总体情况", variants: ["政务信息公开工作总体情况", "政府信息公开工作总体情况", "基本情况", "概述"], cues: ["总体情况"], content: ["主动公开", "依申请公开", "政府信息管理", "平台建设", "监督保障"] },
  { number: 2, numeral: "二", title: "主动公开政府信息情况", variants: ["主动公开政府信息的情况", "政府信息主动公开情况"], cues: ["主动公开"], content: ["主动公开", "第二十条", "规范性文件", "行政许可", "行政处罚", "现行有效件数"] },
  {
    number: 3,
    numeral: "三",
    title: "收到和处理政府信息公开申请情况",
    variants: ["收到和处理政府信息公开申请的情况", "依申请公开政府信息情况"],
    cues: ["收到和处理", "依申请公开"],
    content: ["申请", "本年新收", "申请人情况", "自然人", "予以公开", "办理结果"],
  },
  {
    number: 4,
    numeral: "四",
    title: "政府信息公开行政复议、行政诉讼情况",
    variants: [
      "因政府信息公开工作被申请行政复议提起行政诉讼情况",
      "因政府信息公开工作被申请行政复议和提起行政诉讼情况",
      "因政府信息公开工作被申请行政复议、提起行政诉讼情况",
      // 条例 第五十条（三） as worded, and the 2007 条例's wording kept by old templates.
      "因政府信息公开工作被申请行政复议、提起行政诉讼的情况",
      "因政府信息公开申请行政复议、提起行政诉讼的情况",
      "因政府信息公开申请行政复议、提起行政诉讼情况",
      "政府信息公开行政复议行政诉讼情况",
    ],
    cues: ["行政复议", "行政诉讼"],
    content: ["行政复议", "行政诉讼", "复议", "诉讼", "结果维持", "结果纠正", "尚未审结"],
  },
  {
    number: 5,
    numeral: "五",
    title: "存在的主要问题及改进情况",
    variants: ["政府信息公开工作存在的主要问题及改进情况", "存在问题及改进情况", "存在的主要问题及改进措施", "存在的问题及改进情况", "存在的主要问题及改进措施情况"],
    cues: ["存在的主要问题", "存在问题", "改进情况", "改进措施"],
    content: ["问题", "不足", "改进", "措施", "差距", "短板", "下一步", "有待", "仍需", "提高", "完善"],
  },
  { number: 6, numeral: "六", title: "其他需要报告的事项", variants: ["其它需要报告的事项", "其他需要报告事项", "其他需要报告的情况"], cues: ["需要报告的事项", "需要报告事项", "其他需要报告", "其它需要报告"],
    content: ["信息处理费", "建议", "提案", "需要报告", "创新", "工作要点"],
  },
];

export const CANONICAL_HEADING = (s: SectionSpec): string => `${s.numeral}、${s.title}`;

/**
 * Row labels of table 三 that begin like section headings (spec §8g). A line that reads as one of
 * these is a table row, never a section heading.
 */
export const TABLE3_HEADING_LIKE_ROWS = ["本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "本年度办理结果", "结转下年度继续办理"];
