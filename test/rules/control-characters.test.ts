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
      name: "a run of mixed controls is one finding; another run another",
      code: text.replace("推进", "推\u0000\u0001\u007f进").replace("2022年政府", "2022年\u001b政府"),
      errors: [
        { messageId: "control", line: 1, column: 13, endLine: 1, endColumn: 14, message: "文本中有 1 个不可见的控制字符（U+001B（ESC）），应删除" },
        { messageId: "control", line: 3, column: 11, endLine: 3, endColumn: 14, message: "文本中有 3 个不可见的控制字符（U+0000（NUL）、U+0001、U+007F（DEL）），应删除" },
      ],
      output: text,
    },
  ],
});
