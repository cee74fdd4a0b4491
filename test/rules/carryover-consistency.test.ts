import { ruleTester } from "../support/rule-tester.js";
import { carryoverConsistency } from "../../rules/carryover-consistency.js";
import { FLATTENINGS, filename, fixture, lastYear2019, previousFilename, replaceOnce } from "./cross-year.helpers.js";

const ROW2 = "二、上年结转政府信息公开申请数量";
const tabsBroken = fixture("tabs", "2023-broken");
const tabsLastYear = fixture("tabs", "2022");

// Where the broken reports' 自然人 and 法律服务机构 cells of row 二 are, per flattening.
const BROKEN_AT = {
  tabs: [
    [42, 19],
    [42, 27],
  ],
  lines: [
    [90, 2],
    [94, 2],
  ],
  gfm: [
    [44, 25],
    [44, 41],
  ],
} as const;

ruleTester(carryoverConsistency, {
  valid: [
    ...FLATTENINGS.map((f) => ({
      name: `${f}: row 二 equals last year's row 四 in every column`,
      code: fixture(f, "2023-consistent"),
      filename: filename(f),
      previous: fixture(f, "2022"),
      previousFilename: previousFilename(f),
    })),
    {
      name: "tab rows this year, GFM last year: the flattenings need not match",
      code: fixture("tabs", "2023-consistent"),
      previous: fixture("gfm", "2022"),
      previousFilename: "2022.md",
    },
    { name: "no previous report: silent", code: tabsBroken },
    {
      name: "the previous report is not last year's (2021 for a 2023 report): silent",
      code: tabsBroken,
      previous: tabsLastYear.replaceAll("2022年", "2021年"),
    },
    {
      name: "the previous report is this year's own: silent",
      code: tabsBroken,
      previous: tabsBroken,
    },
    {
      name: "last year's table 三 stops before row 四 (not confident): silent",
      code: tabsBroken,
      previous: tabsLastYear.slice(0, tabsLastYear.indexOf("（三）不予公开")),
    },
    {
      name: "cells that are not numbers (blank, 无) are not compared",
      code: replaceOnce(tabsBroken, `${ROW2}\t\t1\t0\t0\t0\t0\t0\t1`, `${ROW2}\t\t无\t0\t0\t0\t\t0\t1`),
      previous: tabsLastYear,
    },
    {
      name: "2019 layout last year: rows 二 and 四 exist in both layouts, and here they agree",
      code: tabsBroken,
      previous: lastYear2019(),
    },
    {
      name: "the last-year report cannot be read as a report (no table): silent",
      code: tabsBroken,
      previous: "去年的报告没有表格。",
    },
  ],
  invalid: [
    ...FLATTENINGS.map((f) => ({
      name: `${f}: row 二 differs from last year's row 四 in two columns`,
      code: fixture(f, "2023-broken"),
      filename: filename(f),
      previous: fixture(f, "2022"),
      previousFilename: previousFilename(f),
      errors: BROKEN_AT[f].map(([line, column], i) => ({
        messageId: "mismatch",
        message:
          i === 0
            ? `表三「${ROW2}」自然人列为 1，但上年报告（${previousFilename(f)}）「四、结转下年度继续办理」自然人列为 0，两者应相等`
            : `表三「${ROW2}」法律服务机构列为 0，但上年报告（${previousFilename(f)}）「四、结转下年度继续办理」法律服务机构列为 1，两者应相等`,
        line,
        column,
        endLine: line,
        endColumn: column + 1,
        severity: 2 as const,
      })),
    })),
    {
      name: "one-cell-per-line this year, tab rows last year",
      code: fixture("lines", "2023-broken"),
      previous: tabsLastYear,
      errors: BROKEN_AT.lines.map(([line, column]) => ({ line, column, endLine: line, endColumn: column + 1 })),
    },
    {
      name: "2019 layout last year (row 四: 1 0 0 0 0 0 1) against a 2021-layout report",
      code: fixture("tabs", "2023-consistent"),
      previous: lastYear2019(),
      errors: [
        { message: /自然人列为 0，但上年报告（last-year\.txt）「四、结转下年度继续办理」自然人列为 1/, line: 42, column: 19, endLine: 42, endColumn: 20 },
        { message: /法律服务机构列为 1，.*法律服务机构列为 0/, line: 42, column: 27, endLine: 42, endColumn: 28 },
      ],
    },
    {
      name: "a blank cell is skipped, the other columns are still compared",
      code: replaceOnce(tabsBroken, `${ROW2}\t\t1\t0\t0\t0\t0\t0\t1`, `${ROW2}\t\t\t0\t0\t0\t0\t0\t1`),
      previous: tabsLastYear,
      errors: [{ message: /法律服务机构列为 0/, line: 42, column: 26, endLine: 42, endColumn: 27 }],
    },
    {
      name: "English messages",
      code: tabsBroken,
      previous: tabsLastYear,
      locale: "en",
      errors: [
        {
          message: `Table 三 "${ROW2}", column 自然人, is 1, but last year's report (last-year.txt) carried 0 forward in "四、结转下年度继续办理"; they must be equal`,
          line: 42,
          column: 19,
          endLine: 42,
          endColumn: 20,
        },
        { line: 42, column: 27, endLine: 42, endColumn: 28 },
      ],
    },
  ],
});
