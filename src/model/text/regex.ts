// Regex helpers for the text rules.

/**
 * Every match of a global regex in `t`, reusing the regex object. String.prototype.matchAll clones
 * the regex on each call, which costs more than the match itself on short lines. Do not use the
 * same regex again while iterating.
 */
export function* matches(re: RegExp, t: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) yield m;
  re.lastIndex = 0;
}
