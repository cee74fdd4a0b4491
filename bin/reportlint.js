#!/usr/bin/env node
// Launcher. The CLI is one CommonJS bundle, dist/cli.cjs (`npm run build`). Compiling it is a
// good part of a cold run, so its compiled code is kept on disk and reused:
//  - Node ≥ 22.1: Node's own compile cache (Module.enableCompileCache), then a plain require();
//  - Node 20, which has none: V8's code cache through node:vm, by hand (below).
// A code cache is code this process will run, and V8 checks little of it (only the source's length
// and the V8 flags; a damaged one can crash the process). So the cache lives only in a folder of
// this user's that no one else can write to, each file carries a checksum of its data and is named by
// a checksum of the bundle it was made from; anything else is ignored and the run compiles as usual.
// REPORTLINT_COMPILE_CACHE=<folder> puts the cache elsewhere, REPORTLINT_COMPILE_CACHE=0 turns it off.
// This file is CommonJS (bin/package.json): an ES module entry would start Node's ES module loader,
// a few milliseconds of every run.
const Module = require("node:module");
const { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, unlinkSync, writeFileSync } = require("node:fs");
const { homedir } = require("node:os");
const { dirname, join } = require("node:path");
const vm = require("node:vm");

// The real folder, also when the bin is a symlink run with --preserve-symlinks-main.
const bundle = join(realpathSync(__dirname), "../dist/cli.cjs");
const setting = process.env.REPORTLINT_COMPILE_CACHE;
const MAGIC = Buffer.from("rlcache1");
const HEADER = MAGIC.length + 4;

function fail(err) {
  const debug = process.env.REPORTLINT_DEBUG && err instanceof Error && err.stack;
  process.stderr.write(`reportlint: ${debug || (err instanceof Error ? err.message : String(err))}\n`);
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
 * The cache folder when it is safe to use, made if missing (`create`), else null: a real folder (no
 * link), this user's, which no other user may write to.
 */
function usableFolder(create) {
  if (setting === "0") return null;
  try {
    const dir = cacheFolder();
    if (create && !existsSync(dir)) mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = lstatSync(dir);
    if (!st.isDirectory()) return null;
    if (typeof process.getuid === "function" && (st.uid !== process.getuid() || (st.mode & 0o022) !== 0)) return null;
    return dir;
  } catch {
    return null; // no home folder, no permission: compile without
  }
}

/** FNV-1a of a string, as 8 hex digits (names only; the checksums are CRC-32). */
function fnv(s) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) hash = Math.imul(hash ^ s.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/**
 * The start of this installation's cache file names: Node's version, and a hash of the bundle's
 * path and of the V8 flags given to Node (a cache made under other flags is rejected), so that two
 * installations, or runs with and without NODE_OPTIONS, keep a cache each instead of replacing each
 * other's on every run.
 */
function cachePrefix() {
  return `cli-${process.version}-${process.arch}-${fnv([bundle, ...process.execArgv, process.env.NODE_OPTIONS ?? ""].join("\0"))}-`;
}

/**
 * Compile dist/cli.cjs as Node compiles a CommonJS file, with V8's code cache for it when there is
 * a sound one; returns the module's exports and a function that saves the cache when it was missing
 * or rejected.
 */
function loadWithCodeCache() {
  const bytes = readFileSync(bundle);
  const folder = usableFolder(false);
  let cacheFile = null;
  let cachedData;
  let crc32;
  if (setting !== "0") {
    crc32 = require("node:zlib").crc32;
    cacheFile = `${cachePrefix()}${crc32(bytes).toString(16).padStart(8, "0")}.bin`;
    if (folder) {
      try {
        const stored = readFileSync(join(folder, cacheFile));
        const data = stored.subarray(HEADER);
        if (stored.subarray(0, MAGIC.length).equals(MAGIC) && stored.readUInt32LE(MAGIC.length) === crc32(data)) cachedData = data;
      } catch {
        // none yet, or unreadable
      }
    }
  }
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${bytes.toString("utf8")}\n})`;
  const script = new vm.Script(wrapper, { filename: bundle, cachedData });
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, Module.createRequire(bundle), mod, bundle, dirname(bundle));
  const save = () => {
    if (!cacheFile || (cachedData && !script.cachedDataRejected)) return;
    const dir = usableFolder(true);
    if (!dir) return;
    const tmp = join(dir, `${cacheFile}.${process.pid}.tmp`);
    try {
      // Taken after the run, so the cache also holds the functions the run compiled on demand.
      const data = script.createCachedData();
      const header = Buffer.alloc(HEADER);
      MAGIC.copy(header);
      header.writeUInt32LE(crc32(data), MAGIC.length);
      // Written aside (a new file: "wx" follows no link) and renamed: runs in parallel never read
      // half a file, and a failed write leaves no cache behind.
      writeFileSync(tmp, Buffer.concat([header, data]), { flag: "wx", mode: 0o600 });
      renameSync(tmp, join(dir, cacheFile));
      // This installation's caches of earlier builds, and temporary files left by killed runs.
      const now = Date.now();
      for (const name of readdirSync(dir)) {
        if (!name.startsWith(cachePrefix()) || name === cacheFile) continue;
        const path = join(dir, name);
        if (name.endsWith(".bin") || (name.endsWith(".tmp") && now - lstatSync(path).mtimeMs > 600_000)) unlinkSync(path);
      }
    } catch {
      // A cache that cannot be written costs the next run some milliseconds, nothing else.
      try {
        unlinkSync(tmp);
      } catch {
        // never written
      }
    }
  };
  return { exports: mod.exports, save };
}

async function start() {
  if (!existsSync(bundle)) return fail("the CLI is not built yet; run `npm run build` first");
  let cli;
  let save = () => {};
  if (typeof Module.enableCompileCache === "function") {
    // Node checks its own cache files; NODE_COMPILE_CACHE, when set, names the folder.
    const folder = process.env.NODE_COMPILE_CACHE ? undefined : usableFolder(true);
    if (setting !== "0" && (folder || process.env.NODE_COMPILE_CACHE)) Module.enableCompileCache(folder && join(folder, "node"));
    cli = require(bundle);
  } else {
    ({ exports: cli, save } = loadWithCodeCache());
  }
  // Node's own import() for the few modules outside the bundle (src/core/native-import.ts).
  globalThis.__reportlintImport = (specifier) => import(specifier);
  const { exitCode, lintedFiles } = await cli.main(process.argv.slice(2));
  process.exitCode = exitCode;
  // Only a run that linted has compiled the code later runs need most.
  if (lintedFiles > 0) save();
}

start().catch(fail);
