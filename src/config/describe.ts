// How configuration messages name a value the user wrote, in both languages ("(got an array)",
// 「（给出的是数组）」): only its kind and, for a scalar, the value itself.
import type { Bilingual } from "../core/bilingual.js";

/** Chinese names of JSON types (JSON Schema's `type` words). */
const ZH_TYPES: Record<string, string> = {
  string: "字符串",
  number: "数字",
  integer: "整数",
  boolean: "布尔值",
  object: "对象",
  array: "数组",
  null: "空值 null",
  function: "函数",
  bigint: "大整数",
  symbol: "符号",
  undefined: "空值",
};

/** A JSON type word in Chinese ("array" → 数组). */
export function zhType(type: string): string {
  return ZH_TYPES[type] ?? type;
}

/** A value as a config message names it: null, nothing, an array, an object, a Map, string "x", number 3. */
export function describeValue(v: unknown): Bilingual {
  if (v === null) return { zh: "空值 null", en: "null" };
  if (v === undefined) return { zh: "空值", en: "nothing" };
  if (Array.isArray(v)) return { zh: "数组", en: "an array" };
  if (typeof v === "function") return { zh: "函数", en: "a function" };
  if (typeof v === "object") {
    const tag = Object.prototype.toString.call(v).slice(8, -1);
    return tag === "Object" ? { zh: "对象", en: "an object" } : { zh: `${tag} 对象`, en: `a ${tag}` };
  }
  return { zh: `${zhType(typeof v)} ${JSON.stringify(v)}`, en: `${typeof v} ${JSON.stringify(v)}` };
}

/** The kind of a value without any of its content: for a file that may not be a config at all. */
export function describeType(v: unknown): Bilingual {
  if (typeof v === "string") return { zh: "字符串", en: "a string" };
  if (typeof v === "number" || typeof v === "boolean") return { zh: zhType(typeof v), en: `a ${typeof v}` };
  return describeValue(v);
}

/** A list of names: "a, b" in English, 「a、b」 in Chinese. */
export function listed(items: readonly string[]): Bilingual {
  return { zh: items.join("、"), en: items.join(", ") };
}
