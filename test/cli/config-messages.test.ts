// Configuration errors in one language (issue 20 §3): through the built CLI, every kind of broken
// configuration is told in Chinese alone by default and in English alone with --locale en. The
// English check runs on the same cases, so a case that gave no message — or a detector that could
// not see English — fails here instead of passing unseen.
import { describe, it, expect, beforeAll } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(__dirname, "../..");
const bin = join(root, "bin/reportlint.js");
const report = readFileSync(join(root, "fixtures/examples/qinghe-town-2022.txt"), "utf8");

beforeAll(() => {
  if (!existsSync(join(root, "dist/cli.cjs"))) {
    const b = spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: root, encoding: "utf8" });
    if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`);
  }
});

function run(args: string[], cwd: string) {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", env });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A package in the folder's node_modules whose main module is `source` (CommonJS). */
function installPackage(dir: string, name: string, source: string): void {
  const pkg = join(dir, "node_modules", name);
  mkdirSync(pkg, { recursive: true });
  writeFileSync(join(pkg, "package.json"), JSON.stringify({ name, version: "1.0.0", main: "index.js" }));
  writeFileSync(join(pkg, "index.js"), source);
}

/**
 * A line with what may stay as written taken out: anything in quotes ("…", 「…」, '…', `…`) — rule
 * ids, keys, values, package names — and paths (any run of non-spaces with a slash).
 */
function withoutNames(line: string): string {
  return line.replace(/"[^"]*"|“[^”]*”|「[^」]*」|'[^']*'|`[^`]*`/g, "").replace(/\S*[/\\]\S*/g, "");
}

/** Two English words in a row (the first of four letters or more): a fragment of an English text. */
const ENGLISH_WORDS = /\b[A-Za-z]{4,} [a-z]{3,}\b/;

interface Case {
  name: string;
  files: Record<string, string>;
  args?: string[];
  setup?: (dir: string) => void;
  /** A piece of the Chinese text, so that the case is known to reach the fault meant. */
  zh: string;
}

const cases: Case[] = [
  { name: "bad JSON", files: { ".reportlintrc.json": '{ "rules": { "duplicate-phrase": "warn", } }' }, zh: "JSON 格式错误（第 1 行第 42 列）" },
  { name: "bad JSON: cut short", files: { ".reportlintrc.json": '{ "rules": ' }, zh: "JSON 格式错误（第 1 行第 12 列）：文件意外结束" },
  { name: "bad JSON: a missing comma", files: { ".reportlintrc.json": '{ "rules": {} "settings": {} }' }, zh: "属性值后面应为 ',' 或 '}'" },
  { name: "bad YAML", files: { ".reportlintrc.yaml": "rules:\n  duplicate-phrase: warn\n   report-title: off\n" }, zh: "YAML 格式错误" },
  { name: "unknown rule", files: { ".reportlintrc.json": JSON.stringify({ rules: { "duplicate-phrases": "warn" } }) }, zh: "未知的规则「duplicate-phrases」（是否应为「duplicate-phrase」？）" },
  { name: "bad severity", files: { ".reportlintrc.json": JSON.stringify({ rules: { "duplicate-phrase": "warning" } }) }, zh: '严重级别 "warning" 无效' },
  { name: "bad option (unknown)", files: { ".reportlintrc.json": JSON.stringify({ rules: { "duplicate-phrase": ["warn", { alow: [] }] } }) }, zh: "未知的选项「alow」" },
  { name: "bad option (type)", files: { ".reportlintrc.json": JSON.stringify({ rules: { "duplicate-phrase": ["warn", { allow: 5 }] } }) }, zh: "allow 必须是数组（给出的是数字 5）" },
  { name: "bad settings", files: { ".reportlintrc.json": JSON.stringify({ settings: { reportYear: 1999 } }) }, zh: "settings.reportYear 不能小于 2008" },
  { name: "unknown key", files: { ".reportlintrc.json": JSON.stringify({ rulez: {} }) }, zh: "配置中有未知的键「rulez」" },
  { name: "not a config", files: { ".reportlintrc.json": "[1, 2]" }, zh: "配置必须是对象（给出的是数组）" },
  { name: "missing extends file", files: { ".reportlintrc.json": JSON.stringify({ extends: "./base.json" }) }, zh: "extends「./base.json」：文件不存在" },
  { name: "missing extends package", files: { ".reportlintrc.json": JSON.stringify({ extends: "province" }) }, zh: "找不到软件包 reportlint-config-province（是否已安装？" },
  { name: "unknown preset", files: { ".reportlintrc.json": JSON.stringify({ extends: "reportlint:loose" }) }, zh: "extends 中有未知的预设「reportlint:loose」" },
  { name: "missing plugin", files: { ".reportlintrc.json": JSON.stringify({ plugins: ["guangdong"] }) }, zh: "插件「guangdong」：从 " },
  {
    name: "plugin that exports no object",
    files: { ".reportlintrc.json": JSON.stringify({ plugins: ["flat"] }) },
    setup: (dir) => installPackage(dir, "reportlint-plugin-flat", "module.exports = 42;\n"),
    zh: "插件「flat」（reportlint-plugin-flat）：不是有效的插件：插件必须导出一个对象",
  },
  {
    name: "plugin whose rule has a bad shape",
    files: { ".reportlintrc.json": JSON.stringify({ plugins: ["shapeless"] }) },
    setup: (dir) => installPackage(dir, "reportlint-plugin-shapeless", "module.exports = { rules: { 'extra-row': { create() { return {}; } } } };\n"),
    zh: '不是有效的插件：rules["extra-row"] 没有 meta 对象',
  },
  { name: "a plugin config written without its name", files: { ".reportlintrc.json": JSON.stringify({ extends: "plugin:guangdong" }) }, zh: '请写成 "plugin:<插件>/<配置>"' },
  { name: "bad ignorePatterns", files: { ".reportlintrc.json": JSON.stringify({ ignorePatterns: ["drafts/", ""] }) }, zh: '"ignorePatterns" 必须是非空字符串' },
  { name: "an ignore file that is a folder", files: {}, setup: (dir) => mkdirSync(join(dir, ".reportlintignore")), zh: "无法读取忽略文件：这是文件夹" },
  { name: "bad --rule", files: {}, args: ["--rule", "duplicate-phrase error"], zh: '规则 id 与设置之间缺少 ":"' },
  { name: "bad --rule JSON", files: {}, args: ["--rule", "duplicate-phrase: [warn, {allow}]"], zh: "无法解析设置（此处应为属性名" },
];

describe("configuration errors are told in the run's language alone", () => {
  for (const c of cases) {
    it(c.name, () => {
      const dir = mkdtempSync(join(tmpdir(), "reportlint-configzh-"));
      for (const [name, text] of Object.entries(c.files)) writeFileSync(join(dir, name), text);
      c.setup?.(dir);
      writeFileSync(join(dir, "r.txt"), report);

      const zh = run([...(c.args ?? []), "r.txt"], dir);
      expect(zh.code).toBe(2);
      expect(zh.stdout).toBe("");
      expect(zh.stderr).toMatch(/^reportlint: 配置错误/);
      expect(zh.stderr).toContain(c.zh);
      const zhLines = zh.stderr.trimEnd().split("\n");
      expect(zhLines.filter((line) => ENGLISH_WORDS.test(withoutNames(line)))).toEqual([]);

      const en = run(["--locale", "en", ...(c.args ?? []), "r.txt"], dir);
      expect(en.code).toBe(2);
      expect(en.stderr).toMatch(/^reportlint: Configuration error/);
      // The detector sees the English text of the same fault, and no Chinese is mixed in.
      expect(en.stderr.trimEnd().split("\n").some((line) => ENGLISH_WORDS.test(withoutNames(line)))).toBe(true);
      expect(en.stderr).not.toMatch(/[\u4e00-\u9fff]/);
      expect(zhLines.length).toBe(en.stderr.trimEnd().split("\n").length);
    });
  }
});
