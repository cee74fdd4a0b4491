// Last year's report for the cross-year rules (carryover-consistency, valid-documents-continuity,
// copied-previous-report), found in one of three ways:
//   --previous FILE    that file, for the one report linted (several reports: a usage error);
//   --previous FOLDER  the file in that folder whose organisation is the report's;
//   year folders       a report under a folder named as a year (reports/2023/东湖街道.txt) whose
//                      sibling folder of the year before exists (reports/2022/): the file there
//                      whose organisation is the report's.
// Organisations are matched on the name the model reads (title or text), normalised by
// organizationKey: no match, or two matches, and the rules stay silent for that report. Candidates'
// models are built once per folder, when a report first asks for that folder.
import { readFile, readdir, stat } from "node:fs/promises";
import { basename, dirname, join, relative, isAbsolute, resolve } from "node:path";
import { decode } from "../decode/index.js";
import { buildModel, type PreviousReport } from "../core/linter.js";
import { formatForPath, loadFrontEnd } from "../frontends/index.js";
import { documentFormatForPath } from "../documents/index.js";
import { renderIsolated } from "../documents/isolated.js";
import type { DocumentLimits } from "../documents/limits.js";
import { organizationKey, sameOrganization } from "../model/cross-year.js";
import { REPORT_EXTENSIONS } from "./files.js";
import { BilingualError, errorText } from "../core/bilingual.js";

export class PreviousError extends BilingualError {}

interface Candidate extends PreviousReport {
  filePath: string;
  /** organizationKey of the organisation the model reads; "" when none. */
  key: string;
}

export interface PreviousFinderOptions {
  cwd: string;
  /** --previous as given (a file or a folder), if any. */
  previous?: string;
  /** --encoding. */
  encoding?: string;
  /** --limit: last year's documents are read under the same limits as this year's. */
  limits?: DocumentLimits;
}

/** A folder name that is a year: 2023 or 2023年. */
const YEAR_FOLDER = /^((?:19|20)\d\d)年?$/;

export class PreviousFinder {
  private readonly cwd: string;
  private readonly encoding?: string;
  private readonly limits?: DocumentLimits;
  private readonly given?: string;
  private explicit?: Promise<Candidate>;
  private readonly folders = new Map<string, Promise<Candidate[]>>();
  /** Year folder → the folder of the year before (undefined: none), looked up once per folder. */
  private readonly yearBefore = new Map<string, Promise<string | undefined>>();
  /** Whether --previous names a folder (looked up once). */
  private givenKind?: Promise<"file" | "folder">;

  constructor(options: PreviousFinderOptions) {
    this.cwd = options.cwd;
    this.encoding = options.encoding;
    this.limits = options.limits;
    this.given = options.previous === undefined ? undefined : resolve(options.cwd, options.previous);
  }

  /**
   * Check --previous before any report is linted: it must exist; a file must be readable, and
   * only one report may be linted with it. Throws PreviousError with a message for the user.
   */
  async check(reportCount: number): Promise<void> {
    if (!this.given) return;
    let isFolder: boolean;
    try {
      isFolder = (await this.kind()) === "folder";
    } catch (err) {
      const missing = (err as NodeJS.ErrnoException).code === "ENOENT";
      const shown = this.display(this.given);
      throw new PreviousError({
        zh: `无法读取上年报告 ${shown}：${missing ? "文件不存在" : (err as Error).message}`,
        en: `cannot read the previous report ${shown}: ${missing ? "no such file" : (err as Error).message}`,
      });
    }
    if (isFolder) return;
    if (reportCount > 1) {
      throw new PreviousError({
        zh: `--previous 文件只能用于一份报告（本次 ${reportCount} 份）；检查多份报告时请给出上年报告所在的文件夹，或按年份文件夹存放`,
        en: `--previous FILE applies to one report (${reportCount} given): name last year's folder instead, or keep reports in year folders`,
      });
    }
    try {
      await (this.explicit ??= this.load(this.given));
    } catch (err) {
      const shown = this.display(this.given);
      throw new PreviousError({ zh: `无法读取上年报告 ${shown}：${errorText(err, "zh")}`, en: `cannot read the previous report ${shown}: ${errorText(err, "en")}` });
    }
  }

  /** Last year's report for the report at filePath (text: its text as linted), or undefined. */
  async forFile(filePath: string, text: string, format: "text" | "markdown"): Promise<PreviousReport | undefined> {
    if (this.given && (await this.kind()) === "file") {
      const c = await (this.explicit ??= this.load(this.given));
      return { text: c.text, filePath: c.filePath, format: c.format };
    }
    const folder = this.given ?? (await this.yearFolderBefore(filePath));
    if (!folder) return undefined;
    const candidates = await this.candidates(folder, filePath);
    if (candidates.length === 0) return undefined;
    const key = organizationKey(buildModel(text, { format }).organization?.name ?? "");
    if (!key) return undefined;
    const exact = candidates.filter((c) => c.key === key);
    const matches = exact.length > 0 ? exact : candidates.filter((c) => sameOrganization(c.key, key));
    if (matches.length !== 1) return undefined;
    const m = matches[0];
    return { text: m.text, filePath: m.filePath, format: m.format };
  }

  private kind(): Promise<"file" | "folder"> {
    return (this.givenKind ??= stat(this.given!).then((s) => (s.isDirectory() ? "folder" : "file")));
  }

  /** reports/2023/x.txt → reports/2022 when that folder exists. */
  private yearFolderBefore(filePath: string): Promise<string | undefined> {
    if (!isAbsolute(filePath)) return Promise.resolve(undefined);
    const dir = dirname(filePath);
    let found = this.yearBefore.get(dir);
    if (!found) {
      found = this.findYearBefore(dir);
      this.yearBefore.set(dir, found);
    }
    return found;
  }

  private async findYearBefore(dir: string): Promise<string | undefined> {
    const m = YEAR_FOLDER.exec(basename(dir));
    if (!m) return undefined;
    const year = Number(m[1]);
    for (const name of [String(year - 1), `${year - 1}年`]) {
      const candidate = join(dirname(dir), name);
      try {
        if ((await stat(candidate)).isDirectory()) return candidate;
      } catch {
        // not there: try the other spelling
      }
    }
    return undefined;
  }

  private candidates(folder: string, except: string): Promise<Candidate[]> {
    let found = this.folders.get(folder);
    if (!found) {
      found = this.scan(folder);
      this.folders.set(folder, found);
    }
    return found.then((list) => list.filter((c) => resolve(this.cwd, c.filePath) !== except));
  }

  /** Every report file directly in folder, with its organisation; unreadable files are skipped. */
  private async scan(folder: string): Promise<Candidate[]> {
    let names: string[];
    try {
      names = (await readdir(folder)).sort();
    } catch {
      return [];
    }
    const out: Candidate[] = [];
    for (const name of names) {
      const lower = name.toLowerCase();
      if (name.startsWith("~$") || !REPORT_EXTENSIONS.some((ext) => lower.endsWith(ext))) continue;
      try {
        out.push(await this.load(join(folder, name)));
      } catch {
        // A file that cannot be read or rendered is nobody's previous report.
      }
    }
    return out;
  }

  private async load(path: string): Promise<Candidate> {
    const bytes = await readFile(path);
    const docFormat = documentFormatForPath(path);
    const text = docFormat ? (await renderIsolated(docFormat, bytes, { encoding: this.encoding, limits: this.limits })).text : decode(bytes, this.encoding).text;
    const format = docFormat ? "text" : formatForPath(path);
    await loadFrontEnd(format);
    // The organisation as written: no settings (a folder-wide settings.organization would make every file match).
    const key = organizationKey(buildModel(text, { format }).organization?.name ?? "");
    return { text, filePath: this.display(path), format, key };
  }

  private display(path: string): string {
    const rel = relative(this.cwd, path);
    return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
  }
}
