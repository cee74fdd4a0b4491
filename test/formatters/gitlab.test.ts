import { describe, it, expect } from "vitest";
import { createHash } from "node:crypto";
import { gitlab, fingerprint } from "../../src/formatters/gitlab.js";
import { getFormatter } from "../../src/formatters/index.js";
import { MISSING, TRICKY, UNREADABLE, ciContext, ciResults } from "../fixtures/ci-results.js";

type Json = any;
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const SPACED = "年度 报告/2023年 政府信息公开.md";

describe("gitlab formatter", () => {
  it("is registered as -f gitlab", () => {
    expect(getFormatter("gitlab")).toBe(gitlab);
  });

  it("one Code Quality issue per problem: major errors, minor warnings, blocker fatal problems", () => {
    const issues: Json[] = JSON.parse(gitlab(ciResults(), ciContext()));
    expect(issues).toEqual([
      {
        type: "issue", description: MISSING, check_name: "required-sections",
        fingerprint: sha256(`${SPACED}\0required-sections\x0012\0${MISSING}`),
        severity: "major", location: { path: SPACED, lines: { begin: 12 } },
      },
      {
        type: "issue", description: TRICKY, check_name: "duplicate-phrase",
        fingerprint: sha256(`${SPACED}\0duplicate-phrase\x003\0${TRICKY}`),
        severity: "minor", location: { path: SPACED, lines: { begin: 3 } },
      },
      {
        type: "issue", description: UNREADABLE, check_name: "reportlint",
        fingerprint: sha256(`坏 文件.txt\0\x001\0${UNREADABLE}`),
        severity: "blocker", location: { path: "坏 文件.txt", lines: { begin: 1 } },
      },
      {
        type: "issue", description: "标题缺少年份", check_name: "report-title",
        fingerprint: fingerprint("/srv/外部/报告.md", "report-title", 1, "标题缺少年份"),
        severity: "major", location: { path: "/srv/外部/报告.md", lines: { begin: 1 } },
      },
    ]);
    for (const issue of issues) expect(issue.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it("fingerprints are stable across runs and cwd, and differ when path, rule, line or message do", () => {
    const a = JSON.parse(gitlab(ciResults(), ciContext()));
    const b = JSON.parse(gitlab(ciResults(), ciContext({ locale: "en", color: true })));
    expect(a.map((i: Json) => i.fingerprint)).toEqual(b.map((i: Json) => i.fingerprint));
    const moved = JSON.parse(gitlab(ciResults().map((r) => ({ ...r, filePath: r.filePath.replace("/work/proj", "/ci/build") })), ciContext({ cwd: "/ci/build" })));
    expect(moved[0].fingerprint).toBe(a[0].fingerprint);
    const base = fingerprint("a.md", "r", 1, "m");
    expect(new Set([base, fingerprint("b.md", "r", 1, "m"), fingerprint("a.md", "s", 1, "m"), fingerprint("a.md", "r", 2, "m"), fingerprint("a.md", "r", 1, "n")]).size).toBe(5);
    // Fields cannot run together: ("a", "b1") and ("ab", "1") differ.
    expect(fingerprint("a", "b1", 1, "m")).not.toBe(fingerprint("ab", "1", 1, "m"));
  });

  it("the same message twice on one line still gets two fingerprints", () => {
    const [r] = ciResults();
    const twice = { ...r!, messages: [r!.messages[0]!, { ...r!.messages[0]!, column: 5 }] };
    const issues: Json[] = JSON.parse(gitlab([twice], ciContext()));
    expect(issues[0].fingerprint).not.toBe(issues[1].fingerprint);
    expect(issues[0].fingerprint).toBe(fingerprint(SPACED, "required-sections", 12, MISSING));
  });

  it("no problems: an empty array", () => {
    expect(gitlab([], ciContext())).toBe("[]");
    expect(gitlab(ciResults().slice(1, 2), ciContext())).toBe("[]");
  });
});
