import { describe, it, expect } from "vitest";
import { ruleTester } from "../support/rule-tester.js";
import { lintText } from "../../src/core/linter.js";
import { regulationCitation } from "../../rules/regulation-citation.js";

const title = (year: number): string => `青禾镇${year}年政府信息公开工作年度报告\n`;
const notice2019 = "《关于政府信息公开工作年度报告有关事项的通知》";

ruleTester(regulationCitation, {
  valid: [
    {
      name: "the right citations, with spaces",
      code: `${title(2022)}根据《中华人民共和国政府信息公开条例》（国务院令 第 711 号）和《关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30 号）要求。`,
    },
    { name: "〔2019〕60号 for a 2020 report", code: `${title(2020)}根据${notice2019}（国办公开办函〔2019〕60号）要求。` },
    { name: "第492号 cited as history", code: `${title(2022)}条例于2007年4月5日国务院令第492号公布，2019年4月3日国务院令第711号修订。` },
    { name: "〔2019〕61号 cited as the platform notice", code: `${title(2022)}依据《关于规范政府信息公开平台有关事项的通知》（国办公开办函〔2019〕61号）建设平台。` },
    { name: "第三十二条 on another subject", code: `${title(2022)}依据《条例》第三十二条征求第三方意见。` },
    { name: "3月31日 for a town is not checked", code: `${title(2022)}按规定在3月31日前公布年度报告。` },
    { name: "a local document number", code: "根据东府办发〔2022〕6号文件。" },
    { name: "第492号 with the year it was issued", code: `${title(2022)}本镇认真学习2007年4月5日国务院令第492号，对照新旧条例查找差距。` },
    { name: "the 2019 notice by title in a 2020 report", code: `${title(2020)}按照《关于政府信息公开工作年度报告有关事项的通知》要求编制本报告。` },
    { name: "the 2019 notice by title, speaking of the 2020 report", code: `${title(2022)}2020年度报告依据《政府信息公开工作年度报告格式（试行）》编制。` },
    { name: "the 2019 notice by title with its number: the number is judged", code: `${title(2020)}依据《关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）编制。` },
    { name: "a local notice of a similar title", code: `${title(2022)}按照《关于做好2022年度政府信息公开工作年度报告有关事项的通知》要求编制本报告。` },
    { name: "the 2021 format by title", code: `${title(2022)}按照《中华人民共和国政府信息公开工作年度报告格式》编制。` },
    { name: "the 2019 notice by title, not as the basis", code: `${title(2022)}《关于政府信息公开工作年度报告有关事项的通知》已停止执行。` },
  ],
  invalid: [
    {
      name: "〔2020〕60号 in a 2020 report: fixed to 〔2019〕60号",
      code: `${title(2020)}根据${notice2019}（国办公开办函〔2020〕60号）要求。`,
      errors: [{ messageId: "noSuchNotice", line: 2, column: 27, endLine: 2, endColumn: 42 }],
      output: `${title(2020)}根据${notice2019}（国办公开办函〔2019〕60号）要求。`,
    },
    {
      name: "〔2020〕60号 in a 2022 report: not fixed (which notice was meant is unclear)",
      code: `${title(2022)}根据${notice2019}（国办公开办函〔2020〕60号）要求。`,
      errors: [{ messageId: "noSuchNotice", line: 2, column: 27, endLine: 2, endColumn: 42 }],
      output: null,
    },
    {
      name: "国办发〔2021〕30号 and 〔2019〕61号 as the format (the superseded 〔2019〕60号 beside them is citation-form's)",
      code: `${title(2022)}按照年度报告格式（国办发〔2021〕30号）编制；按照年度报告格式（国办公开办函〔2019〕61号）编制；依据年度报告格式（国办公开办函〔2019〕60号）编制。`,
      errors: [
        { messageId: "otherNotice", line: 2, column: 10, endLine: 2, endColumn: 22 },
        { messageId: "otherNotice", line: 2, column: 35, endLine: 2, endColumn: 50, message: "「国办公开办函〔2019〕61号」是另一份文件（关于规范政府信息公开平台有关事项的通知），不是年度报告格式通知；应为国办公开办函〔2021〕30号" },
      ],
      output: `${title(2022)}按照年度报告格式（国办公开办函〔2021〕30号）编制；按照年度报告格式（国办公开办函〔2019〕61号）编制；依据年度报告格式（国办公开办函〔2019〕60号）编制。`,
    },
    {
      name: "a 2020 report citing the 2021 notice",
      code: `${title(2020)}依据年度报告格式（国办公开办函〔2021〕30号）编制。`,
      errors: [{ messageId: "notYetIssued", line: 2, column: 10, endLine: 2, endColumn: 25 }],
      output: null,
    },
    {
      name: "国务院令第492号 as the current regulation",
      code: `${title(2022)}根据《中华人民共和国政府信息公开条例》（国务院令第492号）规定。`,
      errors: [{ messageId: "oldDecree", line: 2, column: 21, endLine: 2, endColumn: 30 }],
      output: `${title(2022)}根据《中华人民共和国政府信息公开条例》（国务院令第711号）规定。`,
    },
    {
      name: "第492号 in a sentence that publishes the report: 公布 is not the decree's",
      code: `${title(2022)}根据《中华人民共和国政府信息公开条例》（国务院令第492号）规定，现公布本镇2022年度报告。`,
      errors: [{ messageId: "oldDecree", line: 2, column: 21, endLine: 2, endColumn: 30, severity: 2 }],
      output: `${title(2022)}根据《中华人民共和国政府信息公开条例》（国务院令第711号）规定，现公布本镇2022年度报告。`,
    },
    {
      name: "第492号 in a sentence that mentions 修订 of something else",
      code: `${title(2023)}依照《条例》（国务院令第492号）修订完善公开指南并发布。`,
      errors: [{ messageId: "oldDecree", line: 2, column: 8, endLine: 2, endColumn: 17 }],
      output: `${title(2023)}依照《条例》（国务院令第711号）修订完善公开指南并发布。`,
    },
    {
      name: "the 2007 articles on the annual report",
      code: `${title(2022)}根据《条例》第三十一条规定，现公布年度报告。按《条例》第三十二条，年度报告包括六方面内容。`,
      errors: [
        { messageId: "oldArticle", line: 2, column: 7, endLine: 2, endColumn: 12, message: "「第三十一条」是2007年旧条例的条文，现行条例对应第四十九条" },
        { messageId: "oldArticle", line: 2, column: 28, endLine: 2, endColumn: 33 },
      ],
      output: `${title(2022)}根据《条例》第四十九条规定，现公布年度报告。按《条例》第五十条，年度报告包括六方面内容。`,
    },
    {
      name: "3月31日 as a department's deadline",
      code: "东湖县市场监督管理局2022年政府信息公开工作年度报告\n按照条例，各级行政机关应当在每年3月31日前公布年度报告。",
      errors: [{ messageId: "oldDeadline", line: 2, column: 17, endLine: 2, endColumn: 22 }],
      output: null,
    },
    {
      name: "English message",
      locale: "en",
      code: `${title(2022)}依据年度报告格式（国办公开办函〔2020〕60号）编制。`,
      errors: [{ line: 2, column: 10, endLine: 2, endColumn: 25, message: /^"国办公开办函〔2020〕60号" does not exist: the format notice is 国办公开办函〔2019〕60号/ }],
      output: null,
    },
  ],
});

describe("a long sentence of many citations", () => {
  // Regression (fuzz/scaling work): the sentence around each citation was scanned and searched
  // again for every citation in it, which was quadratic. Every citation is still judged by its sentence.
  const lint = (code: string) => lintText(code, { filePath: "report.txt", resolved: { rules: { "regulation-citation": [2] }, settings: {}, locale: "zh" } });
  const many = "国务院令第492号、".repeat(3000);

  it("a sentence that gives the history reports none of them", () => {
    expect(lint(`${title(2022)}${many}和2019年国务院令第711号修订。`)).toEqual([]);
  });

  it("a sentence citing the old decree reports each one", () => {
    const messages = lint(`${title(2022)}根据${many}规定。`);
    expect(messages).toHaveLength(3000);
    expect(messages.every((m) => m.messageId === "oldDecree")).toBe(true);
    expect(messages[2999]).toMatchObject({ line: 2, column: 3 + 2999 * 10 });
  });
});
