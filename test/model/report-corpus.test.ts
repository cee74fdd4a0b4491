// The model over the real reports in /work/shared (skipped when they are not there). Facts are
// what each file's text supports; MANIFEST.tsv's organisation/year columns were the guide.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { skipTitle } from "../support/skip.js";
import { parseDocument } from "../../src/frontends/index.js";
import { buildReport } from "../../src/model/report.js";
import { SourceCode } from "../../src/core/source-code.js";
import type { OrganizationLevel } from "../../src/model/types.js";

const SEEDS = "/work/shared/seeds";
const CORPUS = "/work/shared/corpus";

interface Expected {
  /** "number@line" for each section found, in order. */
  sections: string;
  /** Line of the title, or null when the file has none. */
  titleLine: number | null;
  org?: [string, OrganizationLevel, "title" | "text"];
  year?: [number, "title" | "period"];
  published?: string;
}

const EXPECTED: Record<string, Expected> = {
  "000": { sections: "1@5 2@33 3@54 5@67 6@77", titleLine: 3, org: ["丹麻镇政府", "town", "title"], year: [2021, "title"] },
  "001": { sections: "1@3 2@12 3@63 4@350 5@406 6@409", titleLine: 1, org: ["永正镇", "town", "title"], year: [2021, "title"] },
  "002": { sections: "1@7 2@21 3@43 4@77 5@86", titleLine: 3, org: ["哈拉直沟乡人民政府", "township", "title"], year: [2021, "title"], published: "2022-1-4" },
  "003": { sections: "1@18 2@58 3@168 4@566 5@636 6@654", titleLine: 12, org: ["固城镇", "town", "title"], year: [2020, "title"], published: "2021-2-19" },
  "004": { sections: "1@7 2@55 3@73 4@103 5@110 6@130", titleLine: 3, org: ["中宁县新堡镇人民政府", "town", "title"], year: [2021, "title"] },
  "c002": { sections: "1@2", titleLine: null, org: ["田黄镇", "town", "text"], year: [2021, "period"] },
  "c004": { sections: "1@10", titleLine: 1, org: ["天长市永丰镇", "town", "title"], year: [2021, "title"], published: "2022-1-20" },
  "c006": { sections: "1@8 2@22", titleLine: 1, org: ["龙田镇人民政府", "town", "title"], year: [2021, "title"], published: "2022-1-29" },
  "c008": { sections: "1@7", titleLine: 3, org: ["张家湾镇", "town", "title"], year: [2021, "title"] },
  "c010": { sections: "1@1 2@3 3@18", titleLine: null, year: [2021, "period"] },
  "c012": { sections: "1@1 2@3 3@22", titleLine: null },
  "c014": { sections: "1@3", titleLine: 1, org: ["杨林寨乡人民政府", "township", "title"], year: [2022, "title"] },
  "c016": { sections: "1@4", titleLine: 1, org: ["梅州市梅县区人民政府办公室", "department", "title"], year: [2025, "title"] },
  "c018": { sections: "1@10", titleLine: 4, org: ["水城区杨梅乡", "township", "title"], year: [2022, "title"], published: "2023-1-12" },
  "c020": { sections: "2@27 3@139", titleLine: null },
  "c022": { sections: "1@5 2@11", titleLine: 3, org: ["榕城区新兴街道办事处", "street", "title"], year: [2019, "title"] },
  "c024": { sections: "1@6 2@10", titleLine: 1, org: ["东城街道", "street", "title"], year: [2019, "title"], published: "2020-1-15" },
  "c026": { sections: "1@7", titleLine: 2, org: ["珙县卫生健康局", "department", "title"], year: [2023, "title"], published: "2024-1-16" },
  "c028": { sections: "1@9 2@13", titleLine: 5, org: ["代县卫生健康局", "department", "title"], year: [2024, "title"], published: "2025-1-21" },
  "c030": { sections: "1@7", titleLine: 4, org: ["平邑县卫生健康局", "department", "title"], year: [2023, "title"], published: "2024-1-30" },
  "c032": { sections: "1@1 2@3 3@65", titleLine: null },
  "c034": { sections: "4@4 5@18", titleLine: null },
  "c036": { sections: "1@5 2@9 3@119", titleLine: 1, org: ["桐梓县夜郎镇", "town", "title"], year: [2023, "title"], published: "2024-1-31" },
  "c038": { sections: "", titleLine: null },
  "c040": { sections: "1@4 2@7", titleLine: 1, org: ["乌海市工业和信息化局", "department", "title"], year: [2020, "period"] },
  "c042": { sections: "1@2 2@6", titleLine: null, org: ["益阳高新区市场监督管理局", "department", "text"], year: [2020, "period"] },
  "c044": { sections: "1@9", titleLine: 5, org: ["东风路街道", "street", "title"], year: [2024, "title"], published: "2025-1-16" },
  "c046": { sections: "1@2", titleLine: null, year: [2024, "period"] },
  "c048": { sections: "1@1 2@6 3@78", titleLine: null },
  "c050": { sections: "1@9 2@13", titleLine: 3, org: ["马水镇", "town", "title"], year: [2019, "title"] },
};

function files(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (existsSync(SEEDS)) for (const f of readdirSync(SEEDS).sort()) if (f.endsWith(".txt")) out.push([f.slice(0, 3), `${SEEDS}/${f}`]);
  if (existsSync(CORPUS)) for (const f of readdirSync(CORPUS).sort()) if (f.endsWith(".txt")) out.push([`c${f.slice(0, 3)}`, `${CORPUS}/${f}`]);
  return out;
}

const FILES = files();

describe.skipIf(FILES.length === 0)(skipTitle(FILES.length > 0, "real reports", "../shared/seeds and ../shared/corpus are missing"), () => {
  it("covers every file listed here", () => {
    expect(FILES.map(([k]) => k).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(FILES)("%s", (key, path) => {
    const text = readFileSync(path, "utf8");
    const source = new SourceCode(text);
    const line = (offset: number) => source.positionAt(offset).line;
    for (const format of ["text", "markdown"] as const) {
      // Markdown reading must not crash on any of them either.
      const m = buildReport(parseDocument(text, format), text, {});
      if (format === "markdown") continue;
      const exp = EXPECTED[key];
      expect(m.sections.map((s) => `${s.number}@${line(s.heading.start)}`).join(" ")).toBe(exp.sections);
      for (const s of m.sections) expect(text.slice(s.heading.start, s.heading.end)).toBe(s.heading.text);
      if (exp.titleLine === null) expect(m.title).toBeUndefined();
      else {
        expect(m.title && line(m.title.start)).toBe(exp.titleLine);
        expect(text.slice(m.title!.start, m.title!.end)).toBe(m.title!.text);
      }
      if (exp.org) {
        expect(m.organization).toMatchObject({ name: exp.org[0], level: exp.org[1], source: exp.org[2] });
        expect(text.slice(m.organization!.start, m.organization!.end).replace(/\s/g, "")).toBe(exp.org[0]);
      } else expect(m.organization).toBeUndefined();
      if (exp.year) expect(m.year).toMatchObject({ value: exp.year[0], source: exp.year[1] });
      else expect(m.year).toBeUndefined();
      if (exp.published) expect(m.publishedAt && `${m.publishedAt.year}-${m.publishedAt.month}-${m.publishedAt.day}`).toBe(exp.published);
      // No table-三 row label is ever a heading of any kind.
      for (const h of m.otherHeadings ?? []) expect(h.text).not.toMatch(/本年新收|上年结转|本年度办理|结转下年度/);
    }
  });
});
