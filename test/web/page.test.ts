// The page of `reportlint --web` in Debian's Chromium (playwright-core), served by the real server:
// the findings shown equal `reportlint -f json` for the same file (the five seeds as .txt, a Word
// and a PDF rendering), clicking one brings its text into view, English works, a fix applies and
// the fixed text downloads as --fix would write it, the keyboard reaches everything, and no
// request leaves 127.0.0.1. Skipped, saying why, without /usr/bin/chromium (CI installs it).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { skipTitle } from "../support/skip.js";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { startWebServer, webRoot, type WebServer } from "../../src/cli/web.js";

// CHROMIUM_PATH: another Chromium (or a missing one, to see the tests skip and say why).
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
const root = resolve(__dirname, "../..");
const bin = join(root, "bin/reportlint.js");
const seedsDir = resolve(root, "../shared/seeds");
const seeds = existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).sort().map((f) => join(seedsDir, f)) : [];
const DOCX = join(root, "fixtures/renderings/s1-2021-tab_extra-rows-table-2.docx");
const PDF = join(root, "fixtures/renderings/s1-2019-tab_broken-row-total.pdf");
const HTML = join(root, "fixtures/renderings/s1-2021-blank-line_wu-in-cell.html");
const MARKDOWN = join(root, "fixtures/renderings/s1-2021-gfm_wrong-year-table-2.md");
/** Screenshots go here on every run; with REPORTLINT_UPDATE_DOCS=1 the one of seed 004 also replaces docs/web-seed-004.png. */
const outDir = join(tmpdir(), "reportlint-web");

interface Shown {
  ruleId: string | null;
  severity: number;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

function cliJson(file: string, extra: string[] = []): { messages: (Shown & { fix?: unknown })[]; output?: string; report?: { organization?: string; year?: number } } {
  const r = spawnSync(process.execPath, [bin, "-f", "json", ...extra, file], { cwd: root, encoding: "utf8" });
  if (r.status !== 0 && r.status !== 1) throw new Error(`reportlint failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout)[0];
}

const pick = (m: Shown): Shown => ({ ruleId: m.ruleId, severity: m.severity, message: m.message, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn });

/** The findings as the page lists them (read from the list's buttons). */
function shownFindings(page: Page): Promise<Shown[]> {
  return page.$$eval("button.finding", (buttons) =>
    buttons.map((b) => {
      const d = (b as HTMLElement).dataset;
      return {
        ruleId: d.rule || null,
        severity: Number(d.severity),
        message: b.querySelector(".message")!.textContent ?? "",
        line: Number(d.line),
        column: Number(d.column),
        endLine: Number(d.endLine),
        endColumn: Number(d.endColumn),
      };
    }),
  );
}

describe.skipIf(!hasChromium)(skipTitle(hasChromium, "the --web page in headless Chromium", `${CHROMIUM} is missing; apt-get install -y chromium`), () => {
  let browser: Browser;
  let web: WebServer;
  let page: Page;
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(outDir, { recursive: true });
    if (!existsSync(join(webRoot(), "index.html"))) {
      const b = spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: root, encoding: "utf8" });
      if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`);
    }
    web = await startWebServer(webRoot());
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: "zh-CN", acceptDownloads: true });
    page = await context.newPage();
    page.on("request", (r) => requests.push(`${r.method()} ${r.url()}${r.postData() ? " (with a body)" : ""}`));
    page.on("pageerror", (e) => problems.push(String(e)));
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    await page.addInitScript(() => document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)));
    await page.goto(web.url);
    await page.waitForSelector("body[data-ready]");
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  async function open(file: string): Promise<void> {
    await page.setInputFiles("#files", file);
    await page.waitForFunction((name) => document.getElementById("report-name")?.textContent === name, basename(file), { timeout: 30_000 });
  }

  it.skipIf(seeds.length === 0)(skipTitle(seeds.length > 0, "shows the same findings as reportlint -f json for each seed", "../shared/seeds is missing"), async () => {
    expect(seeds).toHaveLength(5);
    for (const seed of seeds) {
      await open(seed);
      const expected = cliJson(seed).messages.map(pick);
      expect(expected.length, seed).toBeGreaterThan(0);
      expect(await shownFindings(page), basename(seed)).toEqual(expected);
      expect(await page.textContent("#count-errors .n")).toBe(String(expected.filter((m) => m.severity === 2).length));
      expect(await page.textContent("#count-warnings .n")).toBe(String(expected.filter((m) => m.severity === 1).length));
      // Every finding is marked in the text, and its line's gutter says so.
      const marked = await page.$$eval("mark.f", (marks) => [...new Set(marks.flatMap((m) => (m as HTMLElement).dataset.f!.split(" ")))].length);
      expect(marked).toBe(expected.length);
      for (const m of expected) expect(await page.getAttribute(`.line[data-line="${m.line}"] .gutter`, "class")).toMatch(/sev-[12]/);
      console.log(`${basename(seed)}: ${expected.length} findings, linted in ${await page.getAttribute("#report", "data-lint-ms")} ms`);
    }
    // Several files give a table of reports: who, which year (as the CLI's summary says), how many problems.
    const cells = () => page.$$eval("#reports tbody tr", (rows) => rows.map((r) => [...(r as HTMLTableRowElement).cells].map((c) => c.textContent ?? "")));
    const table = await cells();
    expect(table).toEqual(
      seeds.map((seed) => {
        const r = cliJson(seed);
        return [basename(seed), r.report?.organization ?? "", String(r.report?.year ?? ""), String(r.messages.filter((m) => m.severity === 2).length), String(r.messages.filter((m) => m.severity === 1).length)];
      }),
    );
    // Sorted by a click (errors: most first), reversed by another, by keyboard too.
    await page.click("#reports thead th:nth-child(4) button");
    expect(await page.getAttribute("#reports thead th:nth-child(4)", "aria-sort")).toBe("descending");
    const errors = (await cells()).map((r) => Number(r[3]));
    expect(errors).toEqual([...errors].sort((a, b) => b - a));
    await page.keyboard.press("Enter");
    expect(await page.getAttribute("#reports thead th:nth-child(4)", "aria-sort")).toBe("ascending");
    expect((await cells()).map((r) => Number(r[3]))).toEqual([...errors].sort((a, b) => a - b));
    await page.click("#reports thead th:nth-child(1) button");
    expect((await cells()).map((r) => r[0])).toEqual(seeds.map((s) => basename(s)).sort());
  });

  it("shows the same findings as reportlint -f json for a Word, a PDF and a web-page file (never fixed) and a Markdown file", async () => {
    for (const file of [DOCX, PDF, HTML]) {
      await open(file);
      const expected = cliJson(file).messages.map(pick);
      expect(expected.length, file).toBeGreaterThan(0);
      expect(await shownFindings(page), basename(file)).toEqual(expected);
      expect(await page.isVisible("#print")).toBe(true);
      expect(await page.$$eval("button.finding[data-fixable=true]", (b) => b.length)).toBe(0);
    }
    await open(MARKDOWN);
    expect(await shownFindings(page)).toEqual(cliJson(MARKDOWN).messages.map(pick));
    expect((await shownFindings(page)).length).toBeGreaterThan(0);
  });

  it.skipIf(seeds.length === 0)(skipTitle(seeds.length > 0, "lints a dropped file and pasted text as the command line does", "../shared/seeds is missing"), async () => {
    const seed = seeds[seeds.length - 1];
    const text = readFileSync(seed, "utf8");
    const expected = cliJson(seed).messages.map(pick);
    // A drop of a file, as the browser delivers it.
    const transfer = await page.evaluateHandle(([name, content]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], name, { type: "text/plain" }));
      return dt;
    }, ["dropped.txt", text] as const);
    await page.dispatchEvent("#drop", "drop", { dataTransfer: transfer });
    await page.waitForFunction(() => document.getElementById("report-name")?.textContent === "dropped.txt");
    expect(await shownFindings(page)).toEqual(expected);
    // Pasted text.
    await page.click("details.paste summary");
    await page.fill("#paste", text);
    await page.click("#check-paste");
    await page.waitForFunction(() => document.getElementById("report-name")?.textContent === "粘贴的文本.txt");
    expect(await shownFindings(page)).toEqual(expected);
    // A file that is not what its name says: the reason, not a crash.
    const broken = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(["这不是 Word 文档"], "broken.docx"));
      return dt;
    });
    await page.dispatchEvent("#drop", "drop", { dataTransfer: broken });
    await page.waitForFunction(() => document.getElementById("report-name")?.textContent === "broken.docx");
    expect(await page.textContent("#report [role=alert]")).toMatch(/无法读取 broken\.docx：.*不是有效的 \.docx 文件/);
  });

  it.skipIf(seeds.length === 0)(skipTitle(seeds.length > 0, "scrolls a clicked finding into view, explains its rule, switches to English, applies a fix and downloads the fixed text", "../shared/seeds is missing"), async () => {
    const seed = seeds.find((s) => basename(s).startsWith("004")) ?? seeds[0];
    await open(seed);
    // The last finding is far down the report: clicking it brings its marked text into view.
    const last = page.locator("button.finding").last();
    const index = await last.getAttribute("data-index");
    await last.click();
    const mark = page.locator("mark.f.current").first();
    await expect.poll(() => mark.evaluate((m) => {
      const r = m.getBoundingClientRect();
      const box = m.closest(".text")!.getBoundingClientRect();
      return r.top >= box.top && r.bottom <= box.bottom && r.top >= 0 && r.bottom <= window.innerHeight;
    })).toBe(true);
    expect(await mark.evaluate((m, i) => (m as HTMLElement).dataset.f!.split(" ").includes(i!), index)).toBe(true);
    expect(await last.getAttribute("aria-expanded")).toBe("true");
    const detail = page.locator(`#d-${index}`);
    await expect.poll(() => detail.locator("pre.example").count()).toBe(2);
    expect(await detail.innerText()).toMatch(/说明[\s\S]*正例[\s\S]*反例/);

    // The screenshot for docs/web.md: the report with its first finding chosen.
    await page.locator("button.finding").first().click();
    await page.locator("#report-name").evaluate((h) => h.scrollIntoView());
    const shot = join(outDir, "web-seed-004.png");
    await page.screenshot({ path: shot, fullPage: false });
    expect(statSync(shot).size).toBeGreaterThan(20_000);
    if (process.env.REPORTLINT_UPDATE_DOCS) copyFileSync(shot, join(root, "docs/web-seed-004.png"));

    // The download is what --fix would write.
    const fixedByCli = cliJson(seed, ["--fix-dry-run"]).output;
    expect(fixedByCli).toBeDefined();
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
    const saved = join(mkdtempSync(join(tmpdir(), "reportlint-download-")), "fixed.txt");
    await download.saveAs(saved);
    expect(download.suggestedFilename()).toBe(basename(seed).replace(/\.txt$/, ".fixed.txt"));
    expect(readFileSync(saved, "utf8")).toBe(fixedByCli);

    // Apply one fix: its finding is gone, the others stay.
    const before = await shownFindings(page);
    const fixable = page.locator("button.finding[data-fixable=true]").first();
    const fixed = before[Number(await fixable.getAttribute("data-index"))];
    await fixable.click();
    await page.click(`#d-${await fixable.getAttribute("data-index")} button.apply-fix`);
    await expect.poll(async () => (await shownFindings(page)).length).toBe(before.length - 1);
    expect((await shownFindings(page)).map((m) => m.message)).not.toContain(fixed.message);

    // English: the page's words and the messages, as --locale en gives them.
    await page.setInputFiles("#files", seed);
    await page.waitForFunction(() => document.querySelectorAll("#reports tbody tr").length > 0 && document.getElementById("status")!.textContent!.startsWith("已检查"));
    await page.click("#lang");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.textContent("h1")).toMatch(/checker/i);
    expect(await shownFindings(page)).toEqual(cliJson(seed, ["--locale", "en"]).messages.map(pick));
    await page.click("#lang");
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
  });

  it.skipIf(seeds.length === 0)(skipTitle(seeds.length > 0, "is reachable by keyboard and labelled for a screen reader", "../shared/seeds is missing"), async () => {
    await open(seeds[0]);
    // Start from the top: a click on the heading moves the focus navigation starting point there.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.click("h1");
    const reached: string[] = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press("Tab");
      const what = await page.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        return a ? `${a.tagName.toLowerCase()}#${a.id}.${a.className}` : "";
      });
      reached.push(what);
      if (what.includes("finding")) break;
    }
    expect(reached.some((r) => r.startsWith("input#files")), reached.join(" ")).toBe(true);
    expect(reached.some((r) => r.startsWith("button#lang"))).toBe(true);
    expect(reached.some((r) => r.startsWith("section#text"))).toBe(true);
    expect(reached[reached.length - 1]).toMatch(/^button#\.finding/);
    // Enter opens the finding; Tab then reaches its fix button.
    const focused = page.locator("button.finding:focus");
    const index = await focused.getAttribute("data-index");
    const fixable = await focused.getAttribute("data-fixable");
    await page.keyboard.press("Enter");
    expect(await focused.getAttribute("aria-expanded")).toBe("true");
    if (fixable !== "true") {
      // Go to the first fixable finding by keyboard.
      const target = await page.$eval("button.finding[data-fixable=true]", (b) => (b as HTMLElement).dataset.index!);
      for (let i = 0; i < 200 && (await page.evaluate(() => (document.activeElement as HTMLElement).dataset.index)) !== target; i++) await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
    } else expect(index).not.toBeNull();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("apply-fix");
    // Labels a screen reader reads.
    expect(await page.getAttribute("#text", "aria-label")).toBeTruthy();
    expect(await page.getAttribute("#status", "role")).toBe("status");
    expect(await page.$eval("#files", (i) => (i as HTMLInputElement).labels?.[0]?.textContent ?? "")).toMatch(/选择文件/);
    const labels = await page.$$eval("button.finding", (bs) => bs.map((b) => b.getAttribute("aria-label") ?? ""));
    const messages = await page.$$eval("button.finding .message", (ms) => ms.map((m) => m.textContent ?? ""));
    labels.forEach((l, i) => expect(l).toContain(messages[i]));
  });

  it.skipIf(seeds.length === 0)(skipTitle(seeds.length > 0, "shows what was understood as --print-model does, with the cells that findings name marked", "../shared/seeds is missing"), async () => {
    const seed = seeds.find((s) => basename(s).startsWith("004")) ?? seeds[0];
    await open(seed);
    const r = spawnSync(process.execPath, [bin, "--print-model", seed, "-f", "json"], { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 });
    const model = JSON.parse(r.stdout);
    await page.click("#understood summary");
    expect(await page.textContent("#u-title")).toBe(model.title.text);
    expect(await page.textContent("#u-organization")).toBe(model.organization.name);
    expect(await page.textContent("#u-year")).toBe(String(model.year.value));
    expect(await page.$$eval(".sections li.present", (l) => l.length)).toBe(model.sections.length);
    const tables = ["t2", "t3", "t4"].filter((t) => model.tables[t]);
    expect(await page.$$eval("#understood .grid", (g) => g.length)).toBe(tables.length);
    // A marked cell names findings that point into it: its text lies within each finding's range.
    const cells = page.locator("#understood button.cell");
    expect(await cells.count()).toBeGreaterThan(0);
    const findings = await shownFindings(page);
    for (let i = 0; i < (await cells.count()); i++) {
      const ids = (await cells.nth(i).getAttribute("data-f"))!.split(" ").map(Number);
      for (const id of ids) expect(["table-arithmetic", "numeric-cell", "cell-value", "table-structure", "table-label-variant", "table-layout-variant", "text-table-consistency", "carryover-consistency"]).toContain(findings[id].ruleId);
    }
    // Clicking a marked cell chooses its finding.
    const first = Number((await cells.first().getAttribute("data-f"))!.split(" ")[0]);
    await cells.first().click();
    expect(await page.getAttribute(`button.finding[data-index="${first}"]`, "aria-expanded")).toBe("true");
  });

  it.skipIf(seeds.length < 2)(skipTitle(seeds.length >= 2, "takes settings and last year's report as the command line does", "../shared/seeds has fewer than two reports"), async () => {
    const seed = seeds.find((s) => basename(s).startsWith("004")) ?? seeds[0];
    const dir = mkdtempSync(join(tmpdir(), "reportlint-settings-"));
    const config = join(dir, "config.json");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(config, JSON.stringify({ settings: { reportYear: 2030, organization: "青禾县白沙镇人民政府" } }));
    await open(seed);
    const plain = await shownFindings(page);
    await page.click("#settings summary");
    await page.fill("#set-year", "2030");
    await page.fill("#set-organization", "青禾县白沙镇人民政府");
    await page.press("#set-organization", "Tab");
    const expected = cliJson(seed, ["--no-config-lookup", "-c", config]).messages.map(pick);
    expect(expected).not.toEqual(plain);
    await expect.poll(() => shownFindings(page)).toEqual(expected);
    await page.fill("#set-year", "");
    await page.fill("#set-organization", "");
    await page.press("#set-organization", "Tab");
    await expect.poll(() => shownFindings(page)).toEqual(plain);
    // Last year's report: the cross-year rules read it.
    const previous = seeds.find((s) => s !== seed)!;
    await page.setInputFiles("#set-previous", previous);
    await expect.poll(() => page.textContent("#previous-name")).toContain(basename(previous));
    await expect.poll(() => shownFindings(page)).toEqual(cliJson(seed, ["--previous", previous]).messages.map(pick));
    await page.click("#clear-previous");
    await expect.poll(() => shownFindings(page)).toEqual(plain);
    rmSync(dir, { recursive: true, force: true });
  });

  it("a year the configuration refuses is not applied, and the page says why in its own language", async () => {
    await open(DOCX);
    const before = await shownFindings(page);
    await page.$eval("#settings", (d) => ((d as HTMLDetailsElement).open = true));
    await page.fill("#set-year", "1999");
    await page.press("#set-year", "Tab");
    await expect.poll(() => page.textContent("#status")).toBe("settings.reportYear 不能小于 2008（给出的是 1999）");
    expect(await shownFindings(page)).toEqual(before);
    await page.click("#lang");
    await page.fill("#set-year", "1998");
    await page.press("#set-year", "Tab");
    await expect.poll(() => page.textContent("#status")).toBe("settings.reportYear must be ≥ 2008 (got 1998)");
    await page.click("#lang");
    await page.fill("#set-year", "");
    await page.press("#set-year", "Tab");
  });

  it("escapes report text: markup in a file is shown, never run", async () => {
    const dir = mkdtempSync(join(tmpdir(), "reportlint-hostile-"));
    const file = join(dir, `<img src=x onerror=window.__pwned=1>.txt`);
    const payload = `<script>window.__pwned=2</script><img src=x onerror="window.__pwned=3">`;
    const { writeFileSync } = await import("node:fs");
    writeFileSync(file, `青禾镇人民政府2023年政府信息公开工作年度报告\n一、总体情况\n${payload}\n`);
    await open(file);
    expect(await page.innerText("#text")).toContain(payload);
    expect(await page.$$eval("#report img, #report script", (e) => e.length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    rmSync(dir, { recursive: true, force: true });
  });

  it("sent nothing anywhere but its own server, and nothing with a body; broke no rule of its policy", () => {
    expect(requests.length).toBeGreaterThan(0);
    const origin = web.url.replace(/\/$/, "");
    const elsewhere = requests.filter((r) => !/^GET (data:|blob:)/.test(r) && !r.startsWith(`GET ${origin}/`));
    expect(elsewhere).toEqual([]);
    // Only the page's own files were asked for: no query string that could carry report text.
    expect(requests.filter((r) => r.includes("?"))).toEqual([]);
    expect(problems).toEqual([]);
    // The Word and PDF libraries, the index and the CMaps came on demand, once each.
    const paths = requests.map((r) => new URL(r.split(" ")[1]).pathname);
    expect(paths.filter((p) => p.endsWith("/gazetteer-2023.txt"))).toHaveLength(1);
    expect(paths.some((p) => /\/chunks\/docx-/.test(p))).toBe(true);
    expect(paths.some((p) => /\/chunks\/pdfjs-/.test(p))).toBe(true);
  });
});
