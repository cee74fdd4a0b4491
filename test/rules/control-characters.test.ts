import { ruleTester } from "../support/rule-tester.js";
import { controlCharacters } from "../../rules/control-characters.js";

const lines = ["青禾镇人民政府2022年政府信息公开工作年度报告", "一、总体情况", "2022年，青禾镇推进政务公开。"];
const text = lines.join("\n");

ruleTester(controlCharacters, {
  valid: [
    { name: "plain text", code: text },
    { name: "tabs, CRLF line ends and a form feed between pages are white space", code: `${lines[0]}\r\n一、总体情况\t\f\r\n${lines[2]}` },
  ],
  invalid: [
    {
      name: "a NUL inside a heading: reported at it, removed by the fix",
      code: text.replace("总体情况", "总体\u0000情况"),
      errors: [{ messageId: "control", line: 2, column: 5, endLine: 2, endColumn: 6, message: "文本中有 1 个不可见的控制字符（U+0000（NUL）），应删除" }],
      output: text,
    },
    {
      name: "runs of controls in several places (one conversion defect): one finding at the first run, the fix removes all",
      code: text.replace("推进", "推\u0000\u0001\u007f进").replace("2022年政府", "2022年\u001b政府"),
      errors: [{ messageId: "control", line: 1, column: 13, endLine: 1, endColumn: 14, message: "文本中有 4 个不可见的控制字符（U+0000（NUL）、U+0001、U+001B（ESC）、U+007F（DEL）），共 2 处、分布在 2 行（自此处起），应删除" }],
      output: text,
    },
    {
      name: "a NUL at the end of every line (an export): one finding, one fix for every line",
      code: lines.map((l) => `${l}\u0000`).join("\n"),
      errors: [{ messageId: "control", line: 1, column: 25, endLine: 1, endColumn: 26, message: "文本中有 3 个不可见的控制字符（U+0000（NUL）），共 3 处、分布在 3 行（自此处起），应删除" }],
      output: text,
    },
    {
      name: "English",
      locale: "en",
      code: lines.map((l) => `${l}\u0000`).join("\n"),
      errors: [{ line: 1, column: 25, endLine: 1, endColumn: 26, message: "3 invisible control character(s) (U+0000（NUL）) in the text at 3 places on 3 line(s), from here on; remove them" }],
      output: text,
    },
  ],
});
