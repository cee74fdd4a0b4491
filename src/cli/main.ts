// Entry point of the built CLI: bundled to dist/cli.cjs, which bin/reportlint.js compiles (with a
// code cache) and calls. CommonJS, not ESM, because only a script's compiled code can be cached on
// Node 20 (see bin/reportlint.js).
import { runCli } from "./run.js";

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
  let lintedFiles = 0;
  const exitCode = await runCli(argv, {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin,
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stderrColumns: process.stderr.columns,
    linted: (n) => (lintedFiles += n),
  });
  return { exitCode, lintedFiles };
}
