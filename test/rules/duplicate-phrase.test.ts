import { ruleTester } from "../support/rule-tester.js";
import { duplicatePhrase } from "../../rules/duplicate-phrase.js";

ruleTester(duplicatePhrase, {
  valid: [
    { name: "AABB and AA reduplication", code: "一、总体情况\n青禾镇坚持常常学习，人人参与，层层落实，家家户户知晓，年年开展，事事有回音。" },
    { name: "ABAB verbs and numeral + measure", code: "我们要研究研究，再讨论讨论，一个一个地整改，一步一步推进，一一答复。" },
    { name: "的的确确, 实实在在, 不了了之, X县县委, 县县通", code: "的的确确、实实在在地推进，决不让问题不了了之；东湖县县委、县政府高度重视，实现县县通公交。" },
    { name: "function words meeting across a word boundary", code: "为了了解情况，以公开为目的的活动，现在在推进，社会祥和和稳定，群众参与与监督，以及及时回应。" },
    { name: "numbers, table rows and the title line", code: "青禾镇人民政府2022年政府信息公开 公开工作年度报告\n2020 2020\n规章\t0\t0\t0" },
    { name: "a heading followed by a line starting with the same words", code: "（三）政府信息管理\n政府信息管理规范有序，制度健全。" },
    // The last copy starts a word with the character after it: removing a copy would delete a real word.
    { name: "the doubled piece starts a word (公开栏, 信息化)", code: "在政务公开公开栏张贴信息，推进政务信息信息化建设。" },
    { name: "…also across a space", code: "更新政务公开 公开栏内容。" },
    { name: "allow option", code: "定期走访走访群众。", options: { allow: ["走访"] } },
    // Long legitimate repeats: each is judged once, not walked to its end from every position
    // (that was quadratic — 100 KB of 2021年 took seconds). Regression for the fuzz/scaling work.
    { name: "a long repeat of a copy that is not all Han (2021年 × 20000)", code: "2021年".repeat(20000) },
    { name: "a long run of one character (哈 × 50000, 县 × 50000)", code: "哈".repeat(50000) + "。" + "县".repeat(50000) + "。" },
    { name: "a long run of list markers joined across lines (一、 × 20000)", code: "一、\n".repeat(20000) },
  ],
  invalid: [
    {
      name: "安排安排",
      code: "组织召开政务公开安排安排部署会议。",
      errors: [{ messageId: "doubled", line: 1, column: 9, endLine: 1, endColumn: 13, message: "「安排」重复：「安排安排」应为「安排」" }],
      output: "组织召开政务公开安排部署会议。",
    },
    {
      name: "工作工作",
      code: "栏目有通知公告、党建工作工作等。",
      errors: [{ messageId: "doubled", line: 1, column: 11, endLine: 1, endColumn: 15 }],
      output: "栏目有通知公告、党建工作等。",
    },
    {
      name: "the last copy may start a word (公开网) or stand alone: reported without a fix",
      code: "通过政务公开公开网发布。",
      errors: [{ messageId: "doubled", line: 1, column: 5, endLine: 1, endColumn: 9 }],
      output: null,
    },
    {
      name: "县县人民政府",
      code: "根据《东湖县县人民政府办公室关于做好年报工作的通知》要求，",
      errors: [{ messageId: "doubledUnit", line: 1, column: 6, endLine: 1, endColumn: 8, message: "「县」重复：「县县人民政府」应为「县人民政府」" }],
      output: "根据《东湖县人民政府办公室关于做好年报工作的通知》要求，",
    },
    {
      name: "的的, 了了 and 在在",
      code: "加强的的管理，完成了了任务，在在线平台公开。",
      errors: [
        { messageId: "doubled", line: 1, column: 3, endLine: 1, endColumn: 5 },
        { messageId: "doubled", line: 1, column: 10, endLine: 1, endColumn: 12 },
        { messageId: "doubled", line: 1, column: 15, endLine: 1, endColumn: 17 },
      ],
      output: "加强的管理，完成了任务，在线平台公开。",
    },
    {
      name: "across a pasted line break: the second copy goes",
      code: "本镇持续推进政务公开，深化政府信息\n\n信息公开工作，成效明显。",
      errors: [{ messageId: "doubled", line: 1, column: 16, endLine: 3, endColumn: 3 }],
      output: "本镇持续推进政务公开，深化政府信息\n\n公开工作，成效明显。",
    },
    {
      name: "across a space",
      code: "全面推进政务公开 公开工作。",
      errors: [{ messageId: "doubled", line: 1, column: 7, endLine: 1, endColumn: 12 }],
      output: "全面推进政务公开工作。",
    },
    {
      name: "three copies are fixed in one pass",
      code: "安排安排安排部署。",
      errors: [{ messageId: "doubled", line: 1, column: 1, endLine: 1, endColumn: 7, message: "「安排」重复：「安排安排安排」应为「安排」" }],
      output: "安排部署。",
    },
    {
      name: "a phrase repeated many times: the message shows the ends of the repeat, not all of it",
      code: "做好" + "信息公开".repeat(30) + "工作。",
      errors: [
        {
          messageId: "doubled",
          line: 1,
          column: 3,
          endLine: 1,
          endColumn: 123,
          message: "「信息公开」重复：「信息公开信息公开信息公开信息公开信息公…息公开信息公开信息公开信息公开信息公开」应为「信息公开」",
        },
      ],
      output: "做好信息公开工作。",
    },
    {
      name: "a longer phrase",
      code: "推进政府信息公开政府信息公开工作。",
      errors: [{ messageId: "doubled", line: 1, column: 3, endLine: 1, endColumn: 15 }],
      output: "推进政府信息公开工作。",
    },
    {
      // One finding, on the last copies: earlier positions see a longer all-县 phrase repeated
      // (县县…县 twice), which is not a doubled word.
      name: "a long run of a unit character before 人民政府 is one finding",
      code: "县".repeat(50000) + "人民政府",
      errors: [{ messageId: "doubledUnit", line: 1, column: 49998, endLine: 1, endColumn: 50001 }],
      output: "县".repeat(49998) + "人民政府",
    },
    {
      name: "without the allow option",
      code: "定期走访走访群众。",
      errors: [{ messageId: "doubled", line: 1, column: 3, endLine: 1, endColumn: 7 }],
      output: "定期走访群众。",
    },
    {
      name: "English message",
      locale: "en",
      code: "组织召开政务公开安排安排部署会议。",
      errors: [{ line: 1, column: 9, endLine: 1, endColumn: 13, message: "\"安排\" is doubled: \"安排安排\" should read \"安排\"" }],
      output: "组织召开政务公开安排部署会议。",
    },
  ],
});
