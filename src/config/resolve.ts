// Pure configuration resolution: presets, rule settings, overrides and option validation.
// No file system: the loader (load.ts) has already read files and merged `extends` paths.
import picomatch from "picomatch";
import { isAbsolute, relative, sep } from "node:path";
import type { ConfigData, ResolvedConfig, Rule, RuleEntry, Settings, Severity } from "../core/types.js";
import { ConfigError } from "./errors.js";
import { validateAgainstSchema } from "./validate-options.js";

export const PRESETS = ["reportlint:recommended", "reportlint:strict"] as const;
export type PresetName = (typeof PRESETS)[number];

export function isPresetName(name: string): name is PresetName {
  return (PRESETS as readonly string[]).includes(name);
}

const SEVERITY_NAMES: Record<string, Severity> = { off: 0, warn: 1, error: 2 };

/** "off" | "warn" | "error" | 0 | 1 | 2 → 0 | 1 | 2, or a ConfigError saying what was written. */
export function parseSeverity(value: unknown, where: string, source?: string): Severity {
  if (value === 0 || value === 1 || value === 2) return value;
  if (typeof value === "string" && Object.hasOwn(SEVERITY_NAMES, value)) return SEVERITY_NAMES[value];
  throw new ConfigError(`${where}: invalid severity ${JSON.stringify(value)}; use "off", "warn", "error", 0, 1 or 2`, source);
}

/** The rule entries of a preset. */
export function presetRules(name: PresetName, registry: ReadonlyMap<string, Rule>): Record<string, RuleEntry> {
  const out: Record<string, RuleEntry> = {};
  for (const [id, rule] of registry) {
    const sev: Severity = rule.meta.defaultSeverity === "error" ? 2 : 1;
    if (name === "reportlint:recommended") {
      if (rule.meta.recommended !== false) out[id] = [sev];
    } else {
      const strict = (rule.meta as { strictOptions?: Record<string, unknown> }).strictOptions;
      out[id] = strict ? [sev, strict] : [sev];
    }
  }
  return out;
}

/** Parse one `rules` entry: a severity, or [severity, options]. Validates options against the schema. */
export function parseRuleSetting(id: string, value: unknown, registry: ReadonlyMap<string, Rule>, source?: string): RuleEntry {
  const rule = registry.get(id);
  if (!rule) {
    const near = [...registry.keys()].filter((k) => k.includes(id) || id.includes(k));
    throw new ConfigError(`unknown rule "${id}"${near.length ? ` (did you mean ${near.map((n) => `"${n}"`).join(", ")}?)` : ""}`, source);
  }
  if (Array.isArray(value)) {
    if (value.length === 0 || value.length > 2) {
      throw new ConfigError(`rule "${id}": expected a severity or [severity, options], got an array of ${value.length}`, source);
    }
    const sev = parseSeverity(value[0], `rule "${id}"`, source);
    if (value.length === 1) return [sev];
    return [sev, checkOptions(rule, value[1], source)];
  }
  return [parseSeverity(value, `rule "${id}"`, source)];
}

export function checkOptions(rule: Rule, options: unknown, source?: string): Record<string, unknown> {
  const id = rule.meta.id;
  if (!rule.meta.schema) {
    throw new ConfigError(`rule "${id}" takes no options`, source);
  }
  const problem = validateAgainstSchema(options, rule.meta.schema);
  if (problem) throw new ConfigError(`rule "${id}": invalid options: ${problem}`, source);
  return options as Record<string, unknown>;
}

function toPosix(p: string): string {
  return sep === "\\" ? p.split(sep).join("/") : p;
}

/** Does a file match an override's globs? Patterns without a slash match the base name anywhere. */
export function matchesFiles(filePath: string, patterns: string | string[], basePath: string): boolean {
  const list = Array.isArray(patterns) ? patterns : [patterns];
  const rel = toPosix(isAbsolute(filePath) && basePath ? relative(basePath, filePath) : filePath);
  return list.some((p) => picomatch(p, { dot: true, matchBase: !p.includes("/") })(rel));
}

export interface ResolveOptions {
  filePath: string;
  /** Folder the config's globs are relative to (the config file's folder). */
  basePath?: string;
  /** Extra rule settings from the command line (--rule), applied last. */
  cliRules?: Record<string, unknown>;
  registry: ReadonlyMap<string, Rule>;
  /** Where the config came from, for error messages. */
  source?: string;
}

/**
 * Config data → the rules, settings and locale for one file. `extends` may hold only preset names
 * here. Without an `extends` key the recommended preset is the base (so a config that only turns
 * one rule off keeps the others); `"extends": []` starts from no rules at all.
 */
export function resolveConfig(data: ConfigData | undefined, opts: ResolveOptions): ResolvedConfig {
  const { registry, source } = opts;
  const rules: Record<string, RuleEntry> = {};
  const extendsList = data?.extends === undefined ? [] : Array.isArray(data.extends) ? data.extends : [data.extends];
  const presets = data?.extends === undefined ? ["reportlint:recommended"] : extendsList;
  for (const name of presets) {
    if (!isPresetName(name)) throw new ConfigError(`unknown preset "${name}" in extends (known: ${PRESETS.join(", ")})`, source);
    Object.assign(rules, presetRules(name, registry));
  }
  const apply = (ruleMap: Record<string, unknown> | undefined) => {
    for (const [id, value] of Object.entries(ruleMap ?? {})) {
      const entry = parseRuleSetting(id, value, registry, source);
      // A bare severity keeps options set earlier (as ESLint does).
      if (entry.length === 1 && rules[id]?.[1]) rules[id] = [entry[0], rules[id][1]];
      else rules[id] = entry;
    }
  };
  apply(data?.rules);
  let settings: Settings = { ...(data?.settings ?? {}) };
  for (const ov of data?.overrides ?? []) {
    if (!ov || (typeof ov.files !== "string" && !Array.isArray(ov.files))) {
      throw new ConfigError(`each entry of "overrides" needs "files" (a glob or a list of globs)`, source);
    }
    const base = opts.basePath ?? "";
    if (!matchesFiles(opts.filePath, ov.files, base)) continue;
    if (ov.excludedFiles && matchesFiles(opts.filePath, ov.excludedFiles, base)) continue;
    apply(ov.rules);
    if (ov.settings) settings = { ...settings, ...ov.settings };
  }
  apply(opts.cliRules);

  const enabled: Record<string, RuleEntry> = {};
  for (const [id, entry] of Object.entries(rules)) if (entry[0] !== 0) enabled[id] = entry;
  return { rules: enabled, settings, locale: data?.locale === "en" ? "en" : "zh" };
}
