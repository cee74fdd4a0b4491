import { describe, it, expect } from "vitest";
import { DEFAULT_LIMITS, parseLimits } from "../../src/documents/limits.js";
import { renderDocument } from "../../src/documents/index.js";

describe("parseLimits (--limit name=value)", () => {
  it("reads sizes with units, seconds with or without s, plain counts", () => {
    const l = parseLimits(["bytes=200MB", "inflated=1GiB", "text=20000000", "pages=5000", "seconds=1.5s", "memory=2GB"]);
    expect(l).toEqual({ bytes: 200 * 2 ** 20, inflated: 2 ** 30, text: 20_000_000, pages: 5000, seconds: 1.5, memory: 2048 });
    expect(parseLimits(["memory=768", "bytes=1024"])).toMatchObject({ memory: 768, bytes: 1024 });
    expect(parseLimits([])).toEqual(DEFAULT_LIMITS);
  });

  it("rejects unknown names, units that do not fit, and values that are not positive", () => {
    expect(() => parseLimits(["size=3"])).toThrow(/name one of bytes, inflated, text, pages, seconds, memory/);
    expect(() => parseLimits(["pages=3MB"])).toThrow(/pages takes no size unit/);
    expect(() => parseLimits(["bytes=10s"])).toThrow(/only seconds/);
    expect(() => parseLimits(["seconds=0"])).toThrow(/positive/);
    expect(() => parseLimits(["pages"])).toThrow(/name=value/);
  });
});

describe("size limits checked in the thread that reads", () => {
  it("input bytes and extracted text length fail with the limit named", async () => {
    const page = new TextEncoder().encode(`<p>${"公开".repeat(600)}</p>`);
    await expect(renderDocument("html", page, { limits: { ...DEFAULT_LIMITS, bytes: 100 } })).rejects.toThrow(/the file is too large \(3\.5 KiB, limit 100 bytes\).*--limit bytes=/);
    const { text } = await renderDocument("html", page);
    expect(text).toContain("公开".repeat(600));
    const short = { ...DEFAULT_LIMITS, text: text.length - 1 };
    await expect(renderDocument("html", page, { limits: short })).rejects.toThrow(`extracted text is too long (${text.length} characters, limit ${text.length - 1})`);
    expect((await renderDocument("html", page, { limits: { ...DEFAULT_LIMITS, text: text.length } })).text).toBe(text);
  });
});
