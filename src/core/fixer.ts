import type { Fix, LintMessage } from "./types.js";

/**
 * Apply the fixes of one pass: sorted by position, a fix that overlaps (or touches the same
 * point as) an earlier one waits for the next pass. Pure: text in, text out.
 */
export function applyFixes(text: string, messages: LintMessage[]): { output: string; applied: number; remaining: LintMessage[] } {
  const withFix = messages.filter((m): m is LintMessage & { fix: Fix } => Boolean(m.fix));
  withFix.sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1]);
  let out = "";
  let cursor = 0;
  let lastEnd = -1;
  let applied = 0;
  const remaining: LintMessage[] = messages.filter((m) => !m.fix);
  for (const m of withFix) {
    const [start, end] = m.fix.range;
    if (start < lastEnd || (start === lastEnd && start === end)) {
      remaining.push(m);
      continue;
    }
    out += text.slice(cursor, start) + m.fix.text;
    cursor = end;
    lastEnd = end;
    applied++;
  }
  out += text.slice(cursor);
  return { output: out, applied, remaining };
}

export const MAX_FIX_PASSES = 10;

/**
 * Lint and fix until nothing more can be fixed (at most MAX_FIX_PASSES passes): each pass applies
 * the non-overlapping fixes of a fresh lint, so fixes that waited for an overlapping one get their
 * turn. Returns the fixed text and the messages that remain on it.
 */
export function fixUntilStable(text: string, lint: (text: string) => LintMessage[]): { output: string; messages: LintMessage[]; passes: number } {
  let current = text;
  let messages = lint(current);
  let passes = 0;
  while (passes < MAX_FIX_PASSES && messages.some((m) => m.fix)) {
    const { output, applied } = applyFixes(current, messages);
    if (applied === 0 || output === current) break;
    current = output;
    passes++;
    messages = lint(current);
  }
  return { output: current, messages, passes };
}
