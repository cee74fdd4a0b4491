// Command-line paths → the report files to lint. Folders expand recursively; globs expand with
// tinyglobby. Problems with a path (missing, unreadable, a symlink loop) are returned, not thrown,
// so the other files are still linted.
import { lstat, readdir, realpath, stat } from "node:fs/promises";
import { resolve, join } from "node:path";
import type { Bilingual } from "../core/bilingual.js";

export const REPORT_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ".docx", ".pdf"];

export interface FileTarget {
  path: string;
  /** True when the user named the file itself (it is linted whatever its extension). */
  explicit: boolean;
}

export interface PathProblem {
  path: string;
  /** What is wrong, in both languages (the run shows one). */
  message: Bilingual;
  /** The argument itself names no report: no such file or folder, a glob with no match, a folder without reports. */
  unmatched?: boolean;
}

const ALWAYS_SKIPPED_DIRS = new Set(["node_modules", ".git"]);

// Node reads file names as UTF-8: bytes that are not (a name written in GBK, say) become U+FFFD,
// and the name it gives back then opens nothing. Such a file is reported, not silently lost.
const NOT_UTF8_NAME = { zh: "文件名不是有效的 UTF-8（例如 GBK 编码的文件名），无法打开；请将文件重命名", en: "the file name is not valid UTF-8 (a GBK name, say) and cannot be opened; rename the file" };

async function lstatExists(full: string): Promise<boolean> {
  return lstat(full).then(
    () => true,
    () => false,
  );
}

/** True when `full` holds U+FFFD because its name on disk is not UTF-8 (the decoded name does not exist). */
async function isUndecodableName(full: string): Promise<boolean> {
  if (!full.includes("\ufffd")) return false;
  try {
    await stat(full);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "ENOENT";
  }
}

function isReportFile(path: string): boolean {
  const name = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
  // ~$报告.docx is the lock file Word keeps beside a document that is open.
  if (name.startsWith("~$")) return false;
  // A folder's README describes the folder; it is not a report (named explicitly, it is linted).
  if (/^readme\./i.test(name)) return false;
  const lower = name.toLowerCase();
  return REPORT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export async function expandPaths(args: string[], cwd: string): Promise<{ files: FileTarget[]; problems: PathProblem[] }> {
  const files: FileTarget[] = [];
  const problems: PathProblem[] = [];
  const seen = new Set<string>();
  const add = (p: string, explicit: boolean) => {
    if (!seen.has(p)) {
      seen.add(p);
      files.push({ path: p, explicit });
    }
  };

  for (const arg of args) {
    const abs = resolve(cwd, arg);
    let info;
    try {
      info = await stat(abs);
    } catch (err) {
      if (/[*?[\]{}!]/.test(arg)) {
        // Loaded only for a glob argument: most runs name files and folders.
        const { glob } = await import("tinyglobby");
        const matches = await glob(arg, { cwd, absolute: true, dot: false, ignore: ["**/node_modules/**", "**/.git/**"] });
        const reports = matches.filter(isReportFile).sort();
        if (reports.length === 0) problems.push({ path: arg, message: { zh: `没有与「${arg}」匹配的报告文件`, en: `no report files match the pattern "${arg}"` }, unmatched: true });
        reports.forEach((m) => add(m, false));
        continue;
      }
      const code = (err as NodeJS.ErrnoException).code;
      problems.push({
        path: abs,
        unmatched: code === "ENOENT",
        message:
          code === "ENOENT" && abs.includes("\ufffd")
            ? NOT_UTF8_NAME
            : code === "ENOENT"
            ? { zh: "文件或文件夹不存在", en: "no such file or folder" }
            : code === "ELOOP"
              ? { zh: "符号链接循环", en: "a symbolic link loop" }
              : code === "EACCES"
                ? { zh: "没有读取权限", en: "permission denied" }
                : { zh: `无法读取：${(err as Error).message}`, en: `cannot read: ${(err as Error).message}` },
      });
      continue;
    }
    if (info.isDirectory()) {
      const before = files.length;
      await walk(abs, new Set(), add, problems);
      if (files.length === before) problems.push({ path: abs, message: { zh: `此文件夹中没有报告文件（${REPORT_EXTENSIONS.join("、")}）`, en: `no report files (${REPORT_EXTENSIONS.join(", ")}) in this folder` }, unmatched: true });
    } else {
      add(abs, true);
    }
  }
  return { files, problems };
}

async function walk(dir: string, visited: Set<string>, add: (p: string, explicit: boolean) => void, problems: PathProblem[]): Promise<void> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (err) {
    problems.push({ path: dir, message: (err as NodeJS.ErrnoException).code === "ELOOP" ? { zh: "符号链接循环", en: "a symbolic link loop" } : { zh: `无法读取文件夹：${(err as Error).message}`, en: `cannot read folder: ${(err as Error).message}` } });
    return;
  }
  if (visited.has(real)) return; // a link back into a folder already walked
  visited.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    problems.push({ path: dir, message: { zh: `无法读取文件夹：${(err as Error).message}`, en: `cannot read folder: ${(err as Error).message}` } });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!ALWAYS_SKIPPED_DIRS.has(entry.name)) await walk(full, visited, add, problems);
    } else if (entry.isSymbolicLink()) {
      try {
        const target = await stat(full);
        if (target.isDirectory()) await walk(full, visited, add, problems);
        else if (isReportFile(entry.name)) add(full, false);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (isReportFile(entry.name)) problems.push({ path: full, message: code === "ELOOP" ? { zh: "符号链接循环", en: "a symbolic link loop" } : (await isUndecodableName(full)) && !(await lstatExists(full)) ? NOT_UTF8_NAME : { zh: "符号链接失效", en: "a broken symbolic link" } });
      }
    } else if (isReportFile(entry.name)) {
      if (await isUndecodableName(full)) problems.push({ path: full, message: NOT_UTF8_NAME });
      else add(full, false);
    }
  }
}
