// Shared by the config tests: real files in a temporary folder, and a small fake rule registry.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import type { Rule, RuleMeta } from "../../src/core/types.js";

const created: string[] = [];
// Each test file that makes trees removes them when it is done.
afterAll(() => {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** Create files (path → content; objects are written as JSON) under a new temporary folder. */
export function makeTree(files: Record<string, string | object> = {}): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "rl-")));
  created.push(root);
  writeFiles(root, files);
  return root;
}

export function writeFiles(root: string, files: Record<string, string | object>): void {
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(root, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  }
}

export function fakeRule(id: string, meta: Partial<RuleMeta> = {}): Rule {
  return {
    meta: {
      id,
      type: "problem",
      docs: { description: id, descriptionEn: id, url: `https://example.invalid/${id}` },
      defaultSeverity: "error",
      messages: {},
      ...meta,
    },
    create() {},
  };
}

/** required-sections (no options), max-len (warn, with an options schema) and an opt-in rule. */
export const registry: ReadonlyMap<string, Rule> = new Map(
  [
    fakeRule("required-sections"),
    fakeRule("max-len", {
      defaultSeverity: "warn",
      schema: { type: "object", properties: { max: { type: "integer", minimum: 1 } }, additionalProperties: false },
      defaultOptions: { max: 80 },
    }),
    fakeRule("opt-in", { recommended: false }),
  ].map((r) => [r.meta.id, r] as const),
);
