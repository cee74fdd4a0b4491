// The static server of `reportlint --web`: loopback only, its own files only, a strict CSP, and the
// command starts, prints its URL and stops on Ctrl-C.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { CONTENT_SECURITY_POLICY, openBrowser, startWebServer, type WebServer } from "../../src/cli/web.js";

const root = resolve(__dirname, "../..");
const SECRET = "secret-report-text-that-must-not-be-served";

/** A raw GET (the path is sent as written: no client-side normalisation of "..") */
function get(port: number, path: string, headers: Record<string, string> = {}, method = "GET"): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: "127.0.0.1", port, path, method, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", fail);
    req.end();
  });
}

describe("the web server", () => {
  let dir = "";
  let web: WebServer;
  let port = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "reportlint-web-"));
    const site = join(dir, "site");
    mkdirSync(join(site, "chunks"), { recursive: true });
    writeFileSync(join(site, "index.html"), "<!doctype html><title>page</title>");
    writeFileSync(join(site, "chunks", "a.js"), "export const a = 1;");
    writeFileSync(join(site, ".hidden"), SECRET);
    writeFileSync(join(dir, "secret.txt"), SECRET);
    symlinkSync(join(dir, "secret.txt"), join(site, "link.txt"));
    symlinkSync(dir, join(site, "up"));
    web = await startWebServer(site);
    port = Number(new URL(web.url).port);
  });

  afterAll(async () => {
    await web?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("listens on 127.0.0.1 only, on a free port, and says so in its URL", () => {
    const address = web.server.address();
    expect(address).toMatchObject({ address: "127.0.0.1", family: "IPv4" });
    expect(port).toBeGreaterThan(0);
    expect(web.url).toBe(`http://127.0.0.1:${port}/`);
  });

  it("serves its files with their type and a strict Content-Security-Policy", async () => {
    const page = await get(port, "/");
    expect(page.status).toBe(200);
    expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(page.body).toContain("<title>page</title>");
    const csp = String(page.headers["content-security-policy"]);
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self';/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(page.headers["x-content-type-options"]).toBe("nosniff");
    const js = await get(port, "/chunks/a.js");
    expect(js.status).toBe(200);
    expect(js.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect((await get(port, "/chunks/a.js", {}, "HEAD")).body).toBe("");
  });

  it.each([
    "/../secret.txt",
    "/%2e%2e/secret.txt",
    "/chunks/..%2f..%2fsecret.txt",
    "/chunks/%2e%2e%2f%2e%2e%2fsecret.txt",
    "/..%5csecret.txt",
    "/%2e%2e%5csecret.txt",
    "//../secret.txt",
    "/link.txt",
    "/up/secret.txt",
    "/.hidden",
    "/secret.txt%00.html",
    `/${"%2e%2e/".repeat(12)}etc/passwd`,
  ])("refuses %s", async (path) => {
    const r = await get(port, path);
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
    expect(r.body).not.toContain(SECRET);
    expect(r.body).not.toContain("root:");
  });

  it("lists no folder, answers only GET and HEAD, and only to its own host name", async () => {
    expect((await get(port, "/chunks")).status).toBe(404);
    expect((await get(port, "/chunks/")).status).toBe(404);
    expect((await get(port, "/", {}, "POST")).status).toBe(405);
    expect((await get(port, "/", {}, "PUT")).status).toBe(405);
    expect((await get(port, "/", { host: "evil.example" })).status).toBe(403);
    expect((await get(port, "/", { host: `localhost:${port}` })).status).toBe(200);
    expect((await get(port, "/%E0%A4%A")).status).toBe(400);
  });
});

describe("openBrowser", () => {
  it("is no error when there is no browser to open", async () => {
    const path = process.env.PATH;
    process.env.PATH = mkdtempSync(join(tmpdir(), "no-browser-"));
    const errors: unknown[] = [];
    const onError = (e: unknown) => errors.push(e);
    process.on("uncaughtException", onError);
    try {
      expect(() => openBrowser("http://127.0.0.1:9/")).not.toThrow();
      // The spawn error arrives on the next turns of the event loop.
      await new Promise((r) => setTimeout(r, 200));
    } finally {
      process.env.PATH = path;
      process.off("uncaughtException", onError);
    }
    expect(errors).toEqual([]);
  });
});

describe("reportlint --web", () => {
  const bin = join(root, "bin/reportlint.js");

  it("prints its URL, serves the built page and stops on Ctrl-C", async () => {
    const child = spawn(process.execPath, [bin, "--web", "--no-open", "--port", "0"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stderr.on("data", (c) => (err += c));
    const url = await new Promise<string>((done, fail) => {
      child.stdout.on("data", (c) => {
        out += c;
        const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
        if (m) done(m[0]);
      });
      child.on("exit", (code) => fail(new Error(`exited ${code}: ${err}`)));
    });
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<script type="module" src="app.js"></script>');
    const exit = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
    child.kill("SIGINT");
    expect(await exit).toBe(0);
    expect(err).toBe("");
  });

  it("says so when its port is taken", async () => {
    const other = await startWebServer(join(root, "src/web"));
    try {
      const r = spawnSync(process.execPath, [bin, "--web", "--no-open", "--port", new URL(other.url).port], { cwd: root, encoding: "utf8" });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^reportlint: 无法启动网页服务：.*EADDRINUSE/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await other.close();
    }
  });

  it("says what is wrong with its options", () => {
    for (const [args, pattern] of [
      [["--web", "--port", "x"], /^reportlint: --port 需要一个数字\nreportlint --help 查看用法\n$/],
      [["--web", "--port", "70000"], /--port 必须是 0 到 65535 之间的整数/],
      [["--web", "report.txt", "--locale", "en"], /^reportlint: --web takes no files \(got report.txt\): choose them in the page\nreportlint --help for usage\n$/],
    ] as const) {
      const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8" });
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
