import { ruleTester } from "../support/rule-tester.js";
import { validDocumentsContinuity } from "../../rules/valid-documents-continuity.js";
import { FLATTENINGS, filename, fixture, lastYear2019, previousFilename, replaceOnce } from "./cross-year.helpers.js";

const tabsBroken = fixture("tabs", "2023-broken");
const tabsConsistent = fixture("tabs", "2023-consistent");
const tabsLastYear = fixture("tabs", "2022");

// The broken reports' 行政规范性文件 现行有效件数 cell (9; last year 5 + 3 − 1 = 7), per flattening.
const BROKEN_AT = { tabs: [24, 13], lines: [36, 2], gfm: [25, 21] } as const;

ruleTester(validDocumentsContinuity, {
  valid: [
    ...FLATTENINGS.map((f) => ({
      name: `${f}: 5 + 3 − 1 = 7 documents in force`,
      code: fixture(f, "2023-consistent"),
      filename: filename(f),
      previous: fixture(f, "2022"),
      previousFilename: previousFilename(f),
    })),
    {
      name: "GFM this year, one cell per line last year",
      code: fixture("gfm", "2023-consistent"),
      filename: "report.md",
      previous: fixture("lines", "2022"),
    },
    { name: "no previous report: silent", code: tabsBroken },
    { name: "the previous report is two years old: silent", code: tabsBroken, previous: tabsLastYear.replaceAll("2022年", "2021年") },
    { name: "last year used the 2019 layout (no 现行有效件数): silent", code: tabsBroken, previous: lastYear2019() },
    {
      name: "this year's stock is not a number: silent",
      code: replaceOnce(tabsBroken, "行政规范性文件\t3\t1\t9", "行政规范性文件\t3\t1\t—"),
      previous: tabsLastYear,
    },
    {
      name: "last year's stock is blank: silent",
      code: tabsBroken,
      previous: replaceOnce(tabsLastYear, "行政规范性文件\t2\t1\t5", "行政规范性文件\t2\t1\t"),
    },
    {
      name: "a stock with a measure word counts (7件)",
      code: replaceOnce(tabsConsistent, "行政规范性文件\t3\t1\t7", "行政规范性文件\t3\t1\t7件"),
      previous: tabsLastYear,
    },
  ],
  invalid: [
    ...FLATTENINGS.map((f) => ({
      name: `${f}: 9 in force, but 5 + 3 − 1 = 7`,
      code: fixture(f, "2023-broken"),
      filename: filename(f),
      previous: fixture(f, "2022"),
      previousFilename: previousFilename(f),
      errors: [
        {
          messageId: "mismatch",
          message: `表二「行政规范性文件」现行有效件数为 9，按上年报告（${previousFilename(f)}）现行有效 5 件＋本年制发 3 件－本年废止 1 件应为 7（修订计入制发时可不一致，请核对）`,
          line: BROKEN_AT[f][0],
          column: BROKEN_AT[f][1],
          endLine: BROKEN_AT[f][0],
          endColumn: BROKEN_AT[f][1] + 1,
          severity: 1 as const,
        },
      ],
    })),
    {
      name: "both rows: 规章 0 in force after 1 issued, and the documents",
      code: replaceOnce(tabsBroken, "规章\t0\t0\t0", "规章\t1\t0\t0"),
      previous: tabsLastYear,
      errors: [
        { message: /「规章」现行有效件数为 0，.*现行有效 0 件＋本年制发 1 件－本年废止 0 件应为 1/, line: 23, column: 8, endLine: 23, endColumn: 9 },
        { line: 24, column: 13, endLine: 24, endColumn: 14 },
      ],
    },
    {
      name: "English messages",
      code: tabsBroken,
      previous: tabsLastYear,
      locale: "en",
      errors: [
        {
          message:
            'Table 二 "行政规范性文件": 现行有效件数 is 9, but last year\'s report (last-year.txt) had 5 in force, + 3 issued − 1 repealed this year = 7 (amendments counted as issued can explain a difference: check)',
          line: 24,
          column: 13,
          endLine: 24,
          endColumn: 14,
        },
      ],
    },
  ],
});
