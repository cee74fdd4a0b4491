// Short package names expanded as ESLint's eslintrc expands them (`x` → `reportlint-plugin-x`).
// Pure: the browser build uses the config resolution that reads plugin names.
export const PLUGIN_PREFIX = "reportlint-plugin";
export const CONFIG_PREFIX = "reportlint-config";
export const FORMATTER_PREFIX = "reportlint-formatter";

/**
 * A short name → the package name, as ESLint: `x` → `reportlint-plugin-x`, `@org` and
 * `@org/reportlint-plugin` → `@org/reportlint-plugin`, `@org/x` → `@org/reportlint-plugin-x`; a full
 * name stays as it is.
 */
export function normalizePackageName(name: string, prefix: string): string {
  const n = name.replace(/\\/g, "/");
  if (n.startsWith("@")) {
    const scopeOnly = new RegExp(`^(@[^/]+)(?:/(?:${prefix})?)?$`);
    if (scopeOnly.test(n)) return n.replace(scopeOnly, `$1/${prefix}`);
    const [scope, rest] = [n.slice(0, n.indexOf("/")), n.slice(n.indexOf("/") + 1)];
    return new RegExp(`^${prefix}(-|$)`).test(rest) ? n : `${scope}/${prefix}-${rest}`;
  }
  return n.startsWith(`${prefix}-`) ? n : `${prefix}-${n}`;
}

/** A package name → the short name its rules are prefixed with (`reportlint-plugin-x` → `x`, `@org/reportlint-plugin` → `@org`). */
export function shortName(packageName: string, prefix: string): string {
  if (packageName.startsWith("@")) {
    const scoped = new RegExp(`^(@[^/]+)/${prefix}(?:-(.+))?$`).exec(packageName);
    if (scoped) return scoped[2] ? `${scoped[1]}/${scoped[2]}` : scoped[1];
    return packageName;
  }
  return packageName.startsWith(`${prefix}-`) ? packageName.slice(prefix.length + 1) : packageName;
}

/** A package name npm would accept (lower case, an optional scope, no path tricks). */
export function isPackageName(name: string): boolean {
  return /^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/.test(name) && !/\.\.|\/\//.test(name);
}
