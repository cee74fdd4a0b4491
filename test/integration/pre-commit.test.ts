// The commit hooks of docs/hooks.md, for real, in throw-away git repositories:
// - pre-commit: the project's current working tree (uncommitted changes included) is committed
//   to a temporary repository. A reports repository points `repo:` at it, so pre-commit installs
//   the hook from .pre-commit-hooks.yaml as it would from a published tag: npm install (its
//   `prepare` builds dist/), npm pack, npm install -g. Skipped when `pre-commit` is not installed.
// - the plain git hook: the script in docs/hooks.md, installed as .git/hooks/pre-commit.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { skipTitle } from "../support/skip.js";
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

const root = resolve(__dirname, "../..");
const cleanText = readFileSync(join(root, "fixtures/examples/qinghe-town-2022.txt"), "utf8");
/** The same report without section 六: required-sections reports it. */
const badText = cleanText.slice(0, cleanText.indexOf("六、其他需要报告的事项")).trimEnd() + "\n";

const hasPreCommit = spawnSync("pre-commit", ["--version"], { encoding: "utf8" }).status === 0;

const temps: string[] = [];
function tmp(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `reportlint-${name}-`));
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

let gitConfig = "";
/**
 * The environment for git, pre-commit and npm: nothing from the npm or vitest process that runs
 * this test, and no git settings from this machine (a global core.hooksPath would bypass the hooks).
 */
function env(extra: Record<string, string> = {}): Record<string, string> {
  if (!gitConfig) {
    gitConfig = join(tmp("gitconfig"), "config");
    writeFileSync(gitConfig, "");
  }
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(npm_|VITEST|GIT_|NODE_OPTIONS$|FORCE_COLOR$|NO_COLOR$)/i.test(k)) out[k] = v;
  }
  return {
    ...out,
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: gitConfig,
    GIT_AUTHOR_NAME: "reportlint test",
    GIT_AUTHOR_EMAIL: "test@example.invalid",
    GIT_COMMITTER_NAME: "reportlint test",
    GIT_COMMITTER_EMAIL: "test@example.invalid",
    ...extra,
  };
}

function sh(cmd: string, args: string[], cwd: string, extraEnv: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", env: env(extraEnv) });
  if (r.error) throw r.error;
  return { code: r.status, output: `${r.stdout}${r.stderr}` };
}

function git(cwd: string, ...args: string[]): string {
  const r = sh("git", args, cwd);
  if (r.code !== 0) throw new Error(`git ${args.join(" ")} failed in ${cwd}:\n${r.output}`);
  return r.output.trim();
}

function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

/** A git repository holding the project's working tree as it is now; returns its path and commit. */
function snapshotProject(): { repo: string; sha: string } {
  const repo = tmp("hook-repo");
  const ls = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8", env: env() });
  if (ls.status !== 0) throw new Error(`git ls-files failed in ${root}: ${ls.stderr}`);
  for (const file of ls.stdout.split("\0").filter(Boolean)) {
    const from = join(root, file);
    if (!existsSync(from) || !lstatSync(from).isFile()) continue; // deleted in the working tree
    mkdirSync(dirname(join(repo, file)), { recursive: true });
    copyFileSync(from, join(repo, file));
    chmodSync(join(repo, file), lstatSync(from).mode & 0o777);
  }
  git(repo, "init", "-q");
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "--no-verify", "-m", "working tree snapshot");
  return { repo, sha: git(repo, "rev-parse", "HEAD") };
}

const REPORT = "reports/清河镇2022年报告.txt";

describe.skipIf(!hasPreCommit)(skipTitle(hasPreCommit, "pre-commit hook (.pre-commit-hooks.yaml)", "`pre-commit` is not installed; apt-get install pre-commit"), () => {
  let hookRepo = "";
  let sha = "";
  let preCommitHome = "";

  beforeAll(() => {
    ({ repo: hookRepo, sha } = snapshotProject());
    preCommitHome = tmp("pre-commit-home");
  });

  /** A reports repository with the hook configured, README.md excluded by the configuration. */
  function reportsRepo(report: string): string {
    const dir = tmp("reports");
    git(dir, "init", "-q");
    write(dir, {
      ".pre-commit-config.yaml": `repos:\n  - repo: ${hookRepo}\n    rev: ${sha}\n    hooks:\n      - id: reportlint\n        exclude: ^README\\.md$\n`,
      // Neither is a report, and reportlint would report both as missing the six sections:
      // README.md is left out by `exclude`, notes.csv by the hook's own file pattern.
      "README.md": "# 年度报告\n",
      "notes.csv": "年度,状态\n2022,待发布\n",
      [REPORT]: report,
    });
    git(dir, "add", "-A");
    return dir;
  }

  const preCommit = (cwd: string, ...args: string[]) => sh("pre-commit", [...args], cwd, { PRE_COMMIT_HOME: preCommitHome });

  it(
    "pre-commit run --all-files fails on a bad report with reportlint's findings, and passes once it is fixed",
    () => {
      const dir = reportsRepo(badText);
      // The first run installs the hook's environment (npm install, prepare → build, npm pack).
      const bad = preCommit(dir, "run", "--all-files", "--color", "never");
      expect(bad.output).toMatch(/reportlint.*Failed/);
      expect(bad.output).toContain("- exit code: 1");
      expect(bad.output).toContain(REPORT);
      expect(bad.output).toContain("required-sections");
      expect(bad.output).toContain("缺少第六部分「六、其他需要报告的事项」");
      expect(bad.output).not.toContain("notes.csv");
      expect(bad.output).not.toContain("README.md");
      expect(bad.code).toBe(1);

      write(dir, { [REPORT]: cleanText });
      git(dir, "add", "-A");
      const good = preCommit(dir, "run", "--all-files", "--color", "never");
      expect(good.output).toMatch(/reportlint.*Passed/);
      expect(good.output).not.toContain("required-sections");
      expect(good.code).toBe(0);
    },
    600_000,
  );

  it(
    "installed with `pre-commit install`, it stops `git commit` of a bad report and lets the fixed one through",
    () => {
      const dir = reportsRepo(badText);
      const install = preCommit(dir, "install");
      expect(install.output).toContain("pre-commit installed");
      expect(install.code).toBe(0);

      const bad = sh("git", ["commit", "-m", "报告"], dir, { PRE_COMMIT_HOME: preCommitHome, PRE_COMMIT_COLOR: "never" });
      expect(bad.output).toContain("required-sections");
      expect(bad.code).toBe(1);
      expect(sh("git", ["rev-parse", "--verify", "-q", "HEAD"], dir).code).not.toBe(0); // nothing committed

      write(dir, { [REPORT]: cleanText });
      git(dir, "add", "-A");
      const good = sh("git", ["commit", "-m", "报告"], dir, { PRE_COMMIT_HOME: preCommitHome, PRE_COMMIT_COLOR: "never" });
      expect(good.output).toMatch(/reportlint.*Passed/);
      expect(good.code).toBe(0);
      expect(git(dir, "log", "--format=%s")).toBe("报告");
    },
    600_000,
  );
});

describe("plain git hook (docs/hooks.md)", () => {
  const bin = join(root, "bin/reportlint.js");
  let shimDir = "";

  beforeAll(() => {
    // CI builds before testing; a developer running one test file may not have.
    if (!existsSync(join(root, "dist/cli.cjs"))) {
      const b = spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: root, encoding: "utf8" });
      if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`);
    }
    // `reportlint` on the PATH, as after `npm install -g reportlint`.
    shimDir = tmp("bin");
    writeFileSync(join(shimDir, "reportlint"), `#!/bin/sh\nexec "${process.execPath}" "${bin}" "$@"\n`, { mode: 0o755 });
  });

  function hookScript(): string {
    const docs = readFileSync(join(root, "docs/hooks.md"), "utf8");
    const block = [...docs.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]).find((b) => b.startsWith("#!/bin/sh\n"));
    if (!block) throw new Error("docs/hooks.md has no ```sh block starting with #!/bin/sh");
    return block;
  }

  it("stops a commit of a bad report (any case of extension, spaces, Chinese name), passes commits without reports and fixed reports", () => {
    const dir = tmp("plain-hook");
    git(dir, "init", "-q");
    writeFileSync(join(dir, ".git/hooks/pre-commit"), hookScript(), { mode: 0o755 });
    const commit = (msg: string) => sh("git", ["commit", "-m", msg], dir, { PATH: `${shimDir}:${process.env.PATH}` });

    // No report staged: the hook has nothing to check (and does not lint notes.csv).
    write(dir, { "notes.csv": "年度,状态\n" });
    git(dir, "add", "-A");
    const none = commit("notes");
    expect(none.output).not.toContain("required-sections");
    expect(none.code).toBe(0);

    // README.md and notes outside the reports' folder are no reports: never linted, never blocking.
    write(dir, { "README.md": "# 年度报告\n", "notes/草稿.md": "草稿\n" });
    git(dir, "add", "-A");
    const readme = commit("readme");
    expect(readme.output).not.toContain("required-sections");
    expect(readme.code).toBe(0);

    const report = "reports/2022/清河 镇2022.TXT";
    write(dir, { [report]: badText });
    git(dir, "add", "-A");
    const bad = commit("bad report");
    expect(bad.output).toContain(report);
    expect(bad.output).toContain("required-sections");
    expect(bad.code).not.toBe(0);
    expect(git(dir, "log", "--format=%s").split("\n")).toEqual(["readme", "notes"]);

    write(dir, { [report]: cleanText });
    git(dir, "add", "-A");
    const good = commit("report");
    expect(good.output).not.toContain("required-sections");
    expect(good.code).toBe(0);
    expect(git(dir, "log", "--format=%s").split("\n")).toEqual(["report", "readme", "notes"]);
  });

  it("README.md shows the same hook as docs/hooks.md", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    expect(readme).toContain("```sh\n" + hookScript() + "```");
  });
});
