// Which files not to lint: node_modules/ and .git/ always; then, in order, a config's
// ignorePatterns, the cwd's .reportlintignore and --ignore-pattern, all in .gitignore syntax.
// A later source's "!pattern" re-includes what an earlier one ignored, as ESLint does.
import ignore, { type Ignore } from "ignore";
import { readFile } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { ConfigError } from "./errors.js";

export const IGNORE_FILE_NAME = ".reportlintignore";
const ALWAYS_IGNORED_DIRS = new Set(["node_modules", ".git"]);

/** Patterns and the folder they are relative to (a config's ignorePatterns: the config's folder). */
export interface IgnorePatternSet {
  patterns: string[];
  baseDir: string;
}

export interface IgnoreMatcherOptions {
  cwd: string;
  /** --ignore-pattern values, relative to cwd. */
  ignorePatterns?: string[];
}

interface CompiledSet {
  matcher: Ignore;
  baseDir: string;
}

function toPosix(p: string): string {
  return sep === "\\" ? p.split(sep).join("/") : p;
}

export class IgnoreMatcher {
  readonly #cwd: string;
  /** .reportlintignore then --ignore-pattern: most specific last. */
  readonly #own: CompiledSet[];
  // Config ignorePatterns are asked about once per file; compile each set once.
  readonly #configSets = new Map<string, Ignore>();

  private constructor(cwd: string, own: CompiledSet[]) {
    this.#cwd = cwd;
    this.#own = own;
  }

  /** Reads cwd/.reportlintignore if there is one. Throws ConfigError if it cannot be read. */
  static async create(options: IgnoreMatcherOptions): Promise<IgnoreMatcher> {
    const cwd = resolve(options.cwd);
    const own: CompiledSet[] = [];
    const ignoreFile = join(cwd, IGNORE_FILE_NAME);
    try {
      const text = await readFile(ignoreFile, "utf8");
      own.push({ matcher: ignore().add(text.replace(/^\uFEFF/, "")), baseDir: cwd });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== "ENOENT") {
        const why = code === "EISDIR" ? { zh: "这是文件夹", en: "it is a folder" } : code === "EACCES" || code === "EPERM" ? { zh: "没有权限", en: (err as Error).message } : { zh: (err as Error).message, en: (err as Error).message };
        throw new ConfigError({ zh: `无法读取忽略文件：${why.zh}`, en: `cannot read the ignore file: ${why.en}` }, ignoreFile);
      }
    }
    if (options.ignorePatterns?.length) own.push({ matcher: ignore().add(options.ignorePatterns), baseDir: cwd });
    return new IgnoreMatcher(cwd, own);
  }

  /**
   * Should this file (or, with isDirectory, folder) be skipped? Pass the ignorePatterns of the
   * config that applies to the file (ConfigLoader.forFile returns them) so that they count too.
   */
  ignores(absPath: string, configPatterns?: IgnorePatternSet | readonly IgnorePatternSet[], opts: { isDirectory?: boolean } = {}): boolean {
    const path = resolve(this.#cwd, absPath);
    const fromCwd = toPosix(relative(this.#cwd, path));
    if (fromCwd.split("/").some((segment) => ALWAYS_IGNORED_DIRS.has(segment))) return true;

    const configSets = configPatterns === undefined ? [] : Array.isArray(configPatterns) ? configPatterns : [configPatterns as IgnorePatternSet];
    const sets: CompiledSet[] = [...configSets.map((s) => ({ matcher: this.#compileConfigSet(s), baseDir: resolve(s.baseDir) })), ...this.#own];
    let ignored = false;
    for (const { matcher, baseDir } of sets) {
      const rel = toPosix(relative(baseDir, path));
      // Patterns describe files under their folder; anything else is not theirs to judge.
      if (rel === "" || rel === ".." || rel.startsWith("../") || isAbsolute(rel)) continue;
      const result = matcher.test(opts.isDirectory ? `${rel}/` : rel);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }

  #compileConfigSet(set: IgnorePatternSet): Ignore {
    const key = `${resolve(set.baseDir)}\0${set.patterns.join("\n")}`;
    let matcher = this.#configSets.get(key);
    if (!matcher) {
      matcher = ignore().add(set.patterns);
      this.#configSets.set(key, matcher);
    }
    return matcher;
  }
}
