// Pure configuration resolution: shape checks, presets, rule settings, overrides and option
// validation. No file system: the loader (load.ts) reads files and follows `extends` paths, then
// hands the result here as an ordered list of layers.
import picomatch from "picomatch";
import { isAbsolute, relative, sep } from "node:path";
import type { ConfigData, JSONSchema, Locale, ResolvedConfig, Rule, RuleEntry, Settings, Severity } from "../core/types.js";
import { ConfigError } from "./errors.js";
import type { Bilingual } from "../core/bilingual.js";
import { describeType, describeValue, listed } from "./describe.js";
import { validateAgainstSchema } from "./validate-options.js";
import { pluginNames } from "./plugins.js";

export const PRESETS = ["reportlint:recommended", "reportlint:strict"] as const;
export type PresetName = (typeof PRESETS)[number];

/** Every key a config may have; anything else is an error (a typo would otherwise do nothing). */
export const CONFIG_KEYS = ["extends", "plugins", "rules", "overrides", "ignorePatterns", "settings", "locale"] as const;
const OVERRIDE_KEYS = ["files", "excludedFiles", "rules", "settings"] as const;
/**
 * Keys a config may have that reportlint does not read: "$schema" points an editor at the JSON
 * Schema of the config (schema/reportlintrc.schema.json) for completion and checking.
 */
export const EDITOR_KEYS = ["$schema"] as const;

export function isPresetName(name: string): name is PresetName {
  return (PRESETS as readonly string[]).includes(name);
}

const SEVERITY_NAMES: Record<string, Severity> = { off: 0, warn: 1, error: 2 };

/** "off" | "warn" | "error" | 0 | 1 | 2 → 0 | 1 | 2, or a ConfigError saying what was written. */
export function parseSeverity(value: unknown, where: string | Bilingual, source?: string): Severity {
  if (value === 0 || value === 1 || value === 2) return value;
  if (typeof value === "string" && Object.hasOwn(SEVERITY_NAMES, value)) return SEVERITY_NAMES[value];
  const at = typeof where === "string" ? { zh: where, en: where } : where;
  throw new ConfigError({ zh: `${at.zh}：严重级别 ${JSON.stringify(value)} 无效，请用 "off"、"warn"、"error"、0、1 或 2`, en: `${at.en}: invalid severity ${JSON.stringify(value)}; use "off", "warn", "error", 0, 1 or 2` }, source);
}

/** The rule entries of a preset: built-in rules only (a plugin's rules are turned on by its own configs). */
export function presetRules(name: PresetName, registry: ReadonlyMap<string, Rule>): Record<string, RuleEntry> {
  const out: Record<string, RuleEntry> = {};
  for (const [id, rule] of registry) {
    if (id.includes("/")) continue;
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

/** Up to three known names close to a misspelt one, for "did you mean" hints. */
export function closestNames(name: string, known: Iterable<string>): string[] {
  const lower = name.toLowerCase();
  const scored: Array<[string, number]> = [];
  for (const k of known) {
    const kl = k.toLowerCase();
    const contains = Math.min(lower.length, kl.length) >= 3 && (kl.includes(lower) || lower.includes(kl));
    const d = contains ? 0 : editDistance(lower, kl);
    if (d <= Math.max(1, Math.floor(kl.length / 4))) scored.push([k, d]);
  }
  return scored.sort((a, b) => a[1] - b[1]).slice(0, 3).map(([k]) => k);
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** "plugin not loaded" for `x/rule` when no rule of x is known, else "did you mean". */
export function unknownRuleHint(id: string, registry: ReadonlyMap<string, Rule>): Bilingual {
  const slash = id.lastIndexOf("/");
  if (slash > 0 && ![...registry.keys()].some((k) => k.startsWith(id.slice(0, slash + 1)))) {
    const plugin = id.slice(0, slash);
    return { zh: `（未加载插件「${plugin}」：请在配置的 "plugins" 中列出它）`, en: ` (no plugin "${plugin}" is loaded: name it in the config's "plugins")` };
  }
  return didYouMean(id, registry.keys());
}

function didYouMean(name: string, known: Iterable<string>): Bilingual {
  const near = closestNames(name, known);
  if (!near.length) return { zh: "", en: "" };
  return { zh: `（是否应为${near.map((n) => `「${n}」`).join("或")}？）`, en: ` (did you mean ${near.map((n) => `"${n}"`).join(", ")}?)` };
}

/** Parse one `rules` entry: a severity, or [severity, options]. Validates options against the schema. */
export function parseRuleSetting(id: string, value: unknown, registry: ReadonlyMap<string, Rule>, source?: string): RuleEntry {
  const rule = registry.get(id);
  if (!rule) {
    const hint = unknownRuleHint(id, registry);
    throw new ConfigError({ zh: `未知的规则「${id}」${hint.zh}`, en: `unknown rule "${id}"${hint.en}` }, source);
  }
  const where = { zh: `规则「${id}」`, en: `rule "${id}"` };
  if (Array.isArray(value)) {
    if (value.length === 0 || value.length > 2) {
      throw new ConfigError({ zh: `规则「${id}」：应写严重级别或 [严重级别, 选项]，给出的却是 ${value.length} 项的数组`, en: `rule "${id}": expected a severity or [severity, options], got an array of ${value.length}` }, source);
    }
    const sev = parseSeverity(value[0], where, source);
    if (value.length === 1) return [sev];
    return [sev, checkOptions(rule, value[1], source)];
  }
  return [parseSeverity(value, where, source)];
}

export function checkOptions(rule: Rule, options: unknown, source?: string): Record<string, unknown> {
  const id = rule.meta.id;
  if (!rule.meta.schema) {
    throw new ConfigError({ zh: `规则「${id}」不接受选项`, en: `rule "${id}" takes no options` }, source);
  }
  const problem = validateAgainstSchema(options, rule.meta.schema);
  if (problem) throw new ConfigError({ zh: `规则「${id}」的选项无效：${problem.zh}`, en: `rule "${id}": invalid options: ${problem.en}` }, source);
  return options as Record<string, unknown>;
}

function toPosix(p: string): string {
  return sep === "\\" ? p.split(sep).join("/") : p;
}

// Override globs are matched once per linted file; compiling them once keeps a large run cheap.
const matcherCache = new Map<string, (path: string) => boolean>();
function globMatcher(pattern: string): (path: string) => boolean {
  let m = matcherCache.get(pattern);
  if (!m) {
    m = picomatch(pattern, { dot: true, matchBase: !pattern.includes("/") });
    matcherCache.set(pattern, m);
  }
  return m;
}

/**
 * Does a file match an override's globs? Patterns without a slash match the base name anywhere.
 * A file outside basePath matches nothing: the globs describe files under the config's folder.
 */
export function matchesFiles(filePath: string, patterns: string | string[], basePath: string): boolean {
  const list = Array.isArray(patterns) ? patterns : [patterns];
  const rel = toPosix(isAbsolute(filePath) && basePath ? relative(basePath, filePath) : filePath);
  if (rel === ".." || rel.startsWith("../") || isAbsolute(rel)) return false;
  return list.some((p) => globMatcher(p)(rel));
}

// ---------------------------------------------------------------------------------------------
// Shape checks: a config as written → a normalized config whose rule entries are already parsed.

export interface NormalizedOverride {
  files: string[];
  excludedFiles?: string[];
  rules: Record<string, RuleEntry>;
  settings?: Settings;
}

/** A config file's own keys, checked; `extends` is kept as written for the loader to follow. */
export interface NormalizedConfig {
  /** undefined when the key is absent (then the recommended preset is the base). */
  extends?: string[];
  /** Plugin names as written (the loader loads them before the rules are checked). */
  plugins: string[];
  rules: Record<string, RuleEntry>;
  overrides: NormalizedOverride[];
  ignorePatterns: string[];
  settings: Settings;
  locale?: Locale;
}

/** The settings rules read; other keys are allowed (a rule may document its own). */
export const SETTINGS_SCHEMA: JSONSchema = {
  type: "object",
  properties: {
    organization: { type: "string" },
    county: { type: "string" },
    // 《政府信息公开条例》 took effect in 2008: no annual report is older.
    reportYear: { type: "integer", minimum: 2008, maximum: 2100 },
    formatYear: { enum: [2019, 2021] },
    allowPlaces: { type: "array", items: { type: "string" } },
    docsBaseUrl: { type: "string", minLength: 1 },
  },
};

/** A plain object (so a Promise or a Map exported by a JS config is not taken for an empty config). */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  return Object.prototype.toString.call(v) === "[object Object]";
}

function stringList(value: unknown, where: string, source: string | undefined, allowEmpty: boolean): string[] {
  const list = typeof value === "string" ? [value] : value;
  if (!Array.isArray(list) || list.some((s) => typeof s !== "string" || s === "")) {
    const got = describeValue(value);
    throw new ConfigError({ zh: `"${where}" 必须是非空字符串，或由非空字符串组成的列表（给出的是${got.zh}）`, en: `"${where}" must be a non-empty string or a list of non-empty strings (got ${got.en})` }, source);
  }
  if (!allowEmpty && list.length === 0) throw new ConfigError({ zh: `"${where}" 至少要列出一个通配符`, en: `"${where}" must list at least one glob` }, source);
  return list as string[];
}

/** A `rules` object → parsed entries. `where` names the key in messages ("rules", "overrides[0].rules"). */
export function normalizeRuleMap(value: unknown, registry: ReadonlyMap<string, Rule>, where: string, source?: string): Record<string, RuleEntry> {
  if (value === undefined) return {};
  if (!isPlainObject(value)) {
    const got = describeValue(value);
    throw new ConfigError({ zh: `"${where}" 必须是对象，把规则 id 对应到严重级别或 [严重级别, 选项]（给出的是${got.zh}）`, en: `"${where}" must be an object mapping rule ids to a severity or [severity, options] (got ${got.en})` }, source);
  }
  const out: Record<string, RuleEntry> = {};
  for (const [id, setting] of Object.entries(value)) {
    try {
      out[id] = parseRuleSetting(id, setting, registry, source);
    } catch (err) {
      if (err instanceof ConfigError && where !== "rules") throw new ConfigError({ zh: `${where}：${err.zh ?? err.message}`, en: `${where}: ${err.message}` }, source);
      throw err;
    }
  }
  return out;
}

function normalizeSettings(value: unknown, where: string, source?: string): Settings {
  if (value === undefined) return {};
  const problem = validateAgainstSchema(value, SETTINGS_SCHEMA, where);
  if (problem) throw new ConfigError(problem, source);
  return { ...(value as Settings) };
}

function unknownKey(key: string, valid: readonly string[], where: Bilingual, source?: string): ConfigError {
  const near = didYouMean(key, valid);
  return new ConfigError({ zh: `${where.zh}中有未知的键「${key}」${near.zh}；可用的键：${valid.join("、")}`, en: `unknown key "${key}" in ${where.en}${near.en}; valid keys are: ${valid.join(", ")}` }, source);
}

/** Check a config as written (any value parsed from a file) and parse its rule entries. */
export function normalizeConfigData(raw: unknown, registry: ReadonlyMap<string, Rule>, source?: string): NormalizedConfig {
  // The file may be anything `extends` named (a system file, say): say what it is, never what it holds.
  if (!isPlainObject(raw)) {
    const got = describeType(raw);
    throw new ConfigError({ zh: `这不是 reportlint 配置：配置必须是对象（给出的是${got.zh}）`, en: `not a reportlint config: a config must be an object (got ${got.en})` }, source);
  }
  const keys = Object.keys(raw);
  // Keys that are config keys, editor keys ($schema, $import) or near one (rulez) are a config with
  // a mistake, named below; a file with none of them is something else, and its keys stay unsaid.
  const configLike = (key: string) => (CONFIG_KEYS as readonly string[]).includes(key) || (EDITOR_KEYS as readonly string[]).includes(key) || key.startsWith("$") || closestNames(key, CONFIG_KEYS).length > 0;
  if (keys.length > 0 && !keys.some(configLike)) {
    throw new ConfigError({ zh: `这不是 reportlint 配置：它的 ${keys.length} 个键都不是配置键；可用的键：${listed(CONFIG_KEYS).zh}`, en: `not a reportlint config: none of its ${keys.length} keys is a config key; valid keys are: ${CONFIG_KEYS.join(", ")}` }, source);
  }
  for (const key of keys) {
    if ((EDITOR_KEYS as readonly string[]).includes(key)) continue;
    if (!(CONFIG_KEYS as readonly string[]).includes(key)) throw unknownKey(key, CONFIG_KEYS, { zh: "配置", en: "the config" }, source);
  }
  if (raw.$schema !== undefined && (typeof raw.$schema !== "string" || raw.$schema === "")) {
    const got = describeValue(raw.$schema);
    throw new ConfigError({ zh: `"$schema" 必须是配置的 JSON Schema 的路径或网址（给出的是${got.zh}）`, en: `"$schema" must be the path or URL of the config's JSON Schema (got ${got.en})` }, source);
  }
  const out: NormalizedConfig = {
    plugins: raw.plugins === undefined ? [] : stringList(raw.plugins, "plugins", source, true),
    rules: normalizeRuleMap(raw.rules, registry, "rules", source),
    overrides: [],
    ignorePatterns: raw.ignorePatterns === undefined ? [] : stringList(raw.ignorePatterns, "ignorePatterns", source, true),
    settings: normalizeSettings(raw.settings, "settings", source),
  };
  if (raw.extends !== undefined) out.extends = stringList(raw.extends, "extends", source, true);
  if (raw.locale !== undefined) {
    if (raw.locale !== "zh" && raw.locale !== "en") {
      const got = describeValue(raw.locale);
      throw new ConfigError({ zh: `"locale" 只能是 "zh" 或 "en"（给出的是${got.zh}）`, en: `"locale" must be "zh" or "en" (got ${got.en})` }, source);
    }
    out.locale = raw.locale;
  }
  if (raw.overrides !== undefined) {
    if (!Array.isArray(raw.overrides)) {
      const got = describeValue(raw.overrides);
      throw new ConfigError({ zh: `"overrides" 必须是由 { files, rules?, settings? } 对象组成的列表（给出的是${got.zh}）`, en: `"overrides" must be a list of { files, rules?, settings? } objects (got ${got.en})` }, source);
    }
    raw.overrides.forEach((ov: unknown, i: number) => {
      const where = `overrides[${i}]`;
      if (!isPlainObject(ov)) {
        const got = describeValue(ov);
        throw new ConfigError({ zh: `"${where}" 必须是含 "files" 的对象（给出的是${got.zh}）`, en: `"${where}" must be an object with "files" (got ${got.en})` }, source);
      }
      for (const key of Object.keys(ov)) {
        if (!(OVERRIDE_KEYS as readonly string[]).includes(key)) throw unknownKey(key, OVERRIDE_KEYS, { zh: `${where} `, en: where }, source);
      }
      if (ov.files === undefined) throw new ConfigError({ zh: `"${where}" 缺少 "files"（一个通配符或通配符列表）`, en: `"${where}" needs "files" (a glob or a list of globs)` }, source);
      const entry: NormalizedOverride = {
        files: stringList(ov.files, `${where}.files`, source, false),
        rules: normalizeRuleMap(ov.rules, registry, `${where}.rules`, source),
      };
      if (ov.excludedFiles !== undefined) entry.excludedFiles = stringList(ov.excludedFiles, `${where}.excludedFiles`, source, true);
      if (ov.settings !== undefined) entry.settings = normalizeSettings(ov.settings, `${where}.settings`, source);
      out.overrides.push(entry);
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Resolution.

/** One step of a resolved `extends` chain, applied in order: presets and config files' own keys. */
export type ConfigLayer =
  | { kind: "preset"; name: PresetName }
  | { kind: "config"; config: NormalizedConfig; /** Folder that override globs are relative to. */ basePath?: string };

export const RECOMMENDED_LAYER: ConfigLayer = { kind: "preset", name: "reportlint:recommended" };

/** Apply layers in order for one file, then the command line's rules. */
export function resolveLayers(
  layers: readonly ConfigLayer[],
  opts: { filePath: string; registry: ReadonlyMap<string, Rule>; cliRules?: Record<string, RuleEntry> },
): ResolvedConfig {
  const rules: Record<string, RuleEntry> = {};
  const apply = (entries: Record<string, RuleEntry>) => {
    for (const [id, entry] of Object.entries(entries)) {
      // A bare severity keeps options set earlier (as ESLint does).
      if (entry.length === 1 && rules[id]?.[1]) rules[id] = [entry[0], rules[id][1]];
      else rules[id] = entry;
    }
  };
  let settings: Settings = {};
  let locale: Locale = "zh";
  for (const layer of layers) {
    if (layer.kind === "preset") {
      Object.assign(rules, presetRules(layer.name, opts.registry));
      continue;
    }
    const { config } = layer;
    apply(config.rules);
    settings = { ...settings, ...config.settings };
    if (config.locale) locale = config.locale;
    const base = layer.basePath ?? "";
    for (const ov of config.overrides) {
      if (!matchesFiles(opts.filePath, ov.files, base)) continue;
      if (ov.excludedFiles && matchesFiles(opts.filePath, ov.excludedFiles, base)) continue;
      apply(ov.rules);
      if (ov.settings) settings = { ...settings, ...ov.settings };
    }
  }
  if (opts.cliRules) apply(opts.cliRules);

  const enabled: Record<string, RuleEntry> = {};
  for (const [id, entry] of Object.entries(rules)) if (entry[0] !== 0) enabled[id] = entry;
  return { rules: enabled, settings, locale };
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
 * here (file paths need the loader). Without an `extends` key the recommended preset is the base
 * (so a config that only turns one rule off keeps the others); `"extends": []` starts from no rules.
 */
export function resolveConfig(data: ConfigData | undefined, opts: ResolveOptions): ResolvedConfig {
  const { registry, source } = opts;
  const cliRules = opts.cliRules && normalizeRuleMap(opts.cliRules, registry, "--rule");
  if (data === undefined) return resolveLayers([RECOMMENDED_LAYER], { filePath: opts.filePath, registry, cliRules });
  const config = normalizeConfigData(data, registry, source);
  const layers: ConfigLayer[] = [];
  if (config.extends === undefined) layers.push(RECOMMENDED_LAYER);
  for (const name of config.extends ?? []) {
    if (!isPresetName(name)) {
      throw new ConfigError({
        zh: `extends 中有未知的预设「${name}」（可用：${PRESETS.join("、")}；extends 中的文件路径只能写在由配置加载器读取的配置文件里）`,
        en: `unknown preset "${name}" in extends (known: ${PRESETS.join(", ")}; a file path in extends needs a config file, loaded by the config loader)`,
      }, source);
    }
    layers.push({ kind: "preset", name });
  }
  // Plugins are packages found from a config file's folder: only the config loader loads them. Here
  // a plugin counts as loaded when the registry given already holds its rules (registryWithPlugins).
  for (const name of config.plugins) {
    const { id } = pluginNames(name);
    if (![...registry.keys()].some((k) => k.startsWith(`${id}/`))) {
      throw new ConfigError({
        zh: `插件「${name}」未加载：插件需要写在由配置加载器读取的配置文件里，或给出含该插件规则的规则表（registryWithPlugins）`,
        en: `plugin "${name}" is not loaded: plugins need a config file read by the config loader, or a registry with the plugin's rules (registryWithPlugins)`,
      }, source);
    }
  }
  layers.push({ kind: "config", config, basePath: opts.basePath });
  return resolveLayers(layers, { filePath: opts.filePath, registry, cliRules });
}
