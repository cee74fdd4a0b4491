// Invented reports in the shapes of spec §8 for the table rules (table-structure, table-label-variant,
// table-layout-variant); labels are the notices' own.
import { readFileSync } from "node:fs";

export const fixture = (name: string) => readFileSync(new URL(`../../fixtures/tables/${name}`, import.meta.url), "utf8");

// Invented reports in the tab-separated shape (spec §8a); labels are the notices' own.
export const zeros = (n: number) => Array(n).fill("0").join("\t");
export const T2_2021 = [
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
export const T2_2019 = [
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
export const T3_HEAD = [
  "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t申请人情况\t\t\t\t\t\t\t总计",
  "\t\t自然人\t法人或其他组织\t\t\t\t\t",
  "\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t",
];
export const one = "1\t0\t0\t0\t0\t0\t1";
export const before6 = [
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
export const six2021 = [
  `\t（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t${zeros(7)}`,
  `\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t${zeros(7)}`,
  `\t\t3.其他\t${zeros(7)}`,
];
export const six2019 = [`\t（六）其他处理\t\t${zeros(7)}`];
export const after6 = [`\t（七）总计\t\t${one}`, `四、结转下年度继续办理\t\t${zeros(7)}`];
export const T3_2021 = [...T3_HEAD, ...before6, ...six2021, ...after6];
export const T3_2019 = [...T3_HEAD, ...before6, ...six2019, ...after6];
export const T4 = [
  "行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t",
  "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t",
  "\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计",
  zeros(15),
];
export function report(year: number, t2: string[], t3: string[], t4: string[] = T4, tail: string[] = []): string {
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
export const full = report(2022, T2_2021, T3_2021);
export const t3With = (from: string, to: string) => report(2022, T2_2021, T3_2021.map((l) => l.replace(from, to)));

