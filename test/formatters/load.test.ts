// -f NAME: built-in formatters, custom ones by path (relative to cwd) or by package (resolved from
// cwd, short names as ESLint's), and clear errors for the rest.
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { loadFormatter, FormatterError } from "../../src/formatters/load.js";
import { FORMATTER_NAMES, type FormatterContext } from "../../src/formatters/index.js";
import { makeResult } from "../../src/cli/lint-file.js";
import type { LintMessage } from "../../src/core/types.js";
import { makeTree } from "../config/helpers.js";

const message: LintMessage = { ruleId: "x/no-word", messageId: "found", severity: 2, message: "不应出现「甲」", line: 2, column: 3, endLine: 2, endColumn: 4 };
const results = [{ ...makeResult("/p/r.txt", [message], "源文本\n一二甲\n"), report: { format: "text", year: 2023 } }];
const context: FormatterContext = { cwd: "/p", color: false, locale: "zh", rulesMeta: {} };

/** A formatter module that prints what it was given, as JSON. */
const echo = (exportLine: string) => `${exportLine} (results, context) => JSON.stringify({ results, cwd: context.cwd, rulesMeta: Object.keys(context.rulesMeta) });\n`;

async function formatterError(p: Promise<unknown>): Promise<string> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FormatterError);
  return (err as Error).message;
}

describe("loadFormatter", () => {
  it("returns the built-in formatters by name", async () => {
    const f = await loadFormatter("unix", { cwd: "/" });
    expect(f.builtIn).toBe(true);
    expect(await f.format(results, context)).toBe("r.txt:2:3: 不应出现「甲」 [Error/x/no-word]\n\n共 1 个问题");
  });

  it("loads a file by a path relative to cwd (ES module default export or module.exports) and gives it the JSON formatter's results", async () => {
    const root = makeTree({ "f/esm.mjs": echo("export default"), "f/cjs.cjs": echo("module.exports =") });
    for (const file of ["./f/esm.mjs", "f/cjs.cjs"]) {
      const f = await loadFormatter(file, { cwd: root });
      expect(f.builtIn).toBe(false);
      const out = JSON.parse(await f.format(results, { ...context, rulesMeta: { "x/no-word": {} as never } }));
      // The JSON formatter's objects: no `source`.
      expect(out.results).toEqual([
        { filePath: "/p/r.txt", messages: [message], errorCount: 1, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, fatalErrorCount: 0, report: { format: "text", year: 2023 } },
      ]);
      expect(out.cwd).toBe("/p");
      expect(out.rulesMeta).toEqual(["x/no-word"]);
    }
  });

  it.each([
    ["short", "reportlint-formatter-short"],
    ["reportlint-formatter-short", "reportlint-formatter-short"],
    ["@org/short", "@org/reportlint-formatter-short"],
    ["@org", "@org/reportlint-formatter"],
  ])("-f %s loads the package %s from cwd", async (name, packageName) => {
    const root = makeTree({
      [`node_modules/${packageName}/package.json`]: { name: packageName, version: "1.0.0", main: "main.js" },
      [`node_modules/${packageName}/main.js`]: "module.exports = async (results) => `${results.length} file(s), ${results[0].errorCount} error(s)`;\n",
    });
    const f = await loadFormatter(name, { cwd: root });
    expect(await f.format(results, context)).toBe("1 file(s), 1 error(s)");
  });

  it("an unknown name, a missing file or a bare file name: a message listing the built-in formats", async () => {
    const root = makeTree({ "mine.js": echo("module.exports =") });
    const builtIns = `(built-in: ${FORMATTER_NAMES.join(", ")})`;
    expect(await formatterError(loadFormatter("nope", { cwd: root }))).toBe(`unknown format "nope": no package reportlint-formatter-nope is installed here ${builtIns}`);
    expect(await formatterError(loadFormatter("./missing.js", { cwd: root }))).toBe(`unknown format "./missing.js": no such file ${path.join(root, "missing.js")} ${builtIns}`);
    expect(await formatterError(loadFormatter("mine.js", { cwd: root }))).toBe(`unknown format "mine.js": no package reportlint-formatter-mine.js is installed here; a file needs a path such as ./mine.js ${builtIns}`);
  });

  it("a module that is not a function, throws on loading, throws or returns a non-string: says so", async () => {
    const root = makeTree({
      "number.cjs": "module.exports = 3;\n",
      "load.cjs": 'throw new Error("broken\\nstack");\n',
      "run.cjs": 'module.exports = () => { throw new Error("oops"); };\n',
      "object.cjs": "module.exports = () => ({});\n",
    });
    expect(await formatterError(loadFormatter("./number.cjs", { cwd: root }))).toBe("the formatter file ./number.cjs must export a function (results, context) => string (default export or module.exports); it exports number");
    expect(await formatterError(loadFormatter("./load.cjs", { cwd: root }))).toBe("cannot load the formatter file ./load.cjs: broken");
    const run = await loadFormatter("./run.cjs", { cwd: root });
    expect(await formatterError(run.format(results, context))).toBe("the formatter file ./run.cjs failed: oops");
    const object = await loadFormatter("./object.cjs", { cwd: root });
    expect(await formatterError(object.format(results, context))).toBe("the formatter file ./object.cjs returned object, not a string");
    // The CLI's default language shows the Chinese text (errorText), with no English words in it.
    const zh = await run.format(results, context).catch((e: FormatterError) => e.zh);
    expect(zh).toBe("输出格式文件 ./run.cjs运行出错：oops");
    const notFunction = await loadFormatter("./number.cjs", { cwd: root }).catch((e: FormatterError) => e.zh);
    expect(notFunction).toMatch(/^输出格式文件 \.\/number\.cjs应导出一个函数/);
  });
});

describe("reportlint -f with a custom formatter", () => {
  const root = path.resolve(__dirname, "../..");
  const bin = path.join(root, "bin/reportlint.js");

  it("prints its output; an unknown one exits 2 with the message, no stack", () => {
    if (!existsSync(path.join(root, "dist/cli.cjs"))) throw new Error("run `npm run build` first");
    const dir = makeTree({ "r.txt": "只有一行\n", "count.mjs": "export default (results, context) => `${results[0].messages.length > 0} ${context.cwd}`;\n" });
    const ok = spawnSync(process.execPath, [bin, "-f", "./count.mjs", "r.txt"], { cwd: dir, encoding: "utf8" });
    expect(ok.stdout).toBe(`true ${dir}\n`);
    expect(ok.status).toBe(1);
    const bad = spawnSync(process.execPath, [bin, "-f", "./nothing.mjs", "r.txt"], { cwd: dir, encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe(`reportlint: 未知的输出格式「./nothing.mjs」：没有文件 ${path.join(dir, "nothing.mjs")}（内置：${FORMATTER_NAMES.join("、")}）\n`);
    const badEn = spawnSync(process.execPath, [bin, "--locale", "en", "-f", "./nothing.mjs", "r.txt"], { cwd: dir, encoding: "utf8" });
    expect(badEn.status).toBe(2);
    expect(badEn.stderr).toBe(`reportlint: unknown format "./nothing.mjs": no such file ${path.join(dir, "nothing.mjs")} (built-in: ${FORMATTER_NAMES.join(", ")})\n`);
  });
});
