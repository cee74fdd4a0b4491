import type { Rule } from "../src/core/types.js";
import { ruleDocsUrl } from "../src/core/docs-url.js";
import { CITATION_FINDINGS, citationFindings } from "../src/model/text/citations.js";

const OWN = new Set<string>(CITATION_FINDINGS["regulation-citation"]);

/**
 * Citations that are wrong (spec §1, §7; errors): a format notice that does not exist (国办公开办函
 * 〔2020〕60号) or is another document (〔2019〕61号, 国办发〔2021〕30号), the 2021 notice in a 2019/2020
 * report, the 2007 regulation (国务院令第492号) as the one in force, its articles 第三十一条 and
 * 第三十二条, and its 3月31日 deadline for departments. A citation that is only superseded or
 * non-standard in form is citation-form's warning.
 */
export const regulationCitation: Rule = {
  meta: {
    id: "regulation-citation",
    type: "problem",
    docs: {
      name: "引用错误",
      nameEn: "Wrong citations",
      description: "引用的条例、格式通知有误（不存在、另有所指或已废止）",
      descriptionEn: "A wrong citation of the regulation or the format notice (one that does not exist, is another document or is repealed)",
      url: ruleDocsUrl("regulation-citation"),
    },
    defaultSeverity: "error",
    fixable: "code",
    messages: {
      noSuchNotice: {
        zh: "「{{written}}」不存在：年度报告格式通知是国办公开办函〔2019〕60号（2019、2020年度报告）或国办公开办函〔2021〕30号（2021年度起）",
        en: "\"{{written}}\" does not exist: the format notice is 国办公开办函〔2019〕60号 (2019 and 2020 reports) or 国办公开办函〔2021〕30号 (from the 2021 reports)",
      },
      otherNotice: {
        zh: "「{{written}}」是另一份文件（{{what}}），不是年度报告格式通知；应为{{right}}",
        en: "\"{{written}}\" is another document ({{what}}), not the annual report format notice; it should be {{right}}",
      },
      notYetIssued: {
        zh: "{{year}}年度报告不应引用「{{written}}」（2021年9月印发，自2021年度报告起适用），应为国办公开办函〔2019〕60号",
        en: "A {{year}} report cannot follow \"{{written}}\" (issued September 2021, for the reports from 2021 on); it should be 国办公开办函〔2019〕60号",
      },
      oldDecree: {
        zh: "「{{written}}」是2007年公布的旧条例，现行条例为2019年修订的国务院令第711号",
        en: "\"{{written}}\" is the 2007 regulation; the regulation in force is the 2019 revision, 国务院令第711号",
      },
      oldArticle: {
        zh: "「{{written}}」是2007年旧条例的条文，现行条例对应第{{article}}条",
        en: "\"{{written}}\" is an article of the 2007 regulation; the regulation in force has it as 第{{article}}条",
      },
      oldDeadline: {
        zh: "「3月31日」是旧条例对各级行政机关的期限；现行条例第四十九条规定县级以上人民政府部门应在每年1月31日前公布年度报告",
        en: "3月31日 is the 2007 deadline for all bodies; under 第四十九条 a department must publish its report by 1月31日",
      },
    },
  },
  create(context) {
    for (const f of citationFindings(context.model)) if (OWN.has(f.messageId)) context.report(f);
  },
};
