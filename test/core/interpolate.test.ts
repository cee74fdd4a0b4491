import { describe, it, expect } from "vitest";
import { excerpt, interpolate, MAX_QUOTED, MAX_VALUE } from "../../src/core/interpolate.js";

describe("excerpt", () => {
  it("keeps a short value whole", () => {
    expect(excerpt("http://www.example.gov.cn")).toBe("http://www.example.gov.cn");
  });

  it("shortens a long value to its head and tail around an ellipsis, at most the bound", () => {
    const value = "a".repeat(500) + "END";
    const out = excerpt(value);
    expect(out.length).toBeLessThanOrEqual(MAX_QUOTED);
    expect(out.startsWith("aaaa")).toBe(true);
    expect(out.endsWith("END")).toBe(true);
    expect(out).toContain("…");
  });

  it("never splits a surrogate pair", () => {
    const out = excerpt("𠀀".repeat(200), 21);
    expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });
});

describe("interpolate", () => {
  it("fills placeholders and bounds every value", () => {
    expect(interpolate("「{{v}}」{{n}}", { v: "abc", n: 3 })).toBe("「abc」3");
    expect(interpolate("{{v}}", { v: "x".repeat(100_000) }).length).toBeLessThanOrEqual(MAX_VALUE);
  });
});
