// Entry point of the built CLI (bundled to dist/cli.js; bin/reportlint.js imports it).
import { runCli } from "./run.js";

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const argv = process.argv.slice(2);
if (argv.includes("--lsp")) {
  // The language server (src/lsp) is its own chunk, loaded only for --lsp.
  (await import("../lsp/server.js")).startLanguageServer();
} else {
  const code = await runCli(argv, {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin,
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stderrColumns: process.stderr.columns,
  });
  process.exitCode = code;
}
