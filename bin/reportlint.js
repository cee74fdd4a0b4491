#!/usr/bin/env node
// Launcher. The CLI is one CommonJS bundle, dist/cli.cjs (`npm run build`). Compiling it is a
// good part of a cold run, so its compiled code is kept on disk and reused:
//  - Node ≥ 22.1: Node's own compile cache (Module.enableCompileCache), then a plain require();
//  - Node 20, which has none: V8's code cache through node:vm, by hand (below), in the user's cache
//    folder. V8 checks that a cache matches the source and the V8 flags and ignores one that does
//    not (or is damaged): the run then compiles as usual and writes a fresh one.
// REPORTLINT_COMPILE_CACHE=<folder> puts the cache elsewhere, REPORTLINT_COMPILE_CACHE=0 turns it off.
// This file is CommonJS (bin/package.json): an ES module entry would start Node's ES module loader,
// a few milliseconds of every run.
const Module = require("node:module");
const { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } = require("node:fs");
const { homedir } = require("node:os");
const { basename, dirname, join } = require("node:path");
const vm = require("node:vm");

const bundle = join(__dirname, "../dist/cli.cjs");
const setting = process.env.REPORTLINT_COMPILE_CACHE;

function fail(message) {
  process.stderr.write(`reportlint: ${message}\n`);
  process.exitCode = 2;
}

/** The per-user cache folder (XDG on Linux, Library/Caches on macOS, LOCALAPPDATA on Windows). */
function cacheFolder() {
  if (setting) return setting;
  if (process.platform === "win32") return join(process.env.LOCALAPPDATA || join(homedir(), "AppData", "Local"), "reportlint", "Cache");
  if (process.platform === "darwin") return join(homedir(), "Library", "Caches", "reportlint");
  return join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "reportlint");
}

/**
 * The start of this installation's cache file names: Node's version and the bundle's folder (an
 * FNV-1a hash of its path), so that two installations (a global one and a project's) keep a cache
 * each instead of replacing each other's on every run.
 */
function cachePrefix() {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bundle.length; i++) hash = Math.imul(hash ^ bundle.charCodeAt(i), 0x01000193);
  return `cli-${process.version}-${process.arch}-${(hash >>> 0).toString(16)}-`;
}

/**
 * Compile dist/cli.cjs as Node compiles a CommonJS file, with V8's code cache for it when there is
 * one; returns the module's exports and a function that saves the cache when it was missing or
 * rejected. The cache is named by Node's version, the installation and the bundle's size and time,
 * so an upgrade or a rebuild starts afresh.
 */
function loadWithCodeCache(source) {
  let cacheFile = null;
  let cachedData;
  if (setting !== "0") {
    try {
      const { size, mtimeMs } = statSync(bundle);
      cacheFile = join(cacheFolder(), `${cachePrefix()}${size}-${Math.trunc(mtimeMs)}.bin`);
      if (existsSync(cacheFile)) cachedData = readFileSync(cacheFile);
    } catch {
      cacheFile = null; // no home folder, unreadable cache: compile without
    }
  }
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapper, { filename: bundle, cachedData });
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, Module.createRequire(bundle), mod, bundle, dirname(bundle));
  const save = () => {
    if (!cacheFile || (cachedData && !script.cachedDataRejected)) return;
    try {
      // Taken after the run, so the cache also holds the functions the run compiled on demand.
      const data = script.createCachedData();
      mkdirSync(dirname(cacheFile), { recursive: true, mode: 0o700 });
      // Written aside and renamed: runs in parallel never read half a file.
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      const fd = openSync(tmp, "w", 0o600);
      try {
        writeSync(fd, data);
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, cacheFile);
      // Caches of earlier builds for this Node are of no more use.
      for (const name of readdirSync(dirname(cacheFile))) {
        if (name.startsWith(cachePrefix()) && name.endsWith(".bin") && name !== basename(cacheFile)) unlinkSync(join(dirname(cacheFile), name));
      }
    } catch {
      // A cache that cannot be written costs the next run some milliseconds, nothing else.
    }
  };
  return { exports: mod.exports, save };
}

async function start() {
  if (!existsSync(bundle)) return fail("the CLI is not built yet; run `npm run build` first");
  let cli;
  let save = () => {};
  if (typeof Module.enableCompileCache === "function") {
    if (setting !== "0") Module.enableCompileCache(setting || undefined);
    cli = require(bundle);
  } else {
    ({ exports: cli, save } = loadWithCodeCache(readFileSync(bundle, "utf8")));
  }
  // Node's own import() for the few modules outside the bundle (src/core/native-import.ts).
  globalThis.__reportlintImport = (specifier) => import(specifier);
  const { exitCode, lintedFiles } = await cli.main(process.argv.slice(2));
  process.exitCode = exitCode;
  // Only a run that linted has compiled the code later runs need most.
  if (lintedFiles > 0) save();
}

start().catch((err) => fail(err && err.message ? err.message : String(err)));
