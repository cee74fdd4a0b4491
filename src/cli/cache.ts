// --cache: remember each file's messages so that an unchanged file is not linted again.
//
// An entry is used only when all of these are unchanged: the file's bytes (sha-256), the resolved
// configuration for that file (rules with options, settings, locale — and whatever else the
// caller folds in, such as --encoding), reportlint's version and the registry's rule ids. The
// last two hold for the whole cache file: when they differ, every entry is dropped.
//
// Only messages of files linted as they are on disk are stored: a result whose text was changed
// by fixes (`output` set) or that holds a fatal message (unreadable, rule crash) is not, and any
// older entry for that file is removed. The file is JSON; a missing, unreadable, corrupt or
// foreign cache file counts as empty and is rewritten on save. Saving writes a temporary file
// beside the cache and renames it over the old one, so a reader never sees half a file.
import { BilingualError } from "../core/bilingual.js";
import { nodeCrypto } from "../core/crypto.js";
import { mkdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { LintMessage, LintResult, ReportSummary, ResolvedConfig } from "../core/types.js";

/** The cache file's name, in the working folder or in the folder --cache-location names. */
export const DEFAULT_CACHE_FILE = ".reportlintcache";

/** Bumped when the file's layout changes; an older layout is dropped, not misread. */
const FORMAT = 1;

interface Entry {
  /** sha-256 of the file's bytes. */
  content: string;
  /** hashConfig() of the configuration the file was linted with. */
  config: string;
  messages: LintMessage[];
  /** The report at a glance (review formats). */
  report?: ReportSummary;
}

interface CacheFile {
  reportlintCache: typeof FORMAT;
  /** Hash of reportlint's version and the registry's rule ids. */
  environment: string;
  files: Record<string, Entry>;
}

export interface CacheEnvironment {
  /** reportlint's version (VERSION in run.ts). */
  version: string;
  /** The ids of the registered rules (defaultRegistry.keys()). */
  ruleIds: Iterable<string>;
}

const sha256 = (data: string | Uint8Array): string => nodeCrypto().createHash("sha256").update(data).digest("hex");

/** sha-256 (hex) of a file's bytes. */
export function hashContent(bytes: Uint8Array | string): string {
  return sha256(bytes);
}

/** JSON with object keys sorted, so that the same values always give the same text. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === "object" && !Array.isArray(v)) {
      return Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]));
    }
    return v;
  });
}

/**
 * sha-256 (hex) of the configuration a file is linted with: its rules (severity and options),
 * settings, locale and plugin versions. `extra` holds anything else that changes the messages (the CLI passes
 * { encoding: opts.encoding }).
 */
export function hashConfig(resolved: Pick<ResolvedConfig, "rules" | "settings" | "locale" | "plugins">, extra?: Record<string, unknown>): string {
  // A plugin's package and version: a new version of a plugin may report differently.
  const plugins = resolved.plugins ? { plugins: resolved.plugins } : {};
  return sha256(stableJson({ rules: resolved.rules, settings: resolved.settings, locale: resolved.locale, extra: extra ?? {}, ...plugins }));
}

function hashEnvironment(env: CacheEnvironment): string {
  return sha256(stableJson({ version: env.version, ruleIds: [...env.ruleIds].sort() }));
}

/**
 * --cache-location → the cache file: the default file in cwd when not given; a path that ends in
 * a slash or names an existing folder → the default file inside that folder; otherwise the file.
 */
export async function resolveCacheLocation(location: string | undefined, cwd: string): Promise<string> {
  if (location === undefined || location === "") return join(cwd, DEFAULT_CACHE_FILE);
  const full = resolve(cwd, location);
  if (/[\\/]$/.test(location)) return join(full, DEFAULT_CACHE_FILE);
  try {
    if ((await stat(full)).isDirectory()) return join(full, DEFAULT_CACHE_FILE);
  } catch {
    // Not there yet: it will be the file.
  }
  return full;
}

/** A cache file that could not be written; the run's results are not affected. */
export class CacheWriteError extends BilingualError {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isPosition = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 0;
const isOptional = (v: unknown, type: "string" | "number" | "boolean"): boolean => v === undefined || typeof v === type;

/** A stored message with every field of the type the formatters read (a hand-edited or foreign file may hold anything). */
function isMessage(v: unknown): v is LintMessage {
  if (!isObject(v)) return false;
  if (!(v.ruleId === null || typeof v.ruleId === "string") || (v.severity !== 1 && v.severity !== 2) || typeof v.message !== "string") return false;
  if (![v.line, v.column, v.endLine, v.endColumn].every(isPosition)) return false;
  if (!isOptional(v.messageId, "string") || !isOptional(v.fatal, "boolean") || !isOptional(v.place, "string")) return false;
  if (v.fix === undefined) return true;
  if (!isObject(v.fix) || typeof v.fix.text !== "string" || !Array.isArray(v.fix.range)) return false;
  return v.fix.range.length === 2 && v.fix.range.every(isPosition);
}

function isSummary(v: unknown): v is ReportSummary {
  if (!isObject(v) || typeof v.format !== "string") return false;
  return isOptional(v.title, "string") && isOptional(v.organization, "string") && isOptional(v.year, "number") && (v.layout === undefined || v.layout === "2019" || v.layout === "2021");
}

function isEntry(v: unknown): v is Entry {
  if (!isObject(v)) return false;
  if (typeof v.content !== "string" || typeof v.config !== "string" || !Array.isArray(v.messages)) return false;
  return v.messages.every(isMessage) && (v.report === undefined || isSummary(v.report));
}

export class LintCache {
  private dirty: boolean;

  private constructor(
    /** The cache file. */
    readonly location: string,
    private readonly environment: string,
    private readonly files: Map<string, Entry>,
    dirty: boolean,
  ) {
    this.dirty = dirty;
  }

  /**
   * Read the cache file at `location` (a file path; see resolveCacheLocation). Never throws: a
   * missing, unreadable or corrupt file, or one written by another version or rule set, gives
   * an empty cache (rewritten by save()).
   */
  static async load(location: string, env: CacheEnvironment): Promise<LintCache> {
    const environment = hashEnvironment(env);
    const files = new Map<string, Entry>();
    let text: string;
    try {
      text = await readFile(location, "utf8");
    } catch (err) {
      // Missing is the normal first run: nothing to rewrite unless something is stored.
      return new LintCache(location, environment, files, (err as NodeJS.ErrnoException).code !== "ENOENT");
    }
    let data: Partial<CacheFile> | null;
    try {
      data = JSON.parse(text) as Partial<CacheFile> | null;
    } catch {
      return new LintCache(location, environment, files, true);
    }
    if (!data || typeof data !== "object" || data.reportlintCache !== FORMAT || data.environment !== environment || !data.files || typeof data.files !== "object") {
      return new LintCache(location, environment, files, true);
    }
    let dirty = false;
    for (const [path, entry] of Object.entries(data.files)) {
      if (isEntry(entry)) files.set(path, entry);
      else dirty = true;
    }
    return new LintCache(location, environment, files, dirty);
  }

  /** The stored messages of `filePath` if its bytes and configuration are unchanged. */
  get(filePath: string, contentHash: string, configHash: string): { messages: LintMessage[]; report?: ReportSummary } | undefined {
    const entry = this.files.get(resolve(filePath));
    if (!entry || entry.content !== contentHash || entry.config !== configHash) return undefined;
    return { messages: entry.messages.map((m) => ({ ...m })), report: entry.report };
  }

  /**
   * Remember the result of linting `filePath` (whose bytes hash to contentHash, linted with
   * configHash). A result with fixes applied (`output` set) or with a fatal message is not
   * stored, and any older entry for the file is dropped. Returns whether it was stored.
   */
  set(filePath: string, contentHash: string, configHash: string, result: Pick<LintResult, "messages" | "output" | "report">): boolean {
    const key = resolve(filePath);
    if (result.output !== undefined || result.messages.some((m) => m.fatal)) {
      if (this.files.delete(key)) this.dirty = true;
      return false;
    }
    const entry: Entry = { content: contentHash, config: configHash, messages: result.messages.map((m) => ({ ...m })) };
    if (result.report) entry.report = result.report;
    this.files.set(key, entry);
    this.dirty = true;
    return true;
  }

  /** Forget a file (e.g. one that was fixed and written). */
  delete(filePath: string): void {
    if (this.files.delete(resolve(filePath))) this.dirty = true;
  }

  get size(): number {
    return this.files.size;
  }

  /**
   * Write the cache file if anything changed: a temporary file in the same folder, then a rename
   * over the old one. Throws CacheWriteError (with the reason) when it cannot be written.
   */
  async save(): Promise<void> {
    if (!this.dirty) return;
    const data: CacheFile = { reportlintCache: FORMAT, environment: this.environment, files: Object.fromEntries(this.files) };
    const dir = dirname(this.location);
    const temp = join(dir, `.${basename(this.location)}.${process.pid}-${nodeCrypto().randomBytes(4).toString("hex")}.tmp`);
    try {
      await mkdir(dir, { recursive: true });
      await writeFile(temp, JSON.stringify(data), { flag: "wx" });
      await rename(temp, this.location);
    } catch (err) {
      await unlink(temp).catch(() => {});
      throw new CacheWriteError({ zh: `无法写入缓存 ${this.location}：${(err as Error).message}`, en: `cannot write the cache ${this.location}: ${(err as Error).message}` });
    }
    this.dirty = false;
  }
}
