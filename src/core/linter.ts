// The pure core: text in, messages out. No file system, no process, no colour.
import type { ConfigData, Fix, ReportSummary, LintMessage, Loc, Position, ReportDescriptor, ResolvedConfig, Rule, RuleContext, RuleListener } from "./types.js";
import type { ReportModel } from "../model/types.js";
import { SourceCode } from "./source-code.js";
import { interpolate } from "./interpolate.js";
import { resolveConfig } from "../config/resolve.js";
import { formatForPath, parseDocument, type InputFormat } from "../frontends/index.js";
import { buildReport } from "../model/report.js";
import { rules as builtinRules } from "../../rules/index.js";
import { applyDirectives, parseDirectives, type UnusedDirectiveSeverity } from "./directives.js";

export interface LintTextOptions {
  filePath?: string;
  /** Configuration data (presets by name, rules, overrides, settings, locale); default: recommended. */
  config?: ConfigData;
  /** A configuration already resolved for this file; wins over `config`. */
  resolved?: ResolvedConfig;
  /** Folder that override globs are relative to. */
  basePath?: string;
  /** Input format; default from the file name's extension. */
  format?: InputFormat;
  /** Rules to use instead of the built-in registry (tests, plugins). */
  registry?: ReadonlyMap<string, Rule>;
  /** Obey `<!-- reportlint-disable … -->` comments in the text (default true; docs/directives.md). */
  allowInlineConfig?: boolean;
  /** Report disable/enable directives that had nothing to do, as warnings or errors (default "off"). */
  reportUnusedDisableDirectives?: UnusedDirectiveSeverity;
  /** Called with the report at a glance (review formats); builds the model if no rule did. */
  onSummary?: (summary: Omit<ReportSummary, "format">) => void;
  /**
   * Last year's report of the same organisation, for the cross-year rules (context.previous). Its
   * model is built only when a rule asks; format defaults from filePath's extension, as for the text.
   */
  previous?: PreviousReport;
}

/** Last year's report as text (a DOCX/PDF/HTML report: its plain-text rendering, format "text"). */
export interface PreviousReport {
  text: string;
  filePath?: string;
  format?: InputFormat;
}

/** Who, which year, which layout: what a reviewer's table shows for a report. */
export function summarizeModel(model: ReportModel): Omit<ReportSummary, "format"> {
  const summary: Omit<ReportSummary, "format"> = {};
  if (model.title) summary.title = model.title.text;
  if (model.organization) summary.organization = model.organization.name;
  if (model.year) summary.year = model.year.value;
  if (model.layout !== "unknown") summary.layout = model.layout;
  return summary;
}

export const defaultRegistry: ReadonlyMap<string, Rule> = new Map(builtinRules.map((r) => [r.meta.id, r]));

/** Build the report model for a text (what --print-model shows and rules read). */
export function buildModel(text: string, options: { filePath?: string; format?: InputFormat; settings?: ResolvedConfig["settings"] } = {}): ReportModel {
  const format = options.format ?? formatForPath(options.filePath);
  return buildReport(parseDocument(text, format), text, options.settings ?? {});
}

/** Lint one text. Throws ConfigError for a bad configuration; a crashing rule becomes a fatal message. */
export function lintText(text: string, options: LintTextOptions = {}): LintMessage[] {
  const filePath = options.filePath ?? "<text>";
  const config =
    options.resolved ??
    (options.config === undefined
      ? defaultConfig(options.registry ?? defaultRegistry)
      : resolveConfig(options.config, { filePath, basePath: options.basePath, registry: options.registry ?? defaultRegistry }));
  // A config that loaded plugins carries the registry its rule ids refer to.
  const registry = options.registry ?? config.registry ?? defaultRegistry;
  const source = new SourceCode(text);
  const format = options.format ?? formatForPath(options.filePath);
  let model: ReportModel | undefined;
  let modelError: unknown;
  // Built once; if building fails, every rule that asks gets the same error without rebuilding.
  const getModel = (): ReportModel => {
    if (model) return model;
    if (modelError !== undefined) throw modelError;
    try {
      return (model = buildReport(parseDocument(text, format), text, config.settings));
    } catch (err) {
      modelError = err ?? new Error("the report model could not be built");
      throw modelError;
    }
  };

  // Last year's model: built once when a rule first asks; undefined when it cannot be built.
  // Settings that describe this year's report (its year, its layout) do not apply to last year's.
  let previousModel: ReportModel | undefined | null = options.previous ? undefined : null;
  const getPrevious = (): ReportModel | undefined => {
    if (previousModel !== undefined) return previousModel ?? undefined;
    const prev = options.previous!;
    try {
      const { reportYear: _year, formatYear: _layout, ...settings } = config.settings;
      previousModel = buildReport(parseDocument(prev.text, prev.format ?? formatForPath(prev.filePath)), prev.text, settings);
    } catch {
      previousModel = null;
    }
    return previousModel ?? undefined;
  };

  const messages: LintMessage[] = [];
  const listeners: Array<{ id: string; listener: RuleListener }> = [];
  const shared: SharedContext = {
    settings: config.settings,
    filePath,
    locale: config.locale,
    sourceCode: source,
    getModel,
    getPrevious,
    previousFilePath: options.previous ? (options.previous.filePath ?? "<previous>") : undefined,
    messages,
  };
  for (const enabled of enabledRules(config, registry)) {
    const { id } = enabled;
    try {
      const listener = enabled.rule.create(new Context(enabled, shared));
      if (listener) listeners.push({ id, listener });
    } catch (err) {
      messages.push(ruleCrash(id, err, config.locale));
    }
  }
  for (const { id, listener } of listeners) {
    try {
      listener.end?.();
    } catch (err) {
      messages.push(ruleCrash(id, err, config.locale));
    }
  }
  if (options.onSummary) {
    try {
      options.onSummary(summarizeModel(getModel()));
    } catch {
      // A model that cannot be built has already been reported by the rules that needed it.
    }
  }
  if (options.allowInlineConfig === false) return messages.sort(compareMessages);
  // Directives apply after every rule has run; fatal messages are never disabled.
  const directives = parseDirectives(text);
  const filtered = applyDirectives(messages, directives, source, {
    knownRuleIds: registry,
    locale: config.locale,
    reportUnused: options.reportUnusedDisableDirectives,
  });
  return filtered.sort(compareMessages);
}

/** A rule to run, with its severity and its options (its defaults, then the configured ones). */
interface EnabledRule {
  id: string;
  rule: Rule;
  severity: 1 | 2;
  options: Readonly<Record<string, unknown>>;
}

/** What every rule's context shares in one lintText call. */
interface SharedContext {
  settings: ResolvedConfig["settings"];
  filePath: string;
  locale: "zh" | "en";
  sourceCode: SourceCode;
  getModel(): ReportModel;
  getPrevious(): ReportModel | undefined;
  previousFilePath: string | undefined;
  messages: LintMessage[];
}

// A class, not an object literal with getters: a literal with accessors is built on V8's slow
// path, once per rule and file.
class Context implements RuleContext {
  readonly id: string;
  readonly options: Readonly<Record<string, unknown>>;
  readonly settings: ResolvedConfig["settings"];
  readonly filePath: string;
  readonly locale: "zh" | "en";
  readonly sourceCode: SourceCode;
  readonly previousFilePath: string | undefined;
  readonly #enabled: EnabledRule;
  readonly #shared: SharedContext;
  constructor(enabled: EnabledRule, shared: SharedContext) {
    this.id = enabled.id;
    this.options = enabled.options;
    this.settings = shared.settings;
    this.filePath = shared.filePath;
    this.locale = shared.locale;
    this.sourceCode = shared.sourceCode;
    this.previousFilePath = shared.previousFilePath;
    this.#enabled = enabled;
    this.#shared = shared;
    // Rules call context.report unbound (const { report } = context) as well as bound.
    this.report = this.report.bind(this);
  }
  get model(): ReportModel {
    return this.#shared.getModel();
  }
  get previous(): ReportModel | undefined {
    return this.#shared.getPrevious();
  }
  report(descriptor: ReportDescriptor): void {
    const { rule, severity } = this.#enabled;
    this.#shared.messages.push(makeMessage(rule, severity, descriptor, this.sourceCode, this.locale));
  }
}

// The rules a configuration enables, with their options: worked out once per configuration object
// and registry (a configuration is not changed after it is resolved). The options objects are
// shared by every file linted with that configuration, so they are frozen.
const enabledCache = new WeakMap<ResolvedConfig, { registry: ReadonlyMap<string, Rule>; rules: Rule[]; enabled: EnabledRule[] }>();

function enabledRules(config: ResolvedConfig, registry: ReadonlyMap<string, Rule>): EnabledRule[] {
  const cached = enabledCache.get(config);
  if (cached && cached.registry === registry && sameRules(cached.rules, registry)) return cached.enabled;
  const enabled: EnabledRule[] = [];
  for (const [id, [severity, options]] of Object.entries(config.rules)) {
    const rule = registry.get(id);
    if (!rule || severity === 0) continue;
    enabled.push({ id, rule, severity: severity as 1 | 2, options: Object.freeze({ ...(rule.meta.defaultOptions ?? {}), ...(options ?? {}) }) });
  }
  enabledCache.set(config, { registry, rules: [...registry.values()], enabled });
  return enabled;
}

/** The registry still holds exactly these rules, in this order (a Map may be changed in place). */
function sameRules(rules: Rule[], registry: ReadonlyMap<string, Rule>): boolean {
  if (rules.length !== registry.size) return false;
  let i = 0;
  for (const rule of registry.values()) if (rule !== rules[i++]) return false;
  return true;
}

// With no configuration given, the recommended rules of the registry, resolved once per registry.
const defaultConfigs = new WeakMap<ReadonlyMap<string, Rule>, { rules: Rule[]; config: ResolvedConfig }>();

function defaultConfig(registry: ReadonlyMap<string, Rule>): ResolvedConfig {
  const cached = defaultConfigs.get(registry);
  if (cached && sameRules(cached.rules, registry)) return cached.config;
  // The recommended preset depends on the registry only, not on the file's path.
  const config = resolveConfig(undefined, { filePath: "<text>", registry });
  Object.freeze(config.settings);
  defaultConfigs.set(registry, { rules: [...registry.values()], config });
  return config;
}

function ruleCrash(id: string, err: unknown, locale: "zh" | "en"): LintMessage {
  const why = err instanceof Error ? err.message : String(err);
  return {
    ruleId: id,
    severity: 2,
    fatal: true,
    message: locale === "en" ? `rule ${id} crashed and was skipped: ${why}` : `规则 ${id} 出错，已跳过：${why}`,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
  };
}

export function compareMessages(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn || String(a.ruleId).localeCompare(String(b.ruleId));
}

function toOffset(p: number | Position, source: SourceCode, what: string, ruleId: string): number {
  if (typeof p === "number") {
    if (!Number.isInteger(p) || p < 0 || p > source.text.length) {
      throw new RangeError(`rule ${ruleId} reported ${what} offset ${p} outside the text (length ${source.text.length})`);
    }
    return p;
  }
  const o = source.offsetAt(p);
  if (o < 0) throw new RangeError(`rule ${ruleId} reported ${what} position ${p.line}:${p.column} outside the text`);
  return o;
}

function makeMessage(rule: Rule, severity: 1 | 2, d: ReportDescriptor, source: SourceCode, locale: "zh" | "en"): LintMessage {
  const id = rule.meta.id;
  const template = rule.meta.messages[d.messageId];
  if (!template) throw new Error(`rule ${id} reported unknown messageId "${d.messageId}"`);
  const loc: Loc = d.loc;
  const start = toOffset(loc.start, source, "start", id);
  const end = toOffset(loc.end, source, "end", id);
  if (end < start) throw new RangeError(`rule ${id} reported an end (${end}) before its start (${start})`);
  const s = source.positionAt(start);
  const e = source.positionAt(end);
  const msg: LintMessage = {
    ruleId: id,
    messageId: d.messageId,
    // A descriptor may raise a warning to an error, never lower an error (see ReportDescriptor).
    // A rule's configured severity is the most its findings get; a finding may only lower itself.
    severity: d.severity === 1 ? 1 : severity,
    message: interpolate(locale === "en" ? template.en : template.zh, d.data),
    line: s.line,
    column: s.column,
    endLine: e.line,
    endColumn: e.column,
  };
  if (d.fix) msg.fix = checkFix(d.fix, source, id);
  return msg;
}

function checkFix(fix: Fix, source: SourceCode, id: string): Fix {
  const [a, b] = fix.range;
  if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b < a || b > source.text.length) {
    throw new RangeError(`rule ${id} proposed a fix with range [${a}, ${b}] outside the text`);
  }
  return { range: [a, b], text: fix.text };
}
