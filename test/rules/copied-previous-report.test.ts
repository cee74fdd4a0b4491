import { ruleTester } from "../support/rule-tester.js";
import { copiedPreviousReport } from "../../rules/copied-previous-report.js";
import { FLATTENINGS, filename, fixture, previousFilename, replaceOnce } from "./cross-year.helpers.js";

const tabsBroken = fixture("tabs", "2023-broken");
const tabsConsistent = fixture("tabs", "2023-consistent");
const tabsLastYear = fixture("tabs", "2022");
const FIRST = "2023年，东湖街道办事处坚持以人民为中心的发展思想，认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息175条。";
const EXAMPLES = "「2023年，东湖街道办事处坚持以人民为中…」「围绕社区治理、民生保障和安全生产等重点领…」「全年作出行政许可决定17件、行政处罚决定…」";

/** A short report: a title, one section and the given paragraphs. */
const short = (year: number, ...paragraphs: string[]) => `青禾镇人民政府${year}年政府信息公开工作年度报告\n\n一、总体情况\n\n${paragraphs.join("\n\n")}\n`;

ruleTester(copiedPreviousReport, {
  valid: [
    ...FLATTENINGS.map((f) => ({
      name: `${f}: this year's own text (2 of 10 sentences the same: 20%)`,
      code: fixture(f, "2023-consistent"),
      filename: filename(f),
      previous: fixture(f, "2022"),
      previousFilename: previousFilename(f),
    })),
    { name: "no previous report: silent", code: tabsBroken },
    { name: "the previous report is this year's own (same year): silent", code: tabsBroken, previous: tabsBroken },
    { name: "91% is below a threshold of 0.95", code: tabsBroken, previous: tabsLastYear, options: { threshold: 0.95 } },
    {
      name: "fewer than three sentences to compare: silent",
      code: short(2023, "2023年，青禾镇坚持以公开为常态、不公开为例外，全年主动公开政府信息312条。"),
      previous: short(2022, "2022年，青禾镇坚持以公开为常态、不公开为例外，全年主动公开政府信息298条。"),
    },
    {
      name: "the same short sentences, 本报告/本年报 sentences and page chrome do not count as copying",
      code: short(
        2023,
        "您现在的位置：首页 > 政务公开 > 政府信息公开年度报告 > 青禾镇人民政府",
        "本年报中所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
        "本报告依据《中华人民共和国政府信息公开条例》编制。本报告统计数据从2023年1月1日至2023年12月31日。",
        "（一）主动公开。本年度未收取信息处理费。",
        "2023年，青禾镇围绕乡村振兴和防汛救灾公开信息，更新了村务公开栏的内容。",
        "镇政府把依申请公开的办理时限纳入督办台账，逐件跟踪答复进度。",
        "针对群众反映的公开栏信息陈旧问题，镇里安排专人每月巡查一次。",
      ),
      previous: short(
        2022,
        "您现在的位置：首页 > 政务公开 > 政府信息公开年度报告 > 青禾镇人民政府",
        "本年报中所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
        "本报告依据《中华人民共和国政府信息公开条例》编制。本报告统计数据从2022年1月1日至2022年12月31日。",
        "（一）主动公开。本年度未收取信息处理费。",
        "2022年，青禾镇以财政预决算和社会救助为重点，做好主动公开工作。",
      ),
      options: { threshold: 0 },
    },
  ],
  invalid: [
    ...FLATTENINGS.map((f) => ({
      name: `${f}: 10 of 11 sentences are last year's with the years and numbers changed`,
      code: fixture(f, "2023-broken"),
      filename: filename(f),
      previous: fixture(f, "2022"),
      previousFilename: previousFilename(f),
      errors: [
        {
          messageId: "copied",
          message: `正文 11 个句子中有 10 个（91%）与上年报告（${previousFilename(f)}）相同（年份、数字不计），疑似照搬上年报告，如${EXAMPLES}`,
          line: 7,
          column: 1,
          endLine: 7,
          endColumn: 67,
          severity: 1 as const,
        },
      ],
    })),
    {
      name: "threshold 0: the two formulaic sentences shared are reported, the 本报告 sentences are not counted",
      code: tabsConsistent,
      previous: tabsLastYear,
      options: { threshold: 0 },
      errors: [{ message: /^正文 10 个句子中有 2 个（20%）.*如「本年度未发生因政府信息公开被申请行政复议…」「2023年共办理人大代表建议2件、政协提…」$/, line: 69, column: 1, endLine: 69, endColumn: 33 }],
    },
    {
      name: "a sentence broken across lines by pasting is joined before comparing",
      code: replaceOnce(tabsBroken, "发展思想，认真贯彻", "发展思想，\n认真贯彻"),
      previous: tabsLastYear,
      errors: [{ message: /11 个句子中有 10 个（91%）/, line: 7, column: 1, endLine: 8, endColumn: 40 }],
    },
    {
      name: "a year in Chinese numerals compares equal to one in digits",
      code: replaceOnce(tabsBroken, FIRST, FIRST.replace("2023年", "二〇二三年")),
      previous: tabsLastYear,
      errors: [{ message: /11 个句子中有 10 个（91%）.*如「二〇二三年，东湖街道/, line: 7, column: 1, endLine: 7, endColumn: 67 }],
    },
    {
      name: "minLength 35: only the four longest sentences are compared",
      code: tabsBroken,
      previous: tabsLastYear,
      options: { minLength: 35 },
      errors: [{ message: /^正文 4 个句子中有 4 个（100%）/, line: 7, column: 1, endLine: 7, endColumn: 67 }],
    },
    {
      name: "English messages",
      code: tabsBroken,
      previous: tabsLastYear,
      locale: "en",
      errors: [
        {
          message:
            '10 of the 11 sentences (91%) are the same as in last year\'s report (last-year.txt) apart from years and numbers; the text looks copied from last year\'s, e.g. "2023年，东湖街道办事处坚持以人民为中…", "围绕社区治理、民生保障和安全生产等重点领…", "全年作出行政许可决定17件、行政处罚决定…"',
          line: 7,
          column: 1,
          endLine: 7,
          endColumn: 67,
        },
      ],
    },
  ],
});
