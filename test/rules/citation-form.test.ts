import { ruleTester } from "../support/rule-tester.js";
import { citationForm } from "../../rules/citation-form.js";

const title = (year: number): string => `青禾镇${year}年政府信息公开工作年度报告\n`;
const notice2019 = "《关于政府信息公开工作年度报告有关事项的通知》";

ruleTester(citationForm, {
  valid: [
    {
      name: "the right citations, with spaces",
      code: `${title(2022)}根据《中华人民共和国政府信息公开条例》（国务院令 第 711 号）和《关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30 号）要求。`,
    },
    { name: "〔2019〕60号 for a 2020 report", code: `${title(2020)}根据${notice2019}（国办公开办函〔2019〕60号）要求。` },
    { name: "a local document number", code: "根据东府办发〔2022〕6号文件。" },
    { name: "a notice that does not exist is regulation-citation's error, not a form", code: `${title(2022)}依据年度报告格式（国办公开办函〔2020〕60号）编制。` },
  ],
  invalid: [
    {
      name: "the 2019 notice by number as a 2022 report's basis",
      code: `${title(2022)}依据年度报告格式（国办公开办函〔2019〕60号）编制。`,
      errors: [{ messageId: "superseded", severity: 1, line: 2, column: 10, endLine: 2, endColumn: 25, message: "2022年度报告应依据国办公开办函〔2021〕30号，「国办公开办函〔2019〕60号」只适用于2019、2020年度报告" }],
      output: null,
    },
    {
      name: "the 2019 notice and its format cited by title as a 2021+ report's basis: a warning",
      code: `${title(2021)}按照《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》要求编制。依据《中华人民共和国政府信息公开工作年度报告格式 (试行)》填报统计表。`,
      errors: [
        {
          messageId: "supersededTitle",
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 44,
          severity: 1,
          message: "2021年度报告应依据国办公开办函〔2021〕30号，「《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》」（国办公开办函〔2019〕60号）只适用于2019、2020年度报告",
        },
        { messageId: "supersededTitle", line: 2, column: 51, endLine: 2, endColumn: 79, severity: 1 },
      ],
      output: null,
    },
    {
      name: "non-standard decree forms",
      code: "根据《中华人民共和国政府信息公开条例》（国务院令711号）、（国务院第711号令）规定。",
      errors: [
        { messageId: "decreeForm", line: 1, column: 21, endLine: 1, endColumn: 29, message: "条例令号写法不规范：「国务院令711号」应为「国务院令第711号」" },
        { messageId: "decreeForm", line: 1, column: 32, endLine: 1, endColumn: 41 },
      ],
      output: "根据《中华人民共和国政府信息公开条例》（国务院令第711号）、（国务院令第711号）规定。",
    },
    {
      name: "document-number brackets",
      code: "根据东府办发[2022]3号、东府办发【2022】4号、东府办发(2022)5号、东府办函〔20241号文件。",
      errors: [
        { messageId: "bracket", line: 1, column: 7, endLine: 1, endColumn: 13, message: "文号年份应使用六角括号〔〕：「东府办发[2022]3号」应为「东府办发〔2022〕3号」" },
        { messageId: "bracket", line: 1, column: 20, endLine: 1, endColumn: 26 },
        { messageId: "bracket", line: 1, column: 33, endLine: 1, endColumn: 39 },
        { messageId: "unclosed", line: 1, column: 42, endLine: 1, endColumn: 53, message: "文号「东府办函〔20241号」缺少「〕」，年份与序号连在一起，应形如「东府办函〔2024〕N号」" },
      ],
      output: "根据东府办发〔2022〕3号、东府办发〔2022〕4号、东府办发〔2022〕5号、东府办函〔20241号文件。",
    },
    {
      name: "English message",
      locale: "en",
      code: "（国务院令711号）",
      errors: [{ line: 1, column: 2, endLine: 1, endColumn: 10, message: "Non-standard decree number \"国务院令711号\": write 国务院令第711号" }],
      output: "（国务院令第711号）",
    },
  ],
});
