// The JSON Schema (draft-07) of a config file, generated from the rules' metadata so that it
// cannot drift from what the config loader accepts. Editors use it (a "$schema" key, or a
// json.schemas setting) for completion and checking; scripts/gen-config-schema.mjs writes it to
// schema/reportlintrc.schema.json. Pure: no file system.
import type { JSONSchema, Rule } from "../core/types.js";
import { CONFIG_KEYS, EDITOR_KEYS, PRESETS, SETTINGS_SCHEMA } from "./resolve.js";

/** Where the schema is written, relative to the package root (shipped in the package). */
export const CONFIG_SCHEMA_PATH = "schema/reportlintrc.schema.json";

const DRAFT_07 = "http://json-schema.org/draft-07/schema#";

const SETTING_DESCRIPTIONS: Record<string, string> = {
  organization: "发布报告的单位全称 / The body that issues the report",
  county: "本单位所在县（区）/ The county (district) of the body",
  reportYear: "报告年度 / The year the report covers",
  formatYear: "表格格式：2019（国办公开办函〔2019〕60号）或 2021（〔2021〕30号）/ The table format: 2019 or 2021",
  allowPlaces: "可以出现的其他地名 / Place names outside the body's area that may be mentioned",
  docsBaseUrl: "规则说明页面所在的网址或文件夹（规则链接为 <docsBaseUrl>/<规则>.md；默认指向随软件安装的 docs/rules）/ Where the rule pages are published (links are <docsBaseUrl>/<rule-id>.md; default: the pages installed with reportlint)",
};

/** A glob or a list of globs; `nonEmpty` when the list must name at least one. */
function globs(description: string, nonEmpty: boolean): JSONSchema {
  const glob: JSONSchema = { type: "string", minLength: 1 };
  return {
    description,
    anyOf: [glob, { type: "array", items: glob, ...(nonEmpty ? { minItems: 1 } : {}) }],
  };
}

/** A draft-07 tuple: exactly these items (JSONSchema's type has no array form of "items"). */
function tuple(items: JSONSchema[]): JSONSchema {
  return Object.assign({ type: "array", minItems: items.length, additionalItems: false } as JSONSchema, { items });
}

/** One rule's entry: a severity, [severity] or [severity, options]. */
function ruleEntrySchema(rule: Rule): JSONSchema {
  const { meta } = rule;
  const severity: JSONSchema = { $ref: "#/definitions/severity" };
  const forms: JSONSchema[] = [severity, tuple([severity])];
  if (meta.schema) forms.push(tuple([severity, meta.schema]));
  const fixable = meta.fixable ? " 🔧" : "";
  return {
    description: `${meta.docs.description} / ${meta.docs.descriptionEn}${fixable}（默认 default: ${meta.defaultSeverity}）${meta.docs.url}`,
    anyOf: forms,
  };
}

/**
 * The JSON Schema of a config file (.reportlintrc.json, or the "reportlint" key of package.json)
 * for a rule registry. Deterministic: the same rules give the same schema, key for key.
 */
export function configSchema(rules: Iterable<Rule> | ReadonlyMap<string, Rule>): JSONSchema {
  const list: Rule[] = rules instanceof Map ? [...rules.values()] : [...(rules as Iterable<Rule>)];
  const ruleProperties: Record<string, JSONSchema> = {};
  for (const rule of list) ruleProperties[rule.meta.id] = ruleEntrySchema(rule);

  const settingsProperties: Record<string, JSONSchema> = {};
  for (const [key, schema] of Object.entries(SETTINGS_SCHEMA.properties ?? {})) {
    settingsProperties[key] = SETTING_DESCRIPTIONS[key] ? { description: SETTING_DESCRIPTIONS[key], ...schema } : schema;
  }

  const severity: JSONSchema = { $ref: "#/definitions/severity" };
  const extendsItem: JSONSchema = {
    anyOf: [
      { enum: [...PRESETS], description: "内置预设 / A built-in preset" },
      { type: "string", pattern: "^plugin:", description: "插件提供的配置，如 plugin:guangdong/recommended / A plugin's config, e.g. plugin:guangdong/recommended" },
      { type: "string", minLength: 1, description: "另一个配置文件的路径（./ 或 ../ 开头，相对于本文件）或共享配置包（x → reportlint-config-x）/ A path to another config file (./ or ../, relative to this one) or a shareable config package (x → reportlint-config-x)" },
    ],
  };

  const properties: Record<string, JSONSchema> = {
    $schema: { type: "string", minLength: 1, description: "本 JSON Schema 的路径或网址（供编辑器使用）/ The path or URL of this schema (for editors)" },
    extends: {
      description: "在预设或其他配置之上（按顺序应用）；省略时以 reportlint:recommended 为基础，[] 表示从空规则开始 / Build on presets or other configs, applied in order; without it reportlint:recommended is the base, [] starts from no rules",
      anyOf: [{ $ref: "#/definitions/extendsItem" }, { type: "array", items: { $ref: "#/definitions/extendsItem" } }],
    },
    plugins: {
      description: "插件包（x → reportlint-plugin-x，@org/x → @org/reportlint-plugin-x），从本文件所在文件夹查找 / Plugin packages (x → reportlint-plugin-x), resolved from this file's folder",
      anyOf: [{ type: "string", minLength: 1 }, { type: "array", items: { type: "string", minLength: 1 } }],
    },
    rules: { $ref: "#/definitions/rules" },
    overrides: {
      description: "只对部分文件生效的设置 / Settings for some files only",
      type: "array",
      items: {
        type: "object",
        required: ["files"],
        properties: {
          files: globs("适用的文件（相对于本配置文件的通配符）/ Globs of the files this applies to (relative to this config)", true),
          excludedFiles: globs("排除的文件 / Globs of files excluded from this override", false),
          rules: { $ref: "#/definitions/rules" },
          settings: { $ref: "#/definitions/settings" },
        },
        additionalProperties: false,
      },
    },
    ignorePatterns: globs("不检查的文件（相对于本配置文件的通配符）/ Globs of files not to lint (relative to this config)", false),
    settings: { $ref: "#/definitions/settings" },
    locale: { enum: ["zh", "en"], description: "消息语言 / Message language" },
  };
  // The schema and the loader must agree on the top-level keys.
  for (const key of [...CONFIG_KEYS, ...EDITOR_KEYS]) if (!properties[key]) throw new Error(`configSchema: no schema for config key "${key}"`);

  return {
    $schema: DRAFT_07,
    title: "reportlint 配置 / reportlint configuration",
    description: "reportlint 的配置文件（.reportlintrc.json 等）/ A reportlint configuration file (.reportlintrc.json, …)",
    type: "object",
    properties,
    additionalProperties: false,
    definitions: {
      extendsItem,
      severity: {
        description: '"off"/0 关闭 off, "warn"/1 警告 warning, "error"/2 错误 error',
        enum: ["off", "warn", "error", 0, 1, 2],
      },
      rules: {
        description: '规则设置：严重程度，或 [严重程度, 选项] / Rule settings: a severity, or [severity, options]',
        type: "object",
        properties: ruleProperties,
        // A plugin's rules (plugin/rule): their options are checked by reportlint when it loads the plugin.
        patternProperties: { "^[^/]+(/[^/]+)*/[^/]+$": { anyOf: [severity, tuple([severity]), tuple([severity, { type: "object" }])] } },
        additionalProperties: false,
      },
      settings: {
        description: "报告本身可能没有写明的事实 / Facts a report may not state",
        ...SETTINGS_SCHEMA,
        properties: settingsProperties,
      },
    },
  };
}
