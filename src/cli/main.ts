// Entry point of the built CLI: bundled to dist/cli.cjs, which bin/reportlint.js compiles (with a
// code cache) and calls. CommonJS, not ESM, because only a script's compiled code can be cached on
// Node 20 (see bin/reportlint.js).
import { runCli, VERSION } from "./run.js";
import { localeInArgv, parseArgs, type CliOptions } from "./args.js";
import { BilingualError, errorText, say } from "../core/bilingual.js";
import { isTerminal, writerFor } from "./stdio.js";

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export interface MainResult {
  exitCode: number;
  /** Files linted in this thread: the launcher keeps compiled code only from runs that linted. */
  lintedFiles: number;
}

export async function main(argv: string[]): Promise<MainResult> {
  if (argv.includes("--lsp")) {
    // The language server runs until its client stops it.
    (await import("../lsp/server.js")).startLanguageServer();
    return { exitCode: 0, lintedFiles: 0 };
  }
  if (argv.includes("--web") && !argv.some((a) => /^(-h|--help|-v|--version)$/.test(a))) return { exitCode: await web(argv), lintedFiles: 0 };
  let lintedFiles = 0;
  // Not process.stdout / process.stderr unless they are terminals (src/cli/stdio.ts).
  const stderrIsTTY = isTerminal(2);
  const exitCode = await runCli(argv, {
    stdout: writerFor(1),
    stderr: writerFor(2),
    readStdin,
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: isTerminal(1),
    stderrIsTTY,
    stderrColumns: stderrIsTTY ? process.stderr.columns : undefined,
    linted: (n) => (lintedFiles += n),
  });
  return { exitCode, lintedFiles };
}

/** `reportlint --web [--no-open] [--port N]`: the local page (src/cli/web.ts), until Ctrl-C. */
async function web(argv: string[]): Promise<number> {
  const stderr = (s: string) => process.stderr.write(s);
  let opts: CliOptions | undefined;
  try {
    const parsed = await parseArgs(argv, VERSION);
    if ("exit" in parsed) return parsed.exit;
    opts = parsed;
    if (opts.patterns.length)
      throw new BilingualError({ zh: `--web 不接受文件（给出了 ${opts.patterns.join(" ")}）：请在网页中选择文件`, en: `--web takes no files (got ${opts.patterns.join(" ")}): choose them in the page` });
    if (opts.port !== undefined && !(Number.isInteger(opts.port) && opts.port >= 0 && opts.port <= 65535))
      throw new BilingualError({ zh: `--port 必须是 0 到 65535 之间的整数（给出的是 ${opts.port}）`, en: `--port must be a whole number from 0 to 65535 (got ${opts.port})` });
  } catch (err) {
    const locale = opts?.locale ?? localeInArgv(argv);
    stderr(`reportlint: ${errorText(err, locale)}\n${say(locale, { zh: "reportlint --help 查看用法", en: "reportlint --help for usage" })}\n`);
    return 2;
  }
  const { runWeb } = await import("./web.js");
  return runWeb({ open: opts.open, port: opts.port, locale: opts.locale }, { stdout: (s) => process.stdout.write(s), stderr });
}
