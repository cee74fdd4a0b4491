import { ruleTester } from "../support/rule-tester.js";
import { foreignPlaceName } from "../../rules/foreign-place-name.js";

// Invented report text about real divisions (the rule needs them in the gazetteer):
// 浙江省湖州市安吉县 天子湖镇 (the body), 孝丰镇 / 溪龙乡 / 梅溪镇 (same county; 梅溪镇 has three
// namesakes elsewhere), 长兴县 和平镇 / 南浔区 练市镇 (same city, other county), 甘肃省兰州市皋兰县
// 什川镇 and 永登县 苦水镇 (another province), 广西 武宣县 东乡镇 (unique), 城关镇 (88 homes, none in
// 湖州市), 广东 乐昌市 北乡镇.
const TITLE = "安吉县天子湖镇人民政府2022年政府信息公开工作年度报告";
const report = (...lines: string[]): string => [TITLE, "一、总体情况", ...lines].join("\n");

ruleTester(foreignPlaceName, {
  valid: [
    { name: "the body and its parents", code: report("2022年，天子湖镇按照浙江省、湖州市、安吉县的部署，认真落实《条例》。", "天子湖镇人民政府", "2023年1月20日") },
    { name: "a full path to the body", code: report("地址：浙江省湖州市安吉县天子湖镇人民政府。") },
    { name: "townships of the same county", code: report("会同孝丰镇、溪龙乡召开政务公开现场会。") },
    { name: "a name shared with the body's county (梅溪镇 ×4, one in 安吉县)", code: report("组织人员到梅溪镇观摩政务公开专区。") },
    { name: "same city, other county: not reported by default", code: report("参照长兴县做法，与练市镇同步更新公开栏。") },
    { name: "cooperation: 东西部协作 / 结对帮扶", code: report("深化东西部协作，与苦水镇开展结对帮扶。", "赴皋兰县考察学习政务公开标准化工作。") },
    { name: "compound after the suffix: 平安镇村 is 平安 + 镇村", code: report("推进平安镇村建设，公开各类信息12条。") },
    { name: "乡镇 after another word: 湖北乡镇 is 湖北 + 乡镇", code: report("学习湖北乡镇企业信息公开经验。") },
    { name: "a modifier and a common noun: 新城区, 古城镇", code: report("在新城区建设中及时公开征收信息，加强古城镇保护。") },
    { name: "a common name inside a phrase (城关镇 ×88)", code: report("支持城关镇片区改造。") },
    { name: "two-character names are skipped (乌镇)", code: report("参加乌镇峰会相关信息发布。") },
    { name: "provinces are never foreign", code: report("按照甘肃省、广西壮族自治区经验做法，完善制度。") },
    { name: "a city of the same province", code: report("参加杭州市举办的政务公开培训。") },
    { name: "settings.allowPlaces", code: report("努力在东乡镇形成良好氛围。"), settings: { allowPlaces: ["东乡镇"] } },
    { name: "option allow (full path)", code: report("邀请甘肃省兰州市皋兰县什川镇参加。"), options: { allow: ["甘肃省兰州市皋兰县什川镇"] } },
    { name: "an unknown body: nothing can be judged", code: ["青禾镇人民政府2022年政府信息公开工作年度报告", "一、总体情况", "努力在东乡镇形成良好氛围。"].join("\n") },
    {
      name: "an ambiguous body (和平镇 ×17) and a name near one of its homes (什川镇, same city as 榆中县和平镇)",
      code: ["和平镇人民政府2022年政府信息公开工作年度报告", "一、总体情况", "努力在什川镇形成良好氛围。"].join("\n"),
    },
    {
      name: "a township the text places in its county, missing there in 2023 (renamed or merged)",
      code: report("原安吉县东乡镇片区纳入公开范围。"),
    },
    { name: "a department of the county: townships of the county are inside", code: ["安吉县卫生健康局2022年政府信息公开工作年度报告", "一、总体情况", "指导孝丰镇卫生院公开收费信息。"].join("\n") },
    { name: "traditional script: 縣 read as 县, other characters unknown", code: report("安吉縣天子湖鎮認真落實。") },
    // A place the body went to or learned from is no template leftover.
    { name: "a training held elsewhere (参加…举办的培训)", code: report("组织干部参加了武宣县举办的政务公开业务培训。") },
    { name: "an event held there (参加在…召开的会议)", code: report("参加在武宣县召开的政务公开工作会议。") },
    { name: "a study visit (赴…学习, 到…调研, 前往…参观)", code: report("赴东乡镇学习政务公开专区建设经验。", "到苦水镇调研基层政务公开标准化工作。", "组织人员前往什川镇参观学习。") },
    { name: "learning from a place (向…学习, 学习…的做法)", code: report("主动向东乡镇学习，借鉴其好的做法。", "认真学习北乡镇的经验。") },
    { name: "generic words are no place names: 外市, 外省, 外地, 外县", code: report("参加了外市举办的培训。", "外省、外地、外县申请人提出申请3件。", "湖州市外县区的申请人2人。") },
  ],
  invalid: [
    {
      name: "another province's township (the template's body)",
      code: report("努力在东乡镇形成各级干部认真抓好政府信息公开的社会氛围。"),
      errors: [
        {
          messageId: "foreign",
          line: 3,
          column: 4,
          endLine: 3,
          endColumn: 7,
          message: "「东乡镇」（位于广西壮族自治区来宾市武宣县）不在本报告单位（浙江省湖州市安吉县天子湖镇）辖区内，可能是套用其他单位报告的遗留，应改为本单位名称",
        },
      ],
    },
    {
      name: "in a document title: 《…》 is not skipped",
      code: report("制定了《东乡镇政务公开工作实施方案》。"),
      errors: [{ messageId: "foreign", line: 3, column: 5, endLine: 3, endColumn: 8 }],
    },
    {
      name: "the body's own work placed in a foreign township is still reported, even with a training word",
      code: report("东乡镇组织学习《条例》。", "深入到东乡镇各村开展宣传。", "东乡镇干部参加了县里举办的培训。"),
      errors: [
        { messageId: "foreign", line: 3, column: 1, endLine: 3, endColumn: 4 },
        { messageId: "foreign", line: 4, column: 4, endLine: 4, endColumn: 7 },
        { messageId: "foreign", line: 5, column: 1, endLine: 5, endColumn: 4 },
      ],
    },
    {
      name: "a name with two homes, both elsewhere; an administration word after it",
      code: report("什川镇人民政府认真贯彻落实《条例》。"),
      errors: [{ messageId: "foreign", line: 3, column: 1, endLine: 3, endColumn: 4, message: /^「什川镇」（位于甘肃省兰州市皋兰县、.+）不在本报告单位/ }],
    },
    {
      name: "a common name (城关镇 ×88) starting a clause",
      code: report("2022年，城关镇认真贯彻落实《条例》。"),
      errors: [{ messageId: "foreign", line: 3, column: 7, endLine: 3, endColumn: 10, message: /等88处/ }],
    },
    {
      name: "a county and a city of another province",
      code: report("在兰州市委、市政府的坚强领导下，按照皋兰县政务公开工作要点开展工作。"),
      errors: [
        { messageId: "foreign", line: 3, column: 2, endLine: 3, endColumn: 5 },
        { messageId: "foreign", line: 3, column: 19, endLine: 3, endColumn: 22 },
      ],
    },
    {
      name: "a chain of names is reported once, as a whole",
      code: report("地址：甘肃省兰州市皋兰县什川镇。"),
      errors: [{ messageId: "foreign", line: 3, column: 4, endLine: 3, endColumn: 16, message: /^「甘肃省兰州市皋兰县什川镇」/ }],
    },
    {
      name: "option sameCity: townships and counties of the same city",
      options: { sameCity: true },
      code: report("在长兴县推进，与练市镇同步更新公开栏。"),
      errors: [
        { messageId: "sameCity", line: 3, column: 2, endLine: 3, endColumn: 5, message: "「长兴县」（位于浙江省湖州市）属同市其他县（区），不在本报告单位（浙江省湖州市安吉县天子湖镇）辖区内，请核实" },
        { messageId: "sameCity", line: 3, column: 9, endLine: 3, endColumn: 12 },
      ],
    },
    {
      name: "an ambiguous body narrowed by the county the report names (和平镇 → 长兴县和平镇)",
      code: ["和平镇人民政府2022年政府信息公开工作年度报告", "一、总体情况", "在长兴县委、县政府领导下，努力在什川镇形成良好氛围。"].join("\n"),
      errors: [{ messageId: "foreign", line: 3, column: 17, endLine: 3, endColumn: 20, message: /本报告单位（浙江省湖州市长兴县和平镇）/ }],
    },
    {
      name: "settings.organization and settings.county when the report names no body",
      settings: { organization: "和平镇", county: "长兴县" },
      code: ["一、总体情况", "努力在什川镇形成良好氛围。"].join("\n"),
      errors: [{ messageId: "foreign", line: 2, column: 4, endLine: 2, endColumn: 7 }],
    },
    {
      name: "a county department",
      code: ["安吉县卫生健康局2022年政府信息公开工作年度报告", "一、总体情况", "指导东乡镇卫生院公开收费信息。"].join("\n"),
      errors: [{ messageId: "foreign", line: 3, column: 3, endLine: 3, endColumn: 6, message: /本报告单位（浙江省湖州市安吉县）/ }],
    },
    {
      name: "Markdown: a table cell",
      filename: "report.md",
      code: ["# 安吉县天子湖镇2022年政府信息公开工作年度报告", "", "| 单位 | 条数 |", "| --- | --- |", "| 北乡镇 | 3 |"].join("\n"),
      errors: [{ messageId: "foreign", line: 5, column: 3, endLine: 5, endColumn: 6 }],
    },
    {
      name: "English messages",
      locale: "en",
      code: report("努力在东乡镇形成良好氛围。"),
      errors: [
        {
          line: 3,
          column: 4,
          endLine: 3,
          endColumn: 7,
          message: "\"东乡镇\" (in 广西壮族自治区来宾市武宣县) lies outside 浙江省湖州市安吉县天子湖镇, the body this report is about; probably left from another body's report: use this body's name",
        },
      ],
    },
  ],
});
