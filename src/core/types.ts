// Shared types of the pure core. Nothing here touches the file system, a terminal or a format.
import type { ReportModel } from "../model/types.js";
import type { SourceCode } from "./source-code.js";

export type Locale = "zh" | "en";

/** 0 = off, 1 = warn, 2 = error (as ESLint). */
export type Severity = 0 | 1 | 2;
export type SeverityName = "off" | "warn" | "error";
export type SeverityValue = Severity | SeverityName;

/** A 1-based line and a 1-based column counted in UTF-16 code units. */
export interface Position {
  line: number;
  column: number;
}

/** Replace text[range[0], range[1]) with `text`. Offsets into the decoded text. */
export interface Fix {
  range: [number, number];
  text: string;
}

export interface LintMessage {
  ruleId: string | null;
  messageId?: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: Fix;
  /** A problem that stopped the file from being linted (unreadable, rule crash, bad config). */
  fatal?: boolean;
  /** DOCX/PDF: where the problem is in the document (段落 12, 表 2 第 5 行 第 3 列, 第 3 页); line and column then refer to the plain-text rendering that --print-model shows. */
  place?: string;
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  fatalErrorCount: number;
  /** Present when fixes were applied (`--fix`, `--fix-dry-run`). */
  output?: string;
  /** The text that line and column refer to (decoded text, HTML source or a DOCX/PDF rendering), for formatters that show the offending line. */
  source?: string;
  /** What the report is, for review formats (html, csv); absent when the file could not be read. */
  report?: ReportSummary;
}

/** A report at a glance: who, which year, which table layout, which input format. */
export interface ReportSummary {
  /** Input format: text, markdown, html, docx, pdf. */
  format: string;
  /** The report's title as written, when found. */
  title?: string;
  organization?: string;
  year?: number;
  /** The layout of the statistical tables: 2019 (国办公开办函〔2019〕60号) or 2021 (〔2021〕30号). */
  layout?: "2019" | "2021";
}

/** Facts a rule may need that a report may not state. */
export interface Settings {
  organization?: string;
  county?: string;
  reportYear?: number;
  formatYear?: 2019 | 2021;
  allowPlaces?: string[];
  [key: string]: unknown;
}

/** A minimal JSON Schema (draft-07 subset) describing a rule's options object. */
export interface JSONSchema {
  type?: "object" | "array" | "string" | "number" | "integer" | "boolean" | "null" | Array<string>;
  properties?: Record<string, JSONSchema>;
  additionalProperties?: boolean | JSONSchema;
  required?: string[];
  items?: JSONSchema;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minLength?: number;
  default?: unknown;
  description?: string;
  oneOf?: JSONSchema[];
  anyOf?: JSONSchema[];
  [key: string]: unknown;
}

export interface LocalizedText {
  zh: string;
  en: string;
}

/** One example shown on a rule's doc page and run by its tests. */
export interface RuleExample {
  /** 正例 (valid) or 反例 (invalid). */
  kind: "valid" | "invalid";
  title?: string;
  code: string;
}

export interface RuleMeta {
  /** kebab-case, stable, never reused. */
  id: string;
  type: "problem" | "suggestion";
  docs: {
    /** A short Chinese name (报告标题), for chart labels and lists; the id stands in without one. */
    name?: string;
    /** The short name in English. */
    nameEn?: string;
    /** One line, Chinese. */
    description: string;
    /** One line, English. */
    descriptionEn: string;
    /** The rule's doc page. */
    url: string;
  };
  /** Severity when the rule is on in the recommended preset. */
  defaultSeverity: "error" | "warn";
  /** messageId → template with {{placeholders}}, in Chinese and English. */
  messages: Record<string, LocalizedText>;
  /** JSON Schema of the options object, or undefined for a rule without options. */
  schema?: JSONSchema;
  /** Default values of the options. */
  defaultOptions?: Record<string, unknown>;
  /** "code" when the rule can supply fixes. */
  fixable?: "code";
  /** Part of reportlint:recommended (default true). */
  recommended?: boolean;
  /** Options the reportlint:strict preset sets for the rule (merged over defaultOptions). */
  strictOptions?: Record<string, unknown>;
}

/** A location as offsets into the decoded text, or as 1-based positions. */
export type Loc = { start: number; end: number } | { start: Position; end: Position };

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  loc: Loc;
  fix?: Fix;
  /**
   * Lower this one message to a warning (1) when its rule is configured as "error". A rule's
   * configured severity is the most its findings get, as in ESLint: a rule set to "warn" reports
   * only warnings. Prefer a rule of its own for findings of another weight (table-structure /
   * table-label-variant, cell-value / numeric-cell, regulation-citation / citation-form,
   * unfilled-template / template-placeholder); still used by report-title (the format spec's catalogue
   * and the seeds' acceptance check put 工作报告 (E) and 政务, a doubled word (W) under that one rule id)
   * and by no-empty-section's errorSections. 2 is the same as leaving it out.
   */
  severity?: 1 | 2;
}

export interface RuleContext {
  readonly id: string;
  readonly options: Readonly<Record<string, unknown>>;
  readonly settings: Readonly<Settings>;
  readonly filePath: string;
  readonly locale: Locale;
  /** The decoded text with line/column helpers. */
  readonly sourceCode: SourceCode;
  /** The report as the model understands it; built once per file, on first use. */
  readonly model: ReportModel;
  /**
   * Last year's report of the same organisation (--previous, or the year folders), when the caller
   * gave one: built once, on first use; undefined when none was given or it could not be built.
   * Cross-year rules read it and stay silent without it.
   */
  readonly previous: ReportModel | undefined;
  /** The file last year's report was read from (for messages); undefined without one. */
  readonly previousFilePath: string | undefined;
  report(descriptor: ReportDescriptor): void;
}

/** Optional hooks a rule may return from create(); a rule may also do all its work in create(). */
export interface RuleListener {
  /** Called once after every rule's create() has run. */
  end?(): void;
}

export interface Rule {
  meta: RuleMeta;
  create(context: RuleContext): RuleListener | void;
}

/** One rule's configured state after presets, overrides and defaults. */
export type RuleEntry = [Severity, Record<string, unknown>?];

/** A configuration as written in a file (before extends/overrides are resolved). */
export interface ConfigData {
  extends?: string | string[];
  /** Plugin packages (`x` → reportlint-plugin-x); loaded by the config loader (docs/plugins.md). */
  plugins?: string | string[];
  rules?: Record<string, unknown>;
  overrides?: Array<{ files: string | string[]; excludedFiles?: string | string[]; rules?: Record<string, unknown>; settings?: Settings }>;
  ignorePatterns?: string[];
  settings?: Settings;
  locale?: Locale;
}

/** What lintText needs: every enabled rule with severity and options, for one file. */
export interface ResolvedConfig {
  rules: Record<string, RuleEntry>;
  settings: Settings;
  locale: Locale;
  /**
   * Present when the config loaded plugins: the rules its ids refer to (built-in and the plugins'),
   * which lintText then uses instead of the built-in registry.
   */
  registry?: ReadonlyMap<string, Rule>;
  /** Present when the config loaded plugins: plugin id → "package@version", for --print-config and the --cache key. */
  plugins?: Record<string, string>;
}
