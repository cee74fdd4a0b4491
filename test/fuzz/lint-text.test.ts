// Property tests of the pure core: whatever text comes in — noise, a mutated or truncated report,
// huge numbers, CRLF/CR line ends, a BOM — lintText neither throws nor lets a rule crash, every
// position is inside the text, the result is deterministic and fixing converges.
// CI runs numRuns (200) cases per property; `npm run fuzz` runs FUZZ_RUNS=5000.
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { lintText } from "../../src/core/linter.js";
import { fixUntilStable } from "../../src/core/fixer.js";
import { SourceCode } from "../../src/core/source-code.js";
import type { ConfigData, LintMessage } from "../../src/core/types.js";
import { anyReportText, longRepeat, numRuns } from "./arbitraries.js";

const fileNames = ["report.txt", "report.md"] as const;
const configs: Array<ConfigData | undefined> = [undefined, { extends: "reportlint:strict" }];

/** Every invariant a message list must keep on its text; returns the first broken one, or null. */
function check(text: string, messages: LintMessage[]): string | null {
  const source = new SourceCode(text);
  for (const m of messages) {
    const where = `${m.ruleId}@${m.line}:${m.column}-${m.endLine}:${m.endColumn}`;
    if (m.fatal) return `fatal message (a rule crashed): ${m.message}`;
    if (!(m.line >= 1 && m.column >= 1 && m.endLine >= 1 && m.endColumn >= 1)) return `position below 1: ${where}`;
    if (m.endLine < m.line || (m.endLine === m.line && m.endColumn < m.column)) return `end before start: ${where}`;
    if (source.offsetAt({ line: m.line, column: m.column }) < 0) return `start outside the text: ${where}`;
    if (source.offsetAt({ line: m.endLine, column: m.endColumn }) < 0) return `end outside the text: ${where}`;
    if (m.fix) {
      const [a, b] = m.fix.range;
      if (!(Number.isInteger(a) && Number.isInteger(b) && 0 <= a && a <= b && b <= text.length)) return `fix range [${a}, ${b}] outside the text (${text.length}): ${where}`;
    }
  }
  return null;
}

const input = fc.record({ text: anyReportText, file: fc.constantFrom(...fileNames), config: fc.constantFrom(...configs) });

describe("lintText on any input", () => {
  it("never throws, never crashes a rule, and keeps every position inside the text", () => {
    fc.assert(
      fc.property(input, ({ text, file, config }) => {
        const messages = lintText(text, { filePath: file, config });
        expect(check(text, messages)).toBeNull();
      }),
      { numRuns },
    );
  });

  it("never crashes on one fragment repeated thousands of times (deep nesting, unclosed runs)", () => {
    fc.assert(
      fc.property(longRepeat, fc.constantFrom(...fileNames), (text, file) => {
        expect(check(text, lintText(text, { filePath: file }))).toBeNull();
      }),
      // Fewer runs: each text is up to 20,000 repeats.
      { numRuns: Math.max(10, Math.floor(numRuns / 10)) },
    );
  });

  it("is deterministic: the same input gives the same messages", () => {
    fc.assert(
      fc.property(input, ({ text, file, config }) => {
        expect(lintText(text, { filePath: file, config })).toEqual(lintText(text, { filePath: file, config }));
      }),
      { numRuns },
    );
  });

  it("fixing until stable leaves nothing fixable, and every fix on the way stays inside its text", () => {
    fc.assert(
      fc.property(input, ({ text, file, config }) => {
        const lint = (t: string) => {
          const messages = lintText(t, { filePath: file, config });
          expect(check(t, messages)).toBeNull();
          return messages;
        };
        const { output } = fixUntilStable(text, lint);
        const after = lint(output).filter((m) => m.fix);
        expect(after.map((m) => `${m.ruleId}@${m.line}:${m.column} ${JSON.stringify(m.fix)}`)).toEqual([]);
      }),
      { numRuns },
    );
  });
});
