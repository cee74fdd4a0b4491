// The language server (`reportlint --lsp`): diagnostics, quick fixes and "fix all" for an editor,
// over the Language Server Protocol on standard input and output. The same pure core as the CLI
// (lintText) with the configuration found as the CLI finds it (ConfigLoader), reloaded when a
// configuration file changes. Loaded only for --lsp, so a CLI run never pays for it.
import { configuredDocsBase, installedDocsBase } from "../cli/docs-links.js";
import { ruleDocsLink } from "../core/docs-url.js";
import { realpath } from "node:fs/promises";
import { basename, extname, isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type Range,
  type TextEdit,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { lintText, defaultRegistry } from "../core/linter.js";
import { SourceCode } from "../core/source-code.js";
import { fixUntilStable } from "../core/fixer.js";
import type { LintMessage, Locale, ResolvedConfig, Rule } from "../core/types.js";
import { ConfigLoader } from "../config/load.js";
import { ConfigError } from "../config/errors.js";
import { errorText, say } from "../core/bilingual.js";
import { IgnoreMatcher, IGNORE_FILE_NAME } from "../config/ignore.js";
import { formatForPath, loadFrontEnd } from "../frontends/index.js";
import { FramingGuard } from "./framing.js";

export const SOURCE = "reportlint";
/** The kind of the "fix all" action: editors run it from `source.fixAll` on save. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.reportlint`;
/** Globs of the files whose change reloads the configuration (ConfigLoader's CONFIG_FILE_NAMES). */
export const CONFIG_WATCH_GLOBS = ["**/.reportlintrc", "**/.reportlintrc.*", "**/reportlint.config.*", "**/package.json", "**/.reportlintignore"];
/** Wait after a keystroke before linting, so that typing is not linted character by character. */
const CHANGE_DELAY_MS = 150;
/** Documents linted: reports as the CLI finds them, plus unsaved ones the editor says are text. */
const LINTED_EXTENSIONS = new Set([".txt", ".md", ".markdown"]);
const LINTED_LANGUAGES = new Set(["plaintext", "text", "markdown"]);
/**
 * Documents longer than this (UTF-16 code units) are not linted as you type: linting is
 * synchronous and blocks every other message (a code action after an edit: ~1 s at 200,000
 * characters, 2 s at 500,000, minutes at 10 million). Real reports are a few thousand characters.
 * The client may set `maxDocumentLength` in its initializationOptions.
 */
export const DEFAULT_MAX_DOCUMENT_LENGTH = 200_000;

export function isConfigFileName(name: string): boolean {
  return /^\.reportlintrc(\.(json|ya?ml|[cm]?js))?$/.test(name) || /^reportlint\.config\.[cm]?js$/.test(name) || name === "package.json" || name === IGNORE_FILE_NAME;
}

export interface ServerOptions {
  /** The linter; replaceable in tests (to make it crash). */
  lint?: typeof lintText;
}

/** What a client may pass in initializationOptions. */
interface InitializationOptions {
  maxDocumentLength?: number;
  /** The language of the server's own messages (a configuration error): "zh" (default) or "en". */
  locale?: Locale;
}

interface Linted {
  version: number;
  text: string;
  filePath: string;
  resolved: ResolvedConfig;
  messages: LintMessage[];
}

/** A document not linted because it is longer than the limit. */
interface TooLong {
  tooLong: { version: number; length: number; limit: number };
}

/** Start the server on standard input/output (the `--lsp` command). */
export function startLanguageServer(): void {
  // Passing the streams (not relying on a --stdio argument) also makes the server exit when the
  // editor closes its end of the pipe.
  // The bytes pass through a check of their framing first: a broken header ends the server with
  // its reason on standard error (exit code 1) rather than leaving it deaf.
  const input = process.stdin.pipe(
    new FramingGuard((reason) => {
      process.stderr.write(`reportlint --lsp: the client sent ${reason}; the message framing is lost, exiting\n`);
      process.exit(1);
    }),
  );
  const connection = createConnection(ProposedFeatures.all, input, process.stdout);
  // Standard output is the protocol channel: nothing else may write to it.
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(" "));
  console.info = (...args: unknown[]) => connection.console.info(args.map(String).join(" "));
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(" "));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(" "));
  console.debug = (...args: unknown[]) => connection.console.log(args.map(String).join(" "));
  process.on("uncaughtException", (err) => connection.console.error(`reportlint: ${err.stack ?? err.message}`));
  process.on("unhandledRejection", (err) => connection.console.error(`reportlint: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`));
  createServer(connection);
  connection.listen();
}

/** Attach reportlint's handlers to a connection (the caller calls connection.listen()). */
export function createServer(connection: Connection, options: ServerOptions = {}): void {
  const lint = options.lint ?? lintText;
  const documents = new TextDocuments(TextDocument);
  let root = process.cwd();
  /** The workspace folders the editor named (none: a lone file opened); JavaScript configs run only inside them. */
  let workspaceFolders: string[] = [];
  let maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
  /** The language of configuration errors (the configuration's own locale is unknown when it is broken). */
  let locale: Locale = "zh";
  // .reportlintignore at the workspace root and the configs' ignorePatterns, as the CLI reads them:
  // an ignored file gets no diagnostics. Read again with the configuration.
  let ignoreMatcher: Promise<IgnoreMatcher | undefined> | undefined;
  let loader = newLoader();
  const noLookupLoader = new ConfigLoader({ cwd: root, useConfigLookup: false, registry: defaultRegistry });
  let watchingConfig = false;
  const linted = new Map<string, Linted>();
  /** The latest validation started per document: an older one finishing late publishes nothing. */
  const generation = new Map<string, number>();
  const timers = new Map<string, NodeJS.Timeout>();

  function newLoader(): ConfigLoader {
    ignoreMatcher = undefined;
    return new ConfigLoader({
      cwd: root,
      useConfigLookup: true,
      registry: defaultRegistry,
      mayRunJavaScript: {
        check: (configPath) => isInWorkspace(configPath),
        whyNot: {
          zh: "语言服务器只运行工作区文件夹内的 JavaScript（.js、.cjs、.mjs 配置和插件）；请把此文件夹作为工作区打开，或改用 JSON 或 YAML 配置、并把插件安装在工作区内",
          en: "the language server runs JavaScript — configs (.js, .cjs, .mjs) and plugins — only inside the workspace folders; open this folder as a workspace, or use a JSON or YAML config and plugins installed in the workspace",
        },
      },
    });
  }

  /** Is a file inside one of the workspace folders (links followed, so a link cannot lead out)? */
  async function isInWorkspace(filePath: string): Promise<boolean> {
    const real = await realpath(filePath).catch(() => resolve(filePath));
    for (const folder of workspaceFolders) {
      const realFolder = await realpath(folder).catch(() => resolve(folder));
      const rel = relative(realFolder, real);
      if (rel && !rel.startsWith("..") && !isAbsolute(rel)) return true;
    }
    return false;
  }

  async function isIgnored(filePath: string): Promise<boolean> {
    ignoreMatcher ??= IgnoreMatcher.create({ cwd: root }).catch((err: unknown) => {
      log(errorText(err, locale));
      return undefined;
    });
    const matcher = await ignoreMatcher;
    return matcher ? matcher.ignores(filePath, await loader.ignorePatternsFor(filePath)) : false;
  }

  function log(message: string): void {
    connection.console.error(`reportlint: ${message}`);
  }

  /** The file a document stands for: its path, or an invented one in the workspace for an unsaved document. */
  function filePathOf(doc: TextDocument): string | undefined {
    if (doc.uri.startsWith("file:")) {
      try {
        return fileURLToPath(doc.uri);
      } catch {
        return undefined;
      }
    }
    // Only the last part of the decoded name, without control characters: `untitled:..%2F..%2Fx.txt`
    // must stay in the workspace root, where the configuration is looked up.
    let decoded: string;
    try {
      decoded = decodeURIComponent(doc.uri.replace(/[?#].*$/, "").split(/[/:]/).pop() ?? "");
    } catch {
      decoded = "";
    }
    const part = decoded.split(/[/\\]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, "_");
    const last = part === "" || part === "." || part === ".." ? "untitled" : part;
    const name = LINTED_EXTENSIONS.has(extname(last).toLowerCase()) ? last : `${last}${doc.languageId === "markdown" ? ".md" : ".txt"}`;
    return join(root, name);
  }

  function isReport(doc: TextDocument, filePath: string): boolean {
    return LINTED_EXTENSIONS.has(extname(filePath).toLowerCase()) || (!isConfigFileName(basename(filePath)) && LINTED_LANGUAGES.has(doc.languageId));
  }

  async function lintDocument(doc: TextDocument): Promise<Linted | TooLong | undefined> {
    const filePath = filePathOf(doc);
    if (!filePath || !isReport(doc, filePath)) return undefined;
    const length = doc.getText().length;
    if (length > maxDocumentLength) return { tooLong: { version: doc.version, length, limit: maxDocumentLength } };
    // An unsaved document stands in the first workspace folder; with none, it has no folder of its
    // own to look up a configuration from, and gets the recommended rules.
    const unsaved = !doc.uri.startsWith("file:");
    if (!(unsaved && workspaceFolders.length === 0) && (await isIgnored(filePath))) return undefined;
    const format = formatForPath(filePath);
    await loadFrontEnd(format);
    const { resolved } = unsaved && workspaceFolders.length === 0 ? await noLookupLoader.forFile(filePath) : await loader.forFile(filePath);
    const text = doc.getText();
    const messages = lint(text, { filePath, resolved, format });
    for (const m of messages) if (m.fatal) log(`${filePath}: ${m.message}`);
    return { version: doc.version, text, filePath, resolved, messages };
  }

  async function validate(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    const mine = (generation.get(uri) ?? 0) + 1;
    generation.set(uri, mine);
    const current = () => generation.get(uri) === mine && documents.get(uri)?.version === doc.version;
    let diagnostics: Diagnostic[] = [];
    try {
      const result = await lintDocument(doc);
      if (!current()) return;
      if (result && "tooLong" in result) {
        linted.delete(uri);
        diagnostics = [tooLongDiagnostic(result.tooLong.length, result.tooLong.limit)];
      } else if (result) {
        linted.set(uri, result);
        const docsBase = configuredDocsBase(result.resolved.settings) ?? installedDocsBase();
        diagnostics = result.messages.map((m) => toDiagnostic(m, docsBase, result.resolved.registry));
      } else linted.delete(uri);
    } catch (err) {
      if (!current()) return;
      linted.delete(uri);
      if (err instanceof ConfigError) {
        const detail = errorText(err, locale);
        const message = say(locale, { zh: `配置错误${err.filePath ? `（${err.filePath}）` : ""}：${detail}`, en: `Configuration error${err.filePath ? ` in ${err.filePath}` : ""}: ${detail}` });
        log(message);
        diagnostics = [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, source: SOURCE, message }];
      } else {
        // A crash must not take the server down: say so in the editor's log and show nothing.
        log(`检查 ${uri} 时出错 / linting ${uri} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      }
    }
    await connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
  }

  function validateSoon(uri: string): void {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        void validate(uri);
      }, CHANGE_DELAY_MS),
    );
  }

  function validateAll(): void {
    for (const doc of documents.all()) void validate(doc.uri);
  }

  function reloadConfig(why: string): void {
    connection.console.info(`reportlint: ${why}; reloading the configuration`);
    loader = newLoader();
    validateAll();
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const folderUris = params.workspaceFolders?.length ? params.workspaceFolders.map((f) => f.uri) : params.rootUri ? [params.rootUri] : [];
    workspaceFolders = folderUris.flatMap((u) => {
      try {
        return u.startsWith("file:") ? [fileURLToPath(u)] : [];
      } catch {
        return []; // a file: URI naming another host
      }
    });
    if (!workspaceFolders.length && params.rootPath) workspaceFolders = [resolve(params.rootPath)];
    if (workspaceFolders.length) root = workspaceFolders[0];
    loader = newLoader();
    const options = params.initializationOptions as InitializationOptions | undefined;
    if (options?.locale === "zh" || options?.locale === "en") locale = options.locale;
    else if (options?.locale !== undefined) log(`initializationOptions.locale must be "zh" or "en", not ${JSON.stringify(options.locale)}; using "zh"`);
    const limit = options?.maxDocumentLength;
    if (typeof limit === "number" && Number.isInteger(limit) && limit > 0) maxDocumentLength = limit;
    else if (limit !== undefined) log(`initializationOptions.maxDocumentLength must be a positive whole number of characters, not ${JSON.stringify(limit)}; using ${maxDocumentLength}`);
    watchingConfig = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      },
      serverInfo: { name: "reportlint", version: "0.1.0" },
    };
  });

  connection.onInitialized(() => {
    if (!watchingConfig) return;
    connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: CONFIG_WATCH_GLOBS.map((globPattern) => ({ globPattern })) }).then(
      () => undefined,
      (err: unknown) => {
        watchingConfig = false;
        log(`cannot watch the configuration files (${err instanceof Error ? err.message : String(err)}); they are reloaded when saved in the editor`);
      },
    );
  });

  connection.onDidChangeWatchedFiles((params) => {
    const changed = params.changes.map((c) => c.uri).filter((uri) => isConfigFileName(basename(uri.replace(/[?#].*$/, ""))));
    if (changed.length) reloadConfig(`${changed.map((u) => basename(u)).join(", ")} changed`);
  });

  documents.onDidChangeContent((e) => {
    // Fired for didOpen too: a document never linted (just opened) is linted at once, an edit
    // after a short pause.
    if (generation.has(e.document.uri)) validateSoon(e.document.uri);
    else void validate(e.document.uri);
  });
  documents.onDidSave((e) => {
    const name = basename(filePathOf(e.document) ?? e.document.uri);
    // Without a file watcher, a save is what reloads the configuration: of a configuration file
    // open in the editor, or of a report (the configuration may have been edited elsewhere).
    if (isConfigFileName(name)) reloadConfig(`${name} saved`);
    else if (!watchingConfig) reloadConfig(`${name} saved`);
    else void validate(e.document.uri);
  });
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    linted.delete(uri);
    generation.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onCodeAction(async (params: CodeActionParams): Promise<CodeAction[]> => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    let result: Linted | TooLong | undefined = linted.get(doc.uri);
    try {
      if (!result || result.version !== doc.version) result = await lintDocument(doc);
    } catch (err) {
      log(`code actions for ${doc.uri} failed: ${err instanceof Error ? err.message : String(err)}`);
      return [];
    }
    if (!result || "tooLong" in result) return [];
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
    const en = result.resolved.locale === "en";
    const source = new SourceCode(result.text);
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) {
      for (const m of result.messages) {
        if (!m.fix) continue;
        const diagnostic = toDiagnostic(m, configuredDocsBase(result.resolved.settings) ?? installedDocsBase(), result.resolved.registry);
        if (!intersects(diagnostic.range, params.range)) continue;
        actions.push({
          title: en ? `Fix this ${m.ruleId} problem` : `修复此 ${m.ruleId} 问题`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          edit: { changes: { [doc.uri]: [{ range: { start: lspPosition(source, m.fix.range[0]), end: lspPosition(source, m.fix.range[1]) }, newText: m.fix.text }] } },
        });
      }
    }
    if (wants(FIX_ALL_KIND) && result.messages.some((m) => m.fix)) {
      const { filePath, resolved } = result;
      const fixed = fixUntilStable(result.text, (t) => lint(t, { filePath, resolved, format: formatForPath(filePath) }));
      const edit = minimalEdit(source, result.text, fixed.output);
      if (edit) {
        actions.push({
          title: en ? "Fix all auto-fixable reportlint problems" : "修复所有可自动修复的 reportlint 问题",
          kind: FIX_ALL_KIND,
          edit: { changes: { [doc.uri]: [edit] } },
        });
      }
    }
    return actions;
  });

  connection.onShutdown(() => {
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
  });

  documents.listen(connection);
}

/** The one diagnostic of a document too long to lint, at its top. */
function tooLongDiagnostic(length: number, limit: number): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Warning,
    source: SOURCE,
    message: `文档过长，未检查（${length} 个字符，上限 ${limit}）/ Document too long to lint in the editor: ${length} characters, the limit is ${limit} (maxDocumentLength); run reportlint on the command line`,
  };
}

/** Our 1-based line/column (UTF-16 units) → LSP's 0-based position. */
/** `docsBase`: where the rule pages are (the installed ones, or settings.docsBaseUrl); `registry`:
 * the config's rules (a plugin's rule links to its own page). */
function toDiagnostic(m: LintMessage, docsBase: string, registry: ReadonlyMap<string, Rule> = defaultRegistry): Diagnostic {
  const d: Diagnostic = {
    range: { start: { line: m.line - 1, character: m.column - 1 }, end: { line: m.endLine - 1, character: m.endColumn - 1 } },
    severity: m.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: SOURCE,
    message: m.message,
  };
  if (m.ruleId) {
    d.code = m.ruleId;
    if (defaultRegistry.has(m.ruleId)) d.codeDescription = { href: ruleDocsLink(m.ruleId, docsBase) };
    else {
      const url = registry.get(m.ruleId)?.meta.docs.url;
      if (url) d.codeDescription = { href: url };
    }
  }
  return d;
}

function lspPosition(source: SourceCode, offset: number) {
  const p = source.positionAt(offset);
  return { line: p.line - 1, character: p.column - 1 };
}

function before(a: Range["start"], b: Range["start"]): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Do two ranges touch or overlap (a cursor at either end of a problem counts)? */
function intersects(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** One edit turning `from` into `to`: the span between their common prefix and suffix. */
function minimalEdit(source: SourceCode, from: string, to: string): TextEdit | undefined {
  if (from === to) return undefined;
  let start = 0;
  const max = Math.min(from.length, to.length);
  while (start < max && from.charCodeAt(start) === to.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && from.charCodeAt(from.length - 1 - end) === to.charCodeAt(to.length - 1 - end)) end++;
  // Never split a surrogate pair or a \r\n.
  while (start > 0 && /[\uDC00-\uDFFF\n]/.test(from[start] ?? "")) start--;
  while (end > 0 && /[\uD800-\uDBFF\r]/.test(from[from.length - end - 1] ?? "")) end--;
  return {
    range: { start: lspPosition(source, start), end: lspPosition(source, from.length - end) },
    newText: to.slice(start, to.length - end),
  };
}
