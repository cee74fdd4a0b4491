// What the browser bundle gets for node:fs, node:path and node:url (scripts/build.mjs maps them
// here). The core reaches the file system only for data that the page provides from outside
// (provideGazetteerText, setCMapUrl) and for configuration files, which the page has none of: these
// functions say so instead of failing somewhere inside a library. Paths are POSIX.
const unavailable = (what: string) => (): never => {
  throw new Error(`${what} is not available in the browser`);
};

export const readFileSync = unavailable("readFileSync");
export const existsSync = (): boolean => false;
export const fileURLToPath = (url: string | URL): string => new URL(String(url)).pathname;
export const pathToFileURL = (path: string): URL => new URL(`file://${path}`);

export const sep = "/";
export const isAbsolute = (p: string): boolean => p.startsWith("/");
export function join(...parts: string[]): string {
  return normalize(parts.filter(Boolean).join("/"));
}
export function normalize(p: string): string {
  const out: string[] = [];
  for (const part of p.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return (p.startsWith("/") ? "/" : "") + out.join("/");
}
export function dirname(p: string): string {
  const n = normalize(p);
  const i = n.lastIndexOf("/");
  return i > 0 ? n.slice(0, i) : i === 0 ? "/" : ".";
}
export function relative(from: string, to: string): string {
  const a = normalize(from).split("/").filter(Boolean);
  const b = normalize(to).split("/").filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}
export function resolve(...parts: string[]): string {
  let p = "/";
  for (const part of parts) p = isAbsolute(part) ? part : `${p}/${part}`;
  return normalize(p);
}
export default { readFileSync, existsSync, fileURLToPath, pathToFileURL, sep, isAbsolute, join, normalize, dirname, relative, resolve };
