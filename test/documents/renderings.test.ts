// Reports as offices publish them: fixtures/renderings holds reports of the labelled generator
// (invented text, a table defect each) rendered by scripts/make-rendering-fixtures.mjs into Word and
// into PDF by LibreOffice (A4, narrow label columns that make labels wrap, landscape) and by
// Chromium (the printed web page). Each rendering must read like the web-page form: every cell of
// tables 二/三/四 (≥ 99.7% for a PDF, as pdfplumber's table finder; 100% for Word) and the same
// findings — none added, none lost — among them the table defect the report was made with.
import { describe, it, expect } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import * as api from "../../src/index.js";
// @ts-expect-error plain JS module without types
import { compareRendering } from "../../bench/renderings.mjs";
// @ts-expect-error plain JS module without types
import { labelledCases } from "../../bench/labelled.mjs";

const dir = new URL("../../fixtures/renderings/", import.meta.url);
const files = readdirSync(dir);
const reports = files.filter((f) => f.endsWith(".html")).map((f) => f.slice(0, -".html".length));
const FORMS: Array<[string, "docx" | "pdf", number]> = [
  [".docx", "docx", 1],
  [".pdf", "pdf", 0.997],
  [".narrow.pdf", "pdf", 0.997],
  [".landscape.pdf", "pdf", 0.997],
  [".chromium.pdf", "pdf", 0.997],
];
const cases = labelledCases({ seeds: [1] }) as Array<{ fileName: string; text: string; rule: string | null }>;
const caseOf = (report: string) => cases.find((c) => c.fileName.replace(/\.(txt|md)$/, "").replace(/\+/g, "_") === report);

describe("Word and PDF renderings read like the web page", () => {
  it("has renderings of a clean report and of table defects, in Word and in every kind of PDF", () => {
    expect(reports.length).toBeGreaterThanOrEqual(5);
    for (const [suffix] of FORMS) expect(files.some((f) => f.endsWith(suffix))).toBe(true);
    expect(reports.some((r) => !caseOf(r)?.rule)).toBe(true);
  });

  it("each fixture is the generator's report as it stands (its source text is unchanged)", () => {
    for (const report of reports) {
      const c = caseOf(report);
      expect(c, report).toBeDefined();
      const source = files.find((f) => f.startsWith(`${report}.`) && /\.(txt|md)$/.test(f))!;
      expect(readFileSync(new URL(source, dir), "utf8")).toBe(c!.text);
    }
  });

  for (const report of reports) {
    const reference = { format: "html" as const, bytes: readFileSync(new URL(`${report}.html`, dir)) };
    for (const [suffix, format, share] of FORMS) {
      const file = `${report}${suffix}`;
      if (!files.includes(file)) continue;
      it(`${file}: the same cells and the same findings as the web page`, async () => {
        const bytes = readFileSync(new URL(file, dir));
        const r = await compareRendering(api, reference, { format, bytes });
        expect(r.cells).toBeGreaterThan(100);
        expect(r.cellsSame / r.cells, r.cellDiffs.join("\n")).toBeGreaterThanOrEqual(share);
        expect(r.extra).toEqual([]);
        expect(r.missing).toEqual([]);
        // The defect the report was made with is found in the rendering too.
        const rule = caseOf(report)?.rule;
        if (rule) {
          const doc = await api.renderDocument(format, bytes);
          expect(api.lintRendered(doc, {}).map((m) => m.ruleId)).toContain(rule);
        }
      });
    }
  }
});
