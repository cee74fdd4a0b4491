// --init: a starter .reportlintrc.json in the current folder, never over an existing config.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ConfigError } from "./errors.js";
import { CONFIG_FILE_NAMES, PACKAGE_JSON_KEY } from "./load.js";

export const STARTER_CONFIG_NAME = ".reportlintrc.json";

/** Minimal and valid: JSON has no comments, so the keys themselves are the documentation. */
export const STARTER_CONFIG = {
  extends: "reportlint:recommended",
  rules: {},
  settings: {
    // The 2021 format notice (国办公开办函〔2021〕30号) is the one reports follow today.
    formatYear: 2021,
  },
};

/**
 * Write the starter config. When the folder already has a config nothing is written and its path
 * comes back with `existing` (that is no configuration error: the file may be perfectly valid);
 * ConfigError when the file cannot be written.
 */
export async function writeStarterConfig(cwd: string): Promise<{ path: string } | { path: string; existing: true }> {
  const existing = await existingConfigIn(cwd);
  if (existing) return { path: existing, existing: true };
  const path = join(cwd, STARTER_CONFIG_NAME);
  try {
    // "wx": fail rather than overwrite if the file appeared since the check.
    await writeFile(path, JSON.stringify(STARTER_CONFIG, null, 2) + "\n", { flag: "wx" });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return { path, existing: true };
    const why = code === "EACCES" || code === "EPERM" ? { zh: "没有权限", en: "permission denied" } : { zh: (err as Error).message, en: (err as Error).message };
    throw new ConfigError({ zh: `无法写入配置文件：${why.zh}`, en: `cannot write the config: ${why.en}` }, path);
  }
  return { path };
}

/**
 * Any config this folder already has: a second one beside it would silently lose (or win), so
 * --init refuses for every config file name, and for a package.json with a "reportlint" key.
 */
async function existingConfigIn(cwd: string): Promise<string | undefined> {
  for (const name of CONFIG_FILE_NAMES) {
    const path = join(cwd, name);
    let text: string;
    try {
      text = await readFile(path, "utf8");
    } catch {
      continue;
    }
    if (name !== "package.json") return path;
    try {
      const pkg = JSON.parse(text.replace(/^\uFEFF/, "")) as Record<string, unknown> | null;
      if (pkg && typeof pkg === "object" && pkg[PACKAGE_JSON_KEY] !== undefined) return path;
    } catch {
      // An unparsable package.json holds no reportlint config.
    }
  }
  return undefined;
}
