/** Where rule doc pages are published; SARIF helpUri and editor links point here. */
export const DOCS_BASE_URL = "https://github.com/reportlint/reportlint/blob/main/docs/rules/";

export function ruleDocsUrl(id: string): string {
  return `${DOCS_BASE_URL}${id}.md`;
}
