// Links to the rule pages for the formatters and the language server: the pages installed with
// the package, or a published copy named by settings.docsBaseUrl.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { RULE_DOCS_DIR, ruleDocsLink } from "../core/docs-url.js";
import type { RuleMeta, Rule } from "../core/types.js";
import type { ConfigLoader } from "../config/load.js";
import { defaultRegistry } from "../core/linter.js";
import { packageRoot } from "../gazetteer/load.js";

/** The file: URL of the installed rule pages' folder (docs/rules/ beside dist/). */
export function installedDocsBase(): string {
  return pathToFileURL(join(packageRoot(), RULE_DOCS_DIR)).href + "/";
}

/** The docs base a configuration's settings name, if any (settings.docsBaseUrl). */
export function configuredDocsBase(settings: Record<string, unknown> | undefined): string | undefined {
  const base = settings?.docsBaseUrl;
  return typeof base === "string" && base.trim() ? base.trim() : undefined;
}

/** Each rule's meta with docs.url made a link under `base` (default: the installed pages). */
export function linkedRulesMeta(rules: Iterable<[string, Rule]>, base: string = installedDocsBase()): Record<string, RuleMeta> {
  const out: Record<string, RuleMeta> = {};
  for (const [id, rule] of rules) out[id] = { ...rule.meta, docs: { ...rule.meta.docs, url: ruleDocsLink(id, base) } };
  return out;
}

/** What formatters get as rulesMeta: every plugin rule's own meta, the built-in rules' pages linked. */
export async function formatterRulesMeta(loader: ConfigLoader, base?: string): Promise<Record<string, RuleMeta>> {
  return { ...(await loader.rulesMeta()), ...linkedRulesMeta(defaultRegistry, base) };
}
