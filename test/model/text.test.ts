import { describe, it, expect } from "vitest";
import { buildModel } from "../../src/core/linter.js";
import { joinedRuns, proseLines, runSpan } from "../../src/model/text/prose.js";
import { findGarbledDates, fullDates, isCalendarDate, splitMonthDay, yearMentions } from "../../src/model/text/dates.js";
import { foldWidthKeep, isCjkPunct, isHan, isLatin } from "../../src/model/text/chars.js";

describe("prose lines and joined runs", () => {
  const text = [
    "青禾镇2022年政府信息公开工作年度报告", // title
    "一、总体情况",
    "镇党委高度重视，组织召开了", // split mid-sentence …
    "",
    "政务公开部署会议，明确了内容。", // … continues here
    "（一）主动公开",
    "主动公开信息30条。",
    "规章\t0\t0\t0",
    "政府信息管理规范，制度健全，确保政府信息",
    "（二）依申请公开",
  ].join("\n");
  const model = buildModel(text);

  it("lists paragraph lines with title and heading flags, tables left out", () => {
    const lines = proseLines(model);
    expect(lines.map((l) => l.text)).not.toContain("规章\t0\t0\t0");
    expect(lines[0]).toMatchObject({ isTitle: true });
    expect(lines.find((l) => l.text === "一、总体情况")).toMatchObject({ isSectionHeading: true });
  });

  it("joins a sentence split by a blank line, and nothing else", () => {
    const runs = joinedRuns(model).map((r) => r.text);
    expect(runs).toContain("镇党委高度重视，组织召开了政务公开部署会议，明确了内容。");
    expect(runs).toContain("（一）主动公开");
    // A line before a numbered sub-heading is not joined with it.
    expect(runs).toContain("政府信息管理规范，制度健全，确保政府信息");
    expect(runs).toContain("（二）依申请公开");
  });

  it("maps joined offsets back to the source", () => {
    const run = joinedRuns(model).find((r) => r.text.startsWith("镇党委"))!;
    const i = run.text.indexOf("政务公开");
    const span = runSpan(run, i, i + 4);
    expect(text.slice(span.start, span.end)).toBe("政务公开");
    const across = runSpan(run, i - 2, i + 2);
    expect(text.slice(across.start, across.end)).toBe("召开了\n\n政务".slice(1));
  });
});

describe("garbled dates", () => {
  it("reads the lost 年, 月 and 日", () => {
    const found = findGarbledDates("自20211月1日起至202112月31日止，自202311日起至20231231日止，2021年1231日，至12月31止。");
    expect(found.map((g) => [g.text, g.lost, g.reading])).toEqual([
      ["20211月1日", "年", "2021年1月1日"],
      ["202112月31日", "年", "2021年12月31日"],
      ["202311日", "年、月", "2023年1月1日"],
      ["20231231日", "年、月", "2023年12月31日"],
      ["2021年1231日", "月", "2021年12月31日"],
      ["12月31", "日", "12月31日"],
    ]);
  });

  it("leaves well-formed dates, counts and codes alone", () => {
    expect(findGarbledDates("2021年1月1日至2021年12月31日；2021-01-01；1月31日前；12月31日止；共3265次；No.20211月")).toEqual([]);
    expect(findGarbledDates("收到12月份的申请；电话0955-5790010；30日内答复")).toEqual([]);
  });

  it("reads a year that lost its 年 before 度, not a measure of electricity or temperature", () => {
    expect(findGarbledDates("青禾镇2020度政府信息公开工作年度报告；（一）2021度，我镇认真落实。").map((g) => [g.text, g.lost, g.reading])).toEqual([
      ["2020度", "年", "2020年度"],
      ["2021度", "年", "2021年度"],
    ]);
    expect(findGarbledDates("全年节约用电2020度，办公区室温保持在2020度以下；耗电约2021度；2020度电。")).toEqual([]);
  });

  it("finds full dates, and tells which exist", () => {
    expect(fullDates("于2023年2月30日发布，2024-02-29，索引号11520000/2023-00012，2023/13/1").map((d) => [d.text, d.year, d.month, d.day])).toEqual([
      ["2023年2月30日", 2023, 2, 30],
      ["2024-02-29", 2024, 2, 29],
      ["2023/13/1", 2023, 13, 1],
    ]);
    expect([isCalendarDate(2023, 2, 30), isCalendarDate(2024, 2, 29), isCalendarDate(2023, 2, 29), isCalendarDate(1900, 2, 29), isCalendarDate(2000, 2, 29), isCalendarDate(2023, 13, 1), isCalendarDate(2023, 4, 31)]).toEqual([
      false, true, false, false, true, false, false,
    ]);
  });

  it("takes the year along when only 日 was lost", () => {
    const [g] = findGarbledDates("截至2021年12月31止");
    expect(g.text).toBe("2021年12月31");
  });

  it("splits month and day only when one reading is possible", () => {
    expect(splitMonthDay("11")).toEqual({ month: 1, day: 1 });
    expect(splitMonthDay("1231")).toEqual({ month: 12, day: 31 });
    expect(splitMonthDay("131")).toEqual({ month: 1, day: 31 });
    expect(splitMonthDay("121")).toBeUndefined();
  });
});

describe("year mentions and characters", () => {
  it("finds 4-digit years before 年", () => {
    expect(yearMentions("2021 年，2022年度，２０２３年，12345年，2021-01-01").map((y) => y.year)).toEqual([2021, 2022, 2023]);
  });
  it("classifies characters", () => {
    expect(isHan("镇")).toBe(true);
    expect(isHan("〇")).toBe(true);
    expect(isHan("，")).toBe(false);
    expect(isCjkPunct("，")).toBe(true);
    expect(isCjkPunct("〇")).toBe(false);
    expect(isLatin("ù")).toBe(true);
    expect(isLatin("×")).toBe(false);
    expect(foldWidthKeep("（２０２１）")).toBe("(2021)");
  });
});

describe("comments inside prose lines", () => {
  // Regression (fuzz/scaling work): comments are found by a linear scan; a line of many unclosed
  // "<!--" was quadratic with the lazy regex. Behaviour: closed comments are blanked, offsets kept.
  it("blanks closed comments with spaces and leaves an unclosed one as text", () => {
    const text = "一、总体情况\n甲<!-- a -->乙<!-- b -->丙<!-- 未闭合";
    const line = proseLines(buildModel(text)).find((l) => l.text.startsWith("甲"))!;
    expect(line.text).toBe("甲" + " ".repeat(10) + "乙" + " ".repeat(10) + "丙<!-- 未闭合");
    expect(text.slice(line.start, line.end)).toBe("甲<!-- a -->乙<!-- b -->丙<!-- 未闭合");
  });

  it("a long line of unclosed comment openers stays as it is", () => {
    const text = "一、总体情况\n" + "<!--".repeat(50000) + "正文";
    const line = proseLines(buildModel(text)).find((l) => l.text.endsWith("正文"))!;
    expect(line.text).toBe("<!--".repeat(50000) + "正文");
  });
});
