// Node's own import(), for modules that are not part of the bundle: a user's reportlint.config.js
// and tinypool (which finds its worker files next to its own). The CLI bundle is CommonJS compiled
// by bin/reportlint.js through node:vm so that its compiled code can be cached, and inside node:vm a
// plain import() needs an experimental flag on Node 20; the launcher lends its own import() as
// globalThis.__reportlintImport. Everywhere else (the library, tests) a plain import() works.
type Importer = (specifier: string) => Promise<unknown>;

export function nativeImport<T = unknown>(specifier: string): Promise<T> {
  const lent = (globalThis as { __reportlintImport?: Importer }).__reportlintImport;
  return (lent ? lent(specifier) : import(specifier)) as Promise<T>;
}
