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

  it("gives a negation to the quantity it names", () => {
    expect(read("全年共收到政府信息公开申请7件，没有上年结转的申请。")).toEqual([
      ["applications", "count", 7, "收到政府信息公开申请7件"],
      ["carriedOver", "none", 0, "没有上年结转的申请"],
    ]);
    expect(read("本年度依申请公开工作中，上年无结转申请，也无结转下年度的申请。")).toEqual([
      ["carriedOver", "none", 0, "上年无结转申请"],
      ["carriedForward", "none", 0, "无结转下年度的申请"],
    ]);
    expect(read("本年度依申请公开工作中，没有不予公开的申请，未收到网上申请。")).toEqual([]);
    expect(read("本年度未收到任何群众提出的政府信息公开申请。")).toEqual([["applications", "none", 0, "未收到任何群众提出的政府信息公开申请"]]);
  });
  it("gives 复议 inside a litigation group to neither total, and stops a negation at a turn", () => {
    expect(read("因政府信息公开未发生行政复议后提起行政诉讼的情况。")).toEqual([]);
    expect(read("因政府信息公开未发生行政复议而有行政诉讼。")).toEqual([["reconsideration", "none", 0, "未发生行政复议"]]);
    expect(read("本年度未发生因政府信息公开而被申请行政复议、提起行政诉讼的情况。")).toEqual([
      ["reconsideration", "none", 0, "未发生因政府信息公开而被申请行政复议、提起行政诉讼"],
      ["litigation", "none", 0, "未发生因政府信息公开而被申请行政复议、提起行政诉讼"],
    ]);
  });
  it("reads the totals of table 三 in other phrasings", () => {
    expect(read("（二）依申请公开。全年共受理6件，均已按时答复。")).toEqual([["applications", "count", 6, "受理6件"]]);
    expect(read("全年收到公民、法人和其他组织提出的政府信息公开申请6件，其中网上申请3件。")).toEqual([
      ["applications", "count", 6, "收到公民、法人和其他组织提出的政府信息公开申请6件"],
    ]);
    expect(read("全年收到政府信息公开申请7件，上年度结转申请3件，结转下一年度继续办理的1件。")).toEqual([
      ["applications", "count", 7, "收到政府信息公开申请7件"],
      ["carriedOver", "count", 3, "上年度结转申请3件"],
      ["carriedForward", "count", 1, "结转下一年度继续办理的1件"],
    ]);
  });
  it("reads past a breakdown in brackets", () => {
    expect(read("全年共受理政府信息公开申请7件（其中自然人5件，法人或其他组织2件），办结7件。")).toEqual([
      ["applications", "count", 7, "受理政府信息公开申请7件"],
      ["handled", "count", 7, "办结7件"],
    ]);
  });
  it("does not take a part of the applications for a total", () => {
    expect(read("全年收到政府信息公开申请8件，予以公开答复6件，不予公开的有2件。")).toEqual([["applications", "count", 8, "收到政府信息公开申请8件"]]);
    expect(read("依申请公开方面，受理的申请中不予公开的有2件。")).toEqual([]);
    expect(read("（二）依申请公开。全年受理咨询6件。")).toEqual([]);
  });
  it("reads the 规章 and 规范性文件 of table 二", () => {
    expect(read("本年度制发规范性文件2件，现行有效的规范性文件共5件，制定规章0件。")).toEqual([
      ["normativeMade", "count", 2, "制发规范性文件2件"],
      ["normativeValid", "count", 5, "现行有效的规范性文件共5件"],
      ["rulesMade", "count", 0, "制定规章0件"],
    ]);
    expect(read("清理规范性文件12件，完善规章制度5项，全县现行有效规范性文件120件，本年度公开规范性文件3件。")).toEqual([]);
    expect(read("对现行有效规范性文件清理3件；经清理后现行有效的规章2件。")).toEqual([["rulesValid", "count", 2, "现行有效的规章2件"]]);
  });
});
