// Regex helpers for the text rules.

const NO_MATCHES: readonly RegExpExecArray[] = Object.freeze([]);

/**
 * Every match of a global regex in `t`, reusing the regex object. String.prototype.matchAll clones
 * the regex on each call, which costs more than the match itself on short lines; a generator costs
 * more again (the rules ask this of every prose run, and most runs have no match), so the matches
 * are collected at once. The regex is left with lastIndex 0.
 */
export function matches(re: RegExp, t: string): readonly RegExpExecArray[] {
  re.lastIndex = 0;
  let m = re.exec(t);
  if (!m) return NO_MATCHES;
  const out: RegExpExecArray[] = [];
  for (; m; m = re.exec(t)) out.push(m);
  re.lastIndex = 0;
  return out;
}
