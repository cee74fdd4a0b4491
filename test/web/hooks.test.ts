// The two places where the core reads data from disk take it from outside instead when told to
// (the web page has no file system): the place-name index and the PDF CMaps. Unset, both read the
// package's data/ as before.
import { afterEach, describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadGazetteer, packageRoot, provideGazetteerText } from "../../src/gazetteer/load.js";
import { lookup } from "../../src/gazetteer/index.js";
import { renderPdf, setCMapUrl } from "../../src/documents/pdf.js";
import { documentError } from "../support/document-error.js";
// @ts-expect-error plain JS module without types
import { toPdf } from "../../scripts/render/pdf.mjs";

afterEach(() => {
  provideGazetteerText(undefined);
  setCMapUrl(undefined);
});

// A made-up division list in the format of data/gazetteer-2023.txt: one province, city, county.
const TINY = `reportlint-gazetteer 1
# {"source":"test","version":"0","edition":2099,"counts":{"provinces":1,"cities":1,"counties":1,"townships":2}}
91 青禾省
9101 青禾市
910101 石桥县 ~镇 青石 白沙
`;

describe("provideGazetteerText", () => {
  it("is read instead of the data file, and undefined goes back to the file", () => {
    expect(lookup(loadGazetteer(), "浙江省")).toHaveLength(1);
    provideGazetteerText(TINY);
    const g = loadGazetteer();
    expect(g.meta.edition).toBe(2099);
    expect(lookup(g, "青禾省")[0]).toMatchObject({ level: "province", code: "91" });
    expect(lookup(g, "浙江省")).toHaveLength(0);
    expect(loadGazetteer()).toBe(g);
    provideGazetteerText(undefined);
    expect(lookup(loadGazetteer(), "浙江省")).toHaveLength(1);
    expect(lookup(loadGazetteer(), "青禾省")).toHaveLength(0);
  });
});

describe("setCMapUrl", () => {
  const bytes = (): Uint8Array => toPdf([{ kind: "paragraph", text: "政府信息公开工作年度报告" }]);

  // In Node pdf.js reads a folder path; the page gives a URL of its own origin.
  it("is where pdf.js looks for the CMaps of a font that is not embedded", async () => {
    setCMapUrl(mkdtempSync(join(tmpdir(), "no-cmaps-")) + "/");
    await documentError(renderPdf(bytes()));
    setCMapUrl(join(packageRoot(), "data/cmaps") + "/");
    expect((await renderPdf(bytes())).text).toBe("政府信息公开工作年度报告\n");
  });

  it("unset, the package's data/cmaps are used", async () => {
    setCMapUrl(undefined);
    expect((await renderPdf(bytes())).text).toBe("政府信息公开工作年度报告\n");
  });
});
