// Where a rule's documentation page is. Every rule's page ships in the package (docs/rules/<id>.md);
// meta.docs.url holds that path inside the package, and the tools that show links turn it into
// one: the command line and the language server point at the installed copy (a file: URL), or
// at `settings.docsBaseUrl` when a configuration names where the pages are published.

/** The rule pages' folder inside the package. */
export const RULE_DOCS_DIR = "docs/rules";

/** A rule page's path inside the package: what meta.docs.url holds. */
export function ruleDocsUrl(id: string): string {
  return `${RULE_DOCS_DIR}/${id}.md`;
}

/** The link to a rule's page under `base` (a URL or file: URL of the folder holding the pages). */
export function ruleDocsLink(id: string, base: string): string {
  return `${base.endsWith("/") ? base : base + "/"}${id}.md`;
}
