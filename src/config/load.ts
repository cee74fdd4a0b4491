// Finding, reading and merging config files. Everything thrown from here is a ConfigError whose
// filePath is the config file at fault; parser and loader errors never escape in their own shape.
import type { Loader, PublicExplorer } from "cosmiconfig";
import { readdir, readFile, realpath } from "node:fs/promises";
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Locale, ResolvedConfig, Rule, RuleEntry, RuleMeta, Settings, Severity } from "../core/types.js";
import { ConfigError, textsOf } from "./errors.js";
import type { Bilingual } from "../core/bilingual.js";
import { jsonProblem, yamlProblem } from "./parse-messages.js";
import type { IgnorePatternSet } from "./ignore.js";
import { nativeImport } from "../core/native-import.js";
import { CONFIG_PREFIX, isPackageName, normalizePackageName } from "./package-names.js";
import { PackageNotFoundError, importModule, resolvePackage } from "./packages.js";
import { checkPlugin, parsePluginConfigRef, pluginNames, type LoadedPlugin } from "./plugins.js";
import {
  CONFIG_KEYS,
  PRESETS,
  RECOMMENDED_LAYER,
  isPresetName,
  normalizeConfigData,
  normalizeRuleMap,
  resolveLayers,
  type ConfigLayer,
} from "./resolve.js";

/**
 * Where a config is looked for in each folder, in order of precedence. Dedicated files come before
 * package.json so that a project can keep a `reportlint` key there and still override it per folder.
 */
export const CONFIG_FILE_NAMES = [
  ".reportlintrc",
  ".reportlintrc.json",
  ".reportlintrc.yaml",
  ".reportlintrc.yml",
  ".reportlintrc.js",
  ".reportlintrc.cjs",
  ".reportlintrc.mjs",
  "reportlint.config.js",
  "reportlint.config.mjs",
  "reportlint.config.cjs",
  "package.json",
] as const;

/** The key read from package.json. */
export const PACKAGE_JSON_KEY = "reportlint";

export interface ConfigLoaderOptions {
  cwd: string;
  /** --config: this file is the config for every file, and no other is looked for. */
  configFile?: string;
  /** false with --no-config-lookup: only configFile (or nothing, i.e. the recommended preset). */
  useConfigLookup: boolean;
  /** --rule settings, applied after every config. */
  cliRules?: Record<string, unknown>;
  registry: ReadonlyMap<string, Rule>;
  /**
   * Asked before a JavaScript config (.js, .cjs, .mjs) or a plugin's module is run; false makes it
   * a ConfigError with `whyNot`. The language server allows only those inside the workspace:
   * opening a file must not run code that lies beside it.
   */
  mayRunJavaScript?: { check: (filePath: string) => Promise<boolean>; whyNot: string | Bilingual };
}

/** A config file with its `extends` chain followed, ready to resolve for any file. */
export interface LoadedConfig {
  filePath: string;
  /** Presets and config files' own keys, in the order they apply (extended configs first). */
  layers: ConfigLayer[];
  /** ignorePatterns of the config and of the configs it extends, relative to the config's folder. */
  ignorePatterns: IgnorePatternSet[];
  /** Plugins the config and the configs it extends loaded, by id. */
  plugins: ReadonlyMap<string, LoadedPlugin>;
  /** The loader's rules and the plugins' rules: what the config's rule ids refer to. */
  registry: ReadonlyMap<string, Rule>;
}

/** One config followed through its extends: its layers, ignore patterns and plugins. */
interface Chain {
  layers: ConfigLayer[];
  ignorePatterns: string[];
  plugins: Map<string, LoadedPlugin>;
}

/** Where a config came from: a file, or a plugin's config (no file of its own). */
interface ConfigSource {
  /** Named in messages (ConfigError's filePath). */
  label: string;
  /** Where its extends paths and packages are resolved from. */
  folder: string;
  /** Same identity, same config: a real path, or plugin file + config name. */
  identity: string;
}

export interface ConfigForFile {
  resolved: ResolvedConfig;
  /** The config file used; undefined when none was found (the recommended preset applies). */
  configPath?: string;
  /** The config's ignorePatterns, to pass to IgnoreMatcher.ignores. */
  ignorePatterns: IgnorePatternSet[];
}

// cosmiconfig (with js-yaml) is loaded only when a folder holds a candidate config file: a run
// over reports with no config anywhere should not pay ~100 KB of parsing at start-up.
let cosmiconfigModule: typeof import("cosmiconfig") | undefined;
async function loadCosmiconfig(): Promise<typeof import("cosmiconfig")> {
  if (!cosmiconfigModule) {
    const mod = await import("cosmiconfig");
    // A CommonJS package: bundled, its exports may sit on `default`.
    cosmiconfigModule = "cosmiconfig" in mod ? mod : (mod as unknown as { default: typeof import("cosmiconfig") }).default;
  }
  return cosmiconfigModule;
}

/** Could this folder hold a config? A cheap look at its entries before asking cosmiconfig. */
async function folderMayHoldConfig(folder: string): Promise<boolean> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return true; // let cosmiconfig report what is wrong with the folder
  }
  if (names.some((n) => n !== "package.json" && (CONFIG_FILE_NAMES as readonly string[]).includes(n))) return true;
  if (!names.includes("package.json")) return false;
  try {
    // Only a package.json with our key counts; most belong to something else.
    const pkg: unknown = JSON.parse(await readFile(join(folder, "package.json"), "utf8"));
    return pkg !== null && typeof pkg === "object" && Object.hasOwn(pkg, PACKAGE_JSON_KEY);
  } catch {
    return true; // unreadable or invalid: let cosmiconfig say so
  }
}

export class ConfigLoader {
  readonly #cwd: string;
  readonly #configFile?: string;
  readonly #useConfigLookup: boolean;
  readonly #registry: ReadonlyMap<string, Rule>;
  readonly #cliRules: Record<string, RuleEntry>;
  /** --rule settings of plugin rules (`x/rule`): checked against each config's plugins. */
  readonly #cliPluginRules: Record<string, unknown>;
  readonly #mayRunJavaScript?: ConfigLoaderOptions["mayRunJavaScript"];
  /** A plugin module's file → the plugin, loaded once. */
  readonly #pluginsByFile = new Map<string, Promise<LoadedPlugin>>();
  /** Parsed --rule settings of plugin rules, per config. */
  readonly #cliRulesByConfig = new WeakMap<LoadedConfig, Record<string, RuleEntry>>();
  readonly #loaders: Record<string, Loader>;
  #explorer?: PublicExplorer;
  // Promises, not values, so that files linted concurrently share one search and one load.
  /** folder → the nearest config at or above it (null: none up to the root). */
  readonly #nearestByFolder = new Map<string, Promise<{ filePath: string; raw: unknown } | null>>();
  /** config file path → the config with its extends chain followed. */
  readonly #loadedByPath = new Map<string, Promise<LoadedConfig>>();
  /**
   * real path of an extended file → its layers, worked out once: a file extended from several
   * places (a diamond, each level naming the next twice) is read and resolved once, not once per path.
   */
  readonly #extendedByIdentity = new Map<string, Promise<Chain>>();

  /** Throws ConfigError when a --rule setting is invalid. */
  constructor(options: ConfigLoaderOptions) {
    this.#cwd = resolve(options.cwd);
    this.#configFile = options.configFile === undefined ? undefined : resolve(this.#cwd, options.configFile);
    this.#useConfigLookup = options.useConfigLookup;
    this.#registry = options.registry;
    const cliRules = Object.entries(options.cliRules ?? {});
    this.#cliRules = normalizeRuleMap(Object.fromEntries(cliRules.filter(([id]) => !id.includes("/"))), options.registry, "--rule");
    this.#cliPluginRules = Object.fromEntries(cliRules.filter(([id]) => id.includes("/")));
    const guard = options.mayRunJavaScript;
    this.#mayRunJavaScript = guard;
    const guarded: Loader | undefined = guard && (async (filePath, content) => {
      if (!(await guard.check(filePath))) throw new ConfigError(guard.whyNot, filePath);
      return jsConfigLoader(filePath, content);
    });
    this.#loaders = guarded ? { ...CONFIG_LOADERS, ".js": guarded, ".cjs": guarded, ".mjs": guarded } : CONFIG_LOADERS;
  }

  /** The resolved config for one file, and where it came from. Throws ConfigError. */
  async forFile(filePath: string): Promise<ConfigForFile> {
    const absPath = resolve(this.#cwd, filePath);
    const loaded = await this.loadedConfigFor(absPath);
    const registry = loaded?.registry ?? this.#registry;
    const cliRules = { ...this.#cliRules, ...this.#pluginCliRules(loaded) };
    const resolved = resolveLayers(loaded?.layers ?? [RECOMMENDED_LAYER], { filePath: absPath, registry, cliRules });
    if (loaded?.plugins.size) {
      resolved.registry = registry;
      resolved.plugins = Object.fromEntries([...loaded.plugins].map(([id, p]) => [id, p.version ? `${p.packageName}@${p.version}` : p.packageName]));
    }
    return { resolved, configPath: loaded?.filePath, ignorePatterns: loaded?.ignorePatterns ?? [] };
  }

  /** --rule settings of plugin rules, checked against the plugins the config loaded. */
  #pluginCliRules(loaded: LoadedConfig | undefined): Record<string, RuleEntry> {
    if (Object.keys(this.#cliPluginRules).length === 0) return {};
    if (!loaded) return normalizeRuleMap(this.#cliPluginRules, this.#registry, "--rule");
    let rules = this.#cliRulesByConfig.get(loaded);
    if (!rules) {
      rules = normalizeRuleMap(this.#cliPluginRules, loaded.registry, "--rule");
      this.#cliRulesByConfig.set(loaded, rules);
    }
    return rules;
  }

  /** Every rule's meta known so far: the loader's rules and those of every plugin loaded (for formatters). */
  async rulesMeta(): Promise<Record<string, RuleMeta>> {
    const meta: Record<string, RuleMeta> = {};
    for (const [id, rule] of this.#registry) meta[id] = rule.meta;
    for (const plugin of await Promise.all([...this.#pluginsByFile.values()].map((p) => p.catch(() => undefined)))) {
      for (const [id, rule] of plugin?.rules ?? []) meta[id] = rule.meta;
    }
    return meta;
  }

  /** The ignorePatterns of the config that applies to a file (none without a config). */
  async ignorePatternsFor(filePath: string): Promise<IgnorePatternSet[]> {
    return (await this.loadedConfigFor(filePath))?.ignorePatterns ?? [];
  }

  /**
   * For --print-config: { configPath?, locale, settings, rules: { id: [severity, options?] } } with
   * every enabled rule in registry order and its effective options (defaults merged in).
   */
  async printableConfig(filePath: string): Promise<{ configPath?: string; plugins?: Record<string, string>; locale: Locale; settings: Settings; rules: Record<string, [Severity, Record<string, unknown>?]> }> {
    const { resolved, configPath } = await this.forFile(filePath);
    const rules: Record<string, [Severity, Record<string, unknown>?]> = {};
    for (const [id, rule] of resolved.registry ?? this.#registry) {
      const entry = resolved.rules[id];
      if (!entry) continue;
      const options = { ...(rule.meta.defaultOptions ?? {}), ...(entry[1] ?? {}) };
      rules[id] = Object.keys(options).length ? [entry[0], options] : [entry[0]];
    }
    return { ...(configPath ? { configPath } : {}), ...(resolved.plugins ? { plugins: resolved.plugins } : {}), locale: resolved.locale, settings: resolved.settings, rules };
  }

  /** The config that applies to a file with its extends followed, or undefined for none. */
  async loadedConfigFor(filePath: string): Promise<LoadedConfig | undefined> {
    if (this.#configFile) return this.#loadRoot(this.#configFile);
    if (!this.#useConfigLookup) return undefined;
    const found = await this.#nearestConfig(dirname(resolve(this.#cwd, filePath)));
    return found ? this.#loadRoot(found.filePath, found.raw) : undefined;
  }

  async #getExplorer(): Promise<PublicExplorer> {
    if (!this.#explorer) {
      const { cosmiconfig } = await loadCosmiconfig();
      try {
        // "none": search one folder per call; #nearestConfig walks upward itself so that every
        // folder's answer is cached, and cosmiconfig's global config folder is never read.
        this.#explorer = cosmiconfig(PACKAGE_JSON_KEY, {
          searchPlaces: [...CONFIG_FILE_NAMES],
          searchStrategy: "none",
          loaders: this.#loaders,
          ignoreEmptySearchPlaces: false,
          cache: true,
        });
      } catch (err) {
        // cosmiconfig reads the cwd's package.json for its own options when it starts.
        throw toConfigError(err, (err as { filepath?: string }).filepath ?? resolve(this.#cwd, "package.json"));
      }
    }
    return this.#explorer;
  }

  #nearestConfig(folder: string): Promise<{ filePath: string; raw: unknown } | null> {
    let found = this.#nearestByFolder.get(folder);
    if (!found) {
      found = this.#searchFolder(folder);
      this.#nearestByFolder.set(folder, found);
    }
    return found;
  }

  async #searchFolder(folder: string): Promise<{ filePath: string; raw: unknown } | null> {
    let result;
    try {
      result = (await folderMayHoldConfig(folder)) ? await (await this.#getExplorer()).search(folder) : null;
    } catch (err) {
      throw toConfigError(err, (err as { filepath?: string }).filepath ?? folder);
    }
    if (result) return { filePath: result.filepath, raw: result.isEmpty ? {} : result.config };
    const parent = dirname(folder);
    return parent === folder ? null : this.#nearestConfig(parent);
  }

  #loadRoot(filePath: string, raw?: unknown): Promise<LoadedConfig> {
    let loaded = this.#loadedByPath.get(filePath);
    if (!loaded) {
      loaded = (async () => {
        const content = raw === undefined ? await this.#readConfigFile(filePath) : raw;
        const identity = await realpath(filePath).catch(() => filePath);
        const chain = await this.#followExtends({ label: filePath, folder: dirname(filePath), identity }, content, []);
        // Globs in extended configs are relative to this config's folder, as in ESLint: a shared
        // base config can then say which files of each project it applies to.
        const basePath = dirname(filePath);
        const layers = chain.layers.map((l): ConfigLayer => (l.kind === "config" ? { ...l, basePath } : l));
        const ignorePatterns = chain.ignorePatterns.length ? [{ patterns: chain.ignorePatterns, baseDir: basePath }] : [];
        return { filePath, layers, ignorePatterns, plugins: chain.plugins, registry: this.#registryWith(chain.plugins) };
      })();
      this.#loadedByPath.set(filePath, loaded);
    }
    return loaded;
  }

  #registryWith(plugins: ReadonlyMap<string, LoadedPlugin>): ReadonlyMap<string, Rule> {
    if (plugins.size === 0) return this.#registry;
    const registry = new Map(this.#registry);
    for (const plugin of plugins.values()) for (const [id, rule] of plugin.rules) registry.set(id, rule);
    return registry;
  }

  /**
   * The layers of one config: what it extends (depth first), then its own keys. Its plugins, and
   * those of the configs it extends, are loaded first: its rules may name theirs.
   */
  async #followExtends(source: ConfigSource, raw: unknown, chain: string[]): Promise<Chain> {
    const { label, folder } = source;
    // Every key but the rules is checked before any plugin is loaded: a file that is no config at
    // all is said to be so, and nothing it names is run.
    const head = normalizeConfigData(withoutRules(raw), this.#registry, label);
    const layers: ConfigLayer[] = [];
    const ignorePatterns: string[] = [];
    const plugins = new Map<string, LoadedPlugin>();
    for (const name of head.plugins) addPlugin(plugins, await this.#loadPlugin(name, folder, label), label);
    if (head.extends === undefined) layers.push(RECOMMENDED_LAYER);
    const seen = [...chain, source.identity];
    for (const ref of head.extends ?? []) {
      if (ref.startsWith("reportlint:")) {
        if (!isPresetName(ref)) throw new ConfigError({ zh: `extends 中有未知的预设「${ref}」（可用：${PRESETS.join("、")}）`, en: `unknown preset "${ref}" in extends (known: ${PRESETS.join(", ")})` }, label);
        layers.push({ kind: "preset", name: ref });
        continue;
      }
      let target: { source: ConfigSource; read: () => Promise<unknown> };
      if (ref.startsWith("plugin:")) {
        target = await this.#pluginConfig(ref, folder, label, plugins);
      } else {
        const targetPath = await this.#configPathOf(ref, folder, label);
        const targetIdentity = await realpath(targetPath).catch((err: NodeJS.ErrnoException) => {
          if (err.code === "ENOENT" || err.code === "ENOTDIR") {
            throw new ConfigError({ zh: `extends「${ref}」：文件不存在（${this.#display(targetPath)}）`, en: `extends "${ref}": no such file (${this.#display(targetPath)})` }, label);
          }
          throw toConfigError(err, targetPath);
        });
        target = { source: { label: targetPath, folder: dirname(targetPath), identity: targetIdentity }, read: () => this.#readConfigFile(targetPath) };
      }
      const targetIdentity = target.source.identity;
      if (seen.includes(targetIdentity)) {
        const cycle = [...seen.slice(seen.indexOf(targetIdentity)), targetIdentity].map((p) => this.#display(p));
        throw new ConfigError({ zh: `extends 形成了循环：${cycle.join(" → ")}`, en: `extends cycle: ${cycle.join(" → ")}` }, label);
      }
      let extended = this.#extendedByIdentity.get(targetIdentity);
      if (!extended) {
        extended = (async () => this.#followExtends(target.source, await target.read(), seen))();
        this.#extendedByIdentity.set(targetIdentity, extended);
      }
      const { layers: extendedLayers, ignorePatterns: extendedPatterns, plugins: extendedPlugins } = await extended;
      layers.push(...extendedLayers);
      ignorePatterns.push(...extendedPatterns);
      for (const plugin of extendedPlugins.values()) addPlugin(plugins, plugin, label);
    }
    const config = normalizeConfigData(raw, this.#registryWith(plugins), label);
    layers.push({ kind: "config", config });
    ignorePatterns.push(...config.ignorePatterns);
    return { layers: lastOccurrences(layers), ignorePatterns: lastOccurrences(ignorePatterns), plugins };
  }

  /**
   * An `extends` entry that is not a preset → the config file it names: a path (absolute, or
   * starting with ./ or ../) relative to the extending config's folder, or else a shareable config
   * package (`x` → reportlint-config-x, `@org` → @org/reportlint-config) found from that folder.
   */
  async #configPathOf(ref: string, folder: string, label: string): Promise<string> {
    if (isAbsolute(ref) || /^\.{1,2}[/\\]/.test(ref)) return resolve(folder, ref);
    const packageName = normalizePackageName(ref, CONFIG_PREFIX);
    if (!isPackageName(packageName)) {
      throw new ConfigError({
        zh: `extends「${ref}」既不是预设、路径（此配置旁边的文件请写成 "./${ref}"），也不是软件包名`,
        en: `extends "${ref}": not a preset, a path (write "./${ref}" for a file beside this config) or a package name`,
      }, label);
    }
    try {
      return await resolvePackage(packageName, folder);
    } catch (err) {
      if (!(err instanceof PackageNotFoundError)) {
        const why = textsOf(err);
        throw new ConfigError({ zh: `extends「${ref}」：无法解析 ${packageName}：${why.zh}`, en: `extends "${ref}": cannot resolve ${packageName}: ${why.en}` }, label);
      }
      const beside = await realpath(resolve(folder, ref)).then(() => true, () => false);
      const hint = beside ? { zh: `；若要继承此配置旁边的文件 ${ref}，请写成 "./${ref}"`, en: `; to extend the file ${ref} beside this config, write "./${ref}"` } : { zh: "", en: "" };
      throw new ConfigError({ zh: `extends「${ref}」：${err.zh}${hint.zh}`, en: `extends "${ref}": ${err.message}${hint.en}` }, label);
    }
  }

  /** `plugin:x/name` → the plugin's config `name` (the plugin is loaded and joins the extending config's plugins). */
  async #pluginConfig(ref: string, folder: string, label: string, plugins: Map<string, LoadedPlugin>): Promise<{ source: ConfigSource; read: () => Promise<unknown> }> {
    const parsed = parsePluginConfigRef(ref);
    if (!parsed) throw new ConfigError({ zh: `extends「${ref}」：请写成 "plugin:<插件>/<配置>"，如 "plugin:guangdong/recommended"`, en: `extends "${ref}": write "plugin:<plugin>/<config>", e.g. "plugin:guangdong/recommended"` }, label);
    const plugin = await this.#loadPlugin(parsed.plugin, folder, label);
    addPlugin(plugins, plugin, label);
    if (!Object.hasOwn(plugin.configs, parsed.config)) {
      const known = Object.keys(plugin.configs);
      throw new ConfigError({
        zh: `extends「${ref}」：插件 ${plugin.packageName} 中没有配置「${parsed.config}」（${known.length ? `它有：${known.join("、")}` : "它没有任何配置"}）`,
        en: `extends "${ref}": the plugin ${plugin.packageName} has no config "${parsed.config}" (${known.length ? `it has: ${known.join(", ")}` : "it has no configs"})`,
      }, label);
    }
    const pluginLabel = `plugin:${plugin.id}/${parsed.config} (${this.#display(plugin.filePath)})`;
    return {
      source: { label: pluginLabel, folder: dirname(plugin.filePath), identity: `${plugin.filePath}#${parsed.config}` },
      read: async () => plugin.configs[parsed.config],
    };
  }

  /** Find, check and load a plugin named in a config; everything that goes wrong is a ConfigError naming the config and the package. */
  #loadPlugin(name: string, folder: string, label: string): Promise<LoadedPlugin> {
    const { id, packageName } = pluginNames(name);
    const fail = (why: string | Bilingual) => {
      const text = typeof why === "string" ? { zh: why, en: why } : why;
      return new ConfigError({ zh: `插件「${name}」（${packageName}）：${text.zh}`, en: `plugin "${name}" (${packageName}): ${text.en}` }, label);
    };
    if (!isPackageName(packageName)) return Promise.reject(fail({ zh: "不是软件包名", en: "not a package name" }));
    return (async () => {
      let filePath: string;
      try {
        filePath = await resolvePackage(packageName, folder);
      } catch (err) {
        throw err instanceof PackageNotFoundError ? new ConfigError({ zh: `插件「${name}」：${err.zh}`, en: `plugin "${name}": ${err.message}` }, label) : fail(textsOf(err));
      }
      let loading = this.#pluginsByFile.get(filePath);
      if (!loading) {
        loading = (async (): Promise<LoadedPlugin> => {
          const guard = this.#mayRunJavaScript;
          if (guard && !(await guard.check(filePath))) throw fail(guard.whyNot);
          let exported: unknown;
          try {
            exported = await importModule(filePath);
          } catch (err) {
            const why = textsOf(err);
            throw fail({ zh: `无法加载插件：${why.zh}`, en: `cannot load the plugin: ${why.en}` });
          }
          let checked;
          try {
            checked = checkPlugin(exported, id);
          } catch (err) {
            const why = textsOf(err);
            throw fail({ zh: `不是有效的插件：${why.zh}`, en: `not a valid plugin: ${why.en}` });
          }
          const version = checked.version ?? (await packageVersion(filePath, packageName));
          return { id, packageName, filePath, rules: checked.rules, configs: checked.configs, namedIn: label, ...(version ? { version } : {}) };
        })();
        this.#pluginsByFile.set(filePath, loading);
      }
      return loading;
    })();
  }

  /** Read and parse one config file named directly (--config or extends). */
  async #readConfigFile(filePath: string): Promise<unknown> {
    const ext = extname(filePath);
    if (basename(filePath) !== "package.json" && ext && !Object.hasOwn(CONFIG_LOADERS, ext)) {
      throw new ConfigError({
        zh: `不支持「${ext}」类型的配置文件；请用 .json、.yaml、.yml、.js、.cjs、.mjs，或不带扩展名的文件（JSON 或 YAML）`,
        en: `unsupported config file type "${ext}"; use .json, .yaml, .yml, .js, .cjs, .mjs or a file without extension (JSON or YAML)`,
      }, filePath);
    }
    let result;
    try {
      result = await (await this.#getExplorer()).load(filePath);
    } catch (err) {
      throw toConfigError(err, filePath);
    }
    if (result === null && basename(filePath) === "package.json") {
      throw new ConfigError({ zh: `package.json 中没有 "${PACKAGE_JSON_KEY}" 键`, en: `package.json has no "${PACKAGE_JSON_KEY}" key` }, filePath);
    }
    return result === null || result.isEmpty ? {} : result.config;
  }

  #display(p: string): string {
    const rel = relative(this.#cwd, p);
    return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : p;
  }
}

/** Add a plugin to a config's plugins; the same id from two packages or two copies is an error. */
function addPlugin(plugins: Map<string, LoadedPlugin>, plugin: LoadedPlugin, label: string): void {
  const present = plugins.get(plugin.id);
  if (present && present.filePath !== plugin.filePath) {
    throw new ConfigError({
      zh: `插件「${plugin.id}」从两处加载：${present.filePath}（由 ${present.namedIn} 列出）和 ${plugin.filePath}（由 ${plugin.namedIn} 列出）；请只安装一份`,
      en: `plugin "${plugin.id}" is loaded from two places: ${present.filePath} (named in ${present.namedIn}) and ${plugin.filePath} (named in ${plugin.namedIn}); install one copy`,
    }, label);
  }
  plugins.set(plugin.id, plugin);
}

/** A config as written with its rule settings left out (they can be checked only once its plugins are loaded). */
function withoutRules(raw: unknown): unknown {
  if (Object.prototype.toString.call(raw) !== "[object Object]") return raw;
  const obj = raw as Record<string, unknown>;
  const out: Record<string, unknown> = { ...obj };
  if (Object.hasOwn(obj, "rules")) out.rules = undefined;
  if (Array.isArray(obj.overrides)) {
    out.overrides = obj.overrides.map((ov: unknown) => (Object.prototype.toString.call(ov) === "[object Object]" && Object.hasOwn(ov as object, "rules") ? { ...(ov as object), rules: undefined } : ov));
  }
  return out;
}

/** The version in the package.json of the package a module file belongs to (the nearest with that name). */
async function packageVersion(filePath: string, packageName: string): Promise<string | undefined> {
  for (let dir = dirname(filePath); dirname(dir) !== dir; dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(await readFile(join(dir, "package.json"), "utf8")) as { name?: unknown; version?: unknown };
      if (pkg.name === packageName) return typeof pkg.version === "string" ? pkg.version : undefined;
    } catch {
      // no package.json here: look further up
    }
  }
  return undefined;
}

/**
 * Each item at its last place only. A layer applied again later sets again every key it set
 * before, so its earlier places change nothing; without them a file extended twice at each of
 * 20 levels gives 20 layers, not a million.
 */
function lastOccurrences<T>(items: T[]): T[] {
  const seen = new Set<T>();
  const out: T[] = [];
  for (let i = items.length - 1; i >= 0; i--) {
    if (seen.has(items[i])) continue;
    seen.add(items[i]);
    out.push(items[i]);
  }
  return out.reverse();
}

/** Any error from reading or parsing a config → a ConfigError naming the file. */
function toConfigError(err: unknown, filePath: string): ConfigError {
  if (err instanceof ConfigError) return err;
  const e = err as NodeJS.ErrnoException | undefined;
  switch (e?.code) {
    case "ENOENT":
    case "ENOTDIR":
      return new ConfigError({ zh: "配置文件不存在", en: "no such config file" }, filePath);
    case "EISDIR":
      return new ConfigError({ zh: "这是文件夹，不是配置文件", en: "is a folder, not a config file" }, filePath);
    case "EACCES":
    case "EPERM":
      return new ConfigError({ zh: "无法读取配置文件：没有权限", en: "cannot read the config file: permission denied" }, filePath);
  }
  const why = textsOf(err);
  return new ConfigError({ zh: `无法加载配置：${why.zh}`, en: `cannot load the config: ${why.en}` }, filePath);
}

// ---------------------------------------------------------------------------------------------
// Parsers. Ours rather than cosmiconfig's, for messages with a line and column and without a stack.

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** JSON.parse with V8's message made into "at line L, column C: what". */
function parseJson(text: string, filePath: string): unknown {
  const source = stripBom(text);
  try {
    return JSON.parse(source);
  } catch (err) {
    const raw = err instanceof Error ? err.message : String(err);
    const at = /\s+in JSON at position (\d+)(?:\s*\(line \d+ column \d+\))?/.exec(raw);
    let offset: number | undefined = at ? Number(at[1]) : undefined;
    let what = at ? raw.replace(at[0], "") : raw;
    if (/Unexpected end of JSON input/.test(raw)) {
      offset = source.length;
      what = "unexpected end of the file";
    }
    // V8 sometimes quotes a long excerpt instead of a position: keep only the token.
    what = what.replace(/^(Unexpected token '[^']*'),\s*".*" is not valid JSON$/s, "$1");
    const pos = offset === undefined ? undefined : lineColumnAt(source, offset);
    const problem = jsonProblem(what);
    throw new ConfigError({
      zh: `JSON 格式错误${pos ? `（第 ${pos.line} 行第 ${pos.column} 列）` : ""}：${problem.zh}`,
      en: `invalid JSON${pos ? ` at line ${pos.line}, column ${pos.column}` : ""}: ${problem.en}`,
    }, filePath);
  }
}

/** The most values a YAML config may hold once its aliases are expanded (a real config has a few hundred). */
export const MAX_YAML_VALUES = 100_000;

/**
 * Reject a YAML document whose aliases expand beyond MAX_YAML_VALUES values (a "billion laughs"
 * bomb: each level names the one below several times) or refer to a value inside themselves (a
 * cyclic alias): either would hang or overflow whatever walks the config next (merging,
 * --print-config, the cache's hash). Walks without recursion, so deep nesting cannot overflow here.
 */
function checkYamlSize(value: unknown, filePath: string): void {
  let count = 0;
  const open = new Set<object>();
  const stack: Array<{ value: unknown; leave: boolean }> = [{ value, leave: false }];
  while (stack.length) {
    const { value: v, leave } = stack.pop()!;
    if (leave) {
      open.delete(v as object);
      continue;
    }
    if (++count > MAX_YAML_VALUES) throw new ConfigError({ zh: `YAML 格式错误：别名展开后超过 ${MAX_YAML_VALUES} 个值`, en: `invalid YAML: aliases expand to more than ${MAX_YAML_VALUES} values` }, filePath);
    if (typeof v !== "object" || v === null) continue;
    if (open.has(v)) throw new ConfigError({ zh: "YAML 格式错误：别名指向了包含它自己的值（循环）", en: "invalid YAML: an alias refers to a value that contains it (a cycle)" }, filePath);
    open.add(v);
    stack.push({ value: v, leave: true });
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push({ value: child, leave: false });
  }
}

function parseYaml(text: string, filePath: string): unknown {
  // Called only from cosmiconfig's loaders, so the module is loaded by then.
  const yamlLoader = cosmiconfigModule!.defaultLoaders[".yaml"] as (filepath: string, content: string) => unknown;
  try {
    const parsed = yamlLoader(filePath, stripBom(text));
    checkYamlSize(parsed, filePath);
    return parsed;
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    // js-yaml's YAMLException: `reason` is the problem, `mark` its 0-based line and column.
    const e = err as { reason?: string; mark?: { line: number; column: number }; message?: string };
    const at = e.mark ? { line: e.mark.line + 1, column: e.mark.column + 1 } : undefined;
    const problem = yamlProblem(e.reason ?? String(e.message ?? err).split("\n").slice(-1)[0]);
    throw new ConfigError({
      zh: `YAML 格式错误${at ? `（第 ${at.line} 行第 ${at.column} 列）` : ""}：${problem.zh}`,
      en: `invalid YAML${at ? ` at line ${at.line}, column ${at.column}` : ""}: ${problem.en}`,
    }, filePath);
  }
}

/**
 * cosmiconfig merges a `$import` key itself before we see the config; reject it like any unknown
 * key instead of letting a config pull in other files by a second, undocumented mechanism.
 */
function rejectImportKey(filePath: string, parsed: unknown): unknown {
  const own = basename(filePath) === "package.json" ? (parsed as Record<string, unknown> | null)?.[PACKAGE_JSON_KEY] : parsed;
  if (own && typeof own === "object" && Object.hasOwn(own, "$import")) {
    throw new ConfigError({
      zh: `配置中有未知的键「$import」；可用的键：${CONFIG_KEYS.join("、")}（要在另一个配置文件的基础上配置，请用 "extends"）`,
      en: `unknown key "$import" in the config; valid keys are: ${CONFIG_KEYS.join(", ")} (use "extends" to build on another config file)`,
    }, filePath);
  }
  // A document that is just `null` counts as empty (cosmiconfig would otherwise skip the file).
  return parsed === null ? undefined : parsed;
}

const jsonConfigLoader: Loader = (filePath, content) => rejectImportKey(filePath, parseJson(content, filePath));
const yamlConfigLoader: Loader = (filePath, content) => rejectImportKey(filePath, parseYaml(content, filePath));

/** `.reportlintrc` is JSON or YAML: JSON when it looks like JSON, for JSON's better messages. */
const rcConfigLoader: Loader = (filePath, content) => {
  if (!/^\s*[{[]/.test(stripBom(content))) return yamlConfigLoader(filePath, content);
  try {
    return jsonConfigLoader(filePath, content);
  } catch (jsonError) {
    try {
      return yamlConfigLoader(filePath, content); // YAML flow style, e.g. {rules: {…}}
    } catch {
      throw jsonError;
    }
  }
};

const jsConfigLoader: Loader = async (filePath) => {
  let loaded: unknown;
  try {
    // import() directly: cosmiconfig's loader retries a failed import with require(), which
    // replaces an ES module's real error (a syntax error, say) with a confusing one of its own.
    // import() of a CommonJS file gives module.exports as the default export. A Promise
    // default export (a config built asynchronously) is awaited.
    loaded = await (await nativeImport<{ default?: unknown }>(pathToFileURL(await realpath(filePath)).href)).default;
  } catch (err) {
    const why = textsOf(err);
    // Syntax errors carry the line only in the stack's first line ("file:///…/x.mjs:3").
    const stackHead = err instanceof Error ? (err.stack ?? "").split("\n")[0] : "";
    const line = stackHead.includes(basename(filePath)) ? /:(\d+)$/.exec(stackHead)?.[1] : undefined;
    throw new ConfigError({ zh: `无法加载配置${line ? `（第 ${line} 行）` : ""}：${why.zh}`, en: `cannot load the config${line ? ` (line ${line})` : ""}: ${why.en}` }, filePath);
  }
  if (loaded === undefined) {
    throw new ConfigError({
      zh: "该模块没有导出配置：请写 `export default { … }`（ES 模块）或 `module.exports = { … }`（CommonJS）",
      en: "the module exports no config: use `export default { … }` (ESM) or `module.exports = { … }` (CommonJS)",
    }, filePath);
  }
  return rejectImportKey(filePath, loaded);
};

const CONFIG_LOADERS: Record<string, Loader> = {
  noExt: rcConfigLoader,
  ".json": jsonConfigLoader,
  ".yaml": yamlConfigLoader,
  ".yml": yamlConfigLoader,
  ".js": jsConfigLoader,
  ".cjs": jsConfigLoader,
  ".mjs": jsConfigLoader,
};

// ---------------------------------------------------------------------------------------------

const SEVERITY_WORDS = new Set(["off", "warn", "error", "0", "1", "2"]);

/**
 * One --rule value → { id: setting }. Accepts `id: severity` and `id: <JSON>` such as
 * `required-sections: ["warn", {"x": 1}]`; a bare severity word may stand unquoted, also first in
 * an array. The id and setting are checked against the registry by ConfigLoader.
 */
export function parseCliRule(text: string): Record<string, unknown> {
  const colon = text.indexOf(":");
  const problem = (zh: string, en: string) =>
    new ConfigError({ zh: `--rule "${text}"：${zh}；请写成 'rule-id: error' 或 'rule-id: ["error", { …选项 }]'`, en: `--rule "${text}": ${en}; use 'rule-id: error' or 'rule-id: ["error", { …options }]'` });
  if (colon < 0) throw problem(`规则 id 与设置之间缺少 ":"`, `missing ":" between the rule id and its setting`);
  const id = text.slice(0, colon).trim();
  const valueText = text.slice(colon + 1).trim();
  if (!/^[\w@/.-]+$/.test(id)) throw problem(`"${id}" 不是规则 id`, `"${id}" is not a rule id`);
  if (valueText === "") throw problem(`"${id}:" 后面没有设置`, `no setting after "${id}:"`);
  if (SEVERITY_WORDS.has(valueText)) return { [id]: /^\d$/.test(valueText) ? Number(valueText) : valueText };
  const quotedSeverity = valueText.replace(/^\[\s*(off|warn|error)\s*(?=[,\]])/, '["$1"');
  try {
    return { [id]: JSON.parse(quotedSeverity) };
  } catch (err) {
    const why = jsonProblem(textsOf(err).en);
    throw problem(`无法解析设置（${why.zh}）`, `cannot parse the setting (${why.en})`);
  }
}
