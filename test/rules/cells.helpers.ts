// Invented reports for the cell rules (numeric-cell, cell-value): table 二 in both layouts.
// Invented reports. Table 二 (2021 layout) as tab rows; each line is numbered in the comments.
export const t2021 = (c: { rules?: string; norms?: string; permits?: string; penalty?: string; force?: string; fee?: string }) =>
  [
    "青禾镇人民政府2021年政府信息公开工作年度报告", // 1
    "二、主动公开政府信息情况", // 2
    "第二十条第（一）项\t\t\t", // 3
    "信息内容\t本年制发件数\t本年废止件数\t现行有效件数", // 4
    `规章\t${c.rules ?? "0\t0\t0"}`, // 5
    `行政规范性文件\t${c.norms ?? "2\t1\t5"}`, // 6
    "第二十条第（五）项\t\t\t", // 7
    "信息内容\t本年处理决定数量\t\t", // 8
    `行政许可\t${c.permits ?? "12"}\t\t`, // 9
    "第二十条第（六）项\t\t\t", // 10
    "信息内容\t本年处理决定数量\t\t", // 11
    `行政处罚\t${c.penalty ?? "30"}\t\t`, // 12
    `行政强制\t${c.force ?? "3"}\t\t`, // 13
    "第二十条第（八）项\t\t\t", // 14
    "信息内容\t本年收费金额（单位：万元）\t\t", // 15
    `行政事业性收费\t${c.fee ?? "1.2"}\t\t`, // 16
    "三、收到和处理政府信息公开申请情况", // 17
  ].join("\n");

// Table 二 in the 2019 layout (a 2020 report).
export const t2019 = (c: { permits?: string; penalty?: string; fee?: string; purchase?: string }) =>
  [
    "柳塘镇人民政府2020年政府信息公开工作年度报告", // 1
    "二、主动公开政府信息情况", // 2
    "第二十条第（一）项\t\t\t", // 3
    "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量", // 4
    "规章\t0\t0\t0", // 5
    "规范性文件\t2\t2\t5", // 6
    "第二十条第（五）项\t\t\t", // 7
    "信息内容\t上一年项目数量\t本年增/减\t处理决定数量", // 8
    `行政许可\t${c.permits ?? "3\t-1\t12"}`, // 9
    "其他对外管理服务事项\t1\t0\t4", // 10
    "第二十条第（六）项\t\t\t", // 11
    "信息内容\t上一年项目数量\t本年增/减\t处理决定数量", // 12
    `行政处罚\t${c.penalty ?? "5\t+1\t30"}`, // 13
    "行政强制\t2\t0\t3", // 14
    "第二十条第（八）项\t\t\t", // 15
    "信息内容\t上一年项目数量\t本年增/减\t", // 16
    `行政事业性收费\t${c.fee ?? "1\t0"}\t`, // 17
    "第二十条第（九）项\t\t\t", // 18
    "信息内容\t采购项目数量\t采购总金额\t", // 19
    `政府集中采购\t${c.purchase ?? "2\t35.6万元"}\t`, // 20
    "三、收到和处理政府信息公开申请情况", // 21
  ].join("\n");

