import { ruleTester } from "../support/rule-tester.js";
import { contactInfo } from "../../rules/contact-info.js";

ruleTester(contactInfo, {
  valid: [
    {
      name: "well-formed numbers",
      code: "联系电话：0955-5790010、13912345678，传真：(0955)5790011，热线：12345，服务电话：400-123-4567，电话：5790010，电话：09555790010，邮政编码：751100。",
    },
    { name: "counts after 电话 and an extension", code: "受理电话咨询61人次，电话：0955-5790010-801。" },
    { name: "e-mail and web addresses", code: "电子邮箱：qhzf@163.com，网址：http://www.example.gov.cn/xxgk/，www.example.gov.cn。" },
    { name: "traditional labels", code: "郵編:711405;聯系電話:0914-4261352;傳真:0914-4261396" },
  ],
  invalid: [
    {
      name: "a 7-digit postal code (the phone number is fine)",
      code: "（地址：青禾镇中心街1号；邮编：7555100；电话：09555790010）",
      errors: [{ messageId: "postcode", line: 1, column: 17, endLine: 1, endColumn: 24, message: "邮政编码「7555100」应为 6 位数字，此处为 7 位" }],
    },
    {
      name: "phone numbers of impossible length",
      code: "电话：0955-579001，手机：1391234567，电话：095557900101234，邮编：75510。",
      errors: [
        { messageId: "phone", line: 1, column: 4, endLine: 1, endColumn: 15, message: "电话号码「0955-579001」无法拨打：区号后的号码应为 7–8 位，此处为 6 位" },
        { messageId: "phone", line: 1, column: 19, endLine: 1, endColumn: 29 },
        { messageId: "phone", line: 1, column: 33, endLine: 1, endColumn: 48 },
        { messageId: "postcode", line: 1, column: 52, endLine: 1, endColumn: 57 },
      ],
    },
    {
      name: "malformed e-mail addresses",
      code: "电子邮箱：qhzf@163.com；电子邮箱：qhzf@163；邮箱：qhzf＠163．com。",
      errors: [
        { messageId: "email", line: 1, column: 24, endLine: 1, endColumn: 32 },
        { messageId: "email", line: 1, column: 36, endLine: 1, endColumn: 48 },
      ],
    },
    {
      name: "malformed web addresses",
      code: "网址：http://www.example.gov.cn；网站：http//www.example.gov.cn；www,example,gov,cn。",
      errors: [
        { messageId: "url", line: 1, column: 33, endLine: 1, endColumn: 57 },
        { messageId: "url", line: 1, column: 58, endLine: 1, endColumn: 76 },
      ],
    },
    {
      // Each start inside the run once rescanned to its end and quoted all of it (cubic time, megabytes of output).
      name: "a long run of addresses joined by commas is one address, quoted in a bounded excerpt",
      code: "网址：" + "，http://".repeat(400),
      errors: [{ messageId: "url", line: 1, column: 5, endLine: 1, endColumn: 4 + 8 * 400, message: /^网址「http:\/\/，http:\/\/.{1,80}」格式有误/ }],
    },
    {
      name: "English message",
      locale: "en",
      code: "邮编：7555100",
      errors: [{ line: 1, column: 4, endLine: 1, endColumn: 11, message: "Postal code \"7555100\" should have 6 digits, not 7" }],
    },
  ],
});
