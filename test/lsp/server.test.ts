// The language server with a real LSP client: the built binary (`node bin/reportlint.js --lsp`)
// spawned and spoken to over stdio; and, for what cannot be provoked from outside (a linter that
// crashes), the same server in-process over a pair of streams.
import { describe, it, expect, beforeAll, afterEach } from "vitest";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { PassThrough } from "node:stream";
import {
  CodeActionKind,
  CodeActionRequest,
  DiagnosticSeverity,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  ExitNotification,
  FileChangeType,
  InitializeRequest,
  InitializedNotification,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type ClientCapabilities,
  type CodeAction,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type Registration,
} from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { createServer, DEFAULT_MAX_DOCUMENT_LENGTH } from "../../src/lsp/server.js";
import { lintText } from "../../src/core/linter.js";

const root = resolve(__dirname, "../..");
const bin = join(root, "bin/reportlint.js");
/** Every wait is bounded by this; a test that times out says what it was waiting for. */
const WAIT_MS = 15000;

beforeAll(() => {
  // CI builds before testing; a developer running one test file may not have (or may have a
  // dist/ from before the language server existed).
  if (!existsSync(join(root, "dist/cli.cjs")) || !existsSync(join(root, "dist/vendor/vscode-languageserver-node.cjs"))) {
    const b = spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: root, encoding: "utf8" });
    if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`);
  }
});

// An invented report from the clean example: the title says 工作报告 (report-title, fixable, error),
// a word is doubled (duplicate-phrase, fixable, warning) and section 六 is missing
// (required-sections, error, reported on the last line).
const clean = readFileSync(join(root, "fixtures/examples/qinghe-town-2022.txt"), "utf8");
const report = (clean.slice(0, clean.indexOf("六、其他需要报告的事项")).trimEnd() + "\n")
  .replace("政府信息公开工作年度报告", "政府信息公开工作报告")
  .replace("落实公开前保密审查制度", "落实落实公开前保密审查制度");
const lastLine = report.trimEnd().split("\n").length - 1; // 0-based
const doubledLine = report.split("\n").findIndex((l) => l.includes("落实落实"));
// The rule pages installed with the package (no settings.docsBaseUrl in these workspaces).
const docsUrl = (id: string) => pathToFileURL(join(root, "docs/rules", `${id}.md`)).href;

function tmp(): string {
  return mkdtempSync(join(tmpdir(), "reportlint-lsp-"));
}

function timeout<T>(promise: Promise<T>, what: string, describeState: () => string = () => ""): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${WAIT_MS / 1000}s waiting for ${what}${describeState()}`)), WAIT_MS);
    }),
  ]);
}

/** A minimal LSP client: records diagnostics, log messages and registrations; answers registrations. */
class Client {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  readonly registrations: Registration[] = [];
  #listeners = new Set<() => void>();

  constructor(readonly connection: ProtocolConnection) {
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => this.#push(() => this.published.push(p)));
    connection.onNotification(LogMessageNotification.type, (p) => this.#push(() => this.logs.push(p.message)));
    connection.onRequest(RegistrationRequest.type, (p) => {
      this.#push(() => this.registrations.push(...p.registrations));
    });
    connection.listen();
  }

  #push(f: () => void): void {
    f();
    for (const l of this.#listeners) l();
  }

  /** Resolve when `check` returns a value, re-checking on every message from the server. */
  until<T>(what: string, check: () => T | undefined): Promise<T> {
    return timeout(
      new Promise<T>((resolve_) => {
        const listener = () => {
          const v = check();
          if (v !== undefined) {
            this.#listeners.delete(listener);
            resolve_(v);
          }
        };
        this.#listeners.add(listener);
        listener();
      }),
      what,
      () => `; diagnostics so far: ${JSON.stringify(this.published.map((p) => ({ uri: p.uri, version: p.version, codes: p.diagnostics.map((d) => d.code ?? d.message) })))}; log: ${JSON.stringify(this.logs)}`,
    );
  }

  /** The first diagnostics for `uri` published after `since` (an index into `published`) that satisfy `pred`. */
  diagnostics(uri: string, since: number, what: string, pred: (d: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
    return this.until(what, () => this.published.slice(since).find((p) => p.uri === uri && pred(p.diagnostics))?.diagnostics);
  }

  async initialize(rootDir: string, capabilities: ClientCapabilities, initializationOptions?: object): Promise<InitializeResult> {
    const result = await timeout(
      this.connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: pathToFileURL(rootDir).href,
        workspaceFolders: [{ uri: pathToFileURL(rootDir).href, name: "ws" }],
        capabilities,
        initializationOptions,
      }),
      "the initialize response",
    );
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  open(uri: string, text: string, languageId = "plaintext", version = 1): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    return timeout(
      this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, only } }) as Promise<CodeAction[]>,
      "the codeAction response",
    );
  }
}

let child: ChildProcess | undefined;
afterEach(() => {
  if (child && child.exitCode === null) child.kill();
  child = undefined;
});

function spawnServer(cwd: string, args = ["--lsp"]): { client: Client; exited: Promise<number | null>; stderr: () => string } {
  const proc = spawn(process.execPath, [bin, ...args], { cwd, stdio: ["pipe", "pipe", "pipe"] });
  child = proc;
  let err = "";
  proc.stderr!.on("data", (d) => (err += d));
  const exited = new Promise<number | null>((r) => proc.on("exit", (code) => r(code)));
  const connection = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  return { client: new Client(connection), exited, stderr: () => err };
}

function applyEdits(text: string, action: CodeAction, uri: string): string {
  const edits = action.edit?.changes?.[uri];
  expect(edits, `the action "${action.title}" edits ${uri}`).toBeDefined();
  return TextDocument.applyEdits(TextDocument.create(uri, "plaintext", 1, text), edits!);
}

const byCode = (ds: Diagnostic[], code: string) => ds.filter((d) => d.code === code);

describe("reportlint --lsp over stdio", () => {
  it("diagnostics, quick fixes, fix all, edits, a config file watched; shutdown and exit", async () => {
    const ws = tmp();
    const { client, exited, stderr } = spawnServer(ws);
    const init = await client.initialize(ws, {
      workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
      textDocument: { publishDiagnostics: { codeDescriptionSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix", "source"] } } } },
    });
    expect(init.capabilities.codeActionProvider).toEqual({ codeActionKinds: [CodeActionKind.QuickFix, "source.fixAll.reportlint"] });
    expect(init.capabilities.textDocumentSync).toMatchObject({ openClose: true, change: 2 });

    // The server asks to watch the configuration files.
    const watchers = await client.until("a workspace/didChangeWatchedFiles registration", () =>
      client.registrations.find((r) => r.method === DidChangeWatchedFilesNotification.method),
    );
    const globs = (watchers.registerOptions as { watchers: Array<{ globPattern: string }> }).watchers.map((w) => w.globPattern);
    expect(globs).toEqual(expect.arrayContaining(["**/.reportlintrc", "**/.reportlintrc.*", "**/reportlint.config.*", "**/package.json"]));

    // didOpen → diagnostics, positions 0-based in UTF-16 units.
    const uri = pathToFileURL(join(ws, "报告.txt")).href;
    let since = client.published.length;
    await client.open(uri, report);
    const first = await client.diagnostics(uri, since, "diagnostics after didOpen");
    expect(first.every((d) => d.source === "reportlint")).toBe(true);
    const [title] = byCode(first, "report-title");
    expect(title).toMatchObject({
      range: { start: { line: 0, character: 18 }, end: { line: 0, character: 22 } },
      severity: DiagnosticSeverity.Error,
      codeDescription: { href: docsUrl("report-title") },
    });
    expect(title.message).toContain("青禾镇人民政府2022年政府信息公开工作年度报告");
    expect(byCode(first, "required-sections")).toEqual([
      expect.objectContaining({ range: { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: report.split("\n")[lastLine].length } }, severity: DiagnosticSeverity.Error, codeDescription: { href: docsUrl("required-sections") } }),
    ]);
    const [doubled] = byCode(first, "duplicate-phrase");
    expect(doubled).toMatchObject({ severity: DiagnosticSeverity.Warning, codeDescription: { href: docsUrl("duplicate-phrase") } });
    expect(doubled.range.start.line).toBe(doubledLine);
    // The same problems as the library reports, each one mapped.
    expect(first).toHaveLength(lintText(report, { filePath: join(ws, "报告.txt") }).length);

    // A quick fix at the title's problem: applying its edit gives the official title.
    const actions = await client.codeActions(uri, title.range, [title]);
    const quick = actions.filter((a) => a.kind === CodeActionKind.QuickFix);
    expect(quick).toHaveLength(1);
    expect(quick[0]).toMatchObject({ title: "修复此 report-title 问题", isPreferred: true, diagnostics: [expect.objectContaining({ code: "report-title" })] });
    expect(quick[0].edit!.changes![uri]).toEqual([{ range: { start: { line: 0, character: 20 }, end: { line: 0, character: 20 } }, newText: "年度" }]);
    const titleFixed = applyEdits(report, quick[0], uri);
    expect(titleFixed.split("\n")[0]).toBe("青禾镇人民政府2022年政府信息公开工作年度报告");
    expect(titleFixed.slice(titleFixed.indexOf("\n"))).toBe(report.slice(report.indexOf("\n")));

    // "Fix all" fixes both fixable problems and nothing else.
    const fixAll = actions.find((a) => a.kind === "source.fixAll.reportlint");
    expect(fixAll?.title).toBe("修复所有可自动修复的 reportlint 问题");
    const allFixed = applyEdits(report, fixAll!, uri);
    expect(allFixed).toBe(report.replace("工作报告", "工作年度报告").replace("落实落实", "落实"));
    // Asking for quick fixes only, or for fix-all only, gives only those.
    expect((await client.codeActions(uri, title.range, [title], [CodeActionKind.QuickFix])).map((a) => a.kind)).toEqual([CodeActionKind.QuickFix]);
    expect((await client.codeActions(uri, title.range, [], [CodeActionKind.SourceFixAll])).map((a) => a.kind)).toEqual(["source.fixAll.reportlint"]);
    // Nothing to fix where there is no fixable problem.
    const end = { line: lastLine, character: 0 };
    expect((await client.codeActions(uri, { start: end, end }, [], [CodeActionKind.QuickFix]))).toEqual([]);

    // didChange (an incremental edit: the quick fix's) → new diagnostics without the title's problem.
    since = client.published.length;
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 20 }, end: { line: 0, character: 20 } }, text: "年度" }],
    });
    const second = await client.diagnostics(uri, since, "diagnostics after didChange");
    expect(client.published.at(-1)?.version).toBe(2);
    expect(byCode(second, "report-title")).toEqual([]);
    expect(byCode(second, "required-sections")).toHaveLength(1);
    expect(byCode(second, "duplicate-phrase")).toHaveLength(1);

    // A config file appears in the workspace and the client says so: the rule it turns off is gone.
    writeFileSync(join(ws, ".reportlintrc.json"), JSON.stringify({ rules: { "required-sections": "off" } }));
    since = client.published.length;
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(join(ws, ".reportlintrc.json")).href, type: FileChangeType.Created }] });
    const third = await client.diagnostics(uri, since, "diagnostics after the config file changed");
    expect(byCode(third, "required-sections")).toEqual([]);
    expect(byCode(third, "duplicate-phrase")).toHaveLength(1);

    // A Markdown report (by its extension): its heading markers are read as such.
    const md = pathToFileURL(join(ws, "报告.md")).href;
    since = client.published.length;
    await client.open(md, `# ${report}`, "markdown");
    const mdDiags = await client.diagnostics(md, since, "diagnostics of the Markdown document");
    expect(byCode(mdDiags, "report-title")[0].range).toEqual({ start: { line: 0, character: 20 }, end: { line: 0, character: 24 } });

    // Closing a document clears its diagnostics.
    since = client.published.length;
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: md } });
    expect(await client.diagnostics(md, since, "the cleared diagnostics after didClose")).toEqual([]);

    await timeout(client.connection.sendRequest(ShutdownRequest.type), "the shutdown response");
    await client.connection.sendNotification(ExitNotification.type);
    expect(await timeout(exited, "the server to exit")).toBe(0);
    expect(stderr()).toBe("");
    client.connection.dispose();
  });

  it("without a file watcher, saving a config file in the editor reloads it; a broken config is shown, not fatal", async () => {
    const ws = tmp();
    const { client, exited } = spawnServer(ws);
    await client.initialize(ws, {});
    const uri = pathToFileURL(join(ws, "报告.txt")).href;
    let since = client.published.length;
    await client.open(uri, report);
    expect(byCode(await client.diagnostics(uri, since, "diagnostics after didOpen"), "duplicate-phrase")).toHaveLength(1);
    expect(client.registrations).toEqual([]);

    // A broken config, saved: one diagnostic at the top of the report naming the file.
    const rcPath = join(ws, ".reportlintrc.json");
    const rc = pathToFileURL(rcPath).href;
    writeFileSync(rcPath, "{ not json");
    await client.open(rc, "{ not json", "json");
    since = client.published.length;
    await client.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: rc } });
    const broken = await client.diagnostics(uri, since, "the configuration error", (d) => d.length === 1);
    expect(broken[0]).toMatchObject({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, source: "reportlint" });
    expect(broken[0].message).toContain("配置错误");
    expect(broken[0].message).toContain(".reportlintrc.json");
    // The config file itself is not linted as a report.
    expect(client.published.filter((p) => p.uri === rc).every((p) => p.diagnostics.length === 0)).toBe(true);

    // Fixed and saved again: the rule it turns off is gone, the others are back.
    const fixed = JSON.stringify({ rules: { "duplicate-phrase": "off" } });
    writeFileSync(rcPath, fixed);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: rc, version: 2 }, contentChanges: [{ text: fixed }] });
    since = client.published.length;
    await client.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: rc } });
    const after = await client.diagnostics(uri, since, "diagnostics after the config file was saved", (d) => d.length > 1);
    expect(byCode(after, "duplicate-phrase")).toEqual([]);
    expect(byCode(after, "report-title")).toHaveLength(1);

    // The config changed behind the editor's back (not open in it): saving the report reloads it.
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: rc } });
    writeFileSync(rcPath, JSON.stringify({ rules: { "duplicate-phrase": "off", "report-title": "off" } }));
    since = client.published.length;
    await client.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    const saved = await client.diagnostics(uri, since, "diagnostics after the report was saved");
    expect(byCode(saved, "report-title")).toEqual([]);
    expect(byCode(saved, "required-sections")).toHaveLength(1);

    await timeout(client.connection.sendRequest(ShutdownRequest.type), "the shutdown response");
    await client.connection.sendNotification(ExitNotification.type);
    expect(await timeout(exited, "the server to exit")).toBe(0);
    client.connection.dispose();
  });

  it("a file matched by .reportlintignore or a config's ignorePatterns gets no diagnostics; the ignore file is read again when saved", async () => {
    const ws = tmp();
    writeFileSync(join(ws, ".reportlintignore"), "drafts/\n");
    writeFileSync(join(ws, ".reportlintrc.json"), JSON.stringify({ ignorePatterns: ["old-*.txt"] }));
    const { client, exited } = spawnServer(ws);
    await client.initialize(ws, {});
    const draft = pathToFileURL(join(ws, "drafts", "报告.txt")).href;
    const old = pathToFileURL(join(ws, "old-2020.txt")).href;
    const kept = pathToFileURL(join(ws, "报告.txt")).href;
    let since = client.published.length;
    await client.open(draft, report);
    await client.open(old, report);
    await client.open(kept, report);
    // The report that is not ignored is linted; the two ignored ones publish nothing but [].
    expect(byCode(await client.diagnostics(kept, since, "diagnostics of the report"), "duplicate-phrase")).toHaveLength(1);
    expect(client.published.filter((p) => p.uri === draft || p.uri === old).every((p) => p.diagnostics.length === 0)).toBe(true);

    // The ignore file emptied and saved: the draft is linted again.
    const ignorePath = join(ws, ".reportlintignore");
    writeFileSync(ignorePath, "");
    await client.open(pathToFileURL(ignorePath).href, "", "plaintext");
    since = client.published.length;
    await client.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: pathToFileURL(ignorePath).href } });
    expect(byCode(await client.diagnostics(draft, since, "diagnostics of the draft", (d) => d.length > 0), "duplicate-phrase")).toHaveLength(1);
    expect(client.published.filter((p) => p.uri === pathToFileURL(ignorePath).href).every((p) => p.diagnostics.length === 0)).toBe(true);

    await timeout(client.connection.sendRequest(ShutdownRequest.type), "the shutdown response");
    await client.connection.sendNotification(ExitNotification.type);
    expect(await timeout(exited, "the server to exit")).toBe(0);
    client.connection.dispose();
  });

  it("accepts the --stdio some clients add, and exits when the editor closes the pipe", async () => {
    const ws = tmp();
    const { client, exited } = spawnServer(ws, ["--lsp", "--stdio"]);
    const uri = pathToFileURL(join(ws, "报告.txt")).href;
    await client.initialize(ws, {});
    await client.open(uri, report);
    expect(byCode(await client.diagnostics(uri, 0, "diagnostics with --stdio"), "report-title")).toHaveLength(1);
    child!.stdin!.end();
    // Exit code 1: the protocol says so for an exit without shutdown.
    expect(await timeout(exited, "the server to exit after stdin closed")).toBe(1);
    client.connection.dispose();
  });
});

describe("configuration the server will not run", () => {
  // A JavaScript config that leaves a mark when it runs: running it is the harm.
  function jsConfig(dir: string, rules: Record<string, string>): string {
    mkdirSync(dir, { recursive: true });
    const mark = join(dir, "ran");
    writeFileSync(join(dir, ".reportlintrc.cjs"), `require("node:fs").writeFileSync(${JSON.stringify(mark)}, "x");\nmodule.exports = ${JSON.stringify({ rules })};\n`);
    return mark;
  }

  /** A plugin package reportlint-plugin-<name> in `dir`/node_modules that leaves a mark when loaded; its rule x flags 青禾镇. */
  function markingPlugin(dir: string, name: string): string {
    const pkg = join(dir, "node_modules", `reportlint-plugin-${name}`);
    mkdirSync(pkg, { recursive: true });
    const mark = join(pkg, "ran");
    const rule = `{ meta: { docs: { description: "d", url: "https://example.org/${name}/x" }, messages: { m: { zh: "青禾镇", en: "q" } } }, create(ctx) { const i = ctx.sourceCode.text.indexOf("青禾镇"); if (i >= 0) ctx.report({ messageId: "m", loc: { start: i, end: i + 3 } }); } }`;
    writeFileSync(join(pkg, "index.js"), `require("node:fs").writeFileSync(${JSON.stringify(mark)}, "x");\nmodule.exports = { rules: { x: ${rule} } };\n`);
    return mark;
  }

  it("a plugin inside the workspace runs, its rule linking to its docs; one found above the workspace is not run", async () => {
    const base = tmp();
    const ws = join(base, "ws");
    const insideMark = markingPlugin(ws, "inside");
    const outsideMark = markingPlugin(base, "outside");
    mkdirSync(join(ws, "a"), { recursive: true });
    mkdirSync(join(ws, "b"), { recursive: true });
    writeFileSync(join(ws, "a", ".reportlintrc.json"), JSON.stringify({ plugins: ["inside"], rules: { "inside/x": "error" } }));
    writeFileSync(join(ws, "b", ".reportlintrc.json"), JSON.stringify({ plugins: ["outside"], rules: { "outside/x": "error" } }));
    const { client, exited } = spawnServer(ws);
    await client.initialize(ws, { textDocument: { publishDiagnostics: { codeDescriptionSupport: true } } });

    const a = pathToFileURL(join(ws, "a", "报告.txt")).href;
    let since = client.published.length;
    await client.open(a, report);
    const [flagged] = byCode(await client.diagnostics(a, since, "diagnostics with the plugin inside the workspace"), "inside/x");
    expect(flagged).toMatchObject({ severity: DiagnosticSeverity.Error, codeDescription: { href: "https://example.org/inside/x" } });
    expect(existsSync(insideMark)).toBe(true);

    const b = pathToFileURL(join(ws, "b", "报告.txt")).href;
    since = client.published.length;
    await client.open(b, report);
    const [error] = await client.diagnostics(b, since, "the configuration error of the plugin above the workspace");
    expect(error.message).toContain("插件「outside」（reportlint-plugin-outside）");
    expect(error.message).toContain("只运行工作区文件夹内的 JavaScript");
    expect(existsSync(outsideMark)).toBe(false);
    await timeout(client.connection.sendRequest(ShutdownRequest.type), "the shutdown response");
    await client.connection.sendNotification(ExitNotification.type);
    expect(await timeout(exited, "the server to exit")).toBe(0);
    client.connection.dispose();
  });

  it("an untitled: URI naming ../.. stays in the workspace: the config beside where it points is not run", async () => {
    const base = tmp();
    const ws = join(base, "a", "ws");
    mkdirSync(ws, { recursive: true });
    const evilMark = jsConfig(join(base, "evil"), { "report-title": "off" });
    const { client, exited } = spawnServer(ws);
    await client.initialize(ws, {});
    const uri = "untitled:..%2F..%2Fevil%2Fx.txt";
    const since = client.published.length;
    await client.open(uri, report);
    const diags = await client.diagnostics(uri, since, "diagnostics of the untitled document");
    // Linted with the recommended rules (no config in the workspace), the evil one not run.
    expect(byCode(diags, "report-title")).toHaveLength(1);
    expect(existsSync(evilMark)).toBe(false);
    await timeout(client.connection.sendRequest(ShutdownRequest.type), "the shutdown response");
    await client.connection.sendNotification(ExitNotification.type);
    expect(await timeout(exited, "the server to exit")).toBe(0);
    client.connection.dispose();
  });

  it("a configuration error is in Chinese by default, in English alone with initializationOptions.locale \"en\"", async () => {
    for (const locale of ["zh", "en"] as const) {
      const ws = tmp();
      writeFileSync(join(ws, ".reportlintrc.json"), JSON.stringify({ plugins: ["absent"], rules: { "duplicate-phrase": ["warn", { nope: 1 }] } }));
      const { client, exited } = spawnServer(ws);
      await client.initialize(ws, {}, locale === "en" ? { locale: "en" } : undefined);
      const uri = pathToFileURL(join(ws, "报告.txt")).href;
      const since = client.published.length;
      await client.open(uri, report);
      const [error] = await client.diagnostics(uri, since, `the configuration error (${locale})`);
      const rcPath = join(ws, ".reportlintrc.json");
      if (locale === "zh") {
        expect(error.message).toBe(`配置错误（${rcPath}）：插件「absent」：从 ${ws} 找不到软件包 reportlint-plugin-absent（是否已安装？npm install --save-dev reportlint-plugin-absent）`);
      } else {
        expect(error.message).toBe(`Configuration error in ${rcPath}: plugin "absent": cannot find the package reportlint-plugin-absent from ${ws} (is it installed? npm install --save-dev reportlint-plugin-absent)`);
      }
      await timeout(client.connection.sendRequest(ShutdownRequest.type), "the shutdown response");
      await client.connection.sendNotification(ExitNotification.type);
      expect(await timeout(exited, "the server to exit")).toBe(0);
      client.connection.dispose();
    }
  });

  it("a JavaScript config outside the workspace folders is not run (a configuration error says why); one inside is", async () => {
    const base = tmp();
    const ws = join(base, "ws");
    const insideMark = jsConfig(join(ws, "reports"), { "duplicate-phrase": "off" });
    const outsideMark = jsConfig(join(base, "elsewhere"), { "report-title": "off" });
    const parentMark = jsConfig(base, { "report-title": "off" }); // above the workspace: outside too
    const { client, exited } = spawnServer(ws);
    await client.initialize(ws, {});

    const inside = pathToFileURL(join(ws, "reports", "报告.txt")).href;
    let since = client.published.length;
    await client.open(inside, report);
    const insideDiags = await client.diagnostics(inside, since, "diagnostics of the report in the workspace");
    expect(byCode(insideDiags, "duplicate-phrase")).toEqual([]);
    expect(byCode(insideDiags, "report-title")).toHaveLength(1);
    expect(existsSync(insideMark)).toBe(true);

    const outside = pathToFileURL(join(base, "elsewhere", "报告.txt")).href;
    since = client.published.length;
    await client.open(outside, report);
    const [error] = await client.diagnostics(outside, since, "the configuration error of the report outside");
    expect(error.message).toContain("配置错误");
    expect(error.message).toContain(join(base, "elsewhere", ".reportlintrc.cjs"));
    expect(error.message).toContain("只运行工作区文件夹内的 JavaScript");
    expect(existsSync(outsideMark)).toBe(false);

    // A report in the workspace's root finds the config in the folder above: not run either.
    const top = pathToFileURL(join(ws, "报告.txt")).href;
    since = client.published.length;
    await client.open(top, report);
    const [topError] = await client.diagnostics(top, since, "the configuration error of the report at the workspace root");
    expect(topError.message).toContain(join(base, ".reportlintrc.cjs"));
    expect(existsSync(parentMark)).toBe(false);

    // A config in the workspace extending a JavaScript file outside it: that file is not run either.
    const sharedMark = jsConfig(join(base, "shared"), { "report-title": "off" });
    mkdirSync(join(ws, "team"));
    writeFileSync(join(ws, "team", ".reportlintrc.json"), JSON.stringify({ extends: ["../../shared/.reportlintrc.cjs"] }));
    const team = pathToFileURL(join(ws, "team", "报告.txt")).href;
    since = client.published.length;
    await client.open(team, report);
    const [extendsError] = await client.diagnostics(team, since, "the configuration error of the report whose config extends a file outside");
    expect(extendsError.message).toContain(join(base, "shared", ".reportlintrc.cjs"));
    expect(extendsError.message).toContain("只运行工作区文件夹内的 JavaScript");
    expect(existsSync(sharedMark)).toBe(false);

    await timeout(client.connection.sendRequest(ShutdownRequest.type), "the shutdown response");
    await client.connection.sendNotification(ExitNotification.type);
    expect(await timeout(exited, "the server to exit")).toBe(0);
    client.connection.dispose();
  });

  it("with no workspace folder, an untitled document gets the recommended rules and no config is looked up", async () => {
    const base = tmp();
    const mark = jsConfig(base, { "report-title": "off" });
    const { client, exited } = spawnServer(base);
    await timeout(client.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} }), "the initialize response");
    await client.connection.sendNotification(InitializedNotification.type, {});
    const uri = "untitled:Untitled-1";
    const since = client.published.length;
    await client.open(uri, report);
    expect(byCode(await client.diagnostics(uri, since, "diagnostics of the untitled document"), "report-title")).toHaveLength(1);
    expect(existsSync(mark)).toBe(false);
    await timeout(client.connection.sendRequest(ShutdownRequest.type), "the shutdown response");
    await client.connection.sendNotification(ExitNotification.type);
    expect(await timeout(exited, "the server to exit")).toBe(0);
    client.connection.dispose();
  });
});

describe("a document longer than the limit", () => {
  const tooLong = (d: Diagnostic[]) => d.length === 1 && String(d[0].message).includes("Document too long");

  it("gets one warning instead of being linted, and no code actions, also after an edit", async () => {
    const ws = tmp();
    const { client, exited } = spawnServer(ws);
    await client.initialize(ws, {});
    let big = report;
    while (big.length <= DEFAULT_MAX_DOCUMENT_LENGTH) big += report;
    const uri = pathToFileURL(join(ws, "大.txt")).href;
    let since = client.published.length;
    await client.open(uri, big);
    const [warning] = await client.diagnostics(uri, since, "the diagnostics of the long document");
    expect(warning).toMatchObject({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Warning, source: "reportlint" });
    expect(warning.message).toContain(`${big.length} characters, the limit is ${DEFAULT_MAX_DOCUMENT_LENGTH}`);
    expect(client.published.filter((p) => p.uri === uri)).toHaveLength(1);

    // One edit, then code actions at once (before the re-lint): nothing to offer, answered.
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: "x" }],
    });
    expect(await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 30 } }, [])).toEqual([]);
    since = client.published.length;
    expect(tooLong(await client.diagnostics(uri, since, "the diagnostics after the edit"))).toBe(true);

    // Cut down to the report: linted again.
    since = client.published.length;
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 3 }, contentChanges: [{ text: report }] });
    expect(byCode(await client.diagnostics(uri, since, "diagnostics of the shortened document"), "report-title")).toHaveLength(1);
    await timeout(client.connection.sendRequest(ShutdownRequest.type), "the shutdown response");
    await client.connection.sendNotification(ExitNotification.type);
    expect(await timeout(exited, "the server to exit")).toBe(0);
    client.connection.dispose();
  });

  it("the limit is set by initializationOptions.maxDocumentLength", async () => {
    const ws = tmp();
    const { client, exited } = spawnServer(ws);
    await client.initialize(ws, {}, { maxDocumentLength: report.length });
    const atLimit = pathToFileURL(join(ws, "a.txt")).href;
    const over = pathToFileURL(join(ws, "b.txt")).href;
    const since = client.published.length;
    await client.open(atLimit, report);
    await client.open(over, `${report}x`);
    expect(byCode(await client.diagnostics(atLimit, since, "diagnostics of the report at the limit"), "report-title")).toHaveLength(1);
    const [warning] = await client.diagnostics(over, since, "the warning of the report over the limit");
    expect(warning.message).toContain(`${report.length + 1} characters, the limit is ${report.length}`);
    await timeout(client.connection.sendRequest(ShutdownRequest.type), "the shutdown response");
    await client.connection.sendNotification(ExitNotification.type);
    expect(await timeout(exited, "the server to exit")).toBe(0);
    client.connection.dispose();
  });
});

describe("a broken message header", () => {
  // The protocol library alone reports such a header and then waits for ever: the server must
  // not stay alive but deaf. It says why on standard error and exits with code 1.
  it.each([
    ["without Content-Length", "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}", "a header without Content-Length"],
    ["with a negative Content-Length", "Content-Length: -5\r\n\r\n{}", 'a Content-Length that is not a byte count ("-5")'],
    ["with a huge Content-Length", "Content-Length: 99999999999\r\n\r\n{}", "a Content-Length of 99999999999 bytes"],
    ["that never ends", `X-Padding: ${"x".repeat(20000)}`, "a header longer than"],
  ])("%s ends the server with its reason", async (_name, bytes, reason) => {
    const ws = tmp();
    const { client, exited, stderr } = spawnServer(ws);
    await client.initialize(ws, {});
    child!.stdin!.write(bytes);
    expect(await timeout(exited, "the server to exit", () => `; stderr: ${stderr()}`)).toBe(1);
    expect(stderr()).toContain(reason);
    expect(stderr()).toContain("framing is lost");
    client.connection.dispose();
  });

  it("well-framed messages in odd chunks (a header split in two, two messages in one write) are read", async () => {
    const ws = tmp();
    const { client, exited } = spawnServer(ws);
    await client.initialize(ws, {});
    const uri = pathToFileURL(join(ws, "报告.txt")).href;
    const frame = (msg: object) => {
      const body = Buffer.from(JSON.stringify(msg), "utf8");
      return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]);
    };
    const open = frame({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "plaintext", version: 1, text: report } } });
    const change = frame({ jsonrpc: "2.0", method: "textDocument/didChange", params: { textDocument: { uri, version: 2 }, contentChanges: [{ text: report.replace("工作报告", "工作年度报告") }] } });
    child!.stdin!.write(open.subarray(0, 7));
    await new Promise((r) => setTimeout(r, 50));
    child!.stdin!.write(Buffer.concat([open.subarray(7), change]));
    const diags = await client.until("diagnostics of version 2", () => client.published.find((p) => p.uri === uri && p.version === 2)?.diagnostics);
    expect(byCode(diags, "report-title")).toEqual([]);
    expect(byCode(diags, "duplicate-phrase")).toHaveLength(1);
    await timeout(client.connection.sendRequest(ShutdownRequest.type), "the shutdown response");
    await client.connection.sendNotification(ExitNotification.type);
    expect(await timeout(exited, "the server to exit")).toBe(0);
    client.connection.dispose();
  });
});

describe("the server in-process", () => {
  it("a crash while linting one document is logged, publishes no diagnostics for it, and the server goes on", async () => {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const server = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    createServer(server, {
      lint: (text, options) => {
        if (text.includes("CRASH")) throw new Error("boom");
        return lintText(text, options);
      },
    });
    server.listen();
    const client = new Client(createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer)));
    const ws = tmp();
    await client.initialize(ws, {});

    const bad = pathToFileURL(join(ws, "bad.txt")).href;
    let since = client.published.length;
    await client.open(bad, `${report}CRASH\n`);
    expect(await client.diagnostics(bad, since, "the (empty) diagnostics of the crashing document")).toEqual([]);
    await client.until("the crash in the log", () => client.logs.find((l) => l.includes("boom")));
    // Code actions on it answer, with nothing.
    expect(await client.codeActions(bad, { start: { line: 0, character: 0 }, end: { line: 0, character: 30 } }, [])).toEqual([]);

    const good = pathToFileURL(join(ws, "good.txt")).href;
    since = client.published.length;
    await client.open(good, report);
    expect(byCode(await client.diagnostics(good, since, "diagnostics of the next document"), "report-title")).toHaveLength(1);

    // Removing the cause: the document is linted again.
    since = client.published.length;
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: bad, version: 2 }, contentChanges: [{ text: report }] });
    expect(byCode(await client.diagnostics(bad, since, "diagnostics once the crash is gone", (d) => d.length > 0), "report-title")).toHaveLength(1);

    client.connection.dispose();
    server.dispose();
  });
});
