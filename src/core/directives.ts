// Inline disable directives, as ESLint's: HTML comments in the report's text.
//   <!-- reportlint-disable rule-a, rule-b -- reason -->   from here on (all rules without ids)
//   <!-- reportlint-enable rule-a -->                        from here on again
//   <!-- reportlint-disable-line rule-a -->                  the line the comment is on
//   <!-- reportlint-disable-next-line rule-a -->             the line after the comment
// The raw text is scanned (one linear pass), not the blocks, so the same syntax works in every
// format — plain text pasted from Word has no comment syntax of its own — and a comment at the end
// of a prose line is found as well as one on a line of its own. Comments inside Markdown code
// blocks count too: the Markdown front-end lints the lines of a code block as report text.
// Pure: no file system, nothing global.
import type { LintMessage, Locale, Position } from "./types.js";
import type { SourceCode } from "./source-code.js";

export type DirectiveKind = "disable" | "enable" | "disable-line" | "disable-next-line";

export interface Directive {
  kind: DirectiveKind;
  /** The rule ids named, or null for all rules. */
  ruleIds: string[] | null;
  /** Free text after ` -- `, if any. */
  reason?: string;
  /** The whole comment, <!-- to -->, as offsets into the text. */
  start: number;
  end: number;
}

export type UnusedDirectiveSeverity = "off" | "warn" | "error";

export interface ApplyDirectivesOptions {
  /** Every rule id that exists (a directive naming another id is reported). */
  knownRuleIds: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  locale: Locale;
  /** Report disable directives that disabled nothing, and enable directives that enabled nothing. */
  reportUnused?: UnusedDirectiveSeverity;
}

const KEYWORD = /^reportlint-(disable-next-line|disable-line|disable|enable)(?:\s|$)/;
const REASON = /\s-{2,}\s/;

/** Every directive comment in the text, in order. A comment that is not a directive is skipped. */
export function parseDirectives(text: string): Directive[] {
  const out: Directive[] = [];
  let i = text.indexOf("<!--");
  while (i >= 0) {
    const close = text.indexOf("-->", i + 4);
    if (close < 0) break; // nothing later can be closed either
    const end = close + 3;
    const d = parseComment(text.slice(i + 4, close), i, end);
    if (d) out.push(d);
    i = text.indexOf("<!--", end);
  }
  return out;
}

function parseComment(body: string, start: number, end: number): Directive | null {
  const trimmed = body.trim();
  const m = KEYWORD.exec(trimmed);
  if (!m) return null;
  let rest = trimmed.slice(m[0].length);
  let reason: string | undefined;
  const r = REASON.exec(" " + rest + " ");
  if (r) {
    // Positions in " " + rest + " " are one past those in rest.
    reason = rest.slice(r.index - 1 + r[0].length).trim() || undefined;
    rest = rest.slice(0, Math.max(0, r.index - 1));
  }
  // Ids are separated by commas (ASCII or Chinese) or white space; rule ids contain neither.
  const ids = rest.split(/[\s,，、]+/).filter((s) => s !== "");
  return { kind: m[1] as DirectiveKind, ruleIds: ids.length ? [...new Set(ids)] : null, reason, start, end };
}

// ---------------------------------------------------------------------------------------------

const TEXT = {
  unusedDisable: { zh: "未使用的 reportlint-disable 指令（{{rules}}没有报告问题）", en: "Unused reportlint-disable directive (no problems were reported{{rulesEn}})" },
  unusedEnable: { zh: "未使用的 reportlint-enable 指令（{{rules}}没有对应的 reportlint-disable 指令）", en: "Unused reportlint-enable directive (no matching reportlint-disable directives were found{{rulesEn}})" },
  unknownRule: { zh: "reportlint 指令中的规则「{{id}}」不存在", en: "Definition for rule '{{id}}' was not found (in a reportlint directive)" },
  multiline: { zh: "reportlint-{{kind}} 指令不能跨行", en: "reportlint-{{kind}} comment should not span multiple lines" },
} as const;

function say(key: keyof typeof TEXT, locale: Locale, data: Record<string, string>): string {
  return TEXT[key][locale === "en" ? "en" : "zh"].replace(/\{\{(\w+)\}\}/g, (_, k: string) => data[k] ?? "");
}

function quoteZh(ids: string[]): string {
  return ids.map((id) => `规则「${id}」`).join("、");
}

function quoteEn(ids: string[], lead: string): string {
  if (!ids.length) return "";
  const q = ids.map((id) => `'${id}'`);
  return ` ${lead} ${q.length > 1 ? q.slice(0, -1).join(", ") + " or " + q[q.length - 1] : q[0]}`;
}

/** One rule id (or all) of one comment, at the position it takes effect. */
interface Step {
  type: "disable" | "enable";
  ruleId: string | null;
  at: Position;
  parent: Directive;
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.column <= b.column);
}

/**
 * One pass of ESLint's algorithm over steps sorted by position: which problems stay, and which
 * steps were used (a disable that hid a problem, an enable that ended a disable).
 */
function sweep(problems: LintMessage[], steps: Step[], used: Set<Step>): boolean[] {
  const keep: boolean[] = [];
  let all: Step | null = null;
  const byRule = new Map<string, Step>();
  const enabled = new Set<string>(); // re-enabled while `all` is on
  let next = 0;
  const advance = (until: Position | null) => {
    for (; next < steps.length && (until === null || before(steps[next].at, until)); next++) {
      const s = steps[next];
      if (s.type === "disable") {
        if (s.ruleId === null) {
          byRule.clear();
          enabled.clear();
          all = s;
        } else {
          enabled.delete(s.ruleId);
          byRule.set(s.ruleId, s);
        }
      } else if (s.ruleId === null) {
        if (all || byRule.size) used.add(s);
        all = null;
        byRule.clear();
        enabled.clear();
      } else {
        if (byRule.has(s.ruleId) || (all && !enabled.has(s.ruleId))) used.add(s);
        byRule.delete(s.ruleId);
        if (all) enabled.add(s.ruleId);
      }
    }
  };
  for (const p of problems) {
    advance({ line: p.line, column: p.column });
    const rule = p.ruleId;
    const hit = rule !== null ? byRule.get(rule) : undefined;
    if (p.fatal) keep.push(true);
    else if (hit) {
      used.add(hit);
      keep.push(false);
    } else if (all && (rule === null || !enabled.has(rule))) {
      used.add(all);
      keep.push(false);
    } else keep.push(true);
  }
  advance(null);
  return keep;
}

function problem(d: Directive, source: SourceCode, severity: 1 | 2, messageId: string, message: string): LintMessage {
  const s = source.positionAt(d.start);
  const e = source.positionAt(d.end);
  return { ruleId: null, messageId, severity, message, line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}

/**
 * Drop the problems that directives disable (never a fatal one) and add the problems of the
 * directives themselves: an unknown rule id or a disable-line comment over several lines (errors),
 * and, when asked, unused directives. Returns the messages in the input order, new ones appended.
 */
export function applyDirectives(messages: LintMessage[], directives: Directive[], source: SourceCode, options: ApplyDirectivesOptions): LintMessage[] {
  if (!directives.length) return messages;
  const { locale } = options;
  const added: LintMessage[] = [];
  const blockSteps: Step[] = [];
  const lineSteps: Step[] = [];
  for (const d of directives) {
    const known = (d.ruleIds ?? []).filter((id) => options.knownRuleIds.has(id));
    for (const id of d.ruleIds ?? []) {
      if (!options.knownRuleIds.has(id)) added.push(problem(d, source, 2, "unknownRule", say("unknownRule", locale, { id })));
    }
    if (d.ruleIds && !known.length) continue; // nothing left to do
    const ids: Array<string | null> = d.ruleIds ? known : [null];
    const s = source.positionAt(d.start);
    if (d.kind === "disable" || d.kind === "enable") {
      for (const ruleId of ids) blockSteps.push({ type: d.kind, ruleId, at: s, parent: d });
      continue;
    }
    const e = source.positionAt(d.end);
    if (e.line !== s.line) {
      added.push(problem(d, source, 2, "multilineDirective", say("multiline", locale, { kind: d.kind })));
      continue;
    }
    const line = d.kind === "disable-line" ? s.line : s.line + 1;
    for (const ruleId of ids) {
      lineSteps.push({ type: "disable", ruleId, at: { line, column: 1 }, parent: d });
      lineSteps.push({ type: "enable", ruleId, at: { line: line + 1, column: 0 }, parent: d });
    }
  }
  const byPosition = (a: Step, b: Step) => a.at.line - b.at.line || a.at.column - b.at.column;
  blockSteps.sort(byPosition); // stable: comments in text order at the same position
  lineSteps.sort(byPosition);

  // The problems in position order; `keep` is mapped back to the input order.
  const order = messages.map((_, i) => i).sort((a, b) => messages[a].line - messages[b].line || messages[a].column - messages[b].column || a - b);
  const sorted = order.map((i) => messages[i]);
  const used = new Set<Step>();
  const keepBlock = sweep(sorted, blockSteps, used);
  const keepLine = sweep(sorted, lineSteps, used);
  const kept = new Array<boolean>(messages.length);
  order.forEach((i, k) => (kept[i] = keepBlock[k] && keepLine[k]));
  const out = messages.filter((_, i) => kept[i]);

  const report = options.reportUnused ?? "off";
  if (report !== "off") {
    const severity = report === "error" ? 2 : 1;
    // Per comment: the rule ids (or all) whose disable hid nothing / whose enable ended nothing.
    // A line directive's own enable step is bookkeeping, never reported.
    const unused = new Map<Directive, Array<string | null>>();
    for (const step of [...blockSteps, ...lineSteps]) {
      if (used.has(step)) continue;
      if (step.parent.kind !== "enable" && step.type === "enable") continue;
      const list = unused.get(step.parent) ?? [];
      list.push(step.ruleId);
      unused.set(step.parent, list);
    }
    for (const [d, ids] of unused) {
      const named = ids.filter((id): id is string => id !== null);
      const key = d.kind === "enable" ? "unusedEnable" : "unusedDisable";
      const message = say(key, locale, { rules: named.length ? quoteZh(named) : "", rulesEn: quoteEn(named, d.kind === "enable" ? "for" : "from") });
      added.push(problem(d, source, severity, key, message));
    }
  }
  return added.length ? [...out, ...added] : out;
}
