// Tests that need something this machine may lack (a program, ../shared, root or not root).
// vitest's default reporter lists no skipped test by name, and `it.skipIf` carries no reason, so
// a skip would pass unseen: the reason goes into the test's title and is printed when the file
// is collected (vitest shows that output as `stderr | file`).

/**
 * The title for a test or group that runs only when `available`: unchanged when it runs; else
 * "<title> (skipped: <reason>)", and the same line printed on stderr. Use with skipIf / runIf:
 * `it.skipIf(!ok)(skipTitle(ok, "title", "why not"), …)`.
 */
export function skipTitle(available: boolean, title: string, reason: string): string {
  if (available) return title;
  const skipped = `${title} (skipped: ${reason})`;
  console.warn(`↓ ${skipped}`);
  return skipped;
}
