// One in-process measurement of the corpus benchmarks (bench/corpus.mjs, bench/real.mjs), run in a
// process of its own so that its peak memory is its own:
//   node bench/child.mjs floor <dir>   readFile + TextDecoder over every .txt/.md file, nothing else;
//   node bench/child.mjs lint <dir>    the same, then lintText (recommended rules) on each;
//     both print {ms, files, bytes, chars, messages} as JSON;
//   node bench/child.mjs warm <rounds> <file>...   lintText on each file, warm: after every file has
//     been linted a few times, the median of <rounds> runs each; prints [{file, bytes, ms}].
import { readFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { listFiles, median, root } from "./measure.mjs";

const [, , mode, ...rest] = process.argv;
if (!["floor", "lint", "warm"].includes(mode) || !rest.length) {
  console.error("usage: node bench/child.mjs floor|lint <dir> | warm <rounds> <file>...");
  process.exit(2);
}
const decoder = new TextDecoder("utf-8");
const lintText = mode === "floor" ? undefined : (await import(pathToFileURL(join(root, "dist/index.js")).href)).lintText;

if (mode === "warm") {
  const rounds = Number(rest[0]);
  const reports = await Promise.all(rest.slice(1).map(async (file) => ({ file, buf: await readFile(file) })));
  for (const r of reports) r.text = decoder.decode(r.buf);
  for (let i = 0; i < 10; i++) for (const r of reports) lintText(r.text, { filePath: r.file });
  const out = reports.map(({ file, buf, text }) => {
    const times = [];
    for (let i = 0; i < rounds; i++) {
      const t = performance.now();
      lintText(text, { filePath: file });
      times.push(performance.now() - t);
    }
    return { file, bytes: buf.length, ms: median(times) };
  });
  process.stdout.write(JSON.stringify(out));
} else {
  const files = listFiles(rest[0]);
  const t = performance.now();
  let bytes = 0;
  let chars = 0;
  let messages = 0;
  for (const file of files) {
    const buf = await readFile(file);
    bytes += buf.length;
    const text = decoder.decode(buf);
    chars += text.length;
    if (lintText) messages += lintText(text, { filePath: file }).length;
  }
  const ms = performance.now() - t;
  process.stdout.write(JSON.stringify({ ms, files: files.length, bytes, chars, messages }));
}
