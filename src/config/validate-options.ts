import type { JSONSchema } from "../core/types.js";

/**
 * Validates a value against the JSON Schema subset rule options use (type, enum, properties,
 * required, additionalProperties, items, minimum/maximum, minItems/maxItems, minLength, oneOf,
 * anyOf). Hand-written rather than Ajv: option schemas are tiny, and compiling them with Ajv on
 * every start would cost more than linting a report. Returns the first problem, or null.
 */
export function validateAgainstSchema(value: unknown, schema: JSONSchema, path = ""): string | null {
  const here = path || "(options)";
  if (schema.oneOf || schema.anyOf) {
    const alts = (schema.oneOf ?? schema.anyOf)!;
    const ok = alts.filter((s) => validateAgainstSchema(value, s, path) === null).length;
    if (schema.oneOf ? ok !== 1 : ok === 0) return `${here} does not match any allowed form`;
  }
  if (schema.enum && !schema.enum.some((e) => e === value)) {
    return `${here} must be one of ${schema.enum.map((e) => JSON.stringify(e)).join(", ")} (got ${JSON.stringify(value)})`;
  }
  if (schema.type) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => isType(value, t))) return `${here} must be ${types.map(withArticle).join(" or ")} (got ${describe(value)})`;
  }
  if (typeof value === "number") {
    if (schema.minimum !== undefined && value < schema.minimum) return `${here} must be ≥ ${schema.minimum} (got ${value})`;
    if (schema.maximum !== undefined && value > schema.maximum) return `${here} must be ≤ ${schema.maximum} (got ${value})`;
  }
  if (typeof value === "string" && schema.minLength !== undefined && value.length < schema.minLength) {
    return `${here} must have at least ${schema.minLength} characters`;
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) return `${here} must have at least ${schema.minItems} items`;
    if (schema.maxItems !== undefined && value.length > schema.maxItems) return `${here} must have at most ${schema.maxItems} items`;
    if (schema.items) {
      for (let i = 0; i < value.length; i++) {
        const err = validateAgainstSchema(value[i], schema.items, `${path}[${i}]`);
        if (err) return err;
      }
    }
  }
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in obj)) return `${path ? path + "." : ""}${key} is required`;
    for (const [key, v] of Object.entries(obj)) {
      const sub = schema.properties?.[key];
      const childPath = path ? `${path}.${key}` : key;
      if (sub) {
        const err = validateAgainstSchema(v, sub, childPath);
        if (err) return err;
      } else if (schema.additionalProperties === false) {
        const known = Object.keys(schema.properties ?? {});
        return `unknown option "${childPath}"${known.length ? ` (known: ${known.join(", ")})` : ""}`;
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

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  return typeof v === "string" ? JSON.stringify(v) : typeof v === "object" ? "an object" : `${typeof v} ${String(v)}`;
}
