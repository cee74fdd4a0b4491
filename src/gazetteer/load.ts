// Reads data/gazetteer-2023.txt once, on first use. The rule engine is synchronous, so the file is
// read with readFileSync (a dynamic import() would be asynchronous). The path is found from this
// module's own URL by walking up to the folder whose package.json is reportlint's: that works from
// src/gazetteer (tests, tsx), from dist/ (the esbuild bundles) and from an installed
// package (node_modules/reportlint/dist/…), as long as `data/` ships with the package.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseGazetteer, type Gazetteer } from "./index.js";

export const GAZETTEER_FILE = "data/gazetteer-2023.txt";

let cached: Gazetteer | undefined;
/** The gazetteer's text given from outside (the web page fetches it), read instead of the data file. */
let provided: string | undefined;

/**
 * Use `text` as the gazetteer instead of reading data/gazetteer-2023.txt: where there is no file
 * system (a browser). undefined goes back to the file. The rules stay synchronous: the caller gets
 * the text before linting.
 */
export function provideGazetteerText(text: string | undefined): void {
  provided = text;
  cached = undefined;
}

/** The folder holding reportlint's package.json, found upwards from `from`. */
export function packageRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, "utf8")) as { name?: unknown }).name === "reportlint") return dir;
      } catch {
        // Not JSON: keep walking up.
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`reportlint: cannot find the package folder (with ${GAZETTEER_FILE}) above ${from}`);
    dir = up;
  }
}

/**
 * The parsed gazetteer, read and parsed on the first call, then cached: about 5 ms (reading and
 * decoding the 402 KiB ~2.5 ms, parsing the province, city and county lines ~2 ms; townships are
 * looked up in the text on demand, see index.ts).
 */
export function loadGazetteer(): Gazetteer {
  if (cached === undefined && provided !== undefined) cached = parseGazetteer(provided);
  cached ??= parseGazetteer(readFileSync(join(packageRoot(), GAZETTEER_FILE), "utf8"));
  return cached;
}
