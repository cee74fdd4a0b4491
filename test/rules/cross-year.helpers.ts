// The cross-year fixtures (fixtures/cross-year/): one invented body (东湖街道办事处), last year's
// report (2022) and two of this year's (2023: consistent with it, and broken — carry-over,
// documents in force and copied text), each in three flattenings of the tables.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const CROSS_YEAR = fileURLToPath(new URL("../../fixtures/cross-year/", import.meta.url));

export type Flattening = "tabs" | "lines" | "gfm";
export const FLATTENINGS: Flattening[] = ["tabs", "lines", "gfm"];

export const ext = (f: Flattening): string => (f === "gfm" ? "md" : "txt");

/** A fixture's text: name is 2022, 2023-consistent or 2023-broken. */
export function fixture(f: Flattening, name: "2022" | "2023-consistent" | "2023-broken"): string {
  return readFileSync(`${CROSS_YEAR}${f}/${name}.${ext(f)}`, "utf8");
}

/** The file name a case lints under (decides the front-end). */
export const filename = (f: Flattening): string => `report.${ext(f)}`;
export const previousFilename = (f: Flattening): string => `2022/东湖街道.${ext(f)}`;

/** A 2019-layout report of last year (fixtures/numbers/tabs-2019.txt, its year moved to 2022). */
export function lastYear2019(): string {
  return readFileSync(fileURLToPath(new URL("../../fixtures/numbers/tabs-2019.txt", import.meta.url)), "utf8").replaceAll("2020年", "2022年");
}

/** Replace the one occurrence of `from` in `text` (throws when it is not there exactly once). */
export function replaceOnce(text: string, from: string, to: string): string {
  const i = text.indexOf(from);
  if (i < 0 || text.indexOf(from, i + 1) >= 0) throw new Error(`"${from}" must occur exactly once`);
  return text.slice(0, i) + to + text.slice(i + from.length);
}
