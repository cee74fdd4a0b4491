// The review page (`--format html`) in a real headless browser: Debian's Chromium driven by
// playwright-core. The page must render with its charts drawn, sort its table by mouse and by
// keyboard, run nothing taken from a report, break no rule of its own Content-Security-Policy and
// make no network request. Skipped, with the reason in the suite name, where /usr/bin/chromium is
// missing (CI installs it: apt-get install -y chromium).
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { skipTitle } from "../support/skip.js";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { html } from "../../src/formatters/html.js";
import type { LintMessage, LintResult } from "../../src/core/types.js";
import { ciContext } from "../fixtures/ci-results.js";

// CHROMIUM_PATH: another Chromium (or a missing one, to see the tests skip and say why).
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
const root = resolve(__dirname, "../..");
const bin = join(root, "bin/reportlint.js");
const shared = resolve(root, "../shared");
const hasShared = existsSync(join(shared, "corpus")) && existsSync(join(shared, "seeds"));
/** Where the pages and screenshots go (replaced on every run, kept after it for a person to look at). */
const outDir = join(tmpdir(), "reportlint-review");
/** The URL the page is served at (by the test's own route handler: nothing leaves the machine). */
const PAGE_URL = "http://review.invalid/review.html";

/** The built CLI; throws when dist/ predates the html formatter. */
function cli(args: string[]) {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8", env });
  if (/unknown format/.test(r.stderr)) throw new Error(`dist/ is older than src/: run \`npm run build\` (${r.stderr.trim()})`);
  if (r.status !== 0 && r.status !== 1 && r.status !== 2) throw new Error(`reportlint failed (${r.status}): ${r.stderr}`);
  return r;
}

interface Visit {
  page: Page;
  /** Requests other than the page itself (each one is aborted). */
  blocked: string[];
  dialogs: string[];
  consoleErrors: string[];
  pageErrors: string[];
  /** securitypolicyviolation events: what the CSP blocked. */
  violations: string[];
}

let context: BrowserContext | undefined;
let userDataDir = "";

async function visit(body: string): Promise<Visit> {
  const page = await context!.newPage();
  const v: Visit = { page, blocked: [], dialogs: [], consoleErrors: [], pageErrors: [], violations: [] };
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === PAGE_URL) await route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body });
    else {
      v.blocked.push(url);
      await route.abort();
    }
  });
  page.on("request", (request) => {
    const url = request.url();
    if (url !== PAGE_URL && !url.startsWith("data:") && !v.blocked.includes(url)) v.blocked.push(url);
  });
  page.on("dialog", (dialog) => {
    v.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("console", (message) => {
    if (message.type() === "error") v.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => v.pageErrors.push(String(error)));
  // Injected by the test harness (not subject to the page's CSP): records what the policy blocks.
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  await page.goto(PAGE_URL, { waitUntil: "load" });
  v.violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  return v;
}

/** The table's sort keys of one column (the data-sort attribute), top to bottom. */
async function column(page: Page, index: number): Promise<string[]> {
  return page.$$eval("#reports tbody tr", (rows, i) => rows.map((row) => (row as HTMLTableRowElement).cells[i]!.getAttribute("data-sort") ?? ""), index);
}

async function headerIndex(page: Page, label: string): Promise<number> {
  const labels = await page.$$eval("#reports thead th", (ths) => ths.map((th) => th.textContent ?? ""));
  const i = labels.indexOf(label);
  if (i < 0) throw new Error(`no column ${label} in ${labels.join(", ")}`);
  return i;
}

/** Checks every page must pass: drawn charts, nothing run from the reports, no network, no CSP trouble. */
async function expectSafeAndDrawn(v: Visit) {
  const { page } = v;
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(v.dialogs).toEqual([]);
  expect(v.blocked).toEqual([]);
  expect(v.pageErrors).toEqual([]);
  expect(v.violations).toEqual([]);
  expect(v.consoleErrors.filter((e) => /Content Security Policy|Refused/i.test(e))).toEqual([]);
  expect(v.consoleErrors).toEqual([]);
  // The charts: bars drawn with a size on the screen.
  for (const id of ["chart-rules", "chart-reports"]) {
    const boxes = await page.$$eval(`#${id} rect.bar`, (rects) => rects.map((r) => r.getBoundingClientRect()).map((b) => ({ w: b.width, h: b.height })));
    expect(boxes.length, id).toBeGreaterThan(0);
    for (const b of boxes) {
      expect(b.w, id).toBeGreaterThan(0);
      expect(b.h, id).toBeGreaterThan(0);
    }
  }
  // The page's own style applied (the CSP hash matches): the summary cards are laid out in a row.
  expect(await page.$eval(".cards", (el) => getComputedStyle(el).display)).toBe("flex");
}

/** Clicking a header sorts; clicking again reverses; the keyboard works too. */
async function expectSortable(page: Page, labels: { report: string; errors: string }) {
  const collator = new Intl.Collator("zh", { numeric: true });
  const reportCol = await headerIndex(page, labels.report);
  const errorsCol = await headerIndex(page, labels.errors);
  const before = await column(page, reportCol);
  expect(before.length).toBeGreaterThan(1);

  await page.click(`#reports thead th:nth-child(${reportCol + 1}) button`);
  const ascending = await column(page, reportCol);
  expect(ascending).toEqual([...before].sort(collator.compare));
  expect(await page.getAttribute(`#reports thead th:nth-child(${reportCol + 1})`, "aria-sort")).toBe("ascending");

  await page.click(`#reports thead th:nth-child(${reportCol + 1}) button`);
  const descending = await column(page, reportCol);
  expect(descending).toEqual([...before].sort((a, b) => collator.compare(b, a)));
  expect(await page.getAttribute(`#reports thead th:nth-child(${reportCol + 1})`, "aria-sort")).toBe("descending");

  // Errors: numeric (10 after 9), by keyboard: Enter sorts most errors first, Space reverses.
  expect(await page.getAttribute(`#reports thead th:nth-child(${errorsCol + 1})`, "aria-sort")).toBe("none");
  await page.focus(`#reports thead th:nth-child(${errorsCol + 1}) button`);
  await page.keyboard.press("Enter");
  const errors = (await column(page, errorsCol)).map(Number);
  expect(errors).toEqual([...errors].sort((a, b) => b - a));
  await page.keyboard.press("Space");
  const errorsUp = (await column(page, errorsCol)).map(Number);
  expect(errorsUp).toEqual([...errors].sort((a, b) => a - b));
  expect(await page.getAttribute(`#reports thead th:nth-child(${errorsCol + 1})`, "aria-sort")).toBe("ascending");
  expect(await page.getAttribute(`#reports thead th:nth-child(${reportCol + 1})`, "aria-sort")).toBe("none");
}

const PAYLOAD = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2;alert(2)">"><svg onload=window.__pwned=3>`;

/** A batch whose file names, titles, organisations, places, messages and text all hold markup. */
function hostileResults(): LintResult[] {
  const cwd = ciContext().cwd;
  const m = (overrides: Partial<LintMessage>): LintMessage => ({ ruleId: "web-page-residue", severity: 2, message: `网页残留${PAYLOAD}`, line: 2, column: 3, endLine: 2, endColumn: 20, ...overrides });
  const result = (i: number, messages: LintMessage[], extra: Partial<LintResult>): LintResult => ({
    filePath: `${cwd}/${PAYLOAD}/${i}${PAYLOAD}.txt`,
    messages,
    errorCount: messages.filter((x) => x.severity === 2).length,
    warningCount: messages.filter((x) => x.severity === 1).length,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    fatalErrorCount: messages.filter((x) => x.fatal).length,
    source: `标题\n正文${PAYLOAD}结束\n`,
    ...extra,
  });
  return [
    result(1, [m({ place: `段落 2${PAYLOAD}` }), m({ severity: 1, ruleId: `x${PAYLOAD}` })], { report: { format: "docx", title: `青石镇${PAYLOAD}年度报告`, organization: `青石镇${PAYLOAD}`, year: 2023 } }),
    result(2, [m({ ruleId: null, fatal: true, message: `无法读取文件${PAYLOAD}` })], { fatalErrorCount: 1 }),
    result(3, [], { report: { format: `html${PAYLOAD}`, organization: `"'><b>乙</b>` } }),
  ];
}

describe.skipIf(!hasChromium)(skipTitle(hasChromium, "review page in headless Chromium", `${CHROMIUM} is missing; apt-get install -y chromium`), () => {
  beforeAll(async () => {
    mkdirSync(outDir, { recursive: true });
    if (!existsSync(join(root, "dist/cli.cjs"))) {
      const b = spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: root, encoding: "utf8" });
      if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`);
    }
    const { chromium } = await import("playwright-core");
    // A fresh profile for every run: Chromium's user data dir is launchPersistentContext's first argument.
    userDataDir = mkdtempSync(join(tmpdir(), "reportlint-chromium-"));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      viewport: { width: 1280, height: 900 },
      locale: "zh-CN",
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  it("renders the review of fixtures/review and fixtures/examples: charts, sorting, nothing run, no network", async () => {
    const target = join(outDir, "review.html");
    cli(["--format", "html", "-o", target, "fixtures/review", "fixtures/examples"]);
    const body = readFileSync(target, "utf8");
    // The script-like text of the reports is in the page, as text.
    expect(body).toContain("&lt;script&gt;window.__pwned=1&lt;/script&gt;");
    const v = await visit(body);
    const { page } = v;
    await expectSafeAndDrawn(v);
    expect(await page.title()).toBe("政府信息公开工作年度报告审查结果");
    expect(await page.$$eval("#reports tbody tr", (rows) => rows.length)).toBe(8);
    expect(await page.textContent("#count-checked .n")).toBe("8");
    // The script-like text shows as text: in the title line's excerpt and in the paragraph's.
    await page.click("#reports tbody tr:has-text('qingshi-town-2023.txt') a");
    const details = page.locator("details.report[open]");
    await expect.poll(() => details.count()).toBe(1);
    const shown = await details.innerText();
    expect(shown).toContain("<script>window.__pwned=1</script>");
    expect(shown).toContain('"><svg onload=window.__pwned=3>');
    expect(await page.$$eval("details.report script, details.report img, details.report svg", (els) => els.length)).toBe(0);
    // The HTML report's own <script> (in its source) shows as text too, and the unreadable file says why.
    const rowTexts = await page.$$eval("#reports tbody tr", (rows) => rows.map((r) => (r as HTMLElement).innerText));
    expect(rowTexts.find((t) => t.includes("unreadable.docx"))).toMatch(/无法读取[\s\S]*不是有效的 \.docx 文件/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(outDir, "review.png"), fullPage: true });
    await expectSortable(page, { report: "报告", errors: "错误" });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(statSync(join(outDir, "review.png")).size).toBeGreaterThan(10_000);
    await page.close();
  });

  it("runs nothing when every field of a report holds markup (file name, title, organisation, place, rule, message, text)", async () => {
    const v = await visit(html(hostileResults(), ciContext({ locale: "en" })));
    const { page } = v;
    await expectSafeAndDrawn(v);
    await page.$$eval("details.report", (els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const text = await page.innerText("body");
    expect(text).toContain(`青石镇${PAYLOAD}`);
    expect(text).toContain(`段落 2${PAYLOAD}`);
    expect(text).toContain(`"'><b>乙</b>`);
    // Only the page's own elements: one script, no img, no b, and the only svgs are the two charts.
    expect(await page.$$eval("script", (els) => els.length)).toBe(1);
    expect(await page.$$eval("img, b, iframe", (els) => els.length)).toBe(0);
    expect(await page.$$eval("svg", (els) => els.map((e) => e.id))).toEqual(["chart-rules", "chart-reports"]);
    await expectSortable(page, { report: "Report", errors: "Errors" });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(v.dialogs).toEqual([]);
    await page.close();
  });

  it("the Content-Security-Policy is a second line of defence: markup that did get in would not run", async () => {
    // Simulate an escaping bug: raw markup spliced into the page after the formatter's escaping.
    const page = html(hostileResults(), ciContext()).replace("</body>", `<script>window.__pwned=9</script><img src="x" onerror="window.__pwned=10"><div id="probe">probe</div></body>`);
    const v = await visit(page);
    expect(await v.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(v.violations.some((x) => x.startsWith("script-src"))).toBe(true);
    expect(v.violations.some((x) => x.startsWith("script-src-attr"))).toBe(true);
    expect(v.violations.some((x) => x.startsWith("img-src"))).toBe(true);
    // Chromium's preload scanner may still have asked for the image (the route handler aborted it):
    // the policy is the backstop, escaping is the defence, which is what the tests above check.
    // The page's own script still works under the same policy.
    await v.page.click("#reports thead th:nth-child(1) button");
    expect(await v.page.getAttribute("#reports thead th:nth-child(1)", "aria-sort")).toBe("ascending");
    await v.page.close();
  });

  it.skipIf(!hasShared)(
    skipTitle(hasShared, "renders the review of ../shared/corpus and ../shared/seeds", "../shared is missing"),
    async () => {
      const target = join(outDir, "review-shared.html");
      cli(["--format", "html", "-o", target, join(shared, "corpus"), join(shared, "seeds")]);
      const body = readFileSync(target, "utf8");
      const v = await visit(body);
      const { page } = v;
      await expectSafeAndDrawn(v);
      const rows = await page.$$eval("#reports tbody tr", (r) => r.length);
      expect(rows).toBeGreaterThan(0);
      expect(await page.textContent("#count-checked .n")).toBe(String(rows));
      await page.screenshot({ path: join(outDir, "review-shared.png"), fullPage: true });
      await expectSortable(page, { report: "报告", errors: "错误" });
      await page.close();
    },
  );
});
