// What the prose states about table quantities (src/model/tables/statements.ts); the rules that use
// it (no-contradiction, text-table-consistency) are tested with positions in test/rules/.
import { describe, expect, it } from "vitest";
import { buildModel } from "../../src/core/linter.js";
import { chineseNumber, proseStatements } from "../../src/model/tables/statements.js";

const read = (body: string) =>
  proseStatements(buildModel(`青禾镇人民政府2021年政府信息公开工作年度报告\n一、总体情况\n${body}\n二、主动公开政府信息情况\n`)).map((s) => [s.quantity, s.how, s.value, s.text]);

describe("chineseNumber", () => {
  it.each([
    ["零", 0],
    ["两", 2],
    ["十", 10],
    ["十二", 12],
    ["二十", 20],
    ["二十三", 23],
    ["一百零五", 105],
  ])("%s = %d", (s, n) => expect(chineseNumber(s)).toBe(n));
  it("refuses what is not a numeral", () => expect(chineseNumber("百")).toBeUndefined());
});

describe("proseStatements", () => {
  it("reads counts and denials of applications", () => {
    expect(read("全年共收到政府信息公开申请两件，上年结转1件。")).toEqual([
      ["applications", "count", 2, "收到政府信息公开申请两件"],
      ["carriedOver", "count", 1, "上年结转1件"],
    ]);
    expect(read("本年度未收到政府信息公开申请。")).toEqual([["applications", "none", 0, "未收到政府信息公开申请"]]);
  });
  it("reads traditional characters and full-width digits", () => {
    expect(read("本年度收到政府信息公開申請３件。")).toEqual([["applications", "count", 3, "收到政府信息公開申請３件"]]);
  });
  it("joins a sentence split across lines", () => {
    expect(read("本年度未收到政府信息\n\n公开申请。")).toEqual([["applications", "none", 0, "未收到政府信息\n\n公开申请"]]);
  });
  it("reads the prose of a heading line that runs on", () => {
    const model = buildModel("青禾镇人民政府2021年政府信息公开工作年度报告\n一、总体情况 全年共收到政府信息公开申请4件。\n");
    expect(proseStatements(model).map((s) => s.value)).toEqual([4]);
  });
  it("leaves alone what does not name the quantity", () => {
    expect(read("未收到申请人的投诉。受理行政许可申请200件，办结198件。其中自然人申请2件。比上年增加3件。2020年收到政府信息公开申请5件。")).toEqual([]);
  });
});
