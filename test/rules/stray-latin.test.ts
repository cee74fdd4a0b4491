import { ruleTester } from "../support/rule-tester.js";
import { strayLatin } from "../../rules/stray-latin.js";

ruleTester(strayLatin, {
  valid: [
    {
      name: "acronyms, names and allowed words",
      code: "通过QQ群、LED屏、APP、app、Wi-Fi、WiFi、5G网络、H5页面、PDF版、e-mail、Excel表格、WeChat公众号、iPhone发布信息。",
    },
    { name: "addresses, e-mail, domains, files", code: "网址http://www.example.gov.cn，邮箱abc@qq.com，域名example.com东湖街道，附件report.docx。" },
    { name: "units after numbers", code: "修建道路5 km，运送物资30kg，面积200m²。" },
    { name: "an English line (site name) is not inside Chinese prose", code: "Qinghe Town People's Government\n青禾镇2022年政府信息公开工作年度报告" },
    { name: "allow option", code: "办理foo事项。", options: { allow: ["foo"] } },
    { name: "placeholders are template-placeholder's", code: "xx镇" },
  ],
  invalid: [
    {
      name: "and between Chinese words",
      code: "新堡镇深入学习贯彻习近平新时代中国特色社会主义思想 and 党的精神。",
      errors: [{ messageId: "word", line: 1, column: 27, endLine: 1, endColumn: 30, message: "中文正文中夹杂英文「and」，应删除或改为中文" }],
    },
    {
      name: "words glued to Chinese",
      code: "我镇通过网站发布信息the通知，并在公告栏公示of公开内容。",
      errors: [
        { messageId: "word", line: 1, column: 11, endLine: 1, endColumn: 14 },
        { messageId: "word", line: 1, column: 24, endLine: 1, endColumn: 26 },
      ],
    },
    {
      name: "the allow option replaces the default list",
      code: "办理app事项。",
      options: { allow: ["foo"] },
      errors: [{ messageId: "word", line: 1, column: 3, endLine: 1, endColumn: 6 }],
    },
    {
      name: "pinyin glosses from a conversion tool on one line: one message with the count",
      code: "根據(jù)《條例》規(guī)定，數（shù）據(jù)如下。",
      errors: [{ messageId: "pinyinGloss", line: 1, column: 3, endLine: 1, endColumn: 30, message: "本行有 4 处拼音注音残留（如「據(jù)」），应删除括号内的拼音" }],
    },
    {
      name: "pinyin glosses on every line (one conversion defect): one message for the text, at the first line, with the counts",
      code: ["青禾鎮(zhèn)人民政府", "", "根據(jù)《條例》規(guī)定，現(xiàn)將情況報告如下。", "全年數(shù)據(jù)如下。"].join("\n"),
      errors: [
        {
          messageId: "pinyinGloss",
          line: 1,
          column: 4,
          endLine: 1,
          endColumn: 10,
          message: "文本中有 6 处拼音注音残留（分布在 3 行，自本行起；如「鎮(zhèn)」），应删除括号内的拼音",
        },
      ],
    },
    {
      name: "the same in English",
      locale: "en",
      code: ["青禾鎮(zhèn)人民政府", "", "根據(jù)《條例》規(guī)定，現(xiàn)將情況報告如下。", "全年數(shù)據(jù)如下。"].join("\n"),
      errors: [{ line: 1, column: 4, endLine: 1, endColumn: 10, message: "6 pinyin gloss(es) left by a conversion tool on 3 lines, from this one on (e.g. \"鎮(zhèn)\"): remove the bracketed pinyin" }],
    },
    {
      name: "English message",
      locale: "en",
      code: "思想 and 党的",
      errors: [{ line: 1, column: 4, endLine: 1, endColumn: 7, message: "English word \"and\" inside Chinese prose: remove it or write it in Chinese" }],
    },
  ],
});
