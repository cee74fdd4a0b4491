// Matching a report with last year's report of the same body (src/model/cross-year.ts).
import { describe, it, expect } from "vitest";
import { sameOrganization } from "../../src/model/cross-year.js";

describe("sameOrganization", () => {
  it("the same name, or the name with the places above it in front", () => {
    expect(sameOrganization("东湖街道办事处", "东湖街道办事处")).toBe(true);
    expect(sameOrganization("新堡镇", "中宁县新堡镇")).toBe(true);
    expect(sameOrganization("中宁县新堡镇", "新堡镇")).toBe(true);
    expect(sameOrganization("东湖街道办事处", "某市某区东湖街道办事处")).toBe(true);
    expect(sameOrganization("青禾镇", "某某自治区某某旗青禾镇")).toBe(true);
  });

  it("another body whose name ends with the same words is not the same body", () => {
    expect(sameOrganization("东湖街道办事处", "新东湖街道办事处")).toBe(false);
    expect(sameOrganization("市场监督管理局", "某县卫生健康局市场监督管理局")).toBe(false);
    // Too short to tell: two characters.
    expect(sameOrganization("某镇", "某县某镇")).toBe(false);
    expect(sameOrganization("", "")).toBe(false);
  });
});
