import type { Rule } from "../src/core/types.js";
import { ruleDocsUrl } from "../src/core/docs-url.js";

/**
 * The report year could not be found: say so once, naming the checks that need it, instead of
 * skipping them in silence. The year is read from the title, else from the statistics period
 * (never from the publication date, spec §1); settings.reportYear supplies it, and then nothing is
 * reported. Its own rule (a warning) because format-version, which needs the year most, is an
 * error rule, and a finding's severity follows its rule.
 */
export const reportYear: Rule = {
  meta: {
    id: "report-year",
    type: "suggestion",
    docs: {
      name: "报告年度",
      nameEn: "Report year",
      description: "应能从标题或统计期间确定报告年度（否则依赖年度的检查无法进行）",
      descriptionEn: "The report year must be found in the title or the statistics period (else the checks that need it cannot run)",
      url: ruleDocsUrl("report-year"),
    },
    defaultSeverity: "warn",
    messages: {
      noYear: {
        zh: "无法确定报告年度（{{why}}），依赖年度的检查没有进行：表格格式是否与年度相符（format-version）、格式通知是否适用于该年度（regulation-citation、citation-form）；年份一致性（year-consistency）只比较了正文中出现的年份。请在标题中写明年度，或在配置中设置 settings.reportYear",
        en: "The report year cannot be found ({{whyEn}}), so the checks that need it did not run: whether the tables follow the year's format (format-version) and whether the cited notices apply to that year (regulation-citation, citation-form); year-consistency compared only the years in the text. Write the year in the title, or set settings.reportYear in the configuration",
      },
    },
  },
  create(context) {
    const { model } = context;
    if (model.year) return; // from the title, the period, or settings.reportYear
    // No section and no table: not a report (an empty file, a stray page); nothing could be checked
    // anyway, and required-sections says what is missing.
    const { t2, t3, t4 } = model.tables;
    if (!model.sections.length && !t2 && !t3 && !t4) return;
    const title = model.title;
    const why = title
      ? { why: "标题中没有可识别的年份，也没有统计期间", whyEn: "the title has no year that can be read, and there is no statistics period" }
      : { why: "没有找到标题，也没有统计期间", whyEn: "no title was found, and there is no statistics period" };
    // At the title; without one, at line 1 (its text, or the empty start of the text).
    const text = context.sourceCode.text;
    const lineEnd = text.search(/\r?\n|\r/);
    const loc = title ? { start: title.start, end: title.end } : { start: 0, end: lineEnd < 0 ? text.length : lineEnd };
    context.report({ messageId: "noYear", data: why, loc });
  },
};
