// `reportlint --web`: a small static server for the page in dist/web/, which lints reports in the
// browser. It binds to 127.0.0.1 only, serves only the files under its folder (no path traversal,
// no symbolic link out of it, no directory listing), answers only GET and HEAD, only to a Host of
// its own (a page elsewhere cannot reach it through DNS rebinding) and sends a strict
// Content-Security-Policy: nothing is loaded from another origin, no inline script runs.
import { say } from "../core/bilingual.js";
import type { Locale } from "../core/types.js";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createReadStream, existsSync } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { extname, join, sep } from "node:path";
import { spawn } from "node:child_process";
import { packageRoot } from "../gazetteer/load.js";

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".bcmap": "application/octet-stream",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

export interface WebServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** The folder the page is built into. */
export function webRoot(): string {
  return join(packageRoot(), "dist", "web");
}

/** Serves `root` on 127.0.0.1 (port 0: a free one). */
export async function startWebServer(root: string, port = 0): Promise<WebServer> {
  const base = await realpath(root);
  let origin = "";
  const server = createServer((req, res) => {
    void handle(base, origin, req, res).catch(() => send(res, 500, "internal error"));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  origin = `127.0.0.1:${actual}`;
  return {
    server,
    url: `http://${origin}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function send(res: ServerResponse, status: number, text: string): void {
  if (res.headersSent) return void res.destroy();
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Content-Security-Policy": CONTENT_SECURITY_POLICY, "X-Content-Type-Options": "nosniff" });
  res.end(text);
}

async function handle(base: string, origin: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "method not allowed");
  const host = req.headers.host ?? "";
  if (host !== origin && host !== origin.replace("127.0.0.1", "localhost")) return send(res, 403, "forbidden host");
  let path: string;
  try {
    path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
  } catch {
    return send(res, 400, "bad request");
  }
  if (path.includes("\0") || path.includes("\\")) return send(res, 400, "bad request");
  if (path.endsWith("/")) path += "index.html";
  // Every segment a plain name: no "..", no ".", no hidden files.
  const parts = path.split("/").filter(Boolean);
  if (parts.some((p) => p.startsWith("."))) return send(res, 404, "not found");
  let file: string;
  try {
    file = await realpath(join(base, ...parts));
  } catch {
    return send(res, 404, "not found");
  }
  if (!file.startsWith(base + sep)) return send(res, 404, "not found");
  const info = await stat(file);
  if (!info.isFile()) return send(res, 404, "not found");
  res.writeHead(200, {
    "Content-Type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
    "Content-Length": info.size,
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cache-Control": "no-cache",
  });
  if (req.method === "HEAD") return void res.end();
  // A file that goes away while it is sent ends the response, not the server.
  createReadStream(file)
    .on("error", () => res.destroy())
    .pipe(res);
}

/** Opens `url` in the default browser; failing to is not an error (the URL is printed). */
export function openBrowser(url: string): void {
  const [command, args] = process.platform === "darwin" ? ["open", [url]] : process.platform === "win32" ? ["cmd", ["/c", "start", "", url]] : ["xdg-open", [url]];
  try {
    const child = spawn(command, args, { stdio: "ignore", detached: true });
    child.on("error", () => {});
    child.unref();
  } catch {
    // No opener: the user opens the printed URL.
  }
}

export interface WebIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** `reportlint --web [--no-open] [--port N]`: serves until Ctrl-C (SIGINT) or SIGTERM. */
export async function runWeb(options: { open: boolean; port?: number; locale?: Locale }, io: WebIo, root = webRoot()): Promise<number> {
  const { locale } = options;
  if (!existsSync(join(root, "index.html"))) {
    const page = join(root, "index.html");
    io.stderr(`reportlint: ${say(locale, { zh: `找不到网页（缺少 ${page}）：请运行 \`npm run build\``, en: `the page is not built (${page} is missing): run \`npm run build\`` })}\n`);
    return 2;
  }
  let web: WebServer;
  try {
    web = await startWebServer(root, options.port ?? 0);
  } catch (err) {
    io.stderr(`reportlint: ${say(locale, { zh: `无法启动网页服务：${(err as Error).message}`, en: `cannot start the web server: ${(err as Error).message}` })}\n`);
    return 2;
  }
  io.stdout(
    say(locale, {
      zh: `reportlint 网页：${web.url}\n报告只在浏览器中检查，不会上传。\n按 Ctrl-C 停止。\n`,
      en: `reportlint page: ${web.url}\nReports are checked in the browser and never uploaded.\nPress Ctrl-C to stop.\n`,
    }),
  );
  if (options.open) openBrowser(web.url);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  web.server.closeAllConnections();
  await web.close();
  return 0;
}
