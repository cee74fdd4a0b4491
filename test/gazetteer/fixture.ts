// A small invented gazetteer in the file format of data/gazetteer-2023.txt.
import { parseGazetteer, type Gazetteer } from "../../src/gazetteer/index.js";

export const SMALL = [
  "reportlint-gazetteer 1",
  '# {"source":"test","version":"0.0.0","edition":2000}',
  "91 青山省",
  "9101 青禾市",
  "910101 东湖区 ~镇 青禾 北乡 平安 ~乡 白石 ~街道 东湖",
  "910102 西岭县 ~镇 北乡 新城 ~苏木 巴音",
  "910103 禾县 ~镇 禾丰 西市",
  "9190 省直辖县级行政区划",
  "919001 红河市 ~镇 红河 白石",
  "919002 大新市 ~镇 大新市",
  "919003 河西市",
  "92 金城市",
  "9201 市辖区",
  "920101 中和区 ~街道 中和 ~镇 东湖",
  "9202 县",
  "920201 北岭县 ~乡 北岭",
  // Ten townships called 城关镇, for the "common name" reading.
  "93 远山省",
  "9301 远山市",
  ...Array.from({ length: 10 }, (_, i) => `9301${String(i + 1).padStart(2, "0")} 远${"一二三四五六七八九十"[i]}县 ~镇 城关`),
  "",
].join("\n");

export const small = (): Gazetteer => parseGazetteer(SMALL);
