// parseCellValue (spec §6) and label normalisation (spec §3).
import { describe, expect, it } from "vitest";
import { parseCellValue } from "../../src/model/tables/index.js";
import { foldWidth, normalizeLabel, toSimplified } from "../../src/model/normalize.js";
import { LAYOUTS } from "../../src/spec/layouts.js";
import { SECTIONS } from "../../src/spec/sections.js";
import { matchLabel } from "../../src/model/tables/labels.js";

describe("parseCellValue", () => {
  it.each([
    ["0", { kind: "number", value: 0 }],
    ["０", { kind: "number", value: 0 }],
    ["１２", { kind: "number", value: 12 }],
    ["\u3000\u30000", { kind: "number", value: 0 }],
    ["\u00a0\u30000", { kind: "number", value: 0 }],
    ["0\u00a0", { kind: "number", value: 0 }],
    ["\t 7 \t", { kind: "number", value: 7 }],
    ["", { kind: "blank" }],
    ["\u3000 ", { kind: "blank" }],
    ["无", { kind: "none" }],
    [" 无 ", { kind: "none" }],
    ["/", { kind: "na", text: "/" }],
    ["／", { kind: "na", text: "/" }],
    ["-", { kind: "na", text: "-" }],
    ["—", { kind: "na", text: "—" }],
    ["——", { kind: "na", text: "——" }],
    ["不适用", { kind: "na", text: "不适用" }],
    ["251000元", { kind: "number", value: 251000, unit: "元" }],
    ["1444400 元", { kind: "number", value: 1444400, unit: "元" }],
    ["518 万元", { kind: "number", value: 518, unit: "万元" }],
    ["170万", { kind: "number", value: 170, unit: "万" }],
    ["86.5万元", { kind: "number", value: 86.5, unit: "万元" }],
    ["6件", { kind: "number", value: 6, unit: "件" }],
    ["-8", { kind: "number", value: -8 }],
    ["－8", { kind: "number", value: -8 }],
    ["+1036", { kind: "number", value: 1036 }],
    ["减4", { kind: "number", value: -4, signWord: "减" }],
    ["減 4", { kind: "number", value: -4, signWord: "减" }],
    ["增3", { kind: "number", value: 3, signWord: "增" }],
    ["12.5", { kind: "number", value: 12.5 }],
    ["0.00", { kind: "number", value: 0 }],
    ["1,234", { kind: "number", value: 1234 }],
    ["-0", { kind: "number", value: 0 }],
  ])("%j", (raw, expected) => {
    expect(parseCellValue(raw)).toEqual(expected);
  });

  it.each(["见附件", "约5", "5%", "1.", "12,34", "3 4", "0（件）", "五", "不详", "1.属于国家秘密", "一、本年新收政府信息公开申请数量"])("text: %j", (raw) => {
    expect(parseCellValue(raw)).toEqual({ kind: "text", text: raw });
  });

  it("keeps the cell text trimmed of padding for text values", () => {
    expect(parseCellValue("\u3000见附件\u00a0")).toEqual({ kind: "text", text: "见附件" });
  });
});

describe("normalizeLabel", () => {
  it("folds widths and brackets: 第二十条第(一)项 = 第二十条第（一）项", () => {
    expect(normalizeLabel("第二十条第(一)项")).toBe(normalizeLabel("第二十条第（一）项"));
    expect(foldWidth("（１）ＡＢ　")).toBe("(1)AB ");
  });

  it("strips TAB, U+3000, U+00A0 and spaces: 结 果 维 持", () => {
    expect(normalizeLabel("结 果 维 持")).toBe("结果维持");
    expect(normalizeLabel("\t\u3000行政\u00a0许可 ")).toBe("行政许可");
  });

  it("treats 、，, as equal and “” as \"", () => {
    const a = normalizeLabel("1.申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请");
    const b = normalizeLabel("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");
    expect(a).toBe(b);
    expect(normalizeLabel("3.危及“三安全一稳定”")).toBe(normalizeLabel('3.危及"三安全一稳定"'));
  });

  it("converts the traditional characters of the labels and drops pinyin glosses", () => {
    expect(normalizeLabel("本年製發件數")).toBe("本年制发件数");
    expect(normalizeLabel("其他對外管理服務事項")).toBe("其他对外管理服务事项");
    expect(normalizeLabel("行政事業性收費")).toBe("行政事业性收费");
    expect(normalizeLabel("本年制發(fā)件數(shù)")).toBe("本年制发件数");
    expect(normalizeLabel("一、總體情況")).toBe("一、总体情况");
    expect(normalizeLabel("4.保護第三方合法權益")).toBe("4、保护第三方合法权益");
    expect(toSimplified("與門")).toBe("与门");
  });

  it("keeps every official label stable and matches its traditional rendering exactly", () => {
    // A traditional rendering of every label character that has one (inverse of the mapping).
    const back = new Map<string, string>();
    const pairs = "內内條条項项製制數数開开對对總总規规範范減减處处決决許许務务罰罚強强業业費费採采購购額额據据關关為为於于請请況况組组織织機机構构會会計计結结轉转辦办區区這这屬属國国穩稳護护權权類类過过執执詢询無无沒没現现補补後后確确訪访舉举報报訴诉復复當当認认獲获繼继續续訟讼議议經经維维糾纠審审發发廢废單单萬万繳缴納纳體体動动問问題题進进";
    for (let i = 0; i < pairs.length; i += 2) back.set(pairs[i + 1], pairs[i]);
    const labels = LAYOUTS.flatMap((l) => [
      l.t2.header,
      ...l.t2.blocks.flatMap((b) => [b.title, ...b.columns.map((c) => c.label), ...b.rows.map((r) => r.label)]),
      l.t3.note,
      ...l.t3.spans,
      ...l.t3.columns.map((c) => c.label),
      ...l.t3.rows.map((r) => r.label),
      ...l.t4.groups.map((g) => g.label),
      ...l.t4.columns.map((c) => c.label),
    ]);
    labels.push(...SECTIONS.map((s) => s.title));
    for (const label of labels) {
      const trad = [...label].map((ch) => back.get(ch) ?? ch).join("");
      expect(normalizeLabel(trad), label).toBe(normalizeLabel(label));
      expect(matchLabel(normalizeLabel(trad))?.level ?? "exact", label).toBe("exact");
    }
  });
});

describe("matchLabel", () => {
  it("matches exactly, by core (annotation dropped), by prefix and by edit distance", () => {
    expect(matchLabel(normalizeLabel("规章"))?.level).toBe("exact");
    expect(matchLabel(normalizeLabel("法人或者其他组织"))?.level).toBe("exact");
    expect(matchLabel(normalizeLabel("本年增/减（指2020年增加或减少的事项数，减用负值表示，如-8）"))).toMatchObject({ level: "approximate", how: "core" });
    expect(matchLabel(normalizeLabel("(二) 部分公开(区分处理)"))).toMatchObject({ level: "approximate", how: "core" });
    expect(matchLabel(normalizeLabel("三、本年"))).toMatchObject({ level: "approximate", how: "prefix" });
    expect(matchLabel(normalizeLabel("现行有效件"))).toMatchObject({ level: "approximate", how: "prefix" });
    const typo = matchLabel(normalizeLabel("3. 改正后申请内容仍不明确"));
    expect(typo).toMatchObject({ level: "approximate", how: "edit" });
    expect(typo?.entries.map((e) => e.key)).toEqual(["3.4.3"]);
  });

  it("does not match prose or short fragments", () => {
    expect(matchLabel(normalizeLabel("政府集中采购事项 0 条，采购总金额 0 元"))).toBeUndefined();
    expect(matchLabel(normalizeLabel("处理"))).toBeUndefined();
    expect(matchLabel(normalizeLabel("本年"))).toBeUndefined();
    expect(matchLabel(normalizeLabel("2021年，我镇政府信息公开工作稳步推进，取得了较为显著的工作成效。"))).toBeUndefined();
  });
});
