// Bundles reportlint with esbuild into dist/:
//  - dist/cli.cjs: the CLI, one CommonJS file holding all of reportlint's own code. bin/reportlint.js
//    compiles it with a V8 code cache (Node 20 can cache a script's compiled code, not an ES
//    module's), which is most of what a cold run costs beyond Node's own start.
//  - dist/vendor/*.cjs: the large third-party packages the CLI needs only for some inputs or options
//    (Markdown, HTML, Word, PDF, the language server, --help, configuration files, globs), one file
//    each, loaded with require() when first needed, so a .txt run neither reads nor compiles them.
//  - dist/index.js, dist/unified.js, dist/worker.js (+ chunks beside them): the library entry, the
//    remark plugin (reportlint/unified) and the worker-thread entry, ES modules, which import the same dist/vendor/ files.
// Bundling itself is what makes a cold start cheap: Node 20's module loader pays per file, and yargs
// alone is ~75 ms unbundled.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve as resolvePath } from "node:path";

// The packages kept out of dist/cli.cjs, each bundled into dist/vendor/<name>.cjs.
const VENDORED = [
  "micromark",
  "micromark-extension-gfm-table",
  "hast-util-from-html",
  "entities/decode",
  "mammoth",
  "unpdf",
  "vscode-languageserver/node",
  "vscode-languageserver-textdocument",
  "yargs",
  "cosmiconfig",
  "tinyglobby",
];
const vendorFile = (spec) => `vendor/${spec.replace(/\//g, "-")}.cjs`;
/** A module that re-exports all of `spec` (its default export too, when it has one). */
const reexport = (spec, namespace) => `export * from ${JSON.stringify(spec)};${"default" in namespace ? ` export { default } from ${JSON.stringify(spec)};` : ""}`;

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  legalComments: "none",
  // Less source for V8 to parse on every cold start and a smaller install; names are kept, so
  // REPORTLINT_DEBUG stack traces still name the functions.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: "warning",
  // cosmiconfig can load .ts configs through the TypeScript compiler; reportlint does not offer
  // them, so keep the 9 MB compiler out. tinypool finds its own worker entry next to its files
  // (import.meta.url), so it is loaded from node_modules, not bundled.
  external: ["typescript", "tinypool"],
};

// CommonJS has no import.meta; code that finds files next to itself (the gazetteer, the PDF CMaps)
// gets the URL of the file it is bundled into.
const cjs = {
  ...common,
  format: "cjs",
  define: { "import.meta.url": "__importMetaUrl" },
  banner: { js: 'var __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
};

/**
 * Resolves the vendored packages to dist/vendor/. `proxyDynamic`: in the CommonJS bundle, a dynamic
 * import() of one goes through a small module that imports it statically — esbuild keeps an external
 * import() as it is, and node:vm (bin/reportlint.js) has no import(); a static import becomes a
 * require() run when the import() is.
 */
function vendored(proxyDynamic) {
  const filter = new RegExp(`^(?:${VENDORED.map((s) => s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&")).join("|")})$`);
  return {
    name: "vendored",
    setup(b) {
      b.onResolve({ filter }, (args) =>
        proxyDynamic && args.kind === "dynamic-import" ? { path: args.path, namespace: "vendor-proxy" } : { path: `./${vendorFile(args.path)}`, external: true },
      );
      b.onLoad({ filter: /.*/, namespace: "vendor-proxy" }, async (args) => ({
        contents: reexport(args.path, await import(args.path)),
        resolveDir: process.cwd(),
        loader: "js",
      }));
    },
  };
}

/**
 * chalk's colour detection (its vendored supports-color) runs when chalk is loaded and loads node:tty,
 * node:net and the stream modules: milliseconds of every cold run. reportlint never uses it (the
 * stylish formatter gives chalk its level, from --color / NO_COLOR / the terminal test in
 * src/cli/stdio.ts), so it is replaced by what it answers for no terminal.
 */
const noColorDetection = {
  name: "no-color-detection",
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: "supports-color", namespace: "no-color-detection" }));
    b.onLoad({ filter: /.*/, namespace: "no-color-detection" }, () => ({ contents: "export default { stdout: false, stderr: false };", loader: "js" }));
  },
};

rmSync("dist", { recursive: true, force: true });

await build({
  ...common,
  // unified.js: the remark plugin (reportlint/unified); it imports nothing of unified's.
  entryPoints: { index: "src/index.ts", unified: "src/unified.ts", worker: "src/cli/worker.ts", "render-worker": "src/documents/render-worker.ts" },
  outdir: "dist",
  splitting: true,
  format: "esm",
  // Chunks beside the entries, so that every file reaches the vendored packages as ./vendor/….
  chunkNames: "[name]-[hash]",
  plugins: [vendored(false), noColorDetection],
  // Bundled CommonJS dependencies (cosmiconfig) call require(); give them one.
  banner: { js: "import { createRequire as __rlCreateRequire } from 'node:module'; const require = __rlCreateRequire(import.meta.url);" },
});

await build({
  ...cjs,
  entryPoints: { cli: "src/cli/main.ts" },
  outdir: "dist",
  outExtension: { ".js": ".cjs" },
  plugins: [vendored(true), noColorDetection],
});

for (const spec of VENDORED) {
  const namespace = await import(spec);
  await build({
    ...cjs,
    stdin: {
      contents: reexport(spec, namespace),
      resolveDir: process.cwd(),
      loader: "js",
    },
    outfile: `dist/${vendorFile(spec)}`,
  });
}

// dist/web/: the page (`reportlint --web`, or any static host). The pure core runs in the browser;
// its Node-only imports go to small stand-ins (src/web/node-shims.ts), and the data it reads from
// disk in Node is copied beside the page and fetched on first need: the place-name index
// (data/gazetteer-*.txt, before the first report is linted) and the CMaps (a PDF whose Chinese font
// is not embedded). Word, PDF, HTML and Markdown support are chunks of their own, loaded with the
// first file of their kind.
const nodeShims = {
  name: "node-shims",
  setup(b) {
    b.onResolve({ filter: /^node:(fs|path|url)$/ }, () => ({ path: resolvePath("src/web/node-shims.ts") }));
  },
};
await build({
  entryPoints: { app: "src/web/app.ts" },
  outdir: "dist/web",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "browser",
  target: ["chrome110", "firefox115", "safari16"],
  minify: true,
  legalComments: "none",
  logLevel: "warning",
  chunkNames: "chunks/[name]-[hash]",
  inject: ["src/web/buffer-shim.ts"],
  // The example report the page lints once while idle (src/web/lint.ts, warmUp).
  loader: { ".txt": "text" },
  plugins: [nodeShims],
});
for (const f of ["index.html", "style.css"]) copyFileSync(`src/web/${f}`, `dist/web/${f}`);
mkdirSync("dist/web/data/cmaps", { recursive: true });
for (const f of readdirSync("data")) if (/^gazetteer-.*\.txt$/.test(f)) copyFileSync(`data/${f}`, `dist/web/data/${f}`);
for (const f of readdirSync("data/cmaps")) if (f.endsWith(".bcmap") || f === "LICENSE") copyFileSync(`data/cmaps/${f}`, `dist/web/data/cmaps/${f}`);
writeFileSync("dist/web/rules.json", JSON.stringify(ruleDocs("docs/rules")));

/** Each rule's doc page (docs/rules/<id>.md) → why (the first paragraph of 检查什么), 正例, 反例. */
function ruleDocs(dir) {
  const docs = {};
  for (const f of readdirSync(dir)) {
    if (!f.endsWith(".md") || f === "README.md") continue;
    const sections = new Map();
    for (const part of readFileSync(`${dir}/${f}`, "utf8").split(/^## /m).slice(1)) {
      const nl = part.indexOf("\n");
      sections.set(part.slice(0, nl).trim(), part.slice(nl + 1));
    }
    // The first paragraph, and the one after it when the first leads into it ("…at the offending words:").
    const firstParagraph = (s = "") => {
      const [a = "", b] = s.trim().split(/\n\s*\n/);
      const text = /[:：]$/.test(a.trim()) && b && !b.startsWith("|") ? `${a}\n${b}` : a;
      // Shown as plain text: lines joined (list items kept on lines of their own), no Markdown marks.
      return text.replace(/[ \t]*\n[ \t]*(?![-*] )/g, " ").replace(/\*\*|`/g, "");
    };
    const firstBlock = (s = "") => /```[^\n]*\n([\s\S]*?)```/.exec(s)?.[1];
    docs[f.slice(0, -3)] = {
      why: firstParagraph(sections.get("检查什么 What it checks")),
      valid: firstBlock(sections.get("正例 Valid")),
      invalid: firstBlock(sections.get("反例 Invalid")),
    };
  }
  return docs;
}
