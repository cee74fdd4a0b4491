// Plugins: packages that add rules (and configs turning them on) to reportlint, named in a config's
// `plugins` or by `extends: "plugin:name/config"`. A plugin's rule `x` is registered as
// `name/x` with the same meta/create API as the built-in rules (src/core/types.ts). Pure checks
// here; the config loader (load.ts) finds and imports the packages.
import type { Rule, RuleMeta } from "../core/types.js";
import { BilingualError, type Bilingual } from "../core/bilingual.js";
import { PLUGIN_PREFIX, normalizePackageName, shortName } from "./package-names.js";

/** A plugin rule as a package writes it: a built-in rule's shape, with `meta.id` optional (the key names it). */
export interface PluginRule {
  meta: Omit<RuleMeta, "id" | "docs" | "type" | "defaultSeverity"> & {
    id?: string;
    type?: RuleMeta["type"];
    docs: { description: string; descriptionEn?: string; url?: string };
    defaultSeverity?: RuleMeta["defaultSeverity"];
  };
  create: Rule["create"];
}

/** What a plugin module exports (default export or module.exports; or named exports of an ES module). */
export interface Plugin {
  meta?: { name?: string; version?: string };
  rules?: Record<string, PluginRule>;
  /** Configs for `extends: "plugin:<name>/<config>"`, written as a config file is. */
  configs?: Record<string, unknown>;
}

/** A plugin ready to use: its rules registered under `<id>/`. */
export interface LoadedPlugin {
  /** What its rules are prefixed with: `guangdong`, `@org`, `@org/x`. */
  id: string;
  packageName: string;
  /** The module file imported; its folder is where its configs' `extends` and `plugins` are resolved from. */
  filePath: string;
  /** The package's version, when its package.json says (part of the --cache key). */
  version?: string;
  rules: ReadonlyMap<string, Rule>;
  configs: Readonly<Record<string, unknown>>;
  /** The config that named it first (for messages). */
  namedIn: string;
}

/** A `plugins` entry → { id, packageName }: `x`, `reportlint-plugin-x`, `@org`, `@org/x`. */
export function pluginNames(name: string): { id: string; packageName: string } {
  const packageName = normalizePackageName(name, PLUGIN_PREFIX);
  return { id: shortName(packageName, PLUGIN_PREFIX), packageName };
}

/** `plugin:@org/x/recommended` → { plugin: "@org/x", config: "recommended" }; undefined when malformed. */
export function parsePluginConfigRef(ref: string): { plugin: string; config: string } | undefined {
  const body = ref.slice("plugin:".length);
  const slash = body.lastIndexOf("/");
  if (slash <= 0 || slash === body.length - 1) return undefined;
  return { plugin: body.slice(0, slash), config: body.slice(slash + 1) };
}

const isObject = (v: unknown): v is Record<string, unknown> => Object.prototype.toString.call(v) === "[object Object]";
const isText = (v: unknown): v is string => typeof v === "string" && v !== "";

/** The first thing wrong with a plugin rule's shape, or null. */
function ruleProblem(key: string, rule: unknown): Bilingual | null {
  const where = `rules["${key}"]`;
  const say = (zh: string, en: string): Bilingual => ({ zh: `${where}${zh}`, en: `${where}${en}` });
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(key)) return say("：规则名必须是 kebab-case（a-z、0-9、-）", ": a rule's name must be kebab-case (a-z, 0-9, -)");
  if (!isObject(rule)) return say(" 不是规则对象（{ meta, create }）", " is not a rule object ({ meta, create })");
  if (typeof rule.create !== "function") return say(" 没有 create(context) 函数", " has no create(context) function");
  const meta = rule.meta;
  if (!isObject(meta)) return say(" 没有 meta 对象", " has no meta object");
  if (meta.id !== undefined && meta.id !== key) return say(`：meta.id "${String(meta.id)}" 与规则名 "${key}" 不一致`, `: meta.id "${String(meta.id)}" differs from the rule's name "${key}"`);
  if (meta.type !== undefined && meta.type !== "problem" && meta.type !== "suggestion") return say('：meta.type 只能是 "problem" 或 "suggestion"', ': meta.type must be "problem" or "suggestion"');
  if (meta.defaultSeverity !== undefined && meta.defaultSeverity !== "error" && meta.defaultSeverity !== "warn") return say('：meta.defaultSeverity 只能是 "error" 或 "warn"', ': meta.defaultSeverity must be "error" or "warn"');
  const docs = meta.docs;
  if (!isObject(docs) || !isText(docs.description)) return say("：缺少 meta.docs.description（用一行话说明规则检查什么）", ": meta.docs.description (one line saying what the rule checks) is missing");
  // file: for a page shipped in the plugin's package (new URL("./docs/x.md", import.meta.url)).
  if (docs.url !== undefined && !(isText(docs.url) && /^(?:https?:\/\/|file:)/.test(docs.url))) return say("：meta.docs.url 必须是 http(s) 或 file: 地址", ": meta.docs.url must be an http(s) or file: address");
  if (!isObject(meta.messages) || Object.keys(meta.messages).length === 0) return say("：meta.messages 必须把每个 messageId 对应到 { zh, en }", ": meta.messages must map each messageId to { zh, en }");
  for (const [id, text] of Object.entries(meta.messages)) {
    if (!isObject(text) || typeof text.zh !== "string" || typeof text.en !== "string") return say(`：meta.messages["${id}"] 必须是 { zh: "…", en: "…" }`, `: meta.messages["${id}"] must be { zh: "…", en: "…" }`);
  }
  if (meta.schema !== undefined && !isObject(meta.schema)) return say("：meta.schema 必须是 JSON Schema 对象", ": meta.schema must be a JSON Schema object");
  if (meta.defaultOptions !== undefined && !isObject(meta.defaultOptions)) return say("：meta.defaultOptions 必须是对象", ": meta.defaultOptions must be an object");
  if (meta.fixable !== undefined && meta.fixable !== "code") return say('：meta.fixable 若写出，只能是 "code"', ': meta.fixable must be "code" when present');
  return null;
}

/**
 * Check what a plugin module exported and register its rules under `<id>/`. Throws a BilingualError
 * saying what is wrong (the loader adds the config file and the package).
 */
export function checkPlugin(value: unknown, id: string): { rules: Map<string, Rule>; configs: Record<string, unknown>; version?: string } {
  if (!isObject(value)) throw new BilingualError({ zh: "插件必须导出一个对象 { rules, configs }", en: "a plugin must export an object { rules, configs }" });
  if (value.rules === undefined && value.configs === undefined) {
    throw new BilingualError({ zh: "该模块既没有导出 rules，也没有导出 configs：它是 reportlint 插件吗？", en: "the module exports neither rules nor configs: is it a reportlint plugin?" });
  }
  if (value.rules !== undefined && !isObject(value.rules)) throw new BilingualError({ zh: "rules 必须是对象，把规则名对应到 { meta, create }", en: "rules must be an object mapping rule names to { meta, create }" });
  if (value.configs !== undefined && !isObject(value.configs)) throw new BilingualError({ zh: "configs 必须是对象，把配置名对应到配置", en: "configs must be an object mapping config names to configs" });
  const rules = new Map<string, Rule>();
  for (const [key, rule] of Object.entries((value.rules ?? {}) as Record<string, unknown>)) {
    const problem = ruleProblem(key, rule);
    if (problem) throw new BilingualError(problem);
    rules.set(`${id}/${key}`, registeredRule(`${id}/${key}`, rule as unknown as PluginRule));
  }
  const meta = isObject(value.meta) ? value.meta : {};
  return { rules, configs: (value.configs ?? {}) as Record<string, unknown>, ...(isText(meta.version) ? { version: meta.version } : {}) };
}

/** A plugin rule as the registry holds it: a complete RuleMeta under its prefixed id. */
function registeredRule(id: string, rule: PluginRule): Rule {
  const { docs } = rule.meta;
  return {
    meta: {
      ...rule.meta,
      id,
      type: rule.meta.type ?? "problem",
      defaultSeverity: rule.meta.defaultSeverity ?? "warn",
      docs: { description: docs.description, descriptionEn: docs.descriptionEn ?? docs.description, url: docs.url ?? "" },
    },
    create: (context) => rule.create(context),
  };
}

/**
 * A registry of `base`'s rules and the plugins' (name → plugin module), for linting with plugin
 * rules outside a config file: `lintText(text, { registry: registryWithPlugins(defaultRegistry, { x: plugin }) })`.
 */
export function registryWithPlugins(base: ReadonlyMap<string, Rule>, plugins: Record<string, unknown>): Map<string, Rule> {
  const registry = new Map(base);
  for (const [name, plugin] of Object.entries(plugins)) {
    for (const [id, rule] of checkPlugin(plugin, pluginNames(name).id).rules) registry.set(id, rule);
  }
  return registry;
}
