// Packages named in a config (plugins, shareable configs) or on the command line (formatters),
// resolved from a given folder (the folder of the config that names them, or the working folder)
// and imported with Node's own import() so that ES modules and CommonJS packages both load. Their
// names: package-names.ts.
import { createRequire } from "node:module";
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { nativeImport } from "../core/native-import.js";
import { BilingualError } from "../core/bilingual.js";

export class PackageNotFoundError extends BilingualError {
  constructor(readonly packageName: string, readonly fromFolder: string) {
    super({
      zh: `从 ${fromFolder} 找不到软件包 ${packageName}（是否已安装？npm install --save-dev ${packageName}）`,
      en: `cannot find the package ${packageName} from ${fromFolder} (is it installed? npm install --save-dev ${packageName})`,
    });
    this.name = "PackageNotFoundError";
  }
}

/**
 * The file a package's main entry points at, found from `fromFolder` as Node finds a dependency
 * (node_modules upward). require.resolve first; a package that exports only an `import` entry
 * (ES module only) is then resolved by its package.json's `exports`.
 */
export async function resolvePackage(packageName: string, fromFolder: string): Promise<string> {
  const require = createRequire(join(resolve(fromFolder), "<config>.js"));
  try {
    return require.resolve(packageName);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== "ERR_PACKAGE_PATH_NOT_EXPORTED") {
      if (code === "MODULE_NOT_FOUND") throw new PackageNotFoundError(packageName, fromFolder);
      throw err;
    }
  }
  for (let dir = resolve(fromFolder); ; dir = dirname(dir)) {
    const packageDir = join(dir, "node_modules", packageName);
    const manifest = await readFile(join(packageDir, "package.json"), "utf8").then(
      (text) => JSON.parse(text) as { exports?: unknown },
      () => undefined,
    );
    if (manifest) {
      const target = exportTarget(manifest.exports);
      if (target) return join(packageDir, target);
      throw new BilingualError({ zh: `软件包 ${packageName}（${packageDir}）没有可供 import 的入口`, en: `the package ${packageName} (${packageDir}) exports no entry for import` });
    }
    if (dirname(dir) === dir) throw new PackageNotFoundError(packageName, fromFolder);
  }
}

const IMPORT_CONDITIONS = ["import", "node", "default"];

/** The main entry of a package.json `exports` for import() in Node (a subset: strings and condition objects). */
function exportTarget(exports: unknown): string | undefined {
  if (typeof exports === "string") return exports;
  if (Array.isArray(exports)) return exports.map(exportTarget).find(Boolean);
  if (!exports || typeof exports !== "object") return undefined;
  const map = exports as Record<string, unknown>;
  if (Object.hasOwn(map, ".")) return exportTarget(map["."]);
  for (const [condition, value] of Object.entries(map)) if (IMPORT_CONDITIONS.includes(condition)) return exportTarget(value);
  return undefined;
}

/**
 * Import a module file: its default export (CommonJS: module.exports), or its namespace when it
 * has no default export (an ES module that exports `rules` and `configs` by name).
 */
export async function importModule(filePath: string): Promise<unknown> {
  const ns = await nativeImport<Record<string, unknown>>(pathToFileURL(filePath).href);
  return ns.default !== undefined ? ns.default : { ...ns };
}

/** The first line of what a module threw while loading, without its stack. */
export function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split("\n")[0];
}
