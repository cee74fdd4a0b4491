import type { JSONSchema } from "../core/types.js";
import type { Bilingual } from "../core/bilingual.js";
import { zhType } from "./describe.js";

/**
 * Validates a value against the JSON Schema subset rule options use (type, enum, properties,
 * required, additionalProperties, items, minimum/maximum, minItems/maxItems, minLength, oneOf,
 * anyOf). Hand-written rather than Ajv: option schemas are tiny, and compiling them with Ajv on
 * every start would cost more than linting a report. Returns the first problem in both languages, or null.
 */
export function validateAgainstSchema(value: unknown, schema: JSONSchema, path = ""): Bilingual | null {
  // zh: "allow 必须是数组", "选项必须是对象" (a space only after a Latin path).
  const here = { zh: path ? `${path} ` : "选项", en: path || "(options)" };
  if (schema.oneOf || schema.anyOf) {
    const alts = (schema.oneOf ?? schema.anyOf)!;
    const ok = alts.filter((s) => validateAgainstSchema(value, s, path) === null).length;
    if (schema.oneOf ? ok !== 1 : ok === 0) return { zh: `${here.zh}不符合任何一种允许的写法`, en: `${here.en} does not match any allowed form` };
  }
  if (schema.enum && !schema.enum.some((e) => e === value)) {
    const allowed = schema.enum.map((e) => JSON.stringify(e));
    const zhAllowed = allowed.length > 1 ? `${allowed.slice(0, -1).join("、")} 或 ${allowed[allowed.length - 1]}` : allowed[0];
    return { zh: `${here.zh}只能是 ${zhAllowed}（给出的是 ${JSON.stringify(value)}）`, en: `${here.en} must be one of ${allowed.join(", ")} (got ${JSON.stringify(value)})` };
  }
  if (schema.type) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => isType(value, t))) {
      const got = describe(value);
      return { zh: `${here.zh}必须是${types.map(zhType).join("或")}（给出的是${got.zh}）`, en: `${here.en} must be ${types.map(withArticle).join(" or ")} (got ${got.en})` };
    }
  }
  if (typeof value === "number") {
    if (schema.minimum !== undefined && value < schema.minimum) return { zh: `${here.zh}不能小于 ${schema.minimum}（给出的是 ${value}）`, en: `${here.en} must be ≥ ${schema.minimum} (got ${value})` };
    if (schema.maximum !== undefined && value > schema.maximum) return { zh: `${here.zh}不能大于 ${schema.maximum}（给出的是 ${value}）`, en: `${here.en} must be ≤ ${schema.maximum} (got ${value})` };
  }
  if (typeof value === "string" && schema.minLength !== undefined && value.length < schema.minLength) {
    return { zh: `${here.zh}至少要有 ${schema.minLength} 个字符`, en: `${here.en} must have at least ${schema.minLength} characters` };
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) return { zh: `${here.zh}至少要有 ${schema.minItems} 项`, en: `${here.en} must have at least ${schema.minItems} items` };
    if (schema.maxItems !== undefined && value.length > schema.maxItems) return { zh: `${here.zh}最多只能有 ${schema.maxItems} 项`, en: `${here.en} must have at most ${schema.maxItems} items` };
    if (schema.items) {
      for (let i = 0; i < value.length; i++) {
        const err = validateAgainstSchema(value[i], schema.items, `${path}[${i}]`);
        if (err) return err;
      }
    }
  }
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    for (const key of schema.required ?? []) {
      const required = `${path ? path + "." : ""}${key}`;
      if (!(key in obj)) return { zh: `缺少必填项 ${required}`, en: `${required} is required` };
    }
    for (const [key, v] of Object.entries(obj)) {
      const sub = schema.properties?.[key];
      const childPath = path ? `${path}.${key}` : key;
      if (sub) {
        const err = validateAgainstSchema(v, sub, childPath);
        if (err) return err;
      } else if (schema.additionalProperties === false) {
        const known = Object.keys(schema.properties ?? {});
        return {
          zh: `未知的选项「${childPath}」${known.length ? `（可用的选项：${known.join("、")}）` : "（此处没有可用的选项）"}`,
          en: `unknown option "${childPath}"${known.length ? ` (known: ${known.join(", ")})` : ""}`,
        };
      } else if (schema.additionalProperties && typeof schema.additionalProperties === "object") {
        const err = validateAgainstSchema(v, schema.additionalProperties, childPath);
        if (err) return err;
      }
    }
  }
  return null;
}

function isType(v: unknown, t: string): boolean {
  switch (t) {
    case "object":
      return v !== null && typeof v === "object" && !Array.isArray(v);
    case "array":
      return Array.isArray(v);
    case "integer":
      return Number.isInteger(v);
    case "number":
      return typeof v === "number" && Number.isFinite(v);
    case "null":
      return v === null;
    default:
      return typeof v === t;
  }
}

function withArticle(type: string): string {
  if (type === "null") return "null";
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function describe(v: unknown): Bilingual {
  if (v === null) return { zh: "空值 null", en: "null" };
  if (Array.isArray(v)) return { zh: "数组", en: "an array" };
  if (typeof v === "string") return { zh: `字符串 ${JSON.stringify(v)}`, en: JSON.stringify(v) };
  if (typeof v === "object") return { zh: "对象", en: "an object" };
  return { zh: `${zhType(typeof v)} ${String(v)}`, en: `${typeof v} ${String(v)}` };
}
