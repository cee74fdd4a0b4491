// Timing of each rule on runs of adversarial tokens at n and 10n characters: a rule whose time grows
// much faster than its input (a rescan from every start, a message quoting the whole run) shows here.
import { performance } from "node:perf_hooks";
import { buildModel, defaultRegistry } from "../../src/core/linter.js";
import { SourceCode } from "../../src/core/source-code.js";
import type { ReportModel, Rule, RuleContext } from "../../src/core/types.js";

/** What the rules' patterns look for: digits, dots, years, brackets, citations, addresses, marks, punctuation. */
export const tokens = [
  "1", "１", ".", "年", "〔", "〕", "《", "》", "第1条", "第二十条第", "http://", "www.", "，http://", "@", "十〇", "〇", "XX", "××", "某",
  "，", "。", "、", "（", "）", "：", "电话：", "邮编：", "-", " ", "件", "共", "a", "镇", "一、", "政府信息公开", "\t",
];

/** The tokens paired with each other in the quick run (`npm test`); `npm run fuzz` pairs them all. */
export const quickPairTokens = ["1", ".", "年", "〔", "《", "第1条", "http://", "@", "十〇", "XX", "某", "，", "\t", "件", "电话："];

/** Every token alone and every ordered pair of tokens from `pairFrom`. */
export function units(pairFrom: string[] = tokens): string[] {
  const out = [...tokens];
  for (const a of pairFrom) for (const b of pairFrom) if (a !== b) out.push(a + b);
  return out;
}

/** A short report whose body holds one run of `unit` repeated to about `size` characters. */
export function hostileReport(unit: string, size: number): string {
  const run = unit.repeat(Math.max(1, Math.ceil(size / unit.length)));
  return `某某县人民政府2023年政府信息公开工作年度报告\n\n一、总体情况\n\n${run}\n\n二、主动公开政府信息情况\n\n本年共主动公开信息12条。\n`;
}

/** Milliseconds one rule takes on a prebuilt model (best of `repeat`, to keep the noise of a shared machine out). */
export function timeRule(rule: Rule, text: string, model: ReportModel, repeat = 3): number {
  const sourceCode = new SourceCode(text);
  let best = Infinity;
  for (let r = 0; r < repeat; r++) {
    let messageChars = 0;
    const context: RuleContext = {
      id: rule.meta.id,
      options: rule.meta.defaultOptions ?? {},
      settings: {},
      filePath: "report.txt",
      locale: "zh",
      sourceCode,
      model,
      previous: model,
      previousFilePath: "previous.txt",
      report(d) {
        // Messages are part of the cost: a message quoting the whole run makes the output quadratic.
        for (const v of Object.values(d.data ?? {})) messageChars += String(v).length;
      },
    };
    const t0 = performance.now();
    rule.create(context)?.end?.();
    best = Math.min(best, performance.now() - t0 + messageChars * 1e-6);
  }
  return best;
}

/** Milliseconds to build the report model (decode aside): every rule pays it once per file. */
export function timeModel(text: string, repeat = 3): number {
  let best = Infinity;
  for (let r = 0; r < repeat; r++) {
    const t0 = performance.now();
    buildModel(text, { filePath: "report.txt" });
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

export interface Growth {
  /** A rule id, or "(model)" for building the report model. */
  subject: string;
  unit: string;
  small: number;
  large: number;
  ratio: number;
}

export const MODEL = "(model)";

/**
 * Each rule's (and the model's) growth from `size` to 10×`size` characters, for every unit whose
 * growth exceeds `limit`: confirmed by measuring again with more repeats, since one slow sample on
 * a shared machine is not a trend. Times below `floorMs` count as `floorMs` (timer noise on tiny inputs).
 */
export function excessiveGrowth(size: number, floorMs: number, limit: number, unitList: string[]): Growth[] {
  const rules = [...defaultRegistry.values()];
  const found: Growth[] = [];
  for (const unit of unitList) {
    const smallText = hostileReport(unit, size);
    const largeText = hostileReport(unit, size * 10);
    const growth = (subject: string, measure: (text: string, model: ReportModel, repeat: number) => number, smallModel: ReportModel, largeModel: ReportModel): void => {
      let small = Math.max(floorMs, measure(smallText, smallModel, 3));
      let large = Math.max(floorMs, measure(largeText, largeModel, 3));
      if (large / small > limit) {
        small = Math.max(floorMs, measure(smallText, smallModel, 7));
        large = Math.max(floorMs, measure(largeText, largeModel, 7));
      }
      if (large / small > limit) found.push({ subject, unit, small, large, ratio: large / small });
    };
    const smallModel = buildModel(smallText, { filePath: "report.txt" });
    const largeModel = buildModel(largeText, { filePath: "report.txt" });
    growth(MODEL, (text, _model, repeat) => timeModel(text, repeat), smallModel, largeModel);
    for (const rule of rules) growth(rule.meta.id, (text, model, repeat) => timeRule(rule, text, model, repeat), smallModel, largeModel);
  }
  return found;
}

/** One line per finding, for the assertion message. */
export function describeGrowth(g: Growth): string {
  return `${g.subject} on ${JSON.stringify(g.unit)}: ${g.small.toFixed(1)} ms → ${g.large.toFixed(1)} ms (×${g.ratio.toFixed(1)})`;
}
